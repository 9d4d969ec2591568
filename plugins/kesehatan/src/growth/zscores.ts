import { checkAge } from './age.js';
import {
  bmiForAgeCategory,
  headCircumferenceCategory,
  lengthHeightForAgeCategory,
  weightForAgeCategory,
  weightForLengthHeightCategory,
  type BmiForAgeCategory,
  type HeadCircumferenceCategory,
  type LengthHeightForAgeCategory,
  type WeightForAgeCategory,
  type WeightForLengthHeightCategory,
} from './categories.js';
import { GrowthInputError } from './growth-error.js';
import { interpolateLms, lmsZScore, restrictedLmsZScore, round2 } from './lms.js';
import { adjustLengthForPosition, checkMeasurement, checkSex } from './measurements.js';
import type { MeasuredPosition, Sex, ZScoreResult } from './types.js';
import { whoGrowthTables, type LmsRow, type WhoGrowthTables } from './who-tables.js';

interface Child {
  sex: Sex;
  /** Age in days on the day of measurement (from `ageInDaysBetween`); fractional days round half up, as WHO does. */
  ageInDays: number;
}

export interface WeightForAgeInput extends Child {
  weightKg: number;
  /** Bilateral pitting oedema: WHO computes no weight-based z-score (the child is severely malnourished). */
  oedema?: boolean;
}

export interface LengthHeightInput extends Child {
  lengthCm: number;
  position: MeasuredPosition;
}

export interface WeightForLengthHeightInput extends LengthHeightInput {
  weightKg: number;
  oedema?: boolean;
}

export type BmiForAgeInput = WeightForLengthHeightInput;

export interface HeadCircumferenceInput extends Child {
  headCircumferenceCm: number;
}

function checkNoOedema(oedema: boolean | undefined): void {
  if (oedema) {
    throw new GrowthInputError('OEDEMA', 'oedema', {
      id: 'Anak dengan edema bilateral tidak dihitung z-skor berbasis berat badan; tergolong gizi buruk, segera rujuk.',
      en: 'No weight-based z-score for a child with bilateral oedema; it counts as severe acute malnutrition: refer now.',
    });
  }
}

/** WHO Anthro's flags of z-scores more likely to be errors than real children. */
const implausible = {
  weightForAge: (z: number) => z < -6 || z > 5,
  lengthHeightForAge: (z: number) => Math.abs(z) > 6,
  other: (z: number) => Math.abs(z) > 5,
};

/**
 * Weight-for-age (BB/U), restricted LMS method beyond ±3 SD.
 *
 * @example weightForAge({ sex: 'female', ageInDays: 1522, weightKg: 17 }).zScore // 0.24
 */
export function weightForAge(
  input: WeightForAgeInput,
  tables: WhoGrowthTables = whoGrowthTables(),
): ZScoreResult<WeightForAgeCategory> {
  const sex = checkSex(input.sex);
  const { day } = checkAge(input.ageInDays);
  const weight = checkMeasurement('weightKg', input.weightKg);
  checkNoOedema(input.oedema);
  const zScore = round2(restrictedLmsZScore(weight, tables.weightForAge[sex][day]!));
  return {
    indicator: 'weightForAge',
    zScore,
    category: weightForAgeCategory(zScore),
    implausible: implausible.weightForAge(zScore),
  };
}

/**
 * Length/height-for-age (PB/U, TB/U), plain LMS formula (L = 1 in these
 * tables: the distribution is normal, no restriction needed).
 *
 * @example lengthHeightForAge({ sex: 'male', ageInDays: 987, lengthCm: 72.86, position: 'lying' }).zScore // -6.09
 */
export function lengthHeightForAge(
  input: LengthHeightInput,
  tables: WhoGrowthTables = whoGrowthTables(),
): ZScoreResult<LengthHeightForAgeCategory> {
  const sex = checkSex(input.sex);
  const age = checkAge(input.ageInDays);
  const adjustedLengthCm = adjustLengthForPosition(input.lengthCm, input.position, age);
  const zScore = round2(lmsZScore(adjustedLengthCm, tables.lengthForAge[sex][age.day]!));
  return {
    indicator: 'lengthHeightForAge',
    zScore,
    category: lengthHeightForAgeCategory(zScore),
    implausible: implausible.lengthHeightForAge(zScore),
    adjustedLengthCm,
  };
}

