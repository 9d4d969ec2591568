import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { limitError } from './limit-errors.js';
import type { ApiLimits } from './limits.js';
import { nulCharacterError, operationLimitError } from './operation-limits.js';
import { rateLimitHeaders, type Hit, type Quota, type RateLimiter } from './rate-limiter.js';

/** Root fields by operation: Apollo keeps each query's parsed document, so a query sent again is the same node. */
const knownRootFields = new WeakMap<OperationDefinitionNode, readonly FieldNode[]>();

/** The root fields of the operation, through fragments (as many times as they are written). */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): readonly FieldNode[] {
  const known = knownRootFields.get(operation);
  if (known) return known;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const out: FieldNode[] = [];
  const collect = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        const def = fragments.get(s.name.value);
        if (def) collect(def.selectionSet, new Set([...seen, s.name.value]));
      }
    }
  };
  collect(operation.selectionSet, new Set());
  knownRootFields.set(operation, out);
  return out;
}

function stringArgument(field: FieldNode, name: string, variables: Record<string, unknown>): string | null {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return null;
  if (arg.value.kind === Kind.STRING) return arg.value.value;
  if (arg.value.kind === Kind.VARIABLE) {
    const v = variables[arg.value.name.value];
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** The general quota every request counts against: per user or API key, else per IP address. */
export function apiHit(limits: ApiLimits['rate'], who: { ip: string; userId: string | null }): Hit {
  return who.userId
    ? { bucket: `api:user:${who.userId}`, limit: limits.apiPerUser, weight: 1, policy: 'api', localFirst: true }
    : { bucket: `api:ip:${who.ip}`, limit: limits.apiPerIp, weight: 1, policy: 'api', localFirst: true };
}

/** The buckets one operation counts against (login and trackCase per IP, login per username, the rest per user). */
export function hitsOf(
  limits: ApiLimits['rate'],
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  who: { ip: string; userId: string | null },
): Hit[] {
  const hits: Hit[] = [];
  const fields =
    operation.operation === 'mutation' || operation.operation === 'query' ? rootFields(document, operation) : [];
  const logins = fields.filter((f) => f.name.value === 'login');
  const tracks = fields.filter((f) => f.name.value === 'trackCase');
  if (logins.length) {
    hits.push({ bucket: `login:ip:${who.ip}`, limit: limits.loginPerIp, weight: logins.length });
    for (const f of logins) {
      const username = (stringArgument(f, 'username', variables) ?? '').trim().toLowerCase().slice(0, 80);
      hits.push({ bucket: `login:user:${username}`, limit: limits.loginPerUser, weight: 1 });
    }
  }
  if (tracks.length) hits.push({ bucket: `track:ip:${who.ip}`, limit: limits.trackPerIp, weight: tracks.length });
  hits.push(apiHit(limits, who));
  return hits;
}

export function rateLimited(retryAfterSeconds: number, quota?: Quota): ReturnType<typeof limitError> {
  return limitError(
    'RATE_LIMITED',
    {
      id: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfterSeconds} detik.`,
      en: `Too many requests. Try again in ${retryAfterSeconds} seconds.`,
    },
    {
      status: 429,
      details: { retryAfterSeconds },
      headers: { 'retry-after': String(retryAfterSeconds), ...rateLimitHeaders(quota) },
    },
  );
}

/**
 * Apollo plugin: after the operation is parsed and validated, refuses it when
 * too deep, too aliased or too expensive, then counts it against
 * the rate limits — before any resolver runs.
 */
export function requestLimits(limits: ApiLimits, limiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, response, document, operation, schema, contextValue }) {
          if (!operation) return;
          const refused =
            operationLimitError(limits, schema, document, operation, request.variables) ??
            nulCharacterError(document, request.variables);
          if (refused) throw refused;
          const verdict = await limiter.hit(
            hitsOf(limits.rate, document, operation, request.variables ?? {}, {
              ip: contextValue.clientIp ?? 'unknown',
              userId: contextValue.principal?.userId ?? null,
            }),
          );
          for (const [name, value] of Object.entries(rateLimitHeaders(verdict.quota))) {
            response.http.headers.set(name, value);
          }
          if (!verdict.allowed) {
            contextValue.log.warn({ bucket: verdict.bucket }, 'rate limit reached');
            throw rateLimited(verdict.retryAfterSeconds ?? 1, verdict.quota);
          }
        },
      };
    },
  };
}
