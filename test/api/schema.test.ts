import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isEnumType, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { buildApiSchema } from '@posyandu-spm/server';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../packages/server/schema.graphql');

/** The schema as apps/api serves it: the core and every installed plugin's extension. */
async function installedSchema() {
  const plugins = await loadInstalledPlugins();
  return buildApiSchema(plugins.flatMap((m) => (m.server ? [m.server] : [])));
}

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run UPDATE_SCHEMA=1 pnpm test to accept a change)', async () => {
    const sdl = `${printSchema(lexicographicSortSchema(await installedSchema()))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, sdl);
    expect(sdl).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('keeps the stable API names of DESIGN §9', async () => {
    const schema = await installedSchema();
    const query = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const mutation = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(query).toEqual(
      expect.arrayContaining(['sectors', 'case', 'caseByCode', 'cases', 'trackCase', 'me', 'dueDate', 'holidays']),
    );
    expect(mutation).toEqual(
      expect.arrayContaining(['login', 'registerCase', 'performAction', 'attachDocument', 'recordVisit']),
    );
    const caseFields = Object.keys((schema.getType('Case') as { getFields(): object }).getFields());
    expect(caseFields).toEqual(
      expect.arrayContaining([
        'code',
        'sector',
        'serviceType',
        'status',
        'documents',
        'missingDocuments',
        'holder',
        'deadline',
        'availableActions',
        'timeline',
        'version',
      ]),
    );
  });

  it('spells every enum value in upper case, plugins included (issue 14.9)', async () => {
    const schema = await installedSchema();
    const lowerCase = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => type.getValues().map((value) => `${type.name}.${value.name}`))
      .filter((name) => !/^[A-Z0-9_]+$/.test(name.split('.')[1]!));
    expect(lowerCase).toEqual([]);
  });

  it('has one copy of graphql for the server and type-graphql (two copies break the schema)', () => {
    const fromServer = createRequire(import.meta.url).resolve('graphql');
    const fromTypeGraphql = createRequire(createRequire(import.meta.url).resolve('type-graphql')).resolve('graphql');
    expect(path.dirname(fromTypeGraphql)).toBe(path.dirname(fromServer));
  });
});
