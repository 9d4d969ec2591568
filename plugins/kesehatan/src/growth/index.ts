/**
 * Child growth by the WHO 2006 Child Growth Standards with the categories of
 * Permenkes 2/2020, plus the other early-risk checks of open-day table 2
 * (2T weighings, KEK by LiLA, high blood pressure). Pure functions: the only
 * I/O is reading the WHO tables once, on first use. See README.md.
 */
export type { GrowthCategory, GrowthIndicator, MeasuredPosition, Sex, ZScoreResult } from './types.js';
export { GrowthInputError, isGrowthInputError, type GrowthErrorReason } from './growth-error.js';
export { ageInDaysBetween, ageInDaysFromMonths, DAYS_PER_MONTH, MAX_AGE_MONTHS } from './age.js';
export {
  bmiForAge,
  headCircumferenceForAge,
  lengthHeightForAge,
  weightForAge,
  weightForLengthHeight,
  type BmiForAgeInput,
  type HeadCircumferenceInput,
  type LengthHeightInput,
  type WeightForAgeInput,
  type WeightForLengthHeightInput,
} from './zscores.js';
export {
  assessChildGrowth,
  type ChildGrowthAssessment,
  type ChildMeasurement,
  type GrowthRisk,
  type UnavailableIndicator,
} from './assess.js';
export {
  bmiForAgeCategory,
  headCircumferenceCategory,
  isStunted,
  lengthHeightForAgeCategory,
  weightForAgeCategory,
  weightForLengthHeightCategory,
  HEAD_CIRCUMFERENCE_CATEGORIES,
  LENGTH_HEIGHT_FOR_AGE_CATEGORIES,
  WEIGHT_FOR_AGE_CATEGORIES,
  WEIGHT_FOR_LENGTH_HEIGHT_CATEGORIES,
  type BmiForAgeCategory,
  type HeadCircumferenceCategory,
  type LengthHeightForAgeCategory,
  type WeightForAgeCategory,
  type WeightForLengthHeightCategory,
} from './categories.js';
export {
  assessWeightGain,
  minimumMonthlyGainGrams,
  WEIGHING_STATUS_LABELS,
  type Weighing,
  type WeighingAssessment,
  type WeighingStatus,
  type WeightGainAssessment,
  type WeightGainOptions,
} from './weight-gain.js';
export {
  assessBloodPressure,
  assessPregnantLila,
  GRADE_2_BLOOD_PRESSURE,
  HIGH_BLOOD_PRESSURE,
  KEK_LILA_CUTOFF_CM,
  type BloodPressureAssessment,
  type BloodPressureCategory,
  type PregnantLilaAssessment,
} from './adult-risks.js';
export { lmsValueAt, lmsZScore, restrictedLmsZScore } from './lms.js';
export {
  loadWhoGrowthTables,
  WHO_GROWTH_ASSETS,
  WHO_GROWTH_DIR,
  WHO_GROWTH_FILES,
  whoGrowthTables,
  type LmsRow,
  type WhoGrowthTables,
} from './who-tables.js';
export {
  growthReference,
  GROWTH_CHARTS,
  INDICATOR_OF_CHART,
  type GrowthChart,
  type GrowthReference,
  type GrowthReferenceRow,
  type LengthMeasure,
} from './reference.js';
