/**
 * `pnpm bench scale`: reads at scale (issue 18). On a private database holding BENCH_SCALE_CASES
 * generated cases (default 1,000,000, over the villages of Jawa Tengah; test/bench/dataset.ts),
 * each read through the API, one request after the other, against the same answer written as
 * plain SQL with `pg` — p50/p95 of each, their ratio and the API's SQL statement count:
 *
 *   list-50      `cases(first: 50)` nested (applicant, documents, holder, deadline) — the camat's list
 *   queue-10/100 the camat's open queue (`filter: { open: true }`) at page sizes 10 and 100
 *   total-count  `totalCount` of the camat's cases (kecamatan prefix)
 *   kab-list-50 / kab-total-count  the same as the kabupaten's SPM coordinator (kabupaten prefix;
 *                its count is the labelled estimate past 10,000)
 *   case-page    `case(id)` with parties, documents, timeline, deadline and actions
 *   report       `spmReport` for the camat's kecamatan over the last 90 days
 *   sweep        the deadline clock's tick (server.tickDeadlines) against the raw select of due rows
 *
 * The data set is built once (COPY; minutes at 1 M) in the database BENCH_SCALE_DATABASE (default
 * psp_bench_scale_<cases>) and reused by later runs while its case count matches; BENCH_SCALE_REBUILD=1
 * builds it again. New migrations are applied on every run. Environment: BENCH_SCALE_CASES,
 * BENCH_SCALE_WITHIN (area prefix, default 33), BENCH_SCALE_RUNS (measured requests per read,
 * default 30), BENCH_SCALE_WARMUP (requests before them, default 30), BENCH_SCALE_SKIP (reads to leave out). Writes test-artifacts/bench-scale.json. Method and results: docs/performance.md.
 */
// First: graphql-js reads NODE_ENV once, when it is loaded (production-env.ts).
import './production-env.js';
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { migrate, openOrm, seedDemoData } from '@posyandu-spm/server';
import { adminUrl, databaseUrl, startTestServer, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import pg from 'pg';
import { envInt, percentile, round } from './bench-utils.js';
import { generateDataset, type DatasetSummary } from './dataset.js';

const CASES = envInt('BENCH_SCALE_CASES', 1_000_000, 100);
const RUNS = envInt('BENCH_SCALE_RUNS', 30, 3);
/**
 * Requests before the measured ones, per read. A server answers thousands of lists between
 * restarts; the first tens run while V8 still compiles the resolvers, GraphQL and pg (at 20 k cases
 * the kabupaten's page took 59–67 ms of CPU over its first 30 requests after 3, 22–27 after 100).
 */
const WARMUP = envInt('BENCH_SCALE_WARMUP', 30, 0);
const WITHIN = process.env.BENCH_SCALE_WITHIN ?? '33';
const DATABASE = process.env.BENCH_SCALE_DATABASE ?? `psp_bench_scale_${CASES}`;
/** Reads to leave out, comma-separated (e.g. `sweep`: a fresh data set's first tick plans every open case). */
const SKIP = new Set((process.env.BENCH_SCALE_SKIP ?? '').split(',').filter(Boolean));
const ARTIFACT = fileURLToPath(new URL('../../test-artifacts/bench-scale.json', import.meta.url));
process.env.TEST_LOG_LEVEL ??= 'silent';

/** The camat of Kecamatan Cawas reads every case of the kecamatan (33.10.05). */
const CAMAT = 'camat.cawas';
const KECAMATAN = '33.10.05';
/** The kabupaten's SPM coordinator reads every case of Kabupaten Klaten (33.10). */
const KABUPATEN_OFFICER = 'koordinator.klaten';
const KABUPATEN = '33.10';

const NESTED = `id code status applicant { name nik } documents { code status } holder { name }
  deadline { dueAt state workingDaysLeft }`;
const LIST = `query ($n: Int!, $filter: CaseFilter) { cases(first: $n, filter: $filter) { edges { node { ${NESTED} } } } }`;
const COUNT = `query { cases(first: 1) { totalCount totalCountEstimated } }`;
const CASE_PAGE = `query ($id: ID!) { case(id: $id) { ${NESTED} sector { id } state { id label { id } }
  beneficiaries { name } timeline { type occurredAt } availableActions { id } area { name } originUnit { name } } }`;
const REPORT = `query ($from: String!, $to: String!, $areaCode: String) {
  spmReport(from: $from, to: $to, areaCode: $areaCode) {
    totals { registered open openOverdue paused closed closedOnTime closedLate onTimeRate }
    bySector { sectorId counts { registered closed } }
    timeByHolder { unitKind holdings workingDays }
  } }`;

/**
 * The same answers in plain SQL (what the least the database must do looks like). A list asks for
 * the kecamatan or kabupaten as the API does, `left(area_code, n) = code`, which the list-order
 * indexes of Migration20261207104500 serve newest first; `like 'x.%'` (before 7 Dec 16:30) read
 * every case of the kecamatan through the area-ordered prefix index and sorted them (p95 35 ms for
 * the camat at 1 M), so "raw" was slower than the API's own statement.
 */
const rawList = (
  code: string,
  open = false,
): string => `select c.id, c.code, c.status, c.due_at, c.closed_at, c.clock_paused_at, c.closed_on_time,
    p.name, p.nik, h.name as holder, h.area_code,
    (select json_agg(json_build_object('code', d.code, 'status', d.status) order by d.code)
       from case_document d where d.case_id = c.id) as documents
  from spm_case c join org_unit h on h.id = c.holder_id join person p on p.id = c.applicant_id
  where left(c.area_code, ${code.length}) = $1${open ? ' and c.closed_at is null' : ''}
  order by c.registered_at desc, c.id desc limit $2`;
const RAW_COUNT = `select count(*) from spm_case c where c.area_code like $1`;
const RAW_CASE = `select c.*, p.name, h.name as holder, a.name as area, o.name as origin,
    (select json_agg(d order by d.code) from case_document d where d.case_id = c.id) as documents,
    (select json_agg(e order by e.id) from case_event e where e.case_id = c.id) as timeline,
    (select json_agg(b) from case_beneficiary b where b.case_id = c.id) as beneficiaries
  from spm_case c join person p on p.id = c.applicant_id join org_unit h on h.id = c.holder_id
  join area a on a.code = c.area_code join org_unit o on o.id = c.origin_unit_id where c.id = $1`;
const RAW_REPORT = `select c.sector_id, count(*) as registered, count(*) filter (where c.closed_at is null) as open,
    count(*) filter (where c.closed_at is null and c.clock_paused_at is null and c.due_at < now()) as overdue,
    count(*) filter (where c.closed_at is not null) as closed, count(*) filter (where c.closed_on_time) as on_time
  from spm_case c where c.area_code like $1 and c.registered_at >= $2 and c.registered_at < $3 group by c.sector_id`;
const RAW_SWEEP = `select id from spm_case where closed_at is null and clock_paused_at is null
  and ((due_at < $1 and deadline_notice <> 'OVERDUE') or (due_at < $1::timestamptz + interval '1 day' and deadline_notice = 'NONE'))`;

interface Timing {
  p50Ms: number;
  p95Ms: number;
  /**
   * This process's CPU per request (user + system): on the API side the server's work plus the
   * bench's own client; on a loaded machine a steadier figure than the wall-clock percentiles.
   */
  cpuMs: number;
}

interface Figure {
  name: string;
  what: string;
  api: Timing;
  raw: Timing;
  /** The 1-minute load average when the read's measurement ended. */
  load: number;
  /** API p95 over raw p95. */
  ratioP95: number;
  statements: number;
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP; i += 1) await fn();
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(ms, 50), 1),
    p95Ms: round(percentile(ms, 95), 1),
    cpuMs: round((cpu.user + cpu.system) / 1000 / runs, 2),
  };
}

