import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, validationFailed } from '@posyandu-spm/core';
import { Case } from '../entities/case.entity.js';
import { registerCase, type RegisterCaseInput } from '../services/case-registration.service.js';
import type { CaseAnswer } from '../services/registration/persist-case.js';
import type { RegisteredCase } from '../services/registration/registered-case.js';
import type { ServiceDeps } from '../services/service-deps.js';

/** A client-made key: a UUID or any 8–100 letters, digits and `-_.:`. */
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** JSON with object keys sorted, so the same input always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function fingerprint(input: RegisterCaseInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

function idempotencyConflict(key: string): DomainError {
  return new DomainError(
    'IDEMPOTENCY_CONFLICT',
    {
      id: 'Kunci idempotensi ini sudah dipakai untuk pendaftaran dengan data lain. Gunakan kunci baru untuk kasus baru.',
      en: 'This idempotency key was already used for a registration with different data. Use a new key for a new case.',
    },
    {
      fields: [{ field: 'idempotencyKey', message: { id: 'Kunci sudah dipakai.', en: 'Key already used.' } }],
      details: { idempotencyKey: key },
    },
  );
}

/**
 * `registerCase` that a client may safely retry: with an `idempotencyKey`, a
 * second call by the same user returns the case the first one created, and a
 * different input under the same key is IDEMPOTENCY_CONFLICT. The unique index
 * (registered_by_id, idempotency_key) decides between concurrent calls: the
 * losers' inserts fail, roll back whole, and they answer with the winner's case. A new case is
 * answered as `answer` says (persist-case.ts); an earlier one, read again, as its entity.
 */
export async function registerCaseIdempotently(
  deps: ServiceDeps,
  input: RegisterCaseInput & { idempotencyKey?: string | null },
  answer: CaseAnswer = 'entity',
): Promise<Case | RegisteredCase> {
  const { idempotencyKey, ...rest } = input;
  const key = idempotencyKey?.trim() || null;
  if (!key) return registerCase(deps, rest, answer);
  if (!KEY.test(key)) {
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
  const print = fingerprint(rest);
  const earlier = async (): Promise<Case | null> => {
    const found = await deps.em.fork().findOne(Case, { registeredBy: deps.principal.userId, idempotencyKey: key });
    if (found && found.idempotencyFingerprint !== print) throw idempotencyConflict(key);
    // Read again in the request's own unit of work, so field resolvers load through it.
    return found ? deps.em.findOneOrFail(Case, { id: found.id }) : null;
  };
  const existing = await earlier();
  if (existing) return existing;
  try {
    return await registerCase(deps, { ...rest, idempotency: { key, fingerprint: print } }, answer);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    // Another call with this key committed first (its case row blocked ours on the key's unique index).
    const winner = await earlier();
    if (winner) return winner;
    throw error;
  }
}
