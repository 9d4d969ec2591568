import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import pendidikan from '@posyandu-spm/plugin-pendidikan/module';
import { createApiServer, createTokenService, openOrm } from '@posyandu-spm/server';
import { createTestDatabase, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Next year's SKB 3 Menteri is normally signed in September or October: from 1 October (WIB)
 * the admin page and the server's start-up log say when it is not loaded yet (issue 14).
 */
describe('the warning about next year’s SKB, from 1 October', () => {
  // Wednesday 30 September 2026, 23:59:59 WIB: one second before the warning starts.
  const clock = new TestClock('2026-09-30T16:59:59Z');
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock });
  });
  afterAll(() => t?.close());

  const warnings = async () =>
    (
      await t
        .anonymous()
        .request<{ calendarWarnings: Array<{ year: number; when: string; message: { id: string; en: string } }> }>(
          `{ calendarWarnings { year when message { id en } } }`,
        )
    ).calendarWarnings;

  it('is silent on 30 September and speaks from 00:00 WIB on 1 October, in Indonesian and English', async () => {
    expect(await warnings()).toEqual([]);
    clock.set('2026-09-30T17:00:00Z');
    const [warning, ...more] = await warnings();
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ year: 2027, when: 'NEXT_YEAR' });
    expect(warning?.message.id).toContain('SKB 3 Menteri');
    expect(warning?.message.id).toContain('2027');
    expect(warning?.message.en).toContain('not loaded');
  });

  it('warns about this year, always, when its SKB is missing', async () => {
    await t.sql.query(`delete from calendar_year where year = 2026`);
    clock.set('2026-03-02T02:00:00Z');
    expect(await warnings()).toEqual([expect.objectContaining({ year: 2026, when: 'CURRENT_YEAR' })]);
    await t.sql.query(
      `insert into calendar_year (year, legal_basis, loaded_at) values (2026, 'SKB 3 Menteri 2026 (kembali)', now())`,
    );
  });
});

describe('the start-up log', () => {
  /** Boots the real API on a fresh database at `at` and returns the warnings it logged about the SKB. */
  async function startUpWarnings(at: string): Promise<Array<{ msg: string; year?: number; when?: string }>> {
    const db = await createTestDatabase();
    const orm = await openOrm({ clientUrl: db.url, poolMax: 2 });
    const lines: Array<{ level: number; msg: string; year?: number; when?: string }> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    try {
      const server = await createApiServer({
        orm,
        plugins: [pendidikan],
        tokens: createTokenService('test-secret-that-is-long-enough-for-hs256', 60),
        log,
        production: false,
        now: () => new Date(at),
        deadlineCheckSeconds: 0,
        outboxSeconds: 0,
      });
      await server.close();
    } finally {
      await orm.close();
      await db.drop();
    }
    return lines.filter((l) => l.level === 40 && l.msg.includes('SKB'));
  }

  it('warns from 1 October that next year’s SKB is not loaded, and not the day before', async () => {
    expect(await startUpWarnings('2026-09-30T16:59:59Z')).toEqual([]);
    const logged = await startUpWarnings('2026-10-01T01:00:00Z');
    expect(logged).toEqual([expect.objectContaining({ year: 2027, when: 'NEXT_YEAR' })]);
    expect(logged[0]?.msg).toContain('The 2027 joint decree (SKB 3 Menteri)');
  });
});
