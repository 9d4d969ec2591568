import { ApolloClient } from '@apollo/client';
import { SchemaLink } from '@apollo/client/link/schema';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCache } from '../apollo/client';

/** The server's committed SDL: tests run the console's real operations against it, so they must be valid. */
export const schemaSdl = readFileSync(
  resolve(import.meta.dirname, '../../../../packages/server/schema.graphql'),
  'utf8',
);

/** An Apollo client answering from `rootValue` through the real schema (types, __typename, validation). */
export function createSchemaClient(rootValue: Record<string, unknown>): ApolloClient {
  const schema = buildSchema(schemaSdl);
  return new ApolloClient({ link: new SchemaLink({ schema, rootValue }), cache: createCache() });
}

/** A Storage in memory, for the token store. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

/** A login token shaped like the server's (a JWT whose `sub` is the user id); only its shape matters here. */
export function testToken(userId: string): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${part({ alg: 'HS256' })}.${part({ sub: userId })}.signature`;
}
