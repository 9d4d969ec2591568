import type { LocalizedText } from '@posyandu-spm/core';

/** The child's sex, as the WHO tables split them. */
export type Sex = 'male' | 'female';

/** How length/height was measured: lying down (recumbent length) or standing (height). */
export type MeasuredPosition = 'lying' | 'standing';

/** The five indicators of the WHO 2006 standards that Permenkes 2/2020 uses for children 0–60 months. */
export type GrowthIndicator =
  'weightForAge' | 'lengthHeightForAge' | 'weightForLengthHeight' | 'bmiForAge' | 'headCircumferenceForAge';

/** A category of an indicator, with a stable code and its bilingual label. */
export interface GrowthCategory<C extends string = string> {
  code: C;
  label: LocalizedText;
  /** True when the category calls for follow-up (anything but normal). */
  atRisk: boolean;
}

/** One z-score, rounded to 2 decimals as WHO Anthro does, with its Permenkes category. */
export interface ZScoreResult<C extends string = string> {
  indicator: GrowthIndicator;
  /** Rounded to 2 decimals, only after the whole computation. */
  zScore: number;
  category: GrowthCategory<C>;
  /**
   * WHO Anthro's flag for a z-score so far out that it is more likely a
   * measuring or recording error: length/height-for-age |z| > 6,
   * weight-for-age z < −6 or > 5, the others |z| > 5. Re-measure before acting.
   */
  implausible: boolean;
  /** Length/height after the 0.7 cm position correction, when the indicator uses it. */
  adjustedLengthCm?: number;
  /** The BMI used (kg/m², from the adjusted length/height), for BMI-for-age. */
  bmi?: number;
  /** Which WHO table was read for weight-for-length/height. */
  table?: 'weightForLength' | 'weightForHeight';
}
