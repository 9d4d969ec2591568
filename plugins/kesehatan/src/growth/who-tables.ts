import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sex } from './types.js';

/** One row of a WHO LMS table: Box-Cox power, median, coefficient of variation. */
export interface LmsRow {
  l: number;
  m: number;
  s: number;
}

/** A table keyed by age in whole days, 0–1826, one array per sex (index = day). */
export type AgeTable = Readonly<Record<Sex, readonly LmsRow[]>>;

/** A table keyed by length/height in 0.1 cm steps from `start` to `end` (index = (cm − start) × 10). */
export interface LengthTable {
  start: number;
  end: number;
  rows: Readonly<Record<Sex, readonly LmsRow[]>>;
}

/** The WHO 2006 Child Growth Standards tables the z-scores need, parsed once. */
export interface WhoGrowthTables {
  weightForAge: AgeTable;
  lengthForAge: AgeTable;
  bmiForAge: AgeTable;
  headCircumferenceForAge: AgeTable;
  /** wflanthro.txt, 45.0–110.0 cm, used below 731 days. */
  weightForLength: LengthTable;
  /** wfhanthro.txt, 65.0–120.0 cm, used from 731 days. */
  weightForHeight: LengthTable;
}

const DATA_SUBDIR = path.join('shared', 'data', 'who-growth');
const PROBE_FILE = 'weianthro.txt';

/**
 * Finds `shared/data/who-growth/`. The data lives outside the repository
 * (`/work/main` beside `/work/shared`, the same layout in CI), so we walk up
 * from this file and take the first ancestor that holds `shared/data/who-growth`
 * — no fixed number of `..`, which would break when the file moves or runs from
 * a build folder. `WHO_GROWTH_DIR` overrides it for deployments that put the
 * tables elsewhere.
 */
export function locateWhoGrowthDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.WHO_GROWTH_DIR;
  if (override) {
    const dir = path.resolve(override);
    if (!existsSync(path.join(dir, PROBE_FILE))) {
      throw new Error(`WHO_GROWTH_DIR=${override} does not contain ${PROBE_FILE}`);
    }
    return dir;
  }
  const tried: string[] = [];
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, DATA_SUBDIR);
    tried.push(candidate);
    if (existsSync(path.join(candidate, PROBE_FILE))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `WHO growth tables not found (looked for ${PROBE_FILE} in: ${tried.join(', ')}). ` +
      'Put the repository beside ../shared or set WHO_GROWTH_DIR.',
  );
}

interface RawRow {
  sex: Sex;
  key: number;
  lms: LmsRow;
}

function parseFile(dir: string, file: string, keyColumn: string): RawRow[] {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}" in header ${header.join(',')}`);
    return i;
  };
  const [iSex, iKey, iL, iM, iS] = [col('sex'), col(keyColumn), col('l'), col('m'), col('s')];
  return lines.map((line, n) => {
    const cells = line.split('\t');
    const num = (i: number): number => {
      const v = Number(cells[i]);
      if (cells[i] === undefined || cells[i]!.trim() === '' || !Number.isFinite(v)) {
        throw new Error(`${file}: line ${n + 2}: column ${header[i]} is not a number`);
      }
      return v;
    };
    const sexCode = num(iSex);
    if (sexCode !== 1 && sexCode !== 2) throw new Error(`${file}: line ${n + 2}: sex must be 1 or 2`);
    const lms = { l: num(iL), m: num(iM), s: num(iS) };
    if (lms.m <= 0 || lms.s <= 0) throw new Error(`${file}: line ${n + 2}: M and S must be positive`);
    return { sex: sexCode === 1 ? 'male' : 'female', key: num(iKey), lms };
  });
}

function ageTable(dir: string, file: string): AgeTable {
  const rows = parseFile(dir, file, 'age');
  const build = (sex: Sex): LmsRow[] => {
    const out: LmsRow[] = [];
    for (const r of rows) if (r.sex === sex) out[r.key] = r.lms;
    for (let day = 0; day <= 1826; day++) {
      if (!out[day]) throw new Error(`${file}: no row for ${sex} aged ${day} days`);
    }
    return out;
  };
  return { male: build('male'), female: build('female') };
}

function lengthTable(dir: string, file: string, keyColumn: string, start: number, end: number): LengthTable {
  const rows = parseFile(dir, file, keyColumn);
  const count = Math.round((end - start) * 10) + 1;
  const build = (sex: Sex): LmsRow[] => {
    const out: LmsRow[] = [];
    for (const r of rows) if (r.sex === sex) out[Math.round((r.key - start) * 10)] = r.lms;
    for (let i = 0; i < count; i++) {
      if (!out[i]) throw new Error(`${file}: no row for ${sex} at ${(start + i / 10).toFixed(1)} cm`);
    }
    return out;
  };
  return { start, end, rows: { male: build('male'), female: build('female') } };
}

/** Reads and checks the six tables from `dir` (every row present, every number finite). */
export function loadWhoGrowthTables(dir: string = locateWhoGrowthDir()): WhoGrowthTables {
  return {
    weightForAge: ageTable(dir, 'weianthro.txt'),
    lengthForAge: ageTable(dir, 'lenanthro.txt'),
    bmiForAge: ageTable(dir, 'bmianthro.txt'),
    headCircumferenceForAge: ageTable(dir, 'hcanthro.txt'),
    weightForLength: lengthTable(dir, 'wflanthro.txt', 'length', 45, 110),
    weightForHeight: lengthTable(dir, 'wfhanthro.txt', 'height', 65, 120),
  };
}

let cached: WhoGrowthTables | undefined;

/** The tables from the default location, read on first use and kept for the life of the process. */
export function whoGrowthTables(): WhoGrowthTables {
  cached ??= loadWhoGrowthTables();
  return cached;
}
