/**
 * `pnpm bench`: what registering a case costs through the whole stack, against
 * the same rows written with plain SQL, on the same PostgreSQL database in the same run.
 *
 *   A  `registerCase` over HTTP GraphQL as the demo kader: Apollo, login-token
 *      check and principal loading, the service's checks, and its one write statement
 *      (which also finds the people by NIK) (services/registration/persist-case.ts).
 *   B  a raw `pg` pool writing the same rows in one transaction per case, the way the
 *      ORM's unit of work did (a statement per table; same columns, values shape).
 *   floor  the same client and server answering `{ __typename }` as the kader: what
 *      any request through the stack costs before registerCase does its own work.
 *
 * Environment: BENCH_CASES (measured cases per side, default 500), BENCH_WARMUP
 * (default 50), BENCH_CONCURRENCY (concurrent workers, default 8),
 * BENCH_TIMEOUT_SECONDS (default 120), BENCH_ROUNDS (the measured cases in rounds of A, B and
 * the floor in turn, default 5; 1 with a profile), BENCH_PROFILE_DIR (a CPU profile of each side's measured
 * run: <dir>/register-case-a.cpuprofile, -b and -floor, and a table of side A's time by package).
 * Writes test-artifacts/bench-register-case.json.
 * Method and results: docs/performance.md.
 */
// First: graphql-js reads NODE_ENV once, when it is loaded.
import './production-env.js';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SERVICE_WORKING_DAYS,
  areaCodeAt,
  computeDueAt,
  isWithinArea,
  normalizePhone,
  timeZoneOfArea,
  WorkingCalendar,
  type HolidayKind,
} from '@posyandu-spm/core';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import pg from 'pg';
import setup from '../global-setup.js';
import { envInt, percentile, round } from './bench-utils.js';
import { startCpuProfile, timeByPackage } from './cpu-profile.js';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const CASES = envInt('BENCH_CASES', 500, 1);
// The first warm-up case of side A creates the fixture's beneficiary; the second one is the one counted.
const WARMUP = envInt('BENCH_WARMUP', 50, 2);
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 8, 1);
const TIMEOUT_SECONDS = envInt('BENCH_TIMEOUT_SECONDS', 120, 10);
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR || null;
const ROUNDS = envInt('BENCH_ROUNDS', 5, 1);
const ARTIFACT = fileURLToPath(new URL('../../test-artifacts/bench-register-case.json', import.meta.url));
process.env.TEST_LOG_LEVEL ??= 'silent';

// ---------------------------------------------------------------- inputs

/** Distinct valid NIKs: kecamatan 33.10.05, birth date from 17-08-1990 on, sequence 0001–9999. */
let nikCount = 0;
function nextNik(): string {
  const n = nikCount++;
  const born = new Date(Date.UTC(1990, 7, 17 + Math.floor(n / 9999)));
  const two = (v: number) => String(v).padStart(2, '0');
  const ddmmyy = `${two(born.getUTCDate())}${two(born.getUTCMonth() + 1)}${two(born.getUTCFullYear() % 100)}`;
  return `331005${ddmmyy}${String((n % 9999) + 1).padStart(4, '0')}`;
}

const FIXTURE = pendidikanInput();
const REGISTER = 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }';
/** A request as the kader that reads nothing: the floor of side A's stack. */
const FLOOR = '{ __typename }';

interface Registered {
  id: string;
  code: string;
}

// ---------------------------------------------------------------- side A: the API

async function registerViaApi(kader: GraphQLClient): Promise<Registered> {
  const input = pendidikanInput({ applicant: { ...FIXTURE.applicant, nik: nextNik() } });
  const data = await kader.request<{ registerCase: Registered }>(REGISTER, { input });
  return data.registerCase;
}

// ---------------------------------------------------------------- side B: raw SQL

/** What side B looks up once; the API loads the principal and the calendar on every request. */
interface SqlContext {
  userId: string;
  unitId: string;
  areaCode: string;
  calendar: WorkingCalendar;
}

