/**
 * `pnpm bench case-export`: the case-list export (`GET /reports/cases`, issue 15) at its cap —
 * MAX_EXPORT_ROWS = 10,000 cases of one Posyandu, the kader's whole list — as CSV and as XLSX:
 * time per export (p50/max of BENCH_EXPORT_RUNS, default 5, after one cold run) and peak memory.
 *
 *   1. A test database (copied from the seeded template) gets one real registration, then
 *      9,999 copies of it (new id, code and registration time; a quarter closed, so every time column
 *      is written) in committed batches of 500 — no long write transaction on the shared server.
 *   2. For each format a fresh process starts the server on that database and exports: peak memory
 *      is the process's resident high-water mark (maxRSS) after the cold export less its resident
 *      size when idle just before, and the highest heap seen by a 2 ms sampler less the idle heap
 *      (garbage not yet collected included: an upper bound). BENCH_EXPORT_PROFILE=1 also writes a
 *      CPU profile of each process to test-artifacts/.
 *
 * Writes test-artifacts/bench-case-export.json. Method and results: docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock } from '@posyandu-spm/testing';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import setup from '../global-setup.js';
import { envInt, percentile, round } from './bench-utils.js';

const ROWS = 10_000;
const RUNS = envInt('BENCH_EXPORT_RUNS', 5, 1);
const BATCH = 500;
const ARTIFACT = fileURLToPath(new URL('../../test-artifacts/bench-case-export.json', import.meta.url));
const CLOCK = '2026-12-30T03:00:00Z';
process.env.TEST_LOG_LEVEL ??= 'silent';

/** Copies of the model case, registered over 2026 at 08:00–16:00 WIB; every 4th closed (completed) 3 days later. */
const COPY = `
insert into spm_case
select (jsonb_populate_record(null::spm_case, to_jsonb(c) || jsonb_build_object(
  'id', gen_random_uuid(),
  'code', 'X' || lpad(i::text, 12, '0'),
  'registered_at', reg, 'updated_at', reg, 'registered_on', (reg at time zone 'Asia/Jakarta')::date,
  'due_at', reg + interval '7 days',
  'status', case when i % 4 = 0 then 'completed' else c.status end,
  'outcome', case when i % 4 = 0 then 'COMPLETED' end,
  'closed_on_time', case when i % 4 = 0 then true end,
  'working_days_taken', case when i % 4 = 0 then 3 end,
  'closed_at', case when i % 4 = 0 then reg + interval '3 days' end))).*
from spm_case c,
  lateral (select i, timestamptz '2026-01-01T01:00:00Z' + ((i * 7919) % 360) * interval '1 day'
                      + (i % 8) * interval '1 hour' as reg
             from generate_series($2::int, $3::int) i) g
where c.id = $1`;

interface Figures {
  format: string;
  bytes: number;
  rows: number;
  coldMs: number;
  p50Ms: number;
  maxMs: number;
  /** CPU of the server process (API and client; PostgreSQL's own not included) per export, p50. */
  cpuP50Ms: number;
  peakRssMb: number;
  idleRssMb: number;
  peakHeapMb: number;
}

