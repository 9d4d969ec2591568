import { backfillSpmRecap } from '@posyandu-spm/server';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/**
 * Capaian SPM counts PERSONS served to standard (docs/reports.md): a child served twice is one
 * recipient, a case for two children two, a late completion none; a case that moves, re-opens or
 * is deleted takes its recipients with it. `spm_served_person` (kept by triggers) against a
 * COUNT(DISTINCT …) written straight over `spm_case` and `case_beneficiary`, and `spmRecap {
 * capaian }` against the same count, for a kabupaten, a kecamatan and a desa, year and quarter.
 */

const CAPAIAN = `query ($period: SpmRecapPeriodInput!, $areaCode: String) { spmRecap(period: $period, areaCode: $areaCode) {
  capaian { sectorId serviceId sasaran served servedInArea rate status desaWithTarget desaInArea } } }`;
interface Capaian {
  sectorId: string;
  serviceId: string;
  sasaran: number | null;
  served: number;
  servedInArea: number;
  rate: number | null;
  status: string;
  desaWithTarget: number;
  desaInArea: number;
}

const DASAR = { sector: 'pendidikan', service: 'pendidikan-dasar', penerima: 'CHILD' };
const AIR = { sector: 'pekerjaan-umum', service: 'air-minum', penerima: 'HOUSEHOLD' };
const SERVICES = [DASAR, AIR];
type Outcome = 'ON_TIME' | 'LATE' | 'OPEN' | 'DECLINED';

interface Ids {
  unit: string;
  user: string;
  desa: string[];
}

