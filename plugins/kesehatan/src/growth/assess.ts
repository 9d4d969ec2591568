import type { LocalizedText } from '@posyandu-spm/core';
import { checkAge } from './age.js';
import type {
  BmiForAgeCategory,
  HeadCircumferenceCategory,
  LengthHeightForAgeCategory,
  WeightForAgeCategory,
  WeightForLengthHeightCategory,
} from './categories.js';
import { GrowthInputError, type GrowthErrorReason } from './growth-error.js';
import { checkSex } from './measurements.js';
import type { GrowthIndicator, MeasuredPosition, Sex, ZScoreResult } from './types.js';
import { whoGrowthTables, type WhoGrowthTables } from './who-tables.js';
import {
  bmiForAge,
  headCircumferenceForAge,
  lengthHeightForAge,
  weightForAge,
  weightForLengthHeight,
} from './zscores.js';

/** What table 2 of the open day records for a child 0–60 months; every measurement is optional. */
export interface ChildMeasurement {
  sex: Sex;
  ageInDays: number;
  weightKg?: number;
  lengthCm?: number;
  /** Required with `lengthCm`. */
  position?: MeasuredPosition;
  headCircumferenceCm?: number;
  /** Bilateral pitting oedema. */
  oedema?: boolean;
}

/** An indicator that could not be scored for a reason that is not a typing mistake. */
export interface UnavailableIndicator {
  indicator: GrowthIndicator;
  reason: GrowthErrorReason;
  message: LocalizedText;
}

/** One finding that calls for follow-up (a category with `atRisk`, or oedema). */
export interface GrowthRisk {
  indicator: GrowthIndicator | 'oedema';
  code: string;
  label: LocalizedText;
}

export interface ChildGrowthAssessment {
  weightForAge?: ZScoreResult<WeightForAgeCategory>;
  lengthHeightForAge?: ZScoreResult<LengthHeightForAgeCategory>;
  weightForLengthHeight?: ZScoreResult<WeightForLengthHeightCategory>;
  bmiForAge?: ZScoreResult<BmiForAgeCategory>;
  headCircumferenceForAge?: ZScoreResult<HeadCircumferenceCategory>;
  unavailable: UnavailableIndicator[];
  risks: GrowthRisk[];
  /** Some z-score is flagged implausible by WHO's rules: re-measure before acting on it. */
  remeasure: boolean;
}

/*
 * Reasons that belong to the child, not to a typing mistake: the indicator is
 * left out and the others still count. Every other error (missing sex, age
 * past 60 months, a negative or garbled number, no position) is thrown, so the
 * form shows it and the kader fixes it.
 */
const SKIPPABLE: ReadonlySet<GrowthErrorReason> = new Set(['LENGTH_OUT_OF_TABLE', 'POSITION_IMPLAUSIBLE', 'OEDEMA']);

/**
 * Every z-score the measurements allow, with categories and the risks to
 * follow up.
 *
 * @example
 * const a = assessChildGrowth({ sex: 'male', ageInDays: 400, weightKg: 9.5, lengthCm: 76, position: 'lying' });
 * a.lengthHeightForAge?.category.code // 'NORMAL'
 */
export function assessChildGrowth(
  m: ChildMeasurement,
  tables: WhoGrowthTables = whoGrowthTables(),
): ChildGrowthAssessment {
  const sex = checkSex(m.sex);
  checkAge(m.ageInDays);
  const child = { sex, ageInDays: m.ageInDays };
  const out: ChildGrowthAssessment = { unavailable: [], risks: [], remeasure: false };
  const hasWeight = m.weightKg !== undefined;
  const hasLength = m.lengthCm !== undefined;

  const attempt = <R extends ZScoreResult>(indicator: GrowthIndicator, run: () => R): R | undefined => {
    try {
      return run();
    } catch (error) {
      if (error instanceof GrowthInputError && SKIPPABLE.has(error.reason)) {
        if (!out.unavailable.some((u) => u.indicator === indicator)) {
          out.unavailable.push({ indicator, reason: error.reason, message: error.messages });
        }
        return undefined;
      }
      throw error;
    }
  };
  const length = { lengthCm: m.lengthCm!, position: m.position! };

  if (hasWeight)
    out.weightForAge = attempt('weightForAge', () =>
      weightForAge({ ...child, weightKg: m.weightKg!, oedema: m.oedema }, tables),
    );
  if (hasLength)
    out.lengthHeightForAge = attempt('lengthHeightForAge', () => lengthHeightForAge({ ...child, ...length }, tables));
  if (hasWeight && hasLength) {
    const input = { ...child, ...length, weightKg: m.weightKg!, oedema: m.oedema };
    out.weightForLengthHeight = attempt('weightForLengthHeight', () => weightForLengthHeight(input, tables));
    out.bmiForAge = attempt('bmiForAge', () => bmiForAge(input, tables));
  }
  if (m.headCircumferenceCm !== undefined) {
    out.headCircumferenceForAge = attempt('headCircumferenceForAge', () =>
      headCircumferenceForAge({ ...child, headCircumferenceCm: m.headCircumferenceCm! }, tables),
    );
  }

  if (m.oedema) {
    out.risks.push({
      indicator: 'oedema',
      code: 'BILATERAL_OEDEMA',
      label: { id: 'Edema bilateral (gizi buruk)', en: 'Bilateral oedema (severe acute malnutrition)' },
    });
  }
  for (const result of [
    out.weightForAge,
    out.lengthHeightForAge,
    out.weightForLengthHeight,
    out.bmiForAge,
    out.headCircumferenceForAge,
  ]) {
    if (!result) continue;
    if (result.implausible) out.remeasure = true;
    // BMI-for-age shares its categories with weight-for-length/height ("Gizi kurang", "Gizi buruk" …):
    // under five, Permenkes 2/2020 judges nutrition by BB/PB or BB/TB, so IMT/U is scored and shown
    // but adds no second risk with the same text (and no second follow-up) when BB/PB-TB was scored.
    if (result === out.bmiForAge && out.weightForLengthHeight) continue;
    if (result.category.atRisk) {
      out.risks.push({ indicator: result.indicator, code: result.category.code, label: result.category.label });
    }
  }
  return out;
}
