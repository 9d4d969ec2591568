/**
 * `pnpm bench spm-recap`: the kabupaten's SPM recap over a year of BENCH_RECAP_CASES cases
 * (default 1,000,000) spread over every desa of Kabupaten Klaten, every sector's jenis pelayanan and
 * penerima and every outcome cell — the figure issue 15 asks for (≤ 500 ms).
 *
 *   1. Cases are written with one `insert … select from generate_series` per batch, so the rollup
 *      triggers run exactly as they do for a registration (one row-level trigger per case).
 *      Each case is for a person of a register of 0.7 × BENCH_RECAP_CASES people (so people come back,
 *      as a child does for a second service in a year), and a quarter of them name one or two
 *      beneficiaries: capaian counts distinct persons (docs/reports.md). A sasaran is set for every
 *      desa × jenis pelayanan dasar of 2026, so every capaian is computed (status OK).
 *      BENCH_RECAP_LOAD=backfill writes the cases with the triggers off and then fills the recap's
 *      tables through `migrate()`'s backfill (one kecamatan per short transaction), timed step by
 *      step: the path of a database upgraded with cases already in it, and minutes instead of a
 *      quarter of an hour on a loaded machine.
 *   2. The recap is asked BENCH_RECAP_RUNS times (default 20) over HTTP GraphQL as the kabupaten admin
 *      (year, then a quarter, then a kecamatan's year), with its capaian; the report prints p50/p95/max
 *      per shape.
 *
 * BENCH_RECAP_DATABASE_URL: a private database to keep between runs (migrated, loaded on the first).
 * Writes test-artifacts/bench-spm-recap.json. Method and results: docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import pg from 'pg';
import { migrate, openOrm, seedDemoData } from '@posyandu-spm/server';
import setup from '../global-setup.js';
import { envInt, percentile, round } from './bench-utils.js';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const CASES = envInt('BENCH_RECAP_CASES', 1_000_000, 1000);
const RUNS = envInt('BENCH_RECAP_RUNS', 20, 1);
const BATCH = 50_000;
const PEOPLE = Math.max(1, Math.floor(CASES * 0.7));
const LOAD = process.env.BENCH_RECAP_LOAD === 'backfill' ? 'backfill' : 'triggers';
/** BENCH_RECAP_CAPAIAN=0: the recap without its capaian, to compare side by side. */
const WITH_CAPAIAN = process.env.BENCH_RECAP_CAPAIAN !== '0';
const ARTIFACT = fileURLToPath(new URL('../../test-artifacts/bench-spm-recap.json', import.meta.url));
process.env.TEST_LOG_LEVEL ??= 'silent';

/** Every (sector, service type, jenis pelayanan, penerima) the installed plugins map, fact-mapped targets included. */
async function targets() {
  const out: Array<{ sector: string; type: string; service: string; penerima: string }> = [];
  for (const m of await loadInstalledPlugins()) {
    for (const t of m.plugin.serviceTypes) {
      if (!t.spm) continue;
      const list = 'service' in t.spm ? [t.spm] : Object.values(t.spm.targets);
      for (const x of list) out.push({ sector: m.plugin.id, type: t.id, service: x.service, penerima: x.penerima });
    }
  }
  return out;
}

/**
 * One batch of cases: registered on a day of 2026 (WIB, 08:00), in a desa of Klaten, of a mapped
 * target; outcome by the case number: 35 % completed on time, 10 % late, 15 % declined (every
 * reason), 10 % settled at village level (both kinds), 5 % withdrawn, 5 % cannot be served, 20 % open
 * (a quarter of them past due).
 */
