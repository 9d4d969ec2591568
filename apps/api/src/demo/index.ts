/**
 * The demo cases of this distribution (README, "Demo"): about forty cases over the last six
 * weeks in Desa Gombang, in every installed sector and every state a user should see, played over
 * the public API by the demo users on the first start (SEED_DEMO_CASES, docs/operations.md).
 */
import { demoScriptOf } from './runner.js';
import type { DemoCase } from './scenario.js';
import { kesehatanCases } from './sectors/kesehatan.js';
import { pekerjaanUmumCases } from './sectors/pekerjaan-umum.js';
import { pendidikanCases } from './sectors/pendidikan.js';
import { perumahanRakyatCases } from './sectors/perumahan-rakyat.js';
import { sosialCases } from './sectors/sosial.js';
import { trantibumlinmasCases } from './sectors/trantibumlinmas.js';

export const DEMO_CASES: readonly DemoCase[] = [
  ...pendidikanCases,
  ...kesehatanCases,
  ...pekerjaanUmumCases,
  ...perumahanRakyatCases,
  ...sosialCases,
  ...trantibumlinmasCases,
];

/** Pass to `createServer({ demo: { script: demoScript } })`. */
export const demoScript = demoScriptOf(DEMO_CASES);
export { demoScriptOf } from './runner.js';
export type { DemoCase } from './scenario.js';
