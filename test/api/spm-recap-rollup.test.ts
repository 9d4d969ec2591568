import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { backfillSpmRecap, recapCounts, type CellCount, type RecapCell } from '@posyandu-spm/server';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

/**
 * The recap's rollup (migration 20261207090000: rows per kabupaten, kecamatan and desa, kept by
 * triggers) against the cases themselves: after writes, state changes, reassignments, returns,
 * withdrawals and deletions — and after a backfill interrupted by writes — the rollup holds exactly
 * what a count over `spm_case` gives, and `spmRecap` answers, for every area level, period and
 * sector, what the recap model computes from the cases directly (open overdue counted live).
 */

const NIL = '00000000-0000-0000-0000-000000000000';
const LEVELS: Array<[number, number]> = [
  [5, 2],
  [8, 5],
  [13, 8],
];

interface CaseRow {
  id: string;
  area_code: string;
  reg: string | null;
  sector_id: string;
  spm_service: string | null;
  penerima: string | null;
  closed_at: Date | null;
  outcome: string | null;
  closed_on_time: boolean | null;
  decline_reason: string | null;
  settlement_kind: string | null;
  settled_by_id: string | null;
  working_days_taken: number | null;
  clock_paused_at: Date | null;
  due_at: Date;
  returns: number;
}

/** The report's cell of a case, written out again from docs/reports.md, not from the SQL. */
function cellOf(c: CaseRow): { cell: RecapCell; reason: string; unit: string; days: number } {
  if (!c.closed_at) return { cell: 'OPEN', reason: '', unit: NIL, days: -1 };
  switch (c.outcome) {
    case 'COMPLETED':
      return {
        cell: c.closed_on_time ? 'COMPLETED_ON_TIME' : 'COMPLETED_LATE',
        reason: '',
        unit: NIL,
        days: Math.min(c.working_days_taken ?? -1, 60),
      };
    case 'DECLINED':
      return { cell: 'DECLINED', reason: c.decline_reason ?? '', unit: NIL, days: -1 };
    case 'SETTLED_AT_VILLAGE':
      return { cell: 'SETTLED_AT_VILLAGE', reason: c.settlement_kind ?? '', unit: c.settled_by_id ?? NIL, days: -1 };
    case 'WITHDRAWN':
    case 'CANNOT_BE_SERVED':
      return { cell: c.outcome, reason: '', unit: NIL, days: -1 };
    default:
      return { cell: 'OTHER', reason: '', unit: NIL, days: -1 };
  }
}

async function casesOf(t: TestServer): Promise<CaseRow[]> {
  const { rows } = await t.sql.query<CaseRow>(`select c.id, c.area_code, to_char(c.registered_on, 'YYYY-MM-DD') as reg,
      c.sector_id, c.spm_service, c.penerima, c.closed_at, c.outcome, c.closed_on_time, c.decline_reason,
      c.settlement_kind, c.settled_by_id, c.working_days_taken, c.clock_paused_at, c.due_at,
      (select count(*)::int from case_event e where e.case_id = c.id and e.type = 'RETURNED') as returns
    from spm_case c`);
  return rows;
}

/** Both rollup tables as they should be, from the cases: key → n, zeros left out. */
function expectedRollup(cases: CaseRow[]) {
  const rollup = new Map<string, number>();
  const area = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  for (const c of cases) {
    if (!c.reg) continue;
    const month = `${c.reg.slice(0, 7)}-01`;
    const { cell, reason, unit, days } = cellOf(c);
    for (const [len, parentLen] of LEVELS) {
      if (c.area_code.length < len) continue;
      const code = c.area_code.slice(0, len);
      const row = [code, month, c.sector_id, c.spm_service ?? '', c.penerima ?? ''];
      add(rollup, [...row, cell, reason, days].join('|'), 1);
      add(area, [code, c.area_code.slice(0, parentLen), month, c.sector_id, cell, unit].join('|'), 1);
      if (c.returns) {
        add(rollup, [...row, 'RETURNED', '', -1].join('|'), c.returns);
        add(area, [code, c.area_code.slice(0, parentLen), month, c.sector_id, 'RETURNED', NIL].join('|'), c.returns);
      }
    }
  }
  return { rollup, area };
}