const INSERT = `
with d as (select array_agg(code order by code) as codes from area where level = 'DESA' and code like '33.10.%'),
     t as (select array_agg(x) as xs from json_array_elements_text($7::json) x),
     g as (select i, (($6::date + ((i * 7919) % 365)::int) + time '01:00')::timestamp at time zone 'UTC' as reg,
                  (t.xs)[(1 + (i % array_length(t.xs, 1)))::int]::json as target,
                  (d.codes)[(1 + ((i * 104729) % array_length(d.codes, 1)))::int] as area, (i % 20)::int as o
             from generate_series($1::bigint, $2::bigint) i, d, t)
insert into spm_case (id, code, sector_id, service_type_id, status, area_code, description, facts, warnings,
  applicant_id, confidential_reporter, origin_unit_id, holder_id, held_by_unit_ids, registered_by_id, registered_at,
  working_days, clock_start_date, clock_days, due_at, closed_at, outcome, closed_on_time, settled_by_id,
  decline_reason, settlement_kind,
  spm_service, penerima, registered_on, working_days_taken, updated_at, version, reporter_access, deadline_notice)
select gen_random_uuid(), 'B' || lpad(i::text, 12, '0'), target->>'sector', target->>'type', 'bench', area,
  'bench', '{}', '[]', md5('bench-person-' || ((i * 48271) % $3))::uuid, false, $4, $4, array[$4::uuid], $5, reg, 5, reg::date, 5, case when o >= 17 then timestamptz '2027-02-01T00:00:00Z' else reg + interval '7 days' end,
  case when o < 16 then reg + interval '3 days' end,
  case when o < 9 then 'COMPLETED' when o < 12 then 'DECLINED' when o < 14 then 'SETTLED_AT_VILLAGE'
       when o = 14 then 'WITHDRAWN' when o = 15 then 'CANNOT_BE_SERVED' end,
  case when o < 16 then o < 7 end,
  case when o between 12 and 13 then $4::uuid end,
  case when o between 9 and 11 then (array['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'])[1 + (i % 5)::int] end,
  case when o between 12 and 13 then (array['MUSYAWARAH', 'DIRECT_HELP'])[1 + (i % 2)::int] end,
  target->>'service', target->>'penerima', reg::date, case when o < 9 then (1 + (i % 9))::int end,
  reg, 1, '[]', 'NONE'
from g`;

/** The register the bench cases' people come from: ids derived from their number, no lookup needed. */
const PERSONS = `insert into person (id, name, created_at)
  select md5('bench-person-' || k)::uuid, 'Warga ' || k, now() from generate_series($1::bigint, $2::bigint) k
  on conflict do nothing`;
/** One or two beneficiaries for every fourth case of the batch (a child, a sibling). */
const BENEFICIARIES = `insert into case_beneficiary (id, case_id, person_id, relation)
  select gen_random_uuid(), c.id, md5('bench-person-' || ((i * 69621 + j * 7) % $3))::uuid, 'Anak'
    from generate_series($1::bigint, $2::bigint) i
    join spm_case c on c.code = 'B' || lpad(i::text, 12, '0')
    cross join generate_series(1, 1 + (i / 4 % 2)::int) j
   where i % 4 = 0`;
/** A sasaran for every desa of Klaten × jenis pelayanan dasar of the SPM, 2026. */
const SASARAN = `insert into spm_target (year, area_code, sector_id, spm_service, target, updated_at, updated_by_id)
  select 2026, a.code, x->>'sector', x->>'service', 400, now(), $2
    from area a, json_array_elements($1::json) x
   where a.level = 'DESA' and a.code like '33.10.%'
  on conflict do nothing`;

