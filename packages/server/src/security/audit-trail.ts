import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@posyandu-spm/core';
import type { AuthInfo } from './authenticate.js';

/** MUTATION: a change asked through the API; READ: a sensitive read; AUTH: a refused credential. */
export type AuditKind = 'MUTATION' | 'READ' | 'AUTH';

/** The sensitive reads that are audited, one row per case and kind per request. */
export type SensitiveRead = 'NIK_UNMASKED' | 'KK_UNMASKED' | 'REPORTER_IDENTITY' | 'AUDIT_LOG';

/** Who acted: a logged-in user (with the session) or an API key, with their units at that moment. */
export interface AuditActor {
  userId: string | null;
  apiKeyId: string | null;
  sessionId: string | null;
  orgUnitIds: string[];
  ip: string | null;
}

export interface AuditEntry {
  kind: AuditKind;
  operation: string;
  /** OK, or the error code the caller got. */
  outcome: string;
  caseId: string | null;
  /** Ids, codes and counts only: never a name, NIK, phone number or free text. */
  details: Record<string, unknown>;
  occurredAt: Date;
}

export function auditActor(principal: Principal | null, auth: AuthInfo | null, ip: string | null): AuditActor {
  return {
    userId: auth?.kind === 'session' ? auth.userId : null,
    apiKeyId: auth?.kind === 'apiKey' ? auth.apiKeyId : null,
    sessionId: auth?.kind === 'session' ? auth.sessionId : null,
    orgUnitIds: [...new Set(principal?.memberships.map((m) => m.orgUnitId) ?? [])],
    ip: ip ? ip.slice(0, 64) : null,
  };
}

/** One audit_log row, column → value (org units as an array literal, details as JSON text). */
export function auditRow(actor: AuditActor, e: AuditEntry): Record<string, string | null> {
  return {
    occurred_at: e.occurredAt.toISOString(),
    kind: e.kind,
    operation: e.operation.slice(0, 100),
    outcome: e.outcome.slice(0, 60),
    user_id: actor.userId,
    api_key_id: actor.apiKeyId,
    session_id: actor.sessionId,
    org_unit_ids: `{${actor.orgUnitIds.join(',')}}`,
    ip: actor.ip,
    case_id: e.caseId,
    details: JSON.stringify(e.details),
  };
}

const COLUMNS =
  '(occurred_at, kind, operation, outcome, user_id, api_key_id, session_id, org_unit_ids, ip, case_id, details)';
const ROW = '(?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?::jsonb)';

/** The row's values in the order of COLUMNS. */
function params(actor: AuditActor, e: AuditEntry): unknown[] {
  return Object.values(auditRow(actor, e));
}

/** Appends rows with plain SQL; inside `transaction` when given (the mutation's own transaction). */
export async function insertAudit(
  em: EntityManager,
  actor: AuditActor,
  entries: readonly AuditEntry[],
  transaction?: unknown,
): Promise<void> {
  if (!entries.length) return;
  const sql = `insert into audit_log ${COLUMNS} values ${entries.map(() => ROW).join(', ')}`;
  await em.getConnection('write').execute(
    sql,
    entries.flatMap((e) => params(actor, e)),
    'run',
    transaction as never,
  );
}

/**
 * The same reads for several actors at once — everyone who received one shared live
 * notice — in one statement per 500 rows (PostgreSQL takes at most 65,535 parameters).
 */
export async function insertAuditForActors(
  em: EntityManager,
  actors: readonly AuditActor[],
  entries: readonly AuditEntry[],
): Promise<void> {
  const rows = actors.flatMap((actor) => entries.map((e) => params(actor, e)));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const sql = `insert into audit_log ${COLUMNS} values ${chunk.map(() => ROW).join(', ')}`;
    await em.getConnection('write').execute(sql, chunk.flat(), 'run');
  }
}

/**
 * The audit of one request (or one WebSocket subscription). Mutations write
 * their row themselves (security/audit-mutations.ts); sensitive reads are
 * collected here while the response is resolved — one row per case and kind,
 * listing the people whose numbers were shown — and written by `flush` in one
 * statement before the response leaves (or the response is withheld).
 */
export class AuditTrail {
  private readonly reads = new Map<string, AuditEntry & { subjects: Set<string> }>();

  constructor(
    readonly actor: AuditActor,
    private readonly now: () => Date,
  ) {}

  noteRead(operation: SensitiveRead, caseId: string | null, subjectId?: string, details: Record<string, unknown> = {}) {
    const key = `${operation}:${caseId ?? ''}`;
    let entry = this.reads.get(key);
    if (!entry) {
      entry = {
        kind: 'READ',
        operation,
        outcome: 'OK',
        caseId,
        details,
        occurredAt: this.now(),
        subjects: new Set(),
      };
      this.reads.set(key, entry);
    }
    if (subjectId) entry.subjects.add(subjectId);
  }

  get pending(): number {
    return this.reads.size;
  }

  /** The collected reads as rows to write; afterwards the trail is empty. */
  take(): AuditEntry[] {
    const entries = [...this.reads.values()].map(({ subjects, ...e }) => ({
      ...e,
      details: subjects.size ? { ...e.details, personIds: [...subjects].sort() } : e.details,
    }));
    this.reads.clear();
    return entries;
  }

  /** Writes the collected reads; afterwards the trail is empty (a subscription flushes after every event). */
  async flush(em: EntityManager): Promise<void> {
    if (!this.reads.size) return;
    await insertAudit(em, this.actor, this.take());
  }
}
