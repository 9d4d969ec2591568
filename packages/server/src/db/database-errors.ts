/**
 * Telling "the database cannot be reached right now" from every other error: the first is
 * an outage a client should retry (DATABASE_UNAVAILABLE, 503), the second a bug or bad input.
 */

/** Socket-level codes of a connection that failed or broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/**
 * PostgreSQL SQLSTATEs of a server going away or not accepting connections: class 08
 * (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now),
 * 53300 (too many connections).
 */
const SERVER_CODES = /^(08\w{3}|57P0[123]|53300)$/;

/** Messages of the pg driver and of knex's pool that carry no code. */
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error and is not queryable/i,
  /Connection ended unexpectedly/i,
  /Client was closed and is not queryable/i,
];

function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current as Record<string, unknown>;
    const next = (current as { cause?: unknown; previous?: unknown; originalError?: unknown }).cause;
    current = next ?? (current as { originalError?: unknown }).originalError;
  }
}

/**
 * knex's error for a query sent in a transaction that already ended. In this code base a
 * transaction ends early only when its BEGIN, COMMIT or ROLLBACK fails — during an outage, when
 * the connection broke — and knex keeps that first error to itself (it only emits it as a
 * `query-error` event). So this message is the outage when the driver reported a connection
 * failure moments before; otherwise it is a bug and stays an internal error.
 */
const BROKEN_TRANSACTION = /Transaction query already complete/;
const BROKEN_TRANSACTION_WINDOW_MS = 30_000;
let lastConnectionFailureAt = Number.NEGATIVE_INFINITY;

/** Hooked to the driver's `query-error` events (db/orm.ts): remembers when a query failed for want of a connection. */
export function noteQueryError(error: unknown): void {
  if (isDatabaseUnavailable(error)) lastConnectionFailureAt = Date.now();
}

/** Whether `error` (or what caused it) says the database is unreachable or going away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (
      typeof e.message === 'string' &&
      BROKEN_TRANSACTION.test(e.message) &&
      Date.now() - lastConnectionFailureAt < BROKEN_TRANSACTION_WINDOW_MS
    ) {
      return true;
    }
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK_CODES.has(code) || SERVER_CODES.test(code)) return true;
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** The first code along the causes, e.g. ECONNREFUSED or 28P01. */
export function databaseErrorCode(error: unknown): string | undefined {
  for (const e of causes(error)) {
    if (typeof e.code === 'string') return e.code;
    if (Array.isArray(e.errors)) {
      const inner = (e.errors as unknown[]).map(databaseErrorCode).find(Boolean);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Seconds a client is told to wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** What a user reads while the database is away: not a bug, try again shortly. */
export const DATABASE_UNAVAILABLE_MESSAGES = {
  id: 'Basis data sedang tidak dapat dihubungi. Coba lagi sebentar lagi; data yang sudah tersimpan aman.',
  en: 'The database cannot be reached right now. Try again shortly; data already saved is safe.',
} as const;
