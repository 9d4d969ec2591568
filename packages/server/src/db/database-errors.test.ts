import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDatabaseUnavailable, noteQueryError } from './database-errors.js';

const brokenTransaction = () => new Error('Transaction query already complete, run with DEBUG=knex:tx for more info');

describe('telling an outage from a bug', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a PostgreSQL shutting down (57P01) and a refused connection are the outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Client was closed and is not queryable'))).toBe(true);
    expect(isDatabaseUnavailable({ cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) })).toBe(true);
  });

  it('a unique violation or a syntax error is not', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
  });

  it('a query in a transaction that already ended is the outage right after a connection failure, a bug otherwise', () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T09:00:00Z') });
    // Long after any failure (the module starts with none): a transaction used after its end is a bug.
    expect(isDatabaseUnavailable(brokenTransaction())).toBe(false);

    // A BEGIN that lost its connection: knex reports it only as a query-error event.
    noteQueryError(Object.assign(new Error('BEGIN; - Connection terminated unexpectedly'), {}));
    expect(isDatabaseUnavailable(brokenTransaction())).toBe(true);

    // An error that is not a connection failure does not count as one.
    vi.advanceTimersByTime(31_000);
    noteQueryError(Object.assign(new Error('duplicate key'), { code: '23505' }));
    expect(isDatabaseUnavailable(brokenTransaction())).toBe(false);
  });
});