describe('capaian counts distinct recipients served to standard, kept by triggers', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let ids: Ids;
  let seq = 0;

  const q = (sql: string, params: unknown[] = []) => t.sql.query(sql, params);

  async function person(name: string): Promise<string> {
    const r = await q(`insert into person (id, name, created_at) values (gen_random_uuid(), $1, now()) returning id`, [
      name,
    ]);
    return (r.rows[0] as { id: string }).id;
  }

  /** A case written as the bench writes them, with its beneficiaries; registered on a day of 2026 (WIB). */
  async function caseOf(o: {
    applicant: string;
    beneficiaries?: string[];
    desa: string;
    day: string;
    outcome: Outcome;
    service?: (typeof SERVICES)[number];
  }): Promise<string> {
    const s = o.service ?? DASAR;
    seq += 1;
    const r = await q(
      `insert into spm_case (id, code, sector_id, service_type_id, status, area_code, description, facts, warnings,
         applicant_id, confidential_reporter, origin_unit_id, holder_id, held_by_unit_ids, registered_by_id, registered_at,
         working_days, clock_start_date, clock_days, due_at, closed_at, outcome, closed_on_time, decline_reason,
         spm_service, penerima, registered_on, working_days_taken, updated_at, version, reporter_access, deadline_notice)
       select gen_random_uuid(), 'P' || lpad($1::text, 12, '0'), $2, 'x', 'test', $3, 'capaian test', '{}', '[]',
         $4, false, $5, $5, array[$5::uuid], $6, reg, 5, reg::date, 5, reg + interval '7 days',
         case when $8 <> 'OPEN' then reg + interval '3 days' end,
         case when $8 in ('ON_TIME', 'LATE') then 'COMPLETED' when $8 = 'DECLINED' then 'DECLINED' end,
         case when $8 <> 'OPEN' then $8 = 'ON_TIME' end,
         case when $8 = 'DECLINED' then 'NOT_ELIGIBLE' end,
         $9, $10, (reg at time zone 'Asia/Jakarta')::date, case when $8 in ('ON_TIME', 'LATE') then 3 end, reg, 1, '[]', 'NONE'
       from (select ($7::date + time '09:00') at time zone 'Asia/Jakarta' as reg) g returning id`,
      [seq, s.sector, o.desa, o.applicant, ids.unit, ids.user, o.day, o.outcome, s.service, s.penerima],
    );
    const id = (r.rows[0] as { id: string }).id;
    for (const b of o.beneficiaries ?? []) {
      await q(
        `insert into case_beneficiary (id, case_id, person_id, relation) values (gen_random_uuid(), $1, $2, 'Anak')`,
        [id, b],
      );
    }
    return id;
  }

  async function capaian(areaCode: string, period: Record<string, number>): Promise<Capaian[]> {
    return (await admin.request<{ spmRecap: { capaian: Capaian[] } }>(CAPAIAN, { period, areaCode })).spmRecap.capaian;
  }

  async function served(areaCode: string, period: Record<string, number> = { year: 2026 }, service = DASAR.service) {
    return (await capaian(areaCode, period)).find((c) => c.serviceId === service)!.servedInArea;
  }

  /**
   * The distinct recipients straight from the case tables (not from the fact table, nor its
   * functions): per service, the beneficiaries of a served case — its applicant when it has none,
   * or when the service is for a household or community.
   */
  async function direct(area: string, from: string, to: string): Promise<Map<string, number>> {
    const r = await q(
      `select c.spm_service, count(distinct coalesce(b.person_id, c.applicant_id))::int as n
         from spm_case c
         left join case_beneficiary b on b.case_id = c.id and c.penerima not in ('HOUSEHOLD', 'COMMUNITY')
        where c.closed_at is not null and c.outcome = 'COMPLETED' and c.closed_on_time and c.spm_service is not null
          and (c.area_code = $1 or c.area_code like $1 || '.%') and c.registered_on between $2 and $3
        group by 1`,
      [area, from, to],
    );
    return new Map((r.rows as Array<{ spm_service: string; n: number }>).map((x) => [x.spm_service, x.n]));
  }

  /** The fact table holds exactly the served case × recipient pairs of the case tables. */
  async function expectFactsMatchCases() {
    const expected =
      await q(`select c.id::text || '|' || coalesce(b.person_id, c.applicant_id)::text || '|' || c.area_code
        || '|' || to_char(date_trunc('month', c.registered_on), 'YYYY-MM') || '|' || c.spm_service as k
      from spm_case c left join case_beneficiary b on b.case_id = c.id and c.penerima not in ('HOUSEHOLD', 'COMMUNITY')
      where c.closed_at is not null and c.outcome = 'COMPLETED' and c.closed_on_time and c.spm_service is not null
        and c.registered_on is not null`);
    const actual = await q(`select case_id::text || '|' || person_id::text || '|' || desa_code || '|'
        || to_char(month, 'YYYY-MM') || '|' || spm_service as k from spm_served_person`);
    const keys = (rows: unknown[]) => [...new Set((rows as Array<{ k: string }>).map((r) => r.k))].sort();
    expect(keys(actual.rows)).toEqual(keys(expected.rows));
    expect(actual.rowCount).toBe(new Set(keys(actual.rows)).size);
    // The distinct counts kept ahead per area level × month, quarter and year, recounted.
    const recount =
      await q(`select concat_ws('|', l.code, s.sector_id, s.spm_service, p.period, count(distinct s.person_id)) as k
      from spm_served_person s
      cross join lateral (values (s.kabupaten_code, 5), (s.kecamatan_code, 8), (s.desa_code, 13)) l(code, depth)
      cross join lateral (values (to_char(s.month, 'YYYY')), (to_char(s.month, 'YYYY-"Q"Q')), (to_char(s.month, 'YYYY-MM'))) p(period)
      where length(s.desa_code) >= l.depth
      group by l.code, s.sector_id, s.spm_service, p.period`);
    const counted = await q(`select concat_ws('|', area_code, sector_id, spm_service, period, n) as k
      from spm_served_count where n <> 0`);
    expect(keys(counted.rows)).toEqual(keys(recount.rows));
  }

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-12-30T03:00:00Z') });
    admin = await t.as('admin.klaten');
    const r = await q(`select (select id from org_unit where kind = 'POSYANDU' order by id limit 1) as unit,
        (select id from app_user where username = 'kader.gombang') as "user",
        array[(select min(code) from area where level = 'DESA' and code like '33.10.05.%'),
              (select max(code) from area where level = 'DESA' and code like '33.10.05.%'),
              (select min(code) from area where level = 'DESA' and code like '33.10.%' and code not like '33.10.05.%')] as desa`);
    ids = r.rows[0] as Ids;
  });
  afterAll(() => t?.close());

  it('same child twice → 1, two children → 2, a late completion → 0, a household once; moves, re-openings, deletions', async () => {
    const [d1, d2, other] = ids.desa as [string, string, string];
    const parent = await person('Ibu Sari');
    const [c1, c2, c3, c4] = await Promise.all(['Anak 1', 'Anak 2', 'Anak 3', 'Anak 4'].map(person));
    // The same child served twice in the year (two cases, two quarters): one recipient.
    const first = await caseOf({
      applicant: parent,
      beneficiaries: [c1!],
      desa: d1,
      day: '2026-02-10',
      outcome: 'ON_TIME',
    });
    const second = await caseOf({
      applicant: parent,
      beneficiaries: [c1!],
      desa: d1,
      day: '2026-08-10',
      outcome: 'ON_TIME',
    });
    expect(await served('33.10')).toBe(1);
    expect(await served('33.10', { year: 2026, quarter: 1 })).toBe(1);
    expect(await served('33.10', { year: 2026, quarter: 3 })).toBe(1);
    // Another child of the same parent, in another desa: two recipients (the applicant is not one).
    const moved = await caseOf({
      applicant: parent,
      beneficiaries: [c2!],
      desa: d2,
      day: '2026-03-02',
      outcome: 'ON_TIME',
    });
    expect(await served('33.10')).toBe(2);
    expect([await served(d1), await served(d2), await served('33.10.05')]).toEqual([1, 1, 2]);
    // Completed late, declined, still open: served to standard, none of them.
    await caseOf({ applicant: parent, beneficiaries: [c3!], desa: d1, day: '2026-04-01', outcome: 'LATE' });
    await caseOf({ applicant: parent, beneficiaries: [c3!], desa: d1, day: '2026-04-02', outcome: 'DECLINED' });
    await caseOf({ applicant: parent, beneficiaries: [c3!], desa: d1, day: '2026-04-03', outcome: 'OPEN' });
    expect(await served('33.10')).toBe(2);
    // One case for two children: two recipients; a household service counts its applicant once.
    const twins = await caseOf({
      applicant: parent,
      beneficiaries: [c3!, c4!],
      desa: d1,
      day: '2026-05-04',
      outcome: 'ON_TIME',
    });
    await caseOf({
      applicant: parent,
      beneficiaries: [c3!, c4!],
      desa: d1,
      day: '2026-05-05',
      outcome: 'ON_TIME',
      service: AIR,
    });
    expect(await served('33.10')).toBe(4);
    expect(await served('33.10', { year: 2026 }, AIR.service)).toBe(1);
    await expectFactsMatchCases();

    // The case moves to another kecamatan: its child leaves Cawas' count, not the kabupaten's.
    await q(`update spm_case set area_code = $1 where id = $2`, [other, moved]);
    expect([await served('33.10.05'), await served(other.slice(0, 8)), await served('33.10')]).toEqual([3, 1, 4]);
    // …and to another month: out of the first quarter.
    await q(`update spm_case set registered_on = '2026-07-01' where id = $1`, [moved]);
    expect(await served(other.slice(0, 8), { year: 2026, quarter: 1 })).toBe(0);
    // Re-opened (a completion reversed): the child is still served by the other case; then by none.
    await q(`update spm_case set closed_at = null, outcome = null, closed_on_time = null where id = $1`, [first]);
    expect([await served('33.10'), await served('33.10', { year: 2026, quarter: 1 })]).toEqual([4, 0]);
    await q(`update spm_case set closed_on_time = false where id = $1`, [second]);
    expect(await served('33.10')).toBe(3);
    // A beneficiary taken off the case, a case deleted (its beneficiaries first).
    await q(`delete from case_beneficiary where case_id = $1 and person_id = $2`, [twins, c4]);
    expect(await served('33.10')).toBe(2);
    // With no beneficiary left, the case is for its applicant: the parent is now the recipient.
    await q(`delete from case_beneficiary where case_id = $1`, [twins]);
    expect(await served('33.10')).toBe(2);
    await q(`delete from spm_case where id = $1`, [twins]);
    expect(await served('33.10')).toBe(1);
    await expectFactsMatchCases();
  });

  it('capaian = distinct recipients ÷ sasaran, over the desa with a sasaran', async () => {
    const [d1, d2] = ids.desa as [string, string, string];
    const [k1, k2, k3] = await Promise.all(['Anak 5', 'Anak 6', 'Anak 7'].map(person));
    await caseOf({ applicant: k1!, beneficiaries: [k1!, k2!], desa: d1, day: '2026-06-01', outcome: 'ON_TIME' });
    await caseOf({ applicant: k3!, desa: d2, day: '2026-06-02', outcome: 'ON_TIME' });
    await q(
      `insert into spm_target (year, area_code, sector_id, spm_service, target, updated_at, updated_by_id)
      values (2026, $1, 'pendidikan', 'pendidikan-dasar', 4, now(), $2)`,
      [d1, ids.user],
    );
    const row = (await capaian('33.10.05', { year: 2026 })).find((c) => c.serviceId === DASAR.service)!;
    // Cawas: the sasaran covers d1 only, so capaian counts d1's two children (k1 applied for herself
    // and her sibling: one recipient each), not k3 of d2 — who is in servedInArea.
    expect([await served(d1), await served(d2)]).toEqual([2, 1]);
    expect(row).toMatchObject({ sasaran: 4, served: 2, servedInArea: 3, rate: 0.5, status: 'PARTIAL_TARGET' });
    expect(row.desaWithTarget).toBe(1);
    expect((await capaian(d1, { year: 2026 })).find((c) => c.serviceId === DASAR.service)).toMatchObject({
      sasaran: 4,
      served: 2,
      rate: 0.5,
      status: 'OK',
    });
  });

  it('a property: for any cases and changes, the trigger-kept answer equals COUNT(DISTINCT) over the case tables', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => person(`Warga ${i}`)));
    const desa = ids.desa;
    const aCase = fc.record({
      applicant: fc.nat({ max: 5 }),
      beneficiaries: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
      desa: fc.nat({ max: desa.length - 1 }),
      month: fc.integer({ min: 1, max: 12 }),
      outcome: fc.constantFrom<Outcome>('ON_TIME', 'ON_TIME', 'LATE', 'OPEN', 'DECLINED'),
      service: fc.nat({ max: SERVICES.length - 1 }),
    });
    const change = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('MOVE', 'REOPEN', 'COMPLETE', 'LATE', 'DELETE', 'MONTH', 'DROP_BENEFICIARIES'),
      to: fc.nat({ max: 11 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(aCase, { minLength: 1, maxLength: 12 }),
        fc.array(change, { maxLength: 6 }),
        async (cases, changes) => {
          await q(`delete from case_beneficiary where case_id in (select id from spm_case where code like 'P%')`);
          await q(`delete from spm_case where code like 'P%'`);
          const written: string[] = [];
          for (const c of cases) {
            written.push(
              await caseOf({
                applicant: people[c.applicant]!,
                beneficiaries: c.beneficiaries.map((b) => people[b]!),
                desa: desa[c.desa]!,
                day: `2026-${String(c.month).padStart(2, '0')}-1${c.month % 10}`,
                outcome: c.outcome,
                service: SERVICES[c.service],
              }),
            );
          }
          for (const ch of changes) {
            const id = written[ch.at % written.length]!;
            if (ch.kind === 'MOVE')
              await q(`update spm_case set area_code = $1 where id = $2`, [desa[ch.to % desa.length], id]);
            if (ch.kind === 'REOPEN')
              await q(`update spm_case set closed_at = null, outcome = null, closed_on_time = null where id = $1`, [
                id,
              ]);
            if (ch.kind === 'COMPLETE' || ch.kind === 'LATE')
              await q(
                `update spm_case set closed_at = now(), outcome = 'COMPLETED', closed_on_time = $2 where id = $1`,
                [id, ch.kind === 'COMPLETE'],
              );
            if (ch.kind === 'MONTH')
              await q(`update spm_case set registered_on = make_date(2026, $2, 15) where id = $1`, [id, ch.to + 1]);
            if (ch.kind === 'DROP_BENEFICIARIES' || ch.kind === 'DELETE')
              await q(`delete from case_beneficiary where case_id = $1`, [id]);
            if (ch.kind === 'DELETE') await q(`delete from spm_case where id = $1`, [id]);
          }
          await expectFactsMatchCases();
          for (const [area, period, from, to] of [
            ['33.10', { year: 2026 }, '2026-01-01', '2026-12-31'],
            ['33.10.05', { year: 2026, quarter: 2 }, '2026-04-01', '2026-06-30'],
            [desa[0]!, { year: 2026 }, '2026-01-01', '2026-12-31'],
            [desa[2]!, { year: 2026, month: 5 }, '2026-05-01', '2026-05-31'],
          ] as const) {
            const want = await direct(area, from, to);
            for (const c of await capaian(area, period)) {
              if (!SERVICES.some((s) => s.service === c.serviceId)) continue;
              expect(c.servedInArea, `${area} ${JSON.stringify(period)} ${c.serviceId}`).toBe(
                want.get(c.serviceId) ?? 0,
              );
            }
          }
        },
      ),
      { numRuns: 12, seed: 15 },
    );
  });

  it('a backfill from nothing gives the same rows, in short steps', async () => {
    const [d1, , other] = ids.desa as [string, string, string];
    const [k1, k2] = await Promise.all(['Anak 8', 'Anak 9'].map(person));
    await caseOf({ applicant: k1!, beneficiaries: [k2!], desa: d1, day: '2026-09-01', outcome: 'ON_TIME' });
    await caseOf({ applicant: k2!, desa: other, day: '2026-09-02', outcome: 'ON_TIME' });
    const before = await q(`select count(*)::int as n from spm_served_person`);
    expect((before.rows[0] as { n: number }).n).toBeGreaterThan(0);
    await q(`truncate spm_served_person, spm_served_count`);
    await q(`update spm_served_backfill set complete = false, done_through = ''`);
    await q(`set lock_timeout = '5s'; select spm_served_backfill_step()`);
    const done = (await q(`select done_through as d from spm_served_backfill`)).rows[0] as { d: string };
    expect(done.d).toMatch(/^33\.\d\d\.\d\d\.\d{4}$/);
    await backfillSpmRecap(t.orm);
    expect((await q(`select complete from spm_served_backfill`)).rows[0]).toEqual({ complete: true });
    await expectFactsMatchCases();
    expect((await q(`select count(*)::int as n from spm_served_person`)).rows[0]).toEqual(before.rows[0]);
  });
});
