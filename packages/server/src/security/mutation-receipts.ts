import { createHash } from 'node:crypto';
import { DomainError, validationFailed } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { loadCaseForWork } from '../services/case-work.js';
import { isUuid } from '../services/ids.js';
import type { ServiceDeps } from '../services/service-deps.js';
import { canonicalJson } from './idempotency.js';

/** A client-made key: a UUID or any 8–100 letters, digits and `-_.:` (the same rule as registerCase's). */
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** Receipts older than this are forgotten: a phone's outbox gives up on an item long before (apps/console, 7 days). */
const KEEP_DAYS = 30;

export interface KeyedChange {
  /** The client's key for this one change; none means an ordinary, unprotected call. */
  key: string | null | undefined;
  /** The mutation's name: the same key on another mutation is a conflict. */
  operation: 'performAction' | 'recordVisit' | 'attachDocument';
  caseId: string;
  /** Every other argument, as sent: a replay must carry the same. */
  args: unknown;
}

/** Thrown inside the transaction when the key's receipt already exists, to roll it back before anything changed. */
class AlreadyApplied extends Error {}

function keyConflict(key: string): DomainError {
  return new DomainError(
    'IDEMPOTENCY_CONFLICT',
    {
      id: 'Kunci idempotensi ini sudah dipakai untuk perubahan lain. Gunakan kunci baru untuk perubahan baru.',
      en: 'This idempotency key was already used for a different change. Use a new key for a new change.',
    },
    {
      fields: [{ field: 'idempotencyKey', message: { id: 'Kunci sudah dipakai.', en: 'Key already used.' } }],
      details: { idempotencyKey: key },
    },
  );
}

function checkKey(key: string): void {
  if (KEY.test(key)) return;
  throw validationFailed([
    {
      field: 'idempotencyKey',
      message: {
        id: 'Kunci idempotensi harus 8–100 karakter: huruf, angka, atau - _ . :',
        en: 'The idempotency key must be 8 to 100 characters: letters, digits, or - _ . :',
      },
    },
  ]);
}

/**
 * Applies a change to a case at most once per (user, key), so a phone's outbox may send it
 * again after a lost reply: the replay answers with the case as it is now and changes nothing.
 * The receipt row is written first in the change's own transaction; a concurrent call with
 * the same key waits on its primary key, finds it taken once the first commits, and answers
 * like a replay; if the first rolls back, the second applies the change. Without a key the
 * change runs as before (performAction still has its expectedVersion guard).
 */
export async function applyOnce(
  deps: ServiceDeps,
  change: KeyedChange,
  run: (deps: ServiceDeps) => Promise<Case>,
): Promise<Case> {
  const key = change.key?.trim() || null;
  // A malformed case id is NOT_FOUND from the change itself, before any receipt.
  if (!key || !isUuid(change.caseId)) return run(deps);
  checkKey(key);
  const print = createHash('sha256')
    .update(canonicalJson({ operation: change.operation, caseId: change.caseId, args: change.args }))
    .digest('hex');
  const userId = deps.principal.userId;

  const replay = async (): Promise<Case | null> => {
    const rows = await deps.em
      .fork()
      .getConnection()
      .execute<{ fingerprint: string; case_id: string }[]>(
        'select fingerprint, case_id from mutation_receipt where user_id = ? and idempotency_key = ?',
        [userId, key],
        'all',
      );
    const row = rows[0];
    if (!row) return null;
    if (row.fingerprint !== print) throw keyConflict(key);
    // Read through the request's unit of work, with the same read check as any other change.
    return (await loadCaseForWork(deps.em, deps.registry, deps.principal, row.case_id, null)).c;
  };

  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await deps.em.transactional(async (em) => {
      const inserted = await em.execute<{ user_id: string }[]>(
        `insert into mutation_receipt (user_id, idempotency_key, operation, fingerprint, case_id, created_at)
         values (?, ?, ?, ?, ?, ?) on conflict do nothing returning user_id`,
        [userId, key, change.operation, print, change.caseId, deps.now.toISOString()],
        'all',
      );
      if (inserted.length === 0) throw new AlreadyApplied();
      await em.execute(
        'delete from mutation_receipt where user_id = ? and created_at < ?',
        [userId, new Date(deps.now.getTime() - KEEP_DAYS * 86_400_000).toISOString()],
        'run',
      );
      return run({ ...deps, em });
    });
  } catch (error) {
    if (!(error instanceof AlreadyApplied)) throw error;
    const winner = await replay();
    if (winner) return winner;
    throw error;
  }
}
