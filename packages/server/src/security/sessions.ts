import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Membership, OrgUnitKind, Principal, Role } from '@posyandu-spm/core';
import type { TokenService } from '../auth/token.js';
import { referenceChanged, ReferenceCache } from '../cache/reference-cache.js';

/**
 * After a refresh the previous token still works this long, for requests the
 * client sent just before it had the new one; then it is refused.
 */
export const REFRESH_GRACE_MS = 30_000;

// Token expiry is checked by jose against the real clock, so sessions use it too
// (never the injectable test clock, which deadline tests move by days).
const realNow = (): Date => new Date();

interface SessionRow {
  generation: number;
  previous_valid_until: Date | null;
  revoked_at: Date | null;
  absolute_expires_at: Date;
  user_id: string;
  active: boolean;
  role: Role | null;
  org_unit_id: string | null;
  kind: OrgUnitKind | null;
  area_code: string | null;
}

export type SessionProblem = 'INVALID' | 'EXPIRED' | 'REVOKED' | 'INACTIVE';

/** Opens a session at login and signs its first token. */
export async function startSession(
  em: EntityManager,
  tokens: TokenService,
  userId: string,
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const id = randomUUID();
  const now = realNow();
  const absolute = new Date(now.getTime() + tokens.sessionMaxMinutes * 60_000);
  const { token, expiresAt } = await tokens.sign(userId, { id, generation: 1, notAfter: absolute });
  await em
    .getConnection('write')
    .execute(
      `insert into auth_session (id, user_id, created_at, expires_at, absolute_expires_at, generation) values (?, ?, ?, ?, ?, 1)`,
      [id, userId, now.toISOString(), expiresAt.toISOString(), absolute.toISOString()],
      'run',
    );
  return { token, expiresAt, sessionId: id };
}

const SESSION_SQL = `select s.generation, s.previous_valid_until, s.revoked_at, s.absolute_expires_at, s.user_id, u.active,
            m.role, m.org_unit_id, o.kind, o.area_code
       from auth_session s
       join app_user u on u.id = s.user_id
       left join membership m on m.user_id = u.id
       left join org_unit o on o.id = m.org_unit_id
      where s.id = ?
      order by m.role, m.org_unit_id`;

function readSession(em: EntityManager, sessionId: string): Promise<SessionRow[]> {
  return em.getConnection().execute<SessionRow[]>(SESSION_SQL, [sessionId]);
}

/** Judges a session's rows (as read now, or as kept by the reference cache) against the token. */
function judgeSession(
  rows: readonly SessionRow[],
  userId: string,
  generation: number,
): { principal: Principal } | { problem: SessionProblem } {
  const s = rows[0];
  const now = realNow();
  if (!s || s.user_id !== userId) return { problem: 'INVALID' };
  if (s.revoked_at) return { problem: 'REVOKED' };
  if (!s.active) return { problem: 'INACTIVE' };
  if (new Date(s.absolute_expires_at) <= now) return { problem: 'EXPIRED' };
  const current =
    generation === s.generation ||
    (generation === s.generation - 1 && s.previous_valid_until !== null && new Date(s.previous_valid_until) > now);
  if (!current) return { problem: 'REVOKED' };
  const memberships: Membership[] = rows.flatMap((r) =>
    r.role && r.org_unit_id && r.kind && r.area_code
      ? [{ orgUnitId: r.org_unit_id, orgUnitKind: r.kind, areaCode: r.area_code, role: r.role }]
      : [],
  );
  return { principal: { userId, memberships } };
}

/**
 * The principal of a live session — its user active, the token its current one
 * (or the previous one within the grace) — with the user's memberships as they
 * are now; or why the session is not live. One statement, or none: the instance's
 * reference cache keeps the rows until the session, the user, a membership or an
 * org unit changes (announced by trigger to every instance). Expiry and the refresh
 * grace are judged on every request against the clock.
 */
export async function loadSessionPrincipal(
  em: EntityManager,
  sessionId: string,
  userId: string,
  generation: number,
): Promise<{ principal: Principal } | { problem: SessionProblem }> {
  const cache = ReferenceCache.of(em);
  if (!cache) return judgeSession(await readSession(em, sessionId), userId, generation);
  const key = `session:${sessionId}`;
  const rows = await cache.get(key, () => readSession(em, sessionId), userId);
  // A token newer than the kept row: a refresh through another instance whose notice is on its way.
  if (rows[0] && generation > rows[0].generation) {
    cache.forget(key);
    return judgeSession(await cache.get(key, () => readSession(em, sessionId), userId), userId, generation);
  }
  return judgeSession(rows, userId, generation);
}

/**
 * A new token for the same session (generation + 1), up to the session's absolute
 * end. Only the current token may refresh, so a token replaced by a refresh cannot
 * fork the session. Null when the session is gone, revoked or at its end.
 */
export async function refreshSession(
  em: EntityManager,
  tokens: TokenService,
  session: { sessionId: string; userId: string; generation: number },
): Promise<{ token: string; expiresAt: Date } | null> {
  const now = realNow();
  const rows = await em.getConnection('write').execute<Array<{ generation: number; absolute_expires_at: Date }>>(
    `update auth_session set generation = generation + 1, previous_valid_until = ?, refreshed_at = ?,
         expires_at = least(?::timestamptz, absolute_expires_at)
       where id = ? and user_id = ? and generation = ? and revoked_at is null and absolute_expires_at > ?
       returning generation, absolute_expires_at`,
    [
      new Date(now.getTime() + REFRESH_GRACE_MS).toISOString(),
      now.toISOString(),
      new Date(Math.floor((now.getTime() + tokens.ttlMinutes * 60_000) / 1000) * 1000).toISOString(),
      session.sessionId,
      session.userId,
      session.generation,
      now.toISOString(),
    ],
  );
  referenceChanged(em, `session:${session.sessionId}`);
  const row = rows[0];
  if (!row) return null;
  return tokens.sign(session.userId, {
    id: session.sessionId,
    generation: row.generation,
    notAfter: new Date(row.absolute_expires_at),
  });
}

/** Ends a session: its tokens are refused from the next request on (and on WebSocket connect). */
export async function revokeSession(em: EntityManager, sessionId: string, reason: string): Promise<boolean> {
  const rows = await em
    .getConnection('write')
    .execute<Array<{ id: string }>>(
      `update auth_session set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null returning id`,
      [realNow().toISOString(), reason.slice(0, 20), sessionId],
    );
  referenceChanged(em, `session:${sessionId}`);
  return rows.length > 0;
}
