import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldMergeFunction } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { TokenStore } from '../auth/token-store';
import { isUnauthenticated } from './coded-error';

export interface ConsoleClient {
  apollo: ApolloClient;
  ws: WsClient;
}

/** `/graphql` on the page's own origin: the server serves API, socket and console on one port. */
export function graphqlUrls(location: Pick<Location, 'protocol' | 'host'>): { http: string; ws: string } {
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { http: '/graphql', ws: `${wsProtocol}//${location.host}/graphql` };
}

/** Close codes that retrying cannot fix: a refused token (4403) or a bad request. */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403]);

export function createWsClient(url: string, tokens: TokenStore): WsClient {
  return createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 3_000,
    // Read at every (re)connect, so a new login is used without rebuilding the client.
    connectionParams: () => {
      const token = tokens.get();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (event) =>
      !(typeof event === 'object' && event !== null && 'code' in event && FATAL_CLOSE_CODES.has(Number(event.code))),
    // Exponential backoff with jitter, capped at 30 s: cheap for a phone on weak 3G.
    retryWait: async (retries) => {
      const base = Math.min(30_000, 1_000 * 2 ** retries);
      await new Promise((resolve) => setTimeout(resolve, base / 2 + Math.random() * (base / 2)));
    },
  });
}

/** An item of a list held inside its parent (no cache id of its own), as the cache stores it. */
type Embedded = Record<string, unknown> & { id?: unknown };

/** Merges two lists item by item (by `id`, or by position when the items have none), field by field, recursively. */
function mergeLists(before: unknown, after: unknown): unknown {
  if (!Array.isArray(before) || !Array.isArray(after)) return after === undefined ? before : after;
  return after.map((item: Embedded, i) => {
    const match = (before as Embedded[]).find((b, j) => (item.id === undefined ? j === i : b.id === item.id));
    if (!match || typeof item !== 'object' || item === null) return item;
    const merged: Embedded = { ...match, ...item };
    for (const key of Object.keys(item)) if (Array.isArray(item[key])) merged[key] = mergeLists(match[key], item[key]);
    return merged;
  });
}

/**
 * A sector's form is read in three queries that select different fields of the same embedded
 * lists (service types, their questions, the questions' options). Merged item by item, the
 * cache keeps all three, so each is answered from it offline instead of replacing the others'.
 */
const mergeServiceTypes: FieldMergeFunction<unknown[], unknown[]> = (existing, incoming) =>
  mergeLists(existing, incoming) as unknown[];

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // These `id`s are not unique across the schema (a state id repeats across sectors,
      // an action id across cases, Text.id is the Indonesian wording): keep them inside their parent.
      Text: { keyFields: false },
      KesehatanText: { keyFields: false },
      KesehatanChoiceText: { keyFields: false },
      WorkflowState: { keyFields: false },
      AvailableAction: { keyFields: false },
      ServiceType: { keyFields: false },
      IntakeQuestion: { keyFields: false },
      Sector: { fields: { serviceTypes: { merge: mergeServiceTypes } } },
      WorkflowAction: { keyFields: false },
      Route: { keyFields: false },
      SpmService: { keyFields: false },
      Me: { keyFields: ['id'] },
      // A desa or kecamatan is the same wherever it appears (case lists and the case page select different fields).
      Area: { keyFields: ['code'] },
      Query: {
        fields: {
          cases: { keyArgs: ['filter'] },
        },
      },
    },
  });
}

export function createConsoleClient(tokens: TokenStore, onUnauthenticated: () => void): ConsoleClient {
  const urls = graphqlUrls(window.location);
  const ws = createWsClient(urls.ws, tokens);

  const auth = new SetContextLink((prev) => {
    const token = tokens.get();
    return {
      headers: {
        ...prev.headers,
        // Apollo Server's CSRF protection accepts this header from browsers.
        'apollo-require-preflight': 'true',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  const errors = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
  // Retry reads on a flaky link; never mutations (a registerCase that reached the server would be duplicated).
  const retry = new RetryLink({
    delay: { initial: 500, max: 10_000, jitter: true },
    attempts: {
      max: 5,
      retryIf: (error, operation) =>
        operation.operationType === OperationTypeNode.QUERY && !isUnauthenticated(error) && !hasGraphQLErrors(error),
    },
  });
  const http = ApolloLink.from([auth, errors, retry, new HttpLink({ uri: urls.http })]);
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(ws),
    http,
  );
  const apollo = new ApolloClient({ link, cache: createCache() });
  return { apollo, ws };
}

function hasGraphQLErrors(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errors' in error;
}
