/**
 * `pnpm bench calendar-recompute`: the start-up deadline recompute (issue 18) over a data set of
 * BENCH_CALENDAR_CASES cases (default 100,000; test/bench/dataset.ts), its open cases copied
 * BENCH_CALENDAR_OPEN_COPIES times (≈ 100,000 open running cases in all), in a private
 * embedded PostgreSQL (BENCH_CALENDAR_PORT, default 4601; a temporary folder, removed after), so no
 * write of the data set or of the recompute touches a shared cluster.
 *
 *   1. The first start after the upgrade: no stored fingerprint, every open case walked in batches
 *      (the generated deadlines already follow the calendar: nothing moves).
 *   2. The next start, rules unchanged: one read.
 *   3. A release that knows one more national day off (inserted as its migration would): the walk
 *      moves the deadlines that count that day, each with its event.
 *
 * Prints wall time, batches, moved cases and the process's peak RSS per step. Results:
 * docs/performance.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { migrate, openOrm, recomputeForShippedRules, seedDemoData, startEmbeddedPostgres } from '@posyandu-spm/server';
import pino from 'pino';
import { envInt } from './bench-utils.js';
import { generateDataset } from './dataset.js';

const CASES = envInt('BENCH_CALENDAR_CASES', 100_000, 100);
/**
 * Copies of the generated open running cases added before measuring (default 8: ≈ 100,000 open from
 * 100,000 generated, as many as ≈ 870,000 generated cases would leave open — generating those takes
 * ≈ 35 minutes on a loaded 2-core machine). Copied with triggers off (a private cluster): new ids and
 * codes, the same area, clock and due time.
 */
const OPEN_COPIES = envInt('BENCH_CALENDAR_OPEN_COPIES', 8, 0);
const PORT = envInt('BENCH_CALENDAR_PORT', 4601, 1024);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const dir = mkdtempSync(path.join(os.tmpdir(), 'calendar-bench-'));
const db = await startEmbeddedPostgres(dir, PORT, pino({ level: 'warn' }));
try {
  const plugins = await loadInstalledPlugins();
  const orm = await openOrm({ clientUrl: db.url, poolMax: 2 });
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
  const now = new Date();
  const dataset = await generateDataset(db.url, {
    cases: CASES,
    plugins: plugins.map((m) => m.plugin),
    now,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`data set: ${dataset.cases} cases, ${dataset.open} open, ${dataset.seconds} s`);

  const bench = await openOrm({ clientUrl: db.url, poolMax: 2 });
  try {
    const conn = bench.em.getConnection();
    if (OPEN_COPIES) {
      await conn.execute(`create table bench_open as
        select * from spm_case where closed_at is null and clock_paused_at is null`);
      for (let k = 1; k <= OPEN_COPIES; k += 1) {
        await conn.transactional(async (trx) => {
          await conn.execute(`set local session_replication_role = replica`, [], 'run', trx);
          await conn.execute(
            `insert into spm_case select r.*
               from (select b.*, row_number() over () as rn from bench_open b) b,
                    lateral jsonb_populate_record(null::spm_case,
                      to_jsonb(b) || jsonb_build_object('id', gen_random_uuid(), 'code', 'B' || ${k} || '-' || b.rn)) r`,
            [],
            'run',
            trx,
          );
        });
      }
      await conn.execute('drop table bench_open');
    }
    const [open] = await conn.execute<Array<{ n: number }>>(
      `select count(*)::int as n from spm_case where closed_at is null and clock_paused_at is null`,
    );
    console.log(`open running cases: ${open?.n}`);
    await conn.execute('vacuum analyze spm_case');
    const step = async (label: string, fingerprint?: string) => {
      peakRss = process.memoryUsage().rss;
      const started = performance.now();
      const result = await recomputeForShippedRules(bench.em.fork(), now, fingerprint ? { fingerprint } : {});
      const ms = Math.round(performance.now() - started);
      console.log(
        `${label}: ${ms} ms, ${result.batches} batches, ${result.moved} moved, peak RSS ${mb(peakRss)} MB, load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
    };
    await step('first start after the upgrade (no fingerprint)');
    await step('next start, rules unchanged');
    // One more national day off, a week ahead, on a weekday: the deadlines counting it move by a day.
    const day = new Date(now.getTime() + 7 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
    await bench.em.getConnection().execute(
      `insert into holiday (id, date, kind, name_id, name_en, legal_basis, area_code)
         values (gen_random_uuid(), ?, 'NATIONAL', 'Bench', 'Bench', 'bench fixture', null)`,
      [day.toISOString().slice(0, 10)],
    );
    await step(`a release adding ${day.toISOString().slice(0, 10)} as a day off`, 'bench-rules-2');
  } finally {
    await bench.close();
  }
} finally {
  clearInterval(sampler);
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
