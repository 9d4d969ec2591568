import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type ApiKeyScope, type Principal } from '@posyandu-spm/core';
import { GraphQLError } from 'graphql';
import type { TokenService } from '../auth/token.js';
import { isUuid } from '../services/ids.js';
import { authenticateApiKey, looksLikeApiKey } from './api-key.js';
import { auditActor, insertAudit } from './audit-trail.js';
import { loadSessionPrincipal, type SessionProblem } from './sessions.js';

/** How the caller proved who they are. */
export type AuthInfo =
  | { kind: 'session'; userId: string; sessionId: string; generation: number }
  | { kind: 'apiKey'; apiKeyId: string; orgUnitId: string; scope: ApiKeyScope };

export interface Credentials {
  /** The token of `Authorization: Bearer …`: a login token, or an API key (`psk_…`). */
  bearer: string | null;
  /** `X-Api-Key: psk_…`, for clients that cannot set Authorization. */
  apiKey: string | null;
}

export function credentialsFrom(headers: Record<string, string | string[] | undefined>): Credentials {
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? authorization.match(/^Bearer\s+(\S+)$/i) : null;
  const apiKey = headers['x-api-key'];
  return { bearer: match?.[1] ?? null, apiKey: typeof apiKey === 'string' && apiKey ? apiKey.trim() : null };
}

/** A refused credential as HTTP answers it: 401 with the code and both messages. */
export function authFailure(error: DomainError): GraphQLError {
  return new GraphQLError(error.messages.id, {
    extensions: {
      code: error.code,
      messages: error.messages,
      ...(Object.keys(error.details).length ? { details: error.details } : {}),
      http: { status: 401 },
    },
  });
}

export function sessionEnded(reason: SessionProblem): DomainError {
  return new DomainError(
    'UNAUTHENTICATED',
    { id: 'Sesi Anda berakhir; silakan masuk lagi.', en: 'Your session has ended; please log in again.' },
    { details: { reason } },
  );
}

/**
 * Who is calling: null without credentials; a user through a live login session
 * (checked against its row on every request, so logout and role changes apply
 * at once); or an API key's org unit. Throws a DomainError for a credential that
 * is given but not good (UNAUTHENTICATED, API_KEY_INVALID/REVOKED/EXPIRED).
 */
export async function authenticate(
  em: EntityManager,
  tokens: TokenService,
  credentials: Credentials,
  now: Date,
  ip: string | null,
): Promise<{ principal: Principal; auth: AuthInfo } | null> {
  // Authorization wins: X-Api-Key is read only when there is no Authorization header at all.
  const key = credentials.bearer
    ? looksLikeApiKey(credentials.bearer)
      ? credentials.bearer
      : null
    : credentials.apiKey;
  if (key) {
    const found = await authenticateApiKey(em, key, now, (apiKeyId, code) =>
      insertAudit(em, { ...auditActor(null, null, ip), apiKeyId }, [
        { kind: 'AUTH', operation: 'apiKey', outcome: code, caseId: null, details: {}, occurredAt: now },
      ]),
    );
    return {
      principal: found.principal,
      auth: { kind: 'apiKey', apiKeyId: found.apiKeyId, orgUnitId: found.orgUnitId, scope: found.scope },
    };
  }
  if (!credentials.bearer) return null;
  const claims = await tokens.claims(credentials.bearer);
  if (!claims) throw sessionEnded('EXPIRED');
  if (!claims.sessionId || !isUuid(claims.sessionId) || !isUuid(claims.userId) || claims.generation === null) {
    throw sessionEnded('INVALID');
  }
  const live = await loadSessionPrincipal(em, claims.sessionId, claims.userId, claims.generation);
  if ('problem' in live) throw sessionEnded(live.problem);
  return {
    principal: live.principal,
    auth: { kind: 'session', userId: claims.userId, sessionId: claims.sessionId, generation: claims.generation },
  };
}

/**
 * `authenticate` for a WebSocket `connection_init` token (a login token or an
 * API key): null when it is refused, so the socket closes with 4403.
 */
export async function authenticateSocket(
  em: EntityManager,
  tokens: TokenService,
  token: string,
  now: Date,
  ip: string | null,
): Promise<{ principal: Principal; auth: AuthInfo } | null> {
  try {
    return await authenticate(em, tokens, { bearer: token, apiKey: null }, now, ip);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