/** Builds (or finds) the data set's database. */
async function prepareDatabase(): Promise<{ url: string; dataset: DatasetSummary | null }> {
  const url = databaseUrl(DATABASE);
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount === 1;
  let reuse = false;
  if (exists && process.env.BENCH_SCALE_REBUILD !== '1') {
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    const marker = await probe
      .query<{ cases: number }>('select cases from bench_dataset')
      .then((r) => r.rows[0]?.cases ?? null)
      .catch(() => null);
    await probe.end();
    reuse = marker === CASES;
  }
  if (!reuse) {
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
  }
  await admin.end();
  const plugins = await loadInstalledPlugins();
  const orm = await openOrm({
    clientUrl: url,
    extensions: plugins.flatMap((m) => (m.server ? [m.server] : [])),
    sectors: plugins.map((m) => m.plugin),
  });
  try {
    await migrate(orm);
    if (reuse) {
      console.log(`reusing ${DATABASE} (${CASES} cases; BENCH_SCALE_REBUILD=1 builds it again)`);
      return { url, dataset: null };
    }
    await seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
  console.log(`building ${DATABASE}: ${CASES} cases within "${WITHIN}"`);
  const dataset = await generateDataset(url, {
    cases: CASES,
    within: WITHIN,
    plugins: plugins.map((m) => m.plugin),
    log: (line) => console.log(`  ${line}`),
  });
  const marker = new pg.Client({ connectionString: url });
  await marker.connect();
  await marker.query('create table bench_dataset (cases int not null, summary jsonb not null)');
  await marker.query('insert into bench_dataset values ($1, $2)', [CASES, JSON.stringify(dataset)]);
  await marker.end();
  console.log(`built in ${dataset.seconds} s: ${JSON.stringify(dataset)}`);
  return { url, dataset };
}

async function main(): Promise<number> {
  const started = Date.now();
  const { url, dataset } = await prepareDatabase();
  // The data set configures escalation chains only where the demo does (Klaten): the other
  // kabupaten's missing chains are start-up faults, logged and passed over here.
  const t: TestServer = await startTestServer({
    plugins: await loadInstalledPlugins(),
    databaseUrl: url,
    startupChecks: { onFault: 'warn' },
    // As deployed (NODE_ENV=production, production-env.ts): no stack traces, no introspection.
    production: true,
  });
  const raw = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const camat: GraphQLClient = await t.as(CAMAT);
    const prefix = `${KECAMATAN}.%`;
    const figures: Figure[] = [];
    const measure = async (
      name: string,
      what: string,
      api: () => Promise<unknown>,
      rawFn: () => Promise<unknown>,
    ): Promise<void> => {
      if (SKIP.has(name)) return;
      await api();
      t.statements.length = 0;
      await api();
      const statements = t.statements.length;
      const a = await timed(RUNS, api);
      const b = await timed(RUNS, rawFn);
      const load = round(os.loadavg()[0] ?? 0, 2);
      figures.push({ name, what, api: a, raw: b, load, ratioP95: round(a.p95Ms / b.p95Ms, 2), statements });
      console.log(
        `${name.padEnd(15)} API p50 ${a.p50Ms} p95 ${a.p95Ms} ms (CPU ${a.cpuMs} ms/request) · ` +
          `raw p50 ${b.p50Ms} p95 ${b.p95Ms} ms · API/raw p95 ×${round(a.p95Ms / b.p95Ms, 2)} · ` +
          `${statements} statements · load ${load}`,
      );
    };

    await measure(
      'list-50',
      'cases(first: 50) nested, camat',
      () => camat.request(LIST, { n: 50 }),
      () => raw.query(rawList(KECAMATAN), [KECAMATAN, 51]),
    );
    for (const n of [10, 100]) {
      await measure(
        `queue-${n}`,
        `open queue, first ${n}, camat`,
        () => camat.request(LIST, { n, filter: { open: true } }),
        () => raw.query(rawList(KECAMATAN, true), [KECAMATAN, n + 1]),
      );
    }
    await measure(
      'total-count',
      'totalCount, camat (kecamatan prefix)',
      () => camat.request(COUNT),
      () => raw.query(RAW_COUNT, [prefix]),
    );
    const coordinator: GraphQLClient = await t.as(KABUPATEN_OFFICER);
    const kabPrefix = `${KABUPATEN}.%`;
    await measure(
      'kab-list-50',
      'cases(first: 50) nested, kabupaten coordinator',
      () => coordinator.request(LIST, { n: 50 }),
      () => raw.query(rawList(KABUPATEN), [KABUPATEN, 51]),
    );
    await measure(
      'kab-total-count',
      'totalCount, kabupaten coordinator (estimated past 10,000)',
      () => coordinator.request(COUNT),
      () => raw.query(RAW_COUNT, [kabPrefix]),
    );
    const someCase = (await raw.query<{ id: string }>(rawList(KECAMATAN), [KECAMATAN, 1])).rows[0]?.id;
    if (!someCase) throw new Error(`no case in ${KECAMATAN}: the data set is empty`);
    await measure(
      'case-page',
      'case(id) with timeline and actions, camat',
      () => camat.request(CASE_PAGE, { id: someCase }),
      () => raw.query(RAW_CASE, [someCase]),
    );
    const to = new Date();
    const from = new Date(to.getTime() - 90 * 86_400_000);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    await measure(
      'report',
      'spmReport, kecamatan, 90 days, camat',
      () => camat.request(REPORT, { from: day(from), to: day(to), areaCode: KECAMATAN }),
      () => raw.query(RAW_REPORT, [prefix, from, to]),
    );
    await measure(
      'sweep',
      'deadline clock tick (all cases)',
      () => t.server.tickDeadlines(),
      () => raw.query(RAW_SWEEP, [new Date()]),
    );

    const counts = (
      await raw.query<{ cases: string; camat: string; open: string; overdue: string }>(
        `select (select count(*) from spm_case) as cases, (select count(*) from spm_case where area_code like $1) as camat,
           (select count(*) from spm_case where closed_at is null) as open,
           (select count(*) from spm_case where closed_at is null and clock_paused_at is null and due_at < now()) as overdue`,
        [prefix],
      )
    ).rows[0]!;
    const load = os.loadavg().map((l) => round(l, 2));
    const report = {
      benchmark: 'scale',
      at: new Date().toISOString(),
      machine: {
        uname: `${os.type()} ${os.release()} ${os.arch()}`,
        cpus: os.cpus().length,
        load,
        node: process.version,
        nodeEnv: process.env.NODE_ENV ?? null,
      },
      postgres: (await raw.query<{ version: string }>('select version()')).rows[0]?.version ?? null,
      database: DATABASE,
      dataset: dataset ?? 'reused',
      counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
      runs: RUNS,
      warmup: WARMUP,
      figures,
      totalSeconds: round((Date.now() - started) / 1000, 1),
    };
    console.log(
      `cases ${counts.cases}, camat's ${counts.camat}, open ${counts.open}, overdue ${counts.overdue}; load ${load.join(' ')}`,
    );
    mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written ${ARTIFACT} (${report.totalSeconds} s in all)`);
    return 0;
  } finally {
    await raw.end();
    await t.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