/** One format, in this (fresh) process: the server on `databaseUrl`, the kader exporting. */
async function measure(format: 'csv' | 'xlsx', databaseUrl: string): Promise<Figures> {
  const t = await startTestServer({
    plugins: await loadInstalledPlugins(),
    clock: new TestClock(CLOCK),
    databaseUrl,
  });
  try {
    const kader = await t.as('kader.gombang');
    const url = `${t.url}/reports/cases?format=${format}`;
    const get = async () => {
      const res = await fetch(url, { headers: { authorization: `Bearer ${kader.token}` } });
      if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${await res.text()}`);
      return new Uint8Array(await res.arrayBuffer());
    };
    // The idle server's memory, after a small query has warmed up the schema and the pool.
    await kader.request('{ me { id } }');
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 2);
    const t0 = process.hrtime.bigint();
    const body = await get();
    const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
    clearInterval(sampler);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    const rssAfter = process.resourceUsage().maxRSS;
    const rows =
      format === 'csv'
        ? new TextDecoder().decode(body).split('\r\n').filter(Boolean).length - 1
        : (strFromU8(unzipSync(body)['xl/worksheets/sheet1.xml']!).match(/<row /g)?.length ?? 0) - 1;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t1 = process.hrtime.bigint();
      const c1 = process.cpuUsage();
      await get();
      const c2 = process.cpuUsage(c1);
      times.push(Number(process.hrtime.bigint() - t1) / 1e6);
      cpu.push((c2.user + c2.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    return {
      format,
      bytes: body.length,
      rows,
      coldMs: round(coldMs, 0),
      p50Ms: round(percentile(times, 50), 0),
      maxMs: round(times.at(-1)!, 0),
      cpuP50Ms: round(percentile(cpu, 50), 0),
      // maxRSS is in KiB, rss in bytes.
      peakRssMb: round((rssAfter * 1024 - rssBefore) / 1024 / 1024, 1),
      idleRssMb: round(rssBefore / 1024 / 1024, 1),
      peakHeapMb: round((heapPeak - heapBefore) / 1024 / 1024, 1),
    };
  } finally {
    await t.close();
  }
}

async function main() {
  const [mode, format, databaseUrl] = process.argv.slice(2);
  if (mode === 'child' && (format === 'csv' || format === 'xlsx') && databaseUrl) {
    process.stdout.write(`RESULT ${JSON.stringify(await measure(format, databaseUrl))}\n`);
    return;
  }
  const teardown = await setup();
  const t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock(CLOCK) });
  try {
    const { registerCase } = await (
      await t.as('kader.gombang')
    ).request<{ registerCase: { id: string } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      { input: pendidikanInput() },
    );
    const sql = new pg.Client({ connectionString: t.databaseUrl });
    await sql.connect();
    const started = process.hrtime.bigint();
    for (let from = 1; from < ROWS; from += BATCH) {
      await sql.query(COPY, [registerCase.id, from, Math.min(ROWS - 1, from + BATCH - 1)]);
    }
    const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    await sql.query('analyze spm_case');
    await sql.end();
    console.log(`${ROWS} cases written in ${writeSeconds.toFixed(1)} s`);

    const results: Figures[] = [];
    for (const f of ['csv', 'xlsx'] as const) {
      const child = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          ...(process.env.BENCH_EXPORT_PROFILE === '1'
            ? ['--cpu-prof', `--cpu-prof-dir=${path.dirname(ARTIFACT)}`, `--cpu-prof-name=case-export-${f}.cpuprofile`]
            : []),
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          'child',
          f,
          t.databaseUrl,
        ],
        { encoding: 'utf8', env: process.env, maxBuffer: 16 * 1024 * 1024 },
      );
      const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (child.status !== 0 || !line) throw new Error(`${f} export failed:\n${child.stderr}\n${child.stdout}`);
      const figures = JSON.parse(line.slice(7)) as Figures;
      if (figures.rows !== ROWS) throw new Error(`${f}: ${figures.rows} rows exported, ${ROWS} expected`);
      results.push(figures);
      console.log(
        `${f}: ${figures.rows} rows, ${round(figures.bytes / 1024 / 1024, 2)} MB; cold ${figures.coldMs} ms, ` +
          `p50 ${figures.p50Ms} ms, max ${figures.maxMs} ms (${RUNS} runs), CPU p50 ${figures.cpuP50Ms} ms; peak RSS +${figures.peakRssMb} MB over idle ${figures.idleRssMb} MB, heap +${figures.peakHeapMb} MB`,
      );
    }
    const load = os.loadavg().map((l) => round(l, 2));
    console.log(`load average ${load.join(' ')}`);
    mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    writeFileSync(
      ARTIFACT,
      `${JSON.stringify({ rows: ROWS, runs: RUNS, writeSeconds: round(writeSeconds, 1), results, loadAverage: load, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, at: new Date().toISOString() }, null, 2)}\n`,
    );
  } finally {
    await t.close();
    await teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
