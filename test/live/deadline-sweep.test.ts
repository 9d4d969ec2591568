import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The deadline sweep reads only the cases whose next notice has come (`next_check_at`, a partial
 * index), under one advisory lock, and costs the same statements for 5 cases as for 20.
 * Registered Monday 23 November 2026, 09:00 WIB: due at the end of Monday 30 November.
 */
describe('the deadline sweep: only rows that change state, one instance at a time, statements independent of the case count', () => {
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let a: TestServer;
  let b: TestServer;
  let kader: GraphQLClient;
  let serial = 0;

  async function register(n: number): Promise<void> {
    for (let i = 0; i < n; i += 1) {
      serial += 1;
      const nik = `331005170890${String(serial).padStart(4, '0')}`;
      await kader.request('mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }', {
        input: pendidikanInput({ applicant: { ...pendidikanInput().applicant, nik, kkNumber: null } }),
      });
    }
  }

  async function sweepStatements(): Promise<string[]> {
    a.statements.length = 0;
    await a.server.tickDeadlines();
    return [...a.statements];
  }

  async function pending(): Promise<number> {
    const res = await a.sql.query<{ n: number }>(`select count(*)::int as n from spm_case where next_check_at <= $1`, [
      clock.now(),
    ]);
    return res.rows[0]?.n ?? -1;
  }

  beforeAll(async () => {
    const plugins = await loadInstalledPlugins();
    a = await startTestServer({ plugins, clock });
    b = await startTestServer({ plugins, clock, sameDatabaseAs: a });
    kader = await a.as('kader.gombang');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('plans new cases once, with the same statements for 5 and for 20 cases, then reads nothing until one is due', async () => {
    await register(5);
    expect(await pending()).toBe(5);
    const five = await sweepStatements();
    expect(await pending()).toBe(0);
    await register(20);
    const twenty = await sweepStatements();
    expect(twenty.length).toBe(five.length);
    expect(five.length).toBeLessThanOrEqual(14);

    // Every case now waits for its due-soon instant: a sweep is the lock and one indexed read.
    const idle = await sweepStatements();
    expect(idle).toHaveLength(4);
    expect(idle[0]).toContain('begin');
    expect(idle[1]).toContain('pg_try_advisory_xact_lock');
    expect(idle[2]).toMatch(/select id from spm_case where next_check_at <= /);
    expect(idle[3]).toContain('commit');
    // The partial index serves the sweep's read (a table this small is scanned anyway unless told not to).
    const client = await a.sql.connect();
    let plan = '';
    try {
      await client.query('begin');
      await client.query('set local enable_seqscan = off');
      const res = await client.query<{ 'QUERY PLAN': string }>(
        `explain select id from spm_case where next_check_at <= now() order by next_check_at limit 200 for update skip locked`,
      );
      plan = res.rows.map((r) => r['QUERY PLAN']).join('\n');
      await client.query('commit');
    } finally {
      client.release();
    }
    expect(plan).toContain('spm_case_next_check_index');
    const next = await a.sql.query<{ at: Date }>(`select distinct next_check_at as at from spm_case`);
    // 00:00 WIB on the due day, the demo chain's due-soon notice.
    expect(next.rows.map((r) => r.at)).toEqual([new Date('2026-11-29T17:00:00Z')]);
  });

  it('on two instances at once, tells each holder once: one sweeps, the other finds the lock taken', async () => {
    clock.set('2026-11-29T17:00:01Z');
    const [x, y] = await Promise.all([a.server.tickDeadlines(), b.server.tickDeadlines()]);
    expect(x.dueSoon + y.dueSoon).toBe(25);
    const [again1, again2] = await Promise.all([a.server.tickDeadlines(), b.server.tickDeadlines()]);
    expect(again1.dueSoon + again2.dueSoon).toBe(0);
    const notes = await a.sql.query<{ n: number }>(
      `select count(*)::int as n from notification n join app_user u on u.id = n.user_id
        where u.username = 'kader.gombang' and n.kind = 'DEADLINE_DUE_SOON'`,
    );
    expect(notes.rows[0]?.n).toBe(25);
  });

  it('a sweep started while another holds the lock returns at once without reading cases', async () => {
    const locker = await a.sql.connect();
    try {
      await locker.query('begin');
      await locker.query(`select pg_advisory_xact_lock(hashtext('posyandu-spm:deadline-sweep'))`);
      clock.set('2026-11-30T17:00:01Z');
      const statements = await sweepStatements();
      expect(statements.some((sql) => sql.includes('from spm_case'))).toBe(false);
      await locker.query('commit');
    } finally {
      locker.release();
    }
    expect((await a.server.tickDeadlines()).overdue).toBe(25);
  });
});
