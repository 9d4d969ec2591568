import { readFileSync } from 'node:fs';
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

/**
 * The WHO tables ship in this package (`data/who-growth/`, with their licence and source
 * note) and are found relative to this module, so the plugin works wherever it is installed
 * and never reads outside its package. The server checks them at start-up (WHO_GROWTH_ASSETS,
 * declared by the server extension).
 */
export const WHO_GROWTH_DIR = fileURLToPath(new URL('../../data/who-growth/', import.meta.url));

/** The six files the z-scores need, with what each is (for the start-up message if one is missing). */
export const WHO_GROWTH_FILES = {
  'weianthro.txt': 'WHO 2006 weight-for-age LMS table',
  'lenanthro.txt': 'WHO 2006 length/height-for-age LMS table',
  'bmianthro.txt': 'WHO 2006 BMI-for-age LMS table',
  'hcanthro.txt': 'WHO 2006 head circumference-for-age LMS table',
  'wflanthro.txt': 'WHO 2006 weight-for-length LMS table',
  'wfhanthro.txt': 'WHO 2006 weight-for-height LMS table',
} as const;

/** The tables as files the server checks before it serves. */
export const WHO_GROWTH_ASSETS: ReadonlyArray<{ file: string; description: string }> = Object.entries(
  WHO_GROWTH_FILES,
).map(([file, description]) => ({ file: path.join(WHO_GROWTH_DIR, file), description }));

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
export function loadWhoGrowthTables(dir: string = WHO_GROWTH_DIR): WhoGrowthTables {
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

/** The tables shipped in this package, read on first use and kept for the life of the process. */
export function whoGrowthTables(): WhoGrowthTables {
  cached ??= loadWhoGrowthTables();
  return cached;
}