/** A private database kept between runs (BENCH_RECAP_DATABASE_URL): migrated and seeded here, loaded once. */
async function prepared(url: string): Promise<void> {
  const plugins = await loadInstalledPlugins();
  const orm = await openOrm({
    clientUrl: url,
    extensions: plugins.flatMap((m) => (m.server ? [m.server] : [])),
    sectors: plugins.map((m) => m.plugin),
  });
  try {
    await migrate(orm);
    const users = await orm.em.getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from app_user');
    if (!users[0]?.n) await seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
}

/**
 * The recap's tables filled from nothing by `migrate()`'s backfill steps (one kecamatan per
 * transaction), each step timed: the longest is the longest transaction the backfill holds.
 */
async function timedBackfill(sql: pg.Pool): Promise<{ seconds: number; steps: number; longestStepMs: number }> {
  await sql.query(`truncate spm_recap_rollup, spm_recap_area, spm_served_person`);
  await sql.query(`update spm_recap_backfill set complete = false, done_through = ''`);
  await sql.query(`update spm_served_backfill set complete = false, done_through = ''`);
  const t0 = process.hrtime.bigint();
  let steps = 0;
  let longest = 0;
  for (const step of ['spm_recap_backfill_step', 'spm_served_backfill_step']) {
    for (;;) {
      const s0 = process.hrtime.bigint();
      const client = await sql.connect();
      let complete: boolean;
      try {
        await client.query('begin');
        complete = (await client.query<{ c: boolean }>(`select ${step}() as c`)).rows[0]!.c;
        await client.query('commit');
      } finally {
        client.release();
      }
      longest = Math.max(longest, Number(process.hrtime.bigint() - s0) / 1e6);
      if (complete) break;
      steps += 1;
      process.stdout.write(`\r${step}: ${steps} transactions`);
    }
  }
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, steps, longestStepMs: round(longest, 0) };
}