async function loadSqlContext(pool: pg.Pool, username: string): Promise<SqlContext> {
  const who = await pool.query<{ user_id: string; unit_id: string; area_code: string }>(
    `select u.id as user_id, o.id as unit_id, o.area_code
     from app_user u join membership m on m.user_id = u.id join org_unit o on o.id = m.org_unit_id
     where u.username = $1 and o.kind = 'POSYANDU' and m.role = 'KADER'`,
    [username],
  );
  const row = who.rows[0];
  if (!row || who.rows.length !== 1) throw new Error(`${username}: expected one KADER membership of a POSYANDU`);
  const holidays = await pool.query<{ date: string; kind: HolidayKind; area_code: string | null }>(
    'select date::text as date, kind, area_code from holiday order by date',
  );
  const kabupaten = areaCodeAt(row.area_code, 'KABUPATEN');
  const setting = await pool.query<{ cuti_bersama_is_day_off: boolean }>(
    'select cuti_bersama_is_day_off from calendar_setting where kabupaten_code = $1',
    [kabupaten],
  );
  const calendar = new WorkingCalendar({
    zone: timeZoneOfArea(row.area_code),
    cutiBersamaIsDayOff: setting.rows[0]?.cuti_bersama_is_day_off ?? true,
    daysOff: holidays.rows
      .filter((h) => h.area_code === null || isWithinArea(row.area_code, h.area_code))
      .map((h) => ({ date: h.date, kind: h.kind })),
  });
  return { userId: row.user_id, unitId: row.unit_id, areaCode: row.area_code, calendar };
}

/** The fixture as registerCase stores it (core/intake schemas: phone to +62…, RT/RW zero-padded). */
const STORED = (() => {
  const beneficiary = FIXTURE.beneficiaries[0];
  if (!beneficiary) throw new Error('the Pendidikan fixture has no beneficiary');
  return {
    name: FIXTURE.applicant.name,
    phone: normalizePhone(FIXTURE.applicant.phone),
    kk: FIXTURE.applicant.kkNumber,
    beneficiary,
    description: FIXTURE.description,
    facts: JSON.stringify(FIXTURE.facts),
    dusun: FIXTURE.dusun,
    rw: FIXTURE.rw.padStart(3, '0'),
    rt: FIXTURE.rt.padStart(3, '0'),
    documents: FIXTURE.documents,
  };
})();

const PERSON_BY_NIK = `select p.*, f.id as f__id, f.person_id as f__person_id, f.kk_number as f__kk_number,
  f.first_seen_at as f__first_seen_at from person p left join family_card_record f on p.id = f.person_id
  where p.nik = $1`;
const INSERT_PERSON = 'insert into person (id, nik, name, phone, address, created_at) values ($1, $2, $3, $4, $5, $6)';
const INSERT_CASE = `insert into spm_case (id, code, sector_id, service_type_id, status, area_code, dusun, rw, rt,
  description, facts, warnings, applicant_id, contact_phone, confidential_reporter, origin_unit_id, holder_id,
  held_by_unit_ids, registered_by_id, registered_at, working_days, clock_start_date, clock_days, due_at,
  clock_paused_at, remaining_working_days, closed_at, outcome, closed_on_time, deadline_notice, escalated_to_id,
  settled_by_id, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
  $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33) returning version`;
const INSERT_FAMILY_CARD =
  'insert into family_card_record (id, person_id, kk_number, first_seen_at) values ($1, $2, $3, $4)';
const INSERT_EVENT = `insert into case_event (case_id, type, action, from_status, to_status, holder_id, actor_id,
  reason, note, payload, occurred_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`;
const INSERT_HOLDING = `insert into case_holding (id, case_id, org_unit_id, status_before, received_from_id, since,
  until) values ($1, $2, $3, $4, $5, $6, $7)`;
const INSERT_DOCUMENTS = `insert into case_document (id, case_id, code, status, file_count, file_names, note,
  status_reason, updated_by_id, updated_at) values ${STORED.documents
    .map((_, i) => `(${Array.from({ length: 10 }, (_v, j) => `$${i * 10 + j + 1}`).join(', ')})`)
    .join(', ')}`;
const INSERT_BENEFICIARY = 'insert into case_beneficiary (id, case_id, person_id, relation) values ($1, $2, $3, $4)';