async function actualRollup(t: TestServer) {
  const rollup = new Map<string, number>();
  const area = new Map<string, number>();
  for (const r of (
    await t.sql.query<{
      k: string;
      n: number;
    }>(`select concat_ws('|', area_code, to_char(month, 'YYYY-MM-DD'), sector_id,
      spm_service, penerima, cell, reason, working_days) as k, n from spm_recap_rollup where n <> 0`)
  ).rows) {
    rollup.set(r.k, r.n);
  }
  for (const r of (
    await t.sql.query<{
      k: string;
      n: number;
    }>(`select concat_ws('|', area_code, parent_code, to_char(month, 'YYYY-MM-DD'),
      sector_id, cell, credited_unit_id) as k, n from spm_recap_area where n <> 0`)
  ).rows) {
    area.set(r.k, r.n);
  }
  return { rollup, area };
}

async function expectRollupMatchesCases(t: TestServer): Promise<void> {
  const expected = expectedRollup(await casesOf(t));
  const actual = await actualRollup(t);
  expect(Object.fromEntries([...actual.rollup].sort())).toEqual(Object.fromEntries([...expected.rollup].sort()));
  expect(Object.fromEntries([...actual.area].sort())).toEqual(Object.fromEntries([...expected.area].sort()));
}

const COUNTS = `received inProgress openOverdue completedOnTime completedLate declined
  declinedByReason { reason count } settledAtVillage settledAtVillageByKind { kind count } withdrawn cannotBeServed
  otherClosed returned medianWorkingDays p90WorkingDays onTimeRate`;
const RECAP = `query ($period: SpmRecapPeriodInput!, $areaCode: String, $sectorId: String) {
  spmRecap(period: $period, areaCode: $areaCode, sectorId: $sectorId) {
    sectorIds rows { sectorId serviceId penerima counts { ${COUNTS} } } total { ${COUNTS} }
    trend { month counts { ${COUNTS} } } areas { code counts { ${COUNTS} } } settlements { unitId sectorId count }
  } }`;
interface Recap {
  sectorIds: string[];
  rows: Array<{ sectorId: string; serviceId: string | null; penerima: string | null; counts: unknown }>;
  total: unknown;
  trend: Array<{ month: string; counts: unknown }>;
  areas: Array<{ code: string; counts: unknown }>;
  settlements: Array<{ unitId: string | null; sectorId: string | null; count: number }>;
}

/**
 * The recap computed from the cases: the same model (recap-model.ts) over cells grouped here. The
 * trend and the areas keep no reason nor working days (as the screen shows them), like spmRecap.
 */
function expectedRecap(cases: CaseRow[], area: string, from: string, to: string, sectors: string[], now: Date) {
  const inScope = cases.filter(
    (c) =>
      c.reg &&
      c.reg >= from &&
      c.reg <= to &&
      sectors.includes(c.sector_id) &&
      (c.area_code === area || c.area_code.startsWith(`${area}.`)),
  );
  const groups = new Map<string, { cells: CellCount[]; overdue: number }>();
  const put = (key: string, c: CaseRow, detailed: boolean) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { cells: [], overdue: 0 }));
    const { cell, reason, days } = cellOf(c);
    g.cells.push({ cell, reason: detailed ? reason : '', workingDays: detailed ? days : -1, n: 1 });
    if (c.returns) g.cells.push({ cell: 'RETURNED', reason: '', workingDays: -1, n: c.returns });
    if (!c.closed_at && !c.clock_paused_at && c.due_at.getTime() < now.getTime()) g.overdue += 1;
  };
  const childLen = area.length === 5 ? 8 : 13;
  for (const c of inScope) {
    put(`row:${c.sector_id}|${c.spm_service ?? ''}|${c.penerima ?? ''}`, c, true);
    put('total', c, true);
    put(`month:${c.reg!.slice(0, 7)}`, c, false);
    if (c.area_code.length >= childLen) put(`area:${c.area_code.slice(0, childLen)}`, c, false);
  }
  const counts = (key: string) => recapCounts(groups.get(key)?.cells ?? [], groups.get(key)?.overdue ?? 0);
  const settled = new Map<string, number>();
  for (const c of inScope) {
    const { cell, unit } = cellOf(c);
    if (cell === 'SETTLED_AT_VILLAGE' && unit !== NIL) {
      settled.set(`${unit}|${c.sector_id}`, (settled.get(`${unit}|${c.sector_id}`) ?? 0) + 1);
    }
  }
  const rowKeys = [...groups.keys()].filter((k) => k.startsWith('row:')).map((k) => k.slice(4));
  return { counts, settled, rowKeys };
}