/**
 * The LMS row for a length/height: the weight-for-length table (45–110 cm)
 * below 731 days, weight-for-height (65–120 cm) from 731 days, the table chosen
 * by age as WHO Anthro does; between two 0.1 cm rows L, M and S are
 * interpolated linearly.
 */
function weightForLengthHeightRow(
  tables: WhoGrowthTables,
  sex: Sex,
  day: number,
  lengthCm: number,
): { row: LmsRow; table: 'weightForLength' | 'weightForHeight' } {
  const tableName = day < 731 ? 'weightForLength' : 'weightForHeight';
  const { start, end, rows } = tables[tableName];
  if (lengthCm < start || lengthCm > end) {
    const what =
      tableName === 'weightForLength'
        ? { id: 'BB/PB (panjang badan, di bawah 24 bulan)', en: 'weight-for-length (under 24 months)' }
        : { id: 'BB/TB (tinggi badan, 24 bulan ke atas)', en: 'weight-for-height (24 months and over)' };
    throw new GrowthInputError('LENGTH_OUT_OF_TABLE', 'lengthCm', {
      id: `Panjang/tinggi ${lengthCm} cm (setelah koreksi posisi) di luar tabel ${what.id}: ${start}–${end} cm.`,
      en: `Length/height ${lengthCm} cm (after the position correction) is outside the ${what.en} table: ${start}–${end} cm.`,
    });
  }
  const position = Math.round((lengthCm - start) * 10 * 1e6) / 1e6;
  const index = Math.floor(position);
  const fraction = position - index;
  const lower = rows[sex][index]!;
  const row = fraction > 0 ? interpolateLms(lower, rows[sex][index + 1]!, fraction) : lower;
  return { row, table: tableName };
}

/** Weight-for-length/height (BB/PB, BB/TB), restricted LMS method beyond ±3 SD. */
export function weightForLengthHeight(
  input: WeightForLengthHeightInput,
  tables: WhoGrowthTables = whoGrowthTables(),
): ZScoreResult<WeightForLengthHeightCategory> {
  const sex = checkSex(input.sex);
  const age = checkAge(input.ageInDays);
  const weight = checkMeasurement('weightKg', input.weightKg);
  const adjustedLengthCm = adjustLengthForPosition(input.lengthCm, input.position, age);
  checkNoOedema(input.oedema);
  const { row, table } = weightForLengthHeightRow(tables, sex, age.day, adjustedLengthCm);
  const zScore = round2(restrictedLmsZScore(weight, row));
  return {
    indicator: 'weightForLengthHeight',
    zScore,
    category: weightForLengthHeightCategory(zScore),
    implausible: implausible.other(zScore),
    adjustedLengthCm,
    table,
  };
}

/** BMI-for-age (IMT/U), BMI from the position-adjusted length/height, restricted LMS method beyond ±3 SD. */
export function bmiForAge(
  input: BmiForAgeInput,
  tables: WhoGrowthTables = whoGrowthTables(),
): ZScoreResult<BmiForAgeCategory> {
  const sex = checkSex(input.sex);
  const age = checkAge(input.ageInDays);
  const weight = checkMeasurement('weightKg', input.weightKg);
  const adjustedLengthCm = adjustLengthForPosition(input.lengthCm, input.position, age);
  checkNoOedema(input.oedema);
  const bmi = weight / (adjustedLengthCm / 100) ** 2;
  const zScore = round2(restrictedLmsZScore(bmi, tables.bmiForAge[sex][age.day]!));
  return {
    indicator: 'bmiForAge',
    zScore,
    category: bmiForAgeCategory(zScore),
    implausible: implausible.other(zScore),
    adjustedLengthCm,
    bmi: round2(bmi),
  };
}

/** Head circumference-for-age (LK/U), plain LMS formula. */
export function headCircumferenceForAge(
  input: HeadCircumferenceInput,
  tables: WhoGrowthTables = whoGrowthTables(),
): ZScoreResult<HeadCircumferenceCategory> {
  const sex = checkSex(input.sex);
  const { day } = checkAge(input.ageInDays);
  const head = checkMeasurement('headCircumferenceCm', input.headCircumferenceCm);
  const zScore = round2(lmsZScore(head, tables.headCircumferenceForAge[sex][day]!));
  return {
    indicator: 'headCircumferenceForAge',
    zScore,
    category: headCircumferenceCategory(zScore),
    implausible: implausible.other(zScore),
  };
}