/** The same tracking-code alphabet and shape as the server's (services/tracking-code.ts). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function newTrackingCode(): string {
  let chars = '';
  for (let i = 0; i < 8; i += 1) chars += ALPHABET[randomInt(ALPHABET.length)];
  return `SPM-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

let sqlStatements = 0;

/** One case, in the order and shape the ORM sends inside registerCase's transaction. */
async function registerWithSql(pool: pg.Pool, ctx: SqlContext): Promise<Registered> {
  const client = await pool.connect();
  const q = <R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    sqlStatements += 1;
    return client.query<R>(text, values);
  };
  try {
    const now = new Date();
    const nik = nextNik();
    const status = pendidikanPlugin.workflow.initialState;
    const dueAt = computeDueAt(ctx.calendar, now, SERVICE_WORKING_DAYS);
    await q('begin');
    if ((await q(PERSON_BY_NIK, [nik])).rowCount) throw new Error(`NIK ${nik} already registered`);
    let code = newTrackingCode();
    while (
      Number(
        (await q<{ count: string }>('select count(*) as count from spm_case where code = $1', [code])).rows[0]?.count,
      )
    )
      code = newTrackingCode();
    const personId = randomUUID();
    const caseId = randomUUID();
    await q(INSERT_PERSON, [personId, nik, STORED.name, STORED.phone, null, now]);
    await q(INSERT_CASE, [
      caseId,
      code,
      pendidikanPlugin.id,
      FIXTURE.serviceType,
      status,
      ctx.areaCode,
      STORED.dusun,
      STORED.rw,
      STORED.rt,
      STORED.description,
      STORED.facts,
      '[]',
      personId,
      STORED.phone,
      false,
      ctx.unitId,
      ctx.unitId,
      [ctx.unitId],
      ctx.userId,
      now,
      SERVICE_WORKING_DAYS,
      ctx.calendar.localDate(now),
      SERVICE_WORKING_DAYS,
      dueAt,
      null,
      null,
      null,
      null,
      null,
      'NONE',
      null,
      null,
      now,
    ]);
    await q(INSERT_FAMILY_CARD, [randomUUID(), personId, STORED.kk, now]);
    const found = await q<{ id: string }>(PERSON_BY_NIK, [STORED.beneficiary.nik]);
    let beneficiaryId = found.rows[0]?.id;
    if (!beneficiaryId) {
      beneficiaryId = randomUUID();
      await q(INSERT_PERSON, [beneficiaryId, STORED.beneficiary.nik, STORED.beneficiary.name, null, null, now]);
    }
    await q(INSERT_EVENT, [
      caseId,
      'REGISTERED',
      null,
      null,
      status,
      ctx.unitId,
      ctx.userId,
      null,
      null,
      JSON.stringify({
        serviceType: FIXTURE.serviceType,
        dueAt: dueAt.toISOString(),
        documents: STORED.documents.map((d) => d.code),
      }),
      now,
    ]);
    await q(INSERT_HOLDING, [randomUUID(), caseId, ctx.unitId, status, null, now, null]);
    await q(
      INSERT_DOCUMENTS,
      STORED.documents.flatMap((d) => [
        randomUUID(),
        caseId,
        d.code,
        'RECEIVED',
        d.fileNames.length,
        JSON.stringify(d.fileNames),
        null,
        null,
        ctx.userId,
        now,
      ]),
    );
    await q(INSERT_BENEFICIARY, [randomUUID(), caseId, beneficiaryId, STORED.beneficiary.relation]);
    await q('commit');
    return { id: caseId, code };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// ---------------------------------------------------------------- measuring

type Measured = { latencies: bigint[]; wallNs: bigint; last: Registered | null };

/** Adds one round's figures to a side's. */
function add(side: Measured, round: Measured): void {
  side.latencies.push(...round.latencies);
  side.wallNs += round.wallNs;
  side.last = round.last ?? side.last;
}

/** `total` operations shared by `concurrency` workers; each operation's latency in nanoseconds. */
async function run(total: number, concurrency: number, op: () => Promise<Registered>): Promise<Measured> {
  const latencies: bigint[] = [];
  let next = 0;
  let failed = false;
  let last: Registered | null = null;
  const worker = async (): Promise<void> => {
    while (next < total && !failed) {
      next += 1;
      const started = process.hrtime.bigint();
      try {
        last = await op();
      } catch (error) {
        failed = true;
        throw error;
      }
      latencies.push(process.hrtime.bigint() - started);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { latencies, wallNs: process.hrtime.bigint() - started, last };
}

interface SideFigures {
  cases: number;
  seconds: number;
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

function figures(result: { latencies: bigint[]; wallNs: bigint }): SideFigures {
  const ms = result.latencies.map((ns) => Number(ns) / 1e6).sort((a, b) => a - b);
  const seconds = Number(result.wallNs) / 1e9;
  return {
    cases: ms.length,
    seconds: round(seconds, 3),
    opsPerSecond: round(ms.length / seconds, 1),
    p50Ms: round(percentile(ms, 50), 2),
    p99Ms: round(percentile(ms, 99), 2),
    meanMs: round(ms.reduce((s, v) => s + v, 0) / ms.length, 2),
    maxMs: round(ms.at(-1) ?? NaN, 2),
  };
}

/** The harness's statement log is coloured. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

/** What a case looks like through the API, without what differs by design (ids, code, NIK, times). */
const VIEW = `query ($id: ID!) { case(id: $id) { status version dusun rw rt description facts warnings { code }
  holder { name } originUnit { name } applicant { name phone kkNumber } beneficiaries { name relation nik }
  documents { code status fileCount fileNames } missingDocuments { code } deadline { state timeZone }
  availableActions { id enabled } timeline { type fromStatus toStatus holder { name } } } }`;

/** `measure()`, CPU-profiled into <BENCH_PROFILE_DIR>/register-case-<side>.cpuprofile when asked. */
async function profiled<T>(side: 'a' | 'b' | 'floor', measure: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return measure();
  const stop = await startCpuProfile();
  const result = await measure();
  const profile = await stop();
  mkdirSync(PROFILE_DIR, { recursive: true });
  const file = path.join(PROFILE_DIR, `register-case-${side}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const { busyMs, idleMs, rows } = timeByPackage(profile);
  console.log(
    `\nside ${side.toUpperCase()} CPU profile ${file}: busy ${busyMs} ms, idle ${idleMs} ms; self time by package:`,
  );
  for (const row of rows.slice(0, 25)) {
    console.log(
      `  ${row.package.padEnd(44)}${row.ms.toFixed(0).padStart(8)} ms${row.percent.toFixed(1).padStart(7)} %`,
    );
  }
  return result;
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const started = Date.now();
  const teardown = await setup();
  let server: TestServer | null = null;
  let pool: pg.Pool | null = null;
  let cleaned: Promise<void> | null = null;
  const cleanup = () =>
    (cleaned ??= (async () => {
      await pool?.end().catch((e: unknown) => console.error('closing the pg pool:', e));
      await server?.close().catch((e: unknown) => console.error('closing the test server:', e));
      await teardown().catch((e: unknown) => console.error('dropping the template database:', e));
    })());
  const timer = setTimeout(() => {
    console.error(`bench: still running after ${TIMEOUT_SECONDS} s; giving up`);
    void Promise.race([cleanup(), new Promise((r) => setTimeout(r, 10_000))]).finally(() => process.exit(1));
  }, TIMEOUT_SECONDS * 1000);
  timer.unref();

  try {
    // Real time for registeredAt/dueAt, as in production (a TestClock stands still).
    const clock = new TestClock();
    clock.now = () => new Date();
    // As production runs it: NODE_ENV=production in this process (production-env.ts) and in the server.
    const t = (server = await startTestServer({ plugins: await loadInstalledPlugins(), clock, production: true }));
    const kader = await t.as('kader.gombang');
    // The harness logs every ORM statement into t.statements: only for the one case counted below;
    // production logs none. Set in the configuration, not on the logger: every em.fork() sets the
    // logger's debug mode from the configuration again.
    const statementLog = (on: boolean) => t.orm.config.set('debug', on ? ['query'] : false);
    statementLog(false);
    const connections = t.orm.config.get('pool')?.max ?? CONCURRENCY;
    // Side B gets as many database connections as the API server's ORM has.
    const sql = (pool = new pg.Pool({ connectionString: t.databaseUrl, max: connections }));
    const [version, serverVersion] = await Promise.all([
      t.sql.query<{ version: string }>('select version()'),
      t.sql.query<{ server_version: string }>('show server_version'),
    ]);

    console.log(
      `registerCase: ${CASES} measured cases per side after ${WARMUP} warm-up, ${CONCURRENCY} concurrent workers, ` +
        `${connections} database connections per side`,
    );
    console.log(
      `Node ${process.version}, PostgreSQL ${serverVersion.rows[0]?.server_version}, ${os.cpus().length} CPUs\n`,
    );

    // Side A: warm-up (first case alone: it creates the fixture's beneficiary; the second is counted).
    await registerViaApi(kader);
    t.statements.length = 0;
    statementLog(true);
    const counted = await registerViaApi(kader);
    statementLog(false);
    const ormStatements = [...t.statements];
    await run(WARMUP - 2, CONCURRENCY, () => registerViaApi(kader));

    // Side B's warm-up, the same way.
    const ctx = await loadSqlContext(sql, 'kader.gombang');
    await registerWithSql(sql, ctx);
    sqlStatements = 0;
    await registerWithSql(sql, ctx);
    const statementsB = sqlStatements;
    await run(WARMUP - 2, CONCURRENCY, () => registerWithSql(sql, ctx));

    // The floor under side A: the same client, bearer-token check, Apollo and HTTP answering a query
    // that touches nothing — what any request costs before registerCase does its own work.
    const floorOp = async (): Promise<Registered> => {
      await kader.request(FLOOR);
      return { id: '', code: '' };
    };
    await run(WARMUP, CONCURRENCY, floorOp);

    // The measured cases in ROUNDS rounds of A, B and the floor in turn, so that a change in the
    // machine's load (shared machines) weighs on every side alike.
    const rounds = PROFILE_DIR ? 1 : Math.min(ROUNDS, CASES);
    const a: Measured = { latencies: [], wallNs: 0n, last: null };
    const b: Measured = { latencies: [], wallNs: 0n, last: null };
    const f: Measured = { latencies: [], wallNs: 0n, last: null };
    for (let r = 0; r < rounds; r += 1) {
      const n = Math.floor(CASES / rounds) + (r < CASES % rounds ? 1 : 0);
      add(a, await profiled('a', () => run(n, CONCURRENCY, () => registerViaApi(kader))));
      add(b, await profiled('b', () => run(n, CONCURRENCY, () => registerWithSql(sql, ctx))));
      add(f, await profiled('floor', () => run(n, CONCURRENCY, floorOp)));
    }
    const seconds = (m: Measured) => (Number(m.wallNs) / 1e9).toFixed(1);
    console.log(`${rounds} rounds: A ${seconds(a)} s, B ${seconds(b)} s, floor ${seconds(f)} s\n`);

    const A = figures(a);
    const B = figures(b);
    const F = figures(f);
    const ratio = {
      opsPerSecond: round(A.opsPerSecond / B.opsPerSecond, 2),
      p50Ms: round(A.p50Ms / B.p50Ms, 2),
      p99Ms: round(A.p99Ms / B.p99Ms, 2),
    };
    const rows: Array<[string, string, string, string]> = [
      ['side', 'ops/s', 'p50 ms', 'p99 ms'],
      ['A  registerCase, GraphQL over HTTP', A.opsPerSecond.toFixed(1), A.p50Ms.toFixed(2), A.p99Ms.toFixed(2)],
      ['B  raw pg, one transaction per case', B.opsPerSecond.toFixed(1), B.p50Ms.toFixed(2), B.p99Ms.toFixed(2)],
      ['A/B', ratio.opsPerSecond.toFixed(2), ratio.p50Ms.toFixed(2), ratio.p99Ms.toFixed(2)],
      ['floor: `{ __typename }` over HTTP', F.opsPerSecond.toFixed(1), F.p50Ms.toFixed(2), F.p99Ms.toFixed(2)],
      ['floor/B', (F.opsPerSecond / B.opsPerSecond).toFixed(2), '', ''],
    ];
    for (const [i, row] of rows.entries()) {
      console.log(`${row[0].padEnd(38)}${row[1].padStart(10)}${row[2].padStart(10)}${row[3].padStart(10)}`);
      if (i === 0) console.log('-'.repeat(68));
    }

    // Where side A's statements go: around registerCase's transaction and inside it.
    const plain = ormStatements.map((s) => s.replace(ANSI_COLOUR, ''));
    const begin = plain.findIndex((s) => /^\[query\] begin\b/.test(s));
    const commit = plain.findIndex((s) => /^\[query\] commit\b/.test(s));
    const statementsA = {
      total: ormStatements.length,
      beforeTransaction: begin < 0 ? ormStatements.length : begin,
      inTransaction: begin < 0 || commit < 0 ? 0 : commit - begin + 1,
    };
    // Each statement by its first words (the ORM's log line without its timing).
    const heads = plain.map((s) =>
      s
        .replace(/^\[query\] /, '')
        .split(/\s+/)
        .slice(0, 4)
        .join(' '),
    );
    console.log(
      `\nSQL statements per case: A ${statementsA.total} (${statementsA.beforeTransaction} outside an explicit ` +
        `transaction, ${statementsA.inTransaction} in one, begin and commit included: ${heads.join(' | ')}); ` +
        `B ${statementsB} (one transaction)`,
    );

    // Correctness: every case of both sides is there, with all its rows, and reads the same through the API.
    const expected = 2 * (WARMUP + CASES);
    const counts = (
      await t.sql.query<Record<string, string>>(
        `select
        (select count(*) from spm_case) as cases, (select count(*) from case_event) as events,
        (select count(*) from case_holding) as holdings, (select count(*) from case_document) as documents,
        (select count(*) from case_beneficiary) as beneficiaries,
        (select count(*) from family_card_record where kk_number = $1) as family_cards,
        (select count(*) from person where nik like '331005%' and nik <> $2) as applicants`,
        [STORED.kk, STORED.beneficiary.nik],
      )
    ).rows[0] as Record<string, string>;
    const want: Record<string, number> = {
      cases: expected,
      events: expected,
      holdings: expected,
      documents: expected * STORED.documents.length,
      beneficiaries: expected,
      family_cards: expected,
      applicants: expected,
    };
    const wrong = Object.entries(want).filter(([k, v]) => Number(counts[k]) !== v);
    console.log(
      `spm_case rows: ${counts.cases}, expected 2 × (${WARMUP} warm-up + ${CASES} measured) = ${expected}: ` +
        `${Number(counts.cases) === expected ? 'OK' : 'WRONG'}`,
    );
    if (wrong.length) console.error(`row counts off: ${wrong.map(([k, v]) => `${k} ${counts[k]} ≠ ${v}`).join(', ')}`);
    const lastB = b.last as Registered | null;
    const views = await Promise.all([counted.id, lastB?.id ?? ''].map((id) => kader.request(VIEW, { id })));
    const sameView = JSON.stringify(views[0]) === JSON.stringify(views[1]) && views[0] !== null;
    console.log(`a side B case reads through the API like a side A case: ${sameView ? 'OK' : 'DIFFERENT'}`);
    if (!sameView) console.error(JSON.stringify(views, null, 2));

    const report = {
      benchmark: 'register-case',
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version },
      postgres: version.rows[0]?.version ?? null,
      settings: {
        cases: CASES,
        warmup: WARMUP,
        concurrency: CONCURRENCY,
        rounds: PROFILE_DIR ? 1 : Math.min(ROUNDS, CASES),
        databaseConnectionsPerSide: connections,
      },
      a: A,
      b: B,
      ratioAB: ratio,
      floor: { query: FLOOR, ...F, ratioToB: round(F.opsPerSecond / B.opsPerSecond, 2) },
      statementsPerCase: { a: statementsA, b: statementsB },
      check: { spmCaseRows: Number(counts.cases), expected, rowCountsOk: !wrong.length, sameView },
      totalSeconds: round((Date.now() - started) / 1000, 1),
    };
    mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written ${ARTIFACT} (${report.totalSeconds} s in all)`);
    return wrong.length || !sameView ? 1 : 0;
  } finally {
    await cleanup();
    clearTimeout(timer);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
