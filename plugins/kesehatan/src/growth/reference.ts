import { DAYS_PER_MONTH, roundHalfUp } from './age.js';
import { lmsValueAt } from './lms.js';
import type { GrowthIndicator, Sex } from './types.js';
import { whoGrowthTables, type LmsRow, type WhoGrowthTables } from './who-tables.js';

/**
 * The six WHO charts a child's card needs: the five indicators, with weight-for-length (lying,
 * under 24 months, 45–110 cm) and weight-for-height (standing, from 24 months, 65–120 cm) as two
 * charts because they are two tables.
 */
export const GROWTH_CHARTS = [
  'WEIGHT_FOR_AGE',
  'LENGTH_HEIGHT_FOR_AGE',
  'WEIGHT_FOR_LENGTH',
  'WEIGHT_FOR_HEIGHT',
  'BMI_FOR_AGE',
  'HEAD_CIRCUMFERENCE_FOR_AGE',
] as const;
export type GrowthChart = (typeof GROWTH_CHARTS)[number];

/** The indicator whose z-score a chart shows. */
export const INDICATOR_OF_CHART: Record<GrowthChart, GrowthIndicator> = {
  WEIGHT_FOR_AGE: 'weightForAge',
  LENGTH_HEIGHT_FOR_AGE: 'lengthHeightForAge',
  WEIGHT_FOR_LENGTH: 'weightForLengthHeight',
  WEIGHT_FOR_HEIGHT: 'weightForLengthHeight',
  BMI_FOR_AGE: 'bmiForAge',
  HEAD_CIRCUMFERENCE_FOR_AGE: 'headCircumferenceForAge',
};

/** Lying length below 731 days, standing height from 731 days (the tables' `loh` column). */
export type LengthMeasure = 'LENGTH' | 'HEIGHT';

/** One sample of the reference curves: the measurement at −3, −2, 0 (median), +2 and +3 SD. */
export interface GrowthReferenceRow {
  /** Age in months (days / 30.4375) or length/height in cm. */
  x: number;
  /** For the charts that change table at 24 months: which measure the row belongs to. */
  measure: LengthMeasure | null;
  sdNeg3: number;
  sdNeg2: number;
  median: number;
  sd2: number;
  sd3: number;
}

export interface GrowthReference {
  chart: GrowthChart;
  sex: Sex;
  xUnit: 'month' | 'cm';
  yUnit: 'kg' | 'cm' | 'kg/m2';
  rows: GrowthReferenceRow[];
}

/** WHO's expanded tables print 4 decimals; so do we (the chart needs no more, the wire no less). */
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function row(x: number, lms: LmsRow, measure: LengthMeasure | null): GrowthReferenceRow {
  return {
    x: round4(x),
    measure,
    sdNeg3: round4(lmsValueAt(-3, lms)),
    sdNeg2: round4(lmsValueAt(-2, lms)),
    median: round4(lms.m),
    sd2: round4(lmsValueAt(2, lms)),
    sd3: round4(lmsValueAt(3, lms)),
  };
}

/** The first day of the height tables: 24 months × 30.4375 = 730.5, rounded half up. */
const FIRST_HEIGHT_DAY = 731;

/**
 * Monthly samples 0–60 months (table day = months × 30.4375, rounded half up, as WHO Anthro keys
 * ages). Where the table switches from length to height at 24 months, day 730 is added as the last
 * LENGTH row, so a chart draws two pieces with the 0.7 cm step between them.
 */
function byAge(table: readonly LmsRow[], switchesAt24: boolean): GrowthReferenceRow[] {
  const rows: GrowthReferenceRow[] = [];
  for (let month = 0; month <= 60; month++) {
    const day = roundHalfUp(month * DAYS_PER_MONTH);
    if (switchesAt24 && day === FIRST_HEIGHT_DAY) {
      rows.push(row((FIRST_HEIGHT_DAY - 1) / DAYS_PER_MONTH, table[FIRST_HEIGHT_DAY - 1]!, 'LENGTH'));
    }
    const measure = switchesAt24 ? (day < FIRST_HEIGHT_DAY ? 'LENGTH' : 'HEIGHT') : null;
    rows.push(row(month, table[day]!, measure));
  }
  return rows;
}

/** Every whole centimetre of a weight-for-length/height table. */
function byLength(table: WhoGrowthTables['weightForLength'], sex: Sex, measure: LengthMeasure): GrowthReferenceRow[] {
  const rows: GrowthReferenceRow[] = [];
  for (let cm = table.start; cm <= table.end; cm++)
    rows.push(row(cm, table.rows[sex][(cm - table.start) * 10]!, measure));
  return rows;
}

/**
 * The WHO 2006 reference curves of one chart, computed from the LMS tables, so a client can draw
 * them without carrying the tables.
 *
 * @example growthReference('WEIGHT_FOR_AGE', 'male').rows[0].median // 3.3464 (kg at birth)
 */
export function growthReference(
  chart: GrowthChart,
  sex: Sex,
  tables: WhoGrowthTables = whoGrowthTables(),
): GrowthReference {
  switch (chart) {
    case 'WEIGHT_FOR_AGE':
      return { chart, sex, xUnit: 'month', yUnit: 'kg', rows: byAge(tables.weightForAge[sex], false) };
    case 'LENGTH_HEIGHT_FOR_AGE':
      return { chart, sex, xUnit: 'month', yUnit: 'cm', rows: byAge(tables.lengthForAge[sex], true) };
    case 'BMI_FOR_AGE':
      return { chart, sex, xUnit: 'month', yUnit: 'kg/m2', rows: byAge(tables.bmiForAge[sex], true) };
    case 'HEAD_CIRCUMFERENCE_FOR_AGE':
      return { chart, sex, xUnit: 'month', yUnit: 'cm', rows: byAge(tables.headCircumferenceForAge[sex], false) };
    case 'WEIGHT_FOR_LENGTH':
      return { chart, sex, xUnit: 'cm', yUnit: 'kg', rows: byLength(tables.weightForLength, sex, 'LENGTH') };
    case 'WEIGHT_FOR_HEIGHT':
      return { chart, sex, xUnit: 'cm', yUnit: 'kg', rows: byLength(tables.weightForHeight, sex, 'HEIGHT') };
  }
}