async function main() {
  const existing = process.env.BENCH_RECAP_DATABASE_URL;
  const teardown = existing ? async () => undefined : await setup();
  let t: TestServer | undefined;
  try {
    if (existing) {
      const t0 = process.hrtime.bigint();
      await prepared(existing);
      console.log(
        `migrated (and the recap rollup backfilled) in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`,
      );
    }
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      clock: new TestClock('2026-12-30T03:00:00Z'),
      databaseUrl: existing,
    });
    const sql = new pg.Pool({ connectionString: t.databaseUrl, max: 2 });
    const loaded = Number((await sql.query('select count(*) as n from spm_case')).rows[0].n);
    // One real registration: its applicant is the bench cases' applicant (counted: CASES includes it).
    if (loaded === 0) {
      await (
        await t.as('kader.gombang')
      ).request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
        input: pendidikanInput(),
      });
    }
    const ids = await sql.query<{ unit: string; user: string }>(
      `select (select id from org_unit where kind = 'POSYANDU' limit 1) as unit,
              (select id from app_user where username = 'kader.gombang') as "user"`,
    );
    const { unit, user } = ids.rows[0]!;
    const mapped = JSON.stringify((await targets()).map((x) => JSON.stringify(x)));
    const spmServices = JSON.stringify(
      (await loadInstalledPlugins()).flatMap((m) =>
        (m.plugin.spmServices ?? []).filter((x) => x.spm).map((x) => ({ sector: m.plugin.id, service: x.id })),
      ),
    );
    await sql.query(SASARAN, [spmServices, user]);
    const started = process.hrtime.bigint();
    const fresh = loaded <= 1;
    const load = await sql.connect();
    // Triggers off for this connection only (the session's replication role; superuser): the
    // backfill fills the recap's tables afterwards.
    if (fresh && LOAD === 'backfill') await load.query(`set session_replication_role = replica`);
    // The register first (the cases name its people), then the cases and their beneficiaries. A
    // kept database with its cases already written is only read again.
    for (let k = 0; fresh && k < PEOPLE; k += 2 * BATCH) {
      await load.query(PERSONS, [k, Math.min(PEOPLE - 1, k + 2 * BATCH - 1)]);
    }
    for (let from = fresh ? 1 : CASES; from < CASES; from += BATCH) {
      const to = Math.min(CASES - 1, from + BATCH - 1);
      await load.query(INSERT, [from, to, PEOPLE, unit, user, '2026-01-01', mapped]);
      await load.query(BENEFICIARIES, [from, to, PEOPLE]);
      process.stdout.write(`\r${to + 1} cases written`);
    }
    load.release();
    const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    let backfill: { seconds: number; steps: number; longestStepMs: number } | null = null;
    if (fresh && LOAD === 'backfill') {
      backfill = await timedBackfill(sql);
      console.log(
        `\nbackfilled in ${backfill.seconds.toFixed(0)} s: ${backfill.steps} transactions, the longest ${backfill.longestStepMs} ms`,
      );
    }
    // As autovacuum leaves a table in service: visibility map set (index-only scans), statistics fresh.
    for (const table of ['spm_recap_rollup', 'spm_recap_area', 'spm_served_person', 'spm_case']) {
      await sql.query(`vacuum analyze ${table}`);
    }
    const rollupRows = Number((await sql.query('select count(*) as n from spm_recap_rollup')).rows[0].n);
    const servedRows = Number((await sql.query('select count(*) as n from spm_served_person')).rows[0].n);
    console.log(
      `\nwritten in ${writeSeconds.toFixed(0)} s (${round(CASES / writeSeconds, 0)} cases/s, ${LOAD === 'backfill' ? 'triggers off' : 'with triggers'}); rollup rows: ${rollupRows}; served persons rows: ${servedRows}`,
    );

    const admin = await t.as('admin.klaten');
    const QUERY = `query ($period: SpmRecapPeriodInput!, $areaCode: String) { spmRecap(period: $period, areaCode: $areaCode) {
      total { received openOverdue completedOnTime onTimeRate medianWorkingDays p90WorkingDays }
      rows { serviceId penerima counts { received } } trend { month counts { received } } areas { code counts { received } }
      settlements { unitId count } ${WITH_CAPAIAN ? 'capaian { serviceId sasaran served servedInArea rate status }' : ''} } }`;
    const shapes = {
      'kabupaten, year': { period: { year: 2026 } },
      'kabupaten, quarter': { period: { year: 2026, quarter: 2 } },
      'kecamatan, year': { period: { year: 2026 }, areaCode: '33.10.05' },
    };
    const results: Record<
      string,
      { p50: number; p95: number; max: number; received: number; served: number; statements: number }
    > = {};
    for (const [name, vars] of Object.entries(shapes)) {
      const times: number[] = [];
      let received = 0;
      let served = 0;
      let statements = 0;
      for (let i = 0; i < RUNS + 2; i++) {
        t.statements.length = 0;
        const t0 = process.hrtime.bigint();
        const r = await admin.request<{
          spmRecap: { total: { received: number }; capaian?: Array<{ served: number; status: string }> };
        }>(QUERY, vars);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (i >= 2) times.push(ms); // two warm-up runs
        received = r.spmRecap.total.received;
        const capaian = r.spmRecap.capaian ?? [];
        served = capaian.reduce((sum, c) => sum + c.served, 0);
        if (capaian.some((c) => c.status !== 'OK')) throw new Error('a capaian without its sasaran');
        statements = t.statements.length;
      }
      times.sort((a, b) => a - b);
      results[name] = {
        p50: round(percentile(times, 50), 1),
        p95: round(percentile(times, 95), 1),
        max: round(times.at(-1)!, 1),
        received,
        served,
        statements,
      };
      console.log(
        `${name}: received ${received}, persons served to standard ${served}; p50 ${results[name].p50} ms, p95 ${results[name].p95} ms, max ${results[name].max} ms; ${statements} SQL statements`,
      );
    }
    if (results['kabupaten, year']?.received !== CASES)
      throw new Error(`the recap counted ${results['kabupaten, year']?.received} of ${CASES} cases`);
    mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    writeFileSync(
      ARTIFACT,
      `${JSON.stringify({ cases: CASES, people: PEOPLE, load: LOAD, withCapaian: WITH_CAPAIAN, runs: RUNS, writeSeconds: round(writeSeconds, 1), backfill, rollupRows, servedRows, results, cpus: os.cpus().length, node: process.version }, null, 2)}\n`,
    );
    await sql.end();
  } finally {
    await t?.close();
    await teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