describe('the recap rollup per kabupaten, kecamatan and desa equals counting the cases', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let sectors: string[];
  let unitA: string;
  let unitB: string;

  const mutate = (sql: string, params: unknown[] = []) => t.sql.query(sql, params);

  /** Every cell of every row, the total, the months, the child areas and the settlements. */
  async function expectRecapMatchesCases(areaCode: string, period: Record<string, number>, sectorId?: string) {
    const r = (await admin.request<{ spmRecap: Recap }>(RECAP, { period, areaCode, ...(sectorId ? { sectorId } : {}) }))
      .spmRecap;
    const from = r.trend[0]!.month;
    const to = r.trend.at(-1)!.month;
    const last = new Date(`${to}-01T00:00:00Z`);
    last.setUTCMonth(last.getUTCMonth() + 1);
    last.setUTCDate(0);
    const { counts, settled, rowKeys } = expectedRecap(
      await casesOf(t),
      areaCode,
      `${from}-01`,
      last.toISOString().slice(0, 10),
      r.sectorIds,
      t.clock.now(),
    );
    for (const row of r.rows) {
      expect(row.counts, `${row.sectorId} ${row.serviceId} ${row.penerima}`).toEqual(
        counts(`row:${row.sectorId}|${row.serviceId ?? ''}|${row.penerima ?? ''}`),
      );
    }
    const listed = new Set(r.rows.map((row) => `${row.sectorId}|${row.serviceId ?? ''}|${row.penerima ?? ''}`));
    for (const key of rowKeys) expect(listed.has(key), key).toBe(true);
    expect(r.total).toEqual(counts('total'));
    for (const m of r.trend) expect(m.counts, m.month).toEqual(counts(`month:${m.month}`));
    for (const a of r.areas) {
      expect(a.counts, a.code).toEqual(counts(`area:${a.code}`));
    }
    const perUnit = r.settlements.filter((s) => s.unitId);
    expect(new Map(perUnit.map((s) => [`${s.unitId}|${s.sectorId}`, s.count]))).toEqual(settled);
    return r;
  }

  async function expectEverywhere() {
    await expectRollupMatchesCases(t);
    const received = (await expectRecapMatchesCases('33.10', { year: 2026 })) as Recap & {
      total: { received: number };
    };
    expect(received.total.received).toBeGreaterThan(0);
    await expectRecapMatchesCases('33.10', { year: 2026, quarter: 2 });
    await expectRecapMatchesCases('33.10.05', { year: 2026 }, sectors[0]);
    await expectRecapMatchesCases('33.10.05', { year: 2026, month: 11 });
    await expectRecapMatchesCases('33.10.05.2001', { year: 2026 });
  }

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    admin = await t.as('admin.klaten');
    sectors = (await loadInstalledPlugins()).map((m) => m.plugin.id);
    // Through the API: a case served, one returned by the OPD (a RETURNED event), one withdrawn.
    const served = await caseForwardedToOpd(t);
    const returned = await caseForwardedToOpd(t, { serviceType: 'paud-cost-aid' });
    const opd = await t.as('opd.pendidikan');
    const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
      performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { id version } }`;
    await opd.request(ACT, {
      id: returned.id,
      action: 'return-not-competent',
      v: returned.version,
      input: { reason: 'Bukan wewenang dinas.' },
    });
    const f = (
      await opd.request<{ performAction: { id: string; version: number } }>(ACT, {
        id: served.id,
        action: 'record-opd-follow-up',
        v: served.version,
        input: { note: 'Disetujui.' },
      })
    ).performAction;
    await opd.request(ACT, { id: f.id, action: 'complete', v: f.version, input: { note: 'Diserahkan.' } });
    const kader = await t.as('kader.gombang');
    await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
      input: pendidikanInput(),
    });

    // Through SQL, as the bench writes them: 240 cases over the desa of Klaten, every cell.
    const ids = await t.sql.query<{ person: string; unit: string; other: string; user: string }>(
      `select (select id from person limit 1) as person,
              (select id from org_unit where kind = 'VILLAGE_GOVERNMENT' order by id limit 1) as unit,
              (select id from org_unit where kind = 'VILLAGE_GOVERNMENT' order by id desc limit 1) as other,
              (select id from app_user where username = 'kader.gombang') as "user"`,
    );
    const { person, unit, other, user } = ids.rows[0]!;
    unitA = unit;
    unitB = other;
    await mutate(
      `with d as (select array_agg(code order by code) as codes from area where level = 'DESA' and code like '33.10.%'),
            k as (select (array_agg(spm_service) filter (where spm_service is not null))[1] as service,
                         (array_agg(penerima) filter (where penerima is not null))[1] as penerima from spm_case),
            g as (select i, (date '2026-01-01' + ((i * 37) % 360))::timestamp at time zone 'Asia/Jakarta' as reg,
                         (d.codes)[(1 + ((i * 7) % least(array_length(d.codes, 1), 30)))::int] as area, (i % 20)::int as o
                    from generate_series(1, 240) i, d)
       insert into spm_case (id, code, sector_id, service_type_id, status, area_code, description, facts, warnings,
         applicant_id, confidential_reporter, origin_unit_id, holder_id, held_by_unit_ids, registered_by_id, registered_at,
         working_days, clock_start_date, clock_days, due_at, clock_paused_at, closed_at, outcome, closed_on_time, settled_by_id,
         decline_reason, settlement_kind, spm_service, penerima, registered_on, working_days_taken, updated_at, version,
         reporter_access, deadline_notice)
       select gen_random_uuid(), 'R' || lpad(i::text, 12, '0'), ($5::text[])[1 + (i % array_length($5::text[], 1))], 'x', 'bench', area,
         'rollup test', '{}', '[]', $1, false, $2, $2, array[$2::uuid], $4, reg, 5, reg::date, 5, reg + interval '7 days',
         case when o = 19 then reg + interval '1 day' end,
         case when o < 16 then reg + interval '3 days' end,
         case when o < 9 then 'COMPLETED' when o < 12 then 'DECLINED' when o < 14 then 'SETTLED_AT_VILLAGE'
              when o = 14 then 'WITHDRAWN' when o = 15 then 'CANNOT_BE_SERVED' end,
         case when o < 16 then o < 7 end,
         case when o = 12 then $2::uuid when o = 13 then $3::uuid end,
         case when o between 9 and 11 then (array['NOT_ELIGIBLE', 'INCOMPLETE', 'DUPLICATE'])[1 + (i % 3)::int] end,
         case when o between 12 and 13 then (array['MUSYAWARAH', 'DIRECT_HELP'])[1 + (i % 2)::int] end,
         case when i % 4 = 0 then null else (select service from k) end, case when i % 4 = 0 then null else (select penerima from k) end,
         (reg at time zone 'Asia/Jakarta')::date, case when o < 9 then (1 + (i % 9))::int end, reg, 1, '[]', 'NONE'
       from g`,
      [person, unit, other, user, sectors],
    );
  });
  afterAll(() => t?.close());

  it('after registrations, a completion and a return through the API and 240 cases written in SQL', async () => {
    await expectEverywhere();
  });

  it('after state changes, a withdrawal, a reassignment of area, service and sector, a return and deletions', async () => {
    // Open → completed late; completed → declined; a settlement credited to another unit; withdrawn.
    await mutate(`update spm_case set closed_at = now(), outcome = 'COMPLETED', closed_on_time = false, working_days_taken = 8
      where code in (select code from spm_case where closed_at is null and code like 'R%' order by code limit 5)`);
    await mutate(`update spm_case set outcome = 'DECLINED', decline_reason = 'OTHER', working_days_taken = null
      where code in (select code from spm_case where outcome = 'COMPLETED' and code like 'R%' order by code limit 4)`);
    await mutate(
      `update spm_case set settled_by_id = $1 where outcome = 'SETTLED_AT_VILLAGE' and settled_by_id = $2
      and code like 'R%'`,
      [unitB, unitA],
    );
    await mutate(`update spm_case set closed_at = now(), outcome = 'WITHDRAWN', closed_on_time = null
      where code in (select code from spm_case where closed_at is null and code like 'R%' order by code desc limit 3)`);
    // Paused, resumed, deadline moved: overdue is counted live.
    await mutate(`update spm_case set clock_paused_at = null, due_at = '2026-11-20T00:00:00Z'
      where clock_paused_at is not null and code like 'R%'`);
    // Reassignments: another kecamatan's desa, another jenis pelayanan / penerima, another sector, another month.
    await mutate(`update spm_case set area_code = (select code from area where level = 'DESA' and code like '33.10.05.%' order by code desc limit 1)
      where code in ('R000000000001', 'R000000000002', 'R000000000003')`);
    await mutate(
      `update spm_case set spm_service = null, penerima = null where code in ('R000000000005', 'R000000000006')`,
    );
    await mutate(`update spm_case set sector_id = $1 where code in ('R000000000009', 'R000000000010')`, [
      sectors.at(-1),
    ]);
    await mutate(`update spm_case set registered_on = registered_on + 40 where code = 'R000000000011'`);
    // Returns: an event on a case written in SQL, then that case moves to another desa.
    await mutate(`insert into case_event (case_id, type, payload, occurred_at)
      select id, 'RETURNED', '{}', now() from spm_case, generate_series(1, 2) where code in ('R000000000020', 'R000000000021')`);
    await mutate(`update spm_case set area_code = (select code from area where level = 'DESA' and code like '33.10.05.%' order by code limit 1)
      where code = 'R000000000020'`);
    // Deletions, one of them a returned case (its events go first).
    await mutate(
      `delete from case_event where case_id in (select id from spm_case where code in ('R000000000021', 'R000000000030'))`,
    );
    await mutate(`delete from spm_case where code in ('R000000000021', 'R000000000030', 'R000000000031')`);
    await expectEverywhere();
  });

  it('after a backfill from nothing, interrupted by writes in filled and unfilled kecamatan', async () => {
    await mutate(`truncate spm_recap_rollup, spm_recap_area`);
    await mutate(`update spm_recap_backfill set complete = false, done_through = ''`);
    // One kecamatan filled; then cases change on both sides of the line, and one is written.
    await mutate(`set lock_timeout = '5s'; select spm_recap_backfill_step()`);
    const done = (await t.sql.query<{ d: string }>(`select done_through as d from spm_recap_backfill`)).rows[0]!.d;
    expect(done).toMatch(/^33\.\d\d\.\d\d$/);
    await mutate(
      `update spm_case set closed_at = now(), outcome = 'CANNOT_BE_SERVED'
      where code in (select code from spm_case where closed_at is null and area_code like $1 order by code limit 2)`,
      [`${done}.%`],
    );
    await mutate(
      `update spm_case set closed_at = now(), outcome = 'CANNOT_BE_SERVED'
      where code in (select code from spm_case where closed_at is null and area_code not like $1 order by code limit 2)`,
      [`${done}.%`],
    );
    await mutate(`insert into case_event (case_id, type, payload, occurred_at)
      select id, 'RETURNED', '{}', now() from spm_case where code in ('R000000000040', 'R000000000041')`);
    await backfillSpmRecap(t.orm);
    expect((await t.sql.query(`select complete from spm_recap_backfill`)).rows[0]).toEqual({ complete: true });
    await expectEverywhere();
  });

  it('answers a kabupaten recap in a fixed number of statements', async () => {
    t.statements.length = 0;
    await admin.request(RECAP, { period: { year: 2026 }, areaCode: '33.10' });
    const sql = t.statements.filter((s) => !/\b(begin|commit)\b/i.test(s.slice(0, 200)));
    // The area, the rollup, the per-area rows, the live overdue count, the child areas, the capaian
    // (two) and the settling units; an OPD reader adds one (its units' services).
    expect(sql.length, sql.join('\n')).toBeLessThanOrEqual(8);
  });
});
