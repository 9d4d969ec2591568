/**
 * `pnpm bench [name ...]`: runs the benchmarks of this folder one after the other,
 * each in its own process (each makes its own databases); all when no name is given.
 * Names: register-case, live-events, console-load, scale, spm-recap, case-export. Exits non-zero when any benchmark fails.
 * Ends with one table of every figure of issue 18 (summary.ts), from the JSON each benchmark wrote.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSummary } from './summary.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of asked.length ? asked : all) {
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}.bench.ts`], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
printSummary();
process.exit(failed ? 1 : 0);
