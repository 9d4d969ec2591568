import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { calendarRulesFingerprint, recomputeForShippedRules } from '@posyandu-spm/server';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The start-up deadline recompute (issue 18): it runs only when the calendar rules shipped in code
 * changed since the last one, walks the open cases in short batches, moves each affected deadline
 * with its DEADLINE_RECOMPUTED event, and resumes after a crash where it stopped.
 */
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id deadline { dueAt } } }`;

/** The end of a local WIB day, as the API answers it. */
const endOfWib = (date: string) => new Date(`${date}T23:59:59.999+07:00`).toISOString();

describe('the start-up deadline recompute', () => {
  // Monday 28 December 2026, 09:00 WIB: five working days end on Tuesday 5 January 2027 (1 January is off).
  const clock = new TestClock('2026-12-28T02:00:00Z');
  let t: TestServer;
  let kader: GraphQLClient;
  let n = 0;
  const ids: string[] = [];

  async function register(): Promise<{ id: string; deadline: { dueAt: string } }> {
    n += 1;
    const nik = `331005170891${String(n).padStart(4, '0')}`;
    const { registerCase } = await kader.request<{ registerCase: { id: string; deadline: { dueAt: string } } }>(
      REGISTER,
      { input: pendidikanInput({ applicant: { ...pendidikanInput().applicant, nik, kkNumber: null } }) },
    );
    return registerCase;
  }

  /** As an earlier release computed them: counting 1 January 2027 as a working day. */
  async function asEarlierRelease(caseIds: readonly string[]): Promise<void> {
    await t.sql.query(`update spm_case set due_at = $1 where id = any($2::uuid[])`, [endOfWib('2027-01-04'), caseIds]);
  }

  /** Each case's due time and its DEADLINE_RECOMPUTED events. */
  async function state(caseIds: readonly string[]): Promise<Array<{ dueAt: string; events: number }>> {
    const { rows } = await t.sql.query<{ id: string; due_at: Date; events: number }>(
      `select c.id, c.due_at,
              (select count(*)::int from case_event e where e.case_id = c.id and e.type = 'DEADLINE_RECOMPUTED') as events
         from spm_case c where c.id = any($1::uuid[])`,
      [caseIds],
    );
    const byId = new Map(rows.map((r) => [r.id, { dueAt: r.due_at.toISOString(), events: r.events }]));
    return caseIds.map((id) => byId.get(id) as { dueAt: string; events: number });
  }

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock });
    kader = await t.as('kader.gombang');
    for (let i = 0; i < 5; i += 1) {
      const c = await register();
      expect(c.deadline.dueAt).toBe(endOfWib('2027-01-05'));
      ids.push(c.id);
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('the first start stored the rules it brought the deadlines to', async () => {
    const { rows } = await t.sql.query(`select fingerprint, target, done_through from calendar_recompute`);
    expect(rows).toEqual([{ fingerprint: calendarRulesFingerprint(), target: null, done_through: null }]);
  });

  it('a second start with unchanged rules reads one row and moves nothing', async () => {
    await asEarlierRelease(ids.slice(0, 1));
    t.statements.length = 0;
    expect(await recomputeForShippedRules(t.orm.em.fork(), clock.now())).toEqual({ batches: 0, moved: 0 });
    expect(t.statements).toEqual([expect.stringContaining('select fingerprint from calendar_recompute where id = 1')]);

    const second = await startTestServer({ plugins: [pendidikanPlugin], clock, sameDatabaseAs: t });
    await second.close();
    // The tampered deadline stays as it was: nothing was recomputed, no event written.
    expect(await state(ids.slice(0, 1))).toEqual([{ dueAt: endOfWib('2027-01-04'), events: 0 }]);
  });

  it('new rules move the affected open deadlines, each with one event, in batches', async () => {
    await asEarlierRelease(ids.slice(0, 3));
    const result = await recomputeForShippedRules(t.orm.em.fork(), clock.now(), {
      fingerprint: 'rules-2',
      batchSize: 2,
    });
    expect(result.moved).toBe(3);
    expect(result.batches).toBeGreaterThanOrEqual(3);
    expect(await state(ids)).toEqual([
      ...ids.slice(0, 3).map(() => ({ dueAt: endOfWib('2027-01-05'), events: 1 })),
      ...ids.slice(3).map(() => ({ dueAt: endOfWib('2027-01-05'), events: 0 })),
    ]);
    const { rows: events } = await t.sql.query<{ payload: Record<string, unknown> }>(
      `select payload from case_event where case_id = $1 and type = 'DEADLINE_RECOMPUTED'`,
      [ids[0]],
    );
    expect(events[0]?.payload).toMatchObject({ previousDueAt: endOfWib('2027-01-04'), dueAt: endOfWib('2027-01-05') });
    // Done: the same rules again cost one read.
    expect(
      await recomputeForShippedRules(t.orm.em.fork(), clock.now(), { fingerprint: 'rules-2', batchSize: 2 }),
    ).toEqual({ batches: 0, moved: 0 });
  });

  it('a changed day off (as a release migration ships it) moves the deadlines it touches', async () => {
    // A release that knows Monday 4 January 2027 as a day off: the deadlines move to Wednesday.
    await t.sql.query(
      `insert into holiday (id, date, kind, name_id, name_en, legal_basis, area_code)
       values (gen_random_uuid(), '2027-01-04', 'NATIONAL', 'Uji', 'Test', 'test fixture', null)`,
    );
    try {
      const result = await recomputeForShippedRules(t.orm.em.fork(), clock.now(), { fingerprint: 'rules-3' });
      expect(result.moved).toBeGreaterThanOrEqual(5);
      expect(await state(ids)).toEqual([
        ...ids.slice(0, 3).map(() => ({ dueAt: endOfWib('2027-01-06'), events: 2 })),
        ...ids.slice(3).map(() => ({ dueAt: endOfWib('2027-01-06'), events: 1 })),
      ]);
    } finally {
      await t.sql.query(`delete from holiday where date = '2027-01-04' and legal_basis = 'test fixture'`);
      await recomputeForShippedRules(t.orm.em.fork(), clock.now(), { fingerprint: 'rules-4' });
    }
    expect((await state(ids)).map((s) => s.dueAt)).toEqual(ids.map(() => endOfWib('2027-01-05')));
  });

  it('an interrupted recompute resumes after its last committed batch, moving each case once', async () => {
    await asEarlierRelease(ids);
    const before = await state(ids);
    const crash = new Error('instance stopped');
    let batches = 0;
    await expect(
      recomputeForShippedRules(t.orm.em.fork(), clock.now(), {
        fingerprint: 'rules-5',
        batchSize: 2,
        afterBatch: () => {
          batches += 1;
          if (batches === 1) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    const { rows: progress } = await t.sql.query(`select fingerprint, target, done_through from calendar_recompute`);
    expect(progress[0]).toMatchObject({ fingerprint: 'rules-4', target: 'rules-5', done_through: expect.any(String) });
    const halfway = await state(ids);
    const movedFirst = halfway.filter((s, i) => s.events > (before[i]?.events ?? 0)).length;
    expect(movedFirst).toBeLessThanOrEqual(2);

    // Two instances start together and finish it from where it stopped: every case moved exactly once.
    const { rows: open } = await t.sql.query<{ n: number }>(
      `select count(*)::int as n from spm_case where closed_at is null and clock_paused_at is null`,
    );
    const fullRun = Math.floor((open[0]?.n ?? 0) / 2) + 1;
    const [a, b] = await Promise.all([
      recomputeForShippedRules(t.orm.em.fork(), clock.now(), { fingerprint: 'rules-5', batchSize: 2 }),
      recomputeForShippedRules(t.orm.em.fork(), clock.now(), { fingerprint: 'rules-5', batchSize: 2 }),
    ]);
    expect(movedFirst + a.moved + b.moved).toBe(5);
    expect(a.batches + b.batches).toBe(fullRun - 1);
    const after = await state(ids);
    expect(after).toEqual(ids.map((_, i) => ({ dueAt: endOfWib('2027-01-05'), events: (before[i]?.events ?? 0) + 1 })));
    const { rows: done } = await t.sql.query(`select fingerprint, target, done_through from calendar_recompute`);
    expect(done).toEqual([{ fingerprint: 'rules-5', target: null, done_through: null }]);
  });
});
