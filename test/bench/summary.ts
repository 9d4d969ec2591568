/**
 * One table of the figures issue 18 tracks, each against its raw baseline, from the JSON the
 * benchmarks of this run (or earlier ones) wrote to test-artifacts/. A figure whose benchmark
 * has not run is shown as "not run".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

interface Row {
  what: string;
  api: string;
  raw: string;
  ratio: string;
  statements: string;
  goal: string;
  when: string;
}

function read<T>(name: string): { data: T; when: string } | null {
  const file = `${ARTIFACTS}bench-${name}.json`;
  if (!existsSync(file)) return null;
  return { data: JSON.parse(readFileSync(file, 'utf8')) as T, when: statSync(file).mtime.toISOString().slice(0, 16) };
}

interface RegisterCase {
  a: { opsPerSecond: number; p50Ms: number; p99Ms: number };
  b: { opsPerSecond: number; p50Ms: number; p99Ms: number };
  ratioAB: { opsPerSecond: number };
  /** Side A (the API) as written by register-case.bench.ts: in all, before and inside its transaction. */
  statementsPerCase: { a: { total: number; beforeTransaction: number; inTransaction: number }; b: number };
  settings: { concurrency: number };
}
interface LiveFigure {
  deliveriesPerSecond: number;
  delayMs: { p50: number; p99: number };
}
interface LiveEvents {
  results: Array<LiveFigure & { scenario: string; pattern?: string; raw?: LiveFigure }>;
  raw?: LiveFigure;
}

const LIVE_GOALS: Record<string, string> = {
  throughput: '≥ 0.5× raw',
  steady: 'p99 ≤ 100 ms',
  burst: 'p99 ≤ 500 ms',
};
interface Scale {
  counts: { cases: number };
  figures: Array<{
    name: string;
    what: string;
    /** cpuMs and load: since 7 Dec 13:00 (older artifacts lack them). */
    api: { p50Ms: number; p95Ms: number; cpuMs?: number };
    raw: { p50Ms: number; p95Ms: number };
    ratioP95: number;
    statements: number;
    load?: number;
  }>;
}

const GOALS: Record<string, string> = {
  'list-50': '≤ 5 statements, p95 ≤ 25 ms',
  'queue-10': '≤ 5 statements, p95 ≤ 25 ms',
  'queue-100': '≤ 5 statements, p95 ≤ 25 ms',
  'total-count': '≤ 10 ms, or estimated',
  'kab-list-50': '≤ 5 statements, p95 ≤ 25 ms',
  'kab-total-count': '≤ 10 ms, or estimated',
  'case-page': 'statements fixed',
  report: 'statements fixed',
  sweep: '≤ 100 ms',
};

interface SpmRecapBench {
  cases: number;
  results: Record<string, { p50: number; p95: number; received: number; statements?: number }>;
}

export function rows(): Row[] {
  const out: Row[] = [];
  const rc = read<RegisterCase>('register-case');
  if (rc) {
    const { a, b } = rc.data;
    out.push({
      what: `registerCase, ${rc.data.settings.concurrency} clients (ops/s)`,
      api: String(a.opsPerSecond),
      raw: String(b.opsPerSecond),
      ratio: `${rc.data.ratioAB.opsPerSecond}×`,
      statements: `${rc.data.statementsPerCase.a.total} vs ${rc.data.statementsPerCase.b}`,
      goal: '≥ 0.5×',
      when: rc.when,
    });
  } else
    out.push({ what: 'registerCase', api: 'not run', raw: '', ratio: '', statements: '', goal: '≥ 0.5×', when: '' });
  const live = read<LiveEvents>('live-events');
  if (live) {
    for (const r of live.data.results) {
      const raw = r.raw ?? live.data.raw;
      out.push({
        what: `fan-out ${r.scenario} (deliveries/s; p50/p99 ms)`,
        api: `${r.deliveriesPerSecond}; ${r.delayMs.p50}/${r.delayMs.p99}`,
        raw: raw ? `${raw.deliveriesPerSecond}; ${raw.delayMs.p50}/${raw.delayMs.p99}` : 'no raw side',
        ratio: raw ? `${Math.round((r.deliveriesPerSecond / raw.deliveriesPerSecond) * 100) / 100}×` : '',
        statements: '',
        goal: (r.pattern && LIVE_GOALS[r.pattern]) ?? '≥ 0.5×; p99 ≤ 100 ms',
        when: live.when,
      });
    }
  } else
    out.push({
      what: 'subscription fan-out',
      api: 'not run',
      raw: '',
      ratio: '',
      statements: '',
      goal: '≥ 0.5×',
      when: '',
    });
  const scale = read<Scale>('scale');
  if (scale) {
    for (const f of scale.data.figures) {
      out.push({
        what: `${f.what} @ ${scale.data.counts.cases.toLocaleString('en')} (p95 ms; API CPU ms/request)`,
        api: f.api.cpuMs === undefined ? String(f.api.p95Ms) : `${f.api.p95Ms}; ${f.api.cpuMs}`,
        raw: String(f.raw.p95Ms),
        ratio: `${f.ratioP95}×`,
        statements: String(f.statements),
        goal: GOALS[f.name] ?? '',
        when: f.load === undefined ? scale.when : `${scale.when}, load ${f.load}`,
      });
    }
  } else
    out.push({
      what: 'lists, totalCount, case page, report, sweep',
      api: 'not run',
      raw: '',
      ratio: '',
      statements: '',
      goal: '',
      when: '',
    });
  const recap = read<SpmRecapBench>('spm-recap');
  if (recap) {
    for (const [shape, r] of Object.entries(recap.data.results)) {
      out.push({
        what: `spmRecap ${shape} @ ${recap.data.cases.toLocaleString('en')} (p50/p95 ms)`,
        api: `${r.p50}/${r.p95}`,
        raw: '',
        ratio: '',
        statements: r.statements === undefined ? '' : String(r.statements),
        goal: shape === 'kabupaten, year' ? 'p95 ≤ 500 ms (issue 15)' : '',
        when: recap.when,
      });
    }
  } else
    out.push({
      what: 'spmRecap, kabupaten year',
      api: 'not run',
      raw: '',
      ratio: '',
      statements: '',
      goal: 'p95 ≤ 500 ms',
      when: '',
    });
  return out;
}

export function printSummary(): void {
  const table = rows();
  const head: Row = {
    what: 'figure',
    api: 'API',
    raw: 'raw',
    ratio: 'ratio',
    statements: 'statements',
    goal: 'goal',
    when: 'measured (UTC)',
  };
  const keys = Object.keys(head) as Array<keyof Row>;
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...table].map((r) => r[k].length))]),
  ) as Record<keyof Row, number>;
  console.log('\n== summary (issues 15 and 18): each figure against its raw baseline');
  for (const r of [head, ...table]) console.log(keys.map((k) => r[k].padEnd(width[k])).join('  '));
}
