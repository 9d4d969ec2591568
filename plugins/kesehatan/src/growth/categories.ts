import type { GrowthCategory, GrowthIndicator } from './types.js';

/*
 * Categories and cut-offs: Permenkes 2/2020 (Standar Antropometri Anak),
 * Lampiran, "Kategori dan Ambang Batas Status Gizi Anak", the table for
 * children 0–60 months. Its ranges read "−3 SD sd < −2 SD", "−2 SD sd +1 SD",
 * "> +1 SD sd +2 SD": a bound written with "<" or ">" is strict, a bare bound
 * belongs to the range. So −2.00 is normal, −3.00 is stunted (not severely),
 * +1.00 is normal, +2.00 is "berisiko gizi lebih", +3.00 is "gizi lebih".
 * The comparison uses the z-score rounded to 2 decimals, the value WHO Anthro
 * reports and a health worker reads off the card.
 */

export type WeightForAgeCategory = 'SEVERELY_UNDERWEIGHT' | 'UNDERWEIGHT' | 'NORMAL' | 'RISK_OF_OVERWEIGHT';
export type LengthHeightForAgeCategory = 'SEVERELY_STUNTED' | 'STUNTED' | 'NORMAL' | 'TALL';
export type WeightForLengthHeightCategory =
  'SEVERELY_WASTED' | 'WASTED' | 'NORMAL' | 'POSSIBLE_RISK_OF_OVERWEIGHT' | 'OVERWEIGHT' | 'OBESE';
/** BMI-for-age 0–60 months uses the weight-for-length/height categories (same table in the regulation). */
export type BmiForAgeCategory = WeightForLengthHeightCategory;
export type HeadCircumferenceCategory = 'MICROCEPHALY' | 'NORMAL' | 'MACROCEPHALY';

const cat = <C extends string>(code: C, id: string, en: string, atRisk: boolean): GrowthCategory<C> => ({
  code,
  label: { id, en },
  atRisk,
});

/** BB/U. "Risiko berat badan lebih" is a risk: the regulation asks to confirm it with BB/PB or IMT/U. */
export const WEIGHT_FOR_AGE_CATEGORIES = {
  SEVERELY_UNDERWEIGHT: cat('SEVERELY_UNDERWEIGHT', 'Berat badan sangat kurang', 'Severely underweight', true),
  UNDERWEIGHT: cat('UNDERWEIGHT', 'Berat badan kurang', 'Underweight', true),
  NORMAL: cat('NORMAL', 'Berat badan normal', 'Normal weight', false),
  RISK_OF_OVERWEIGHT: cat('RISK_OF_OVERWEIGHT', 'Risiko berat badan lebih', 'Risk of overweight', true),
} as const satisfies Record<WeightForAgeCategory, GrowthCategory<WeightForAgeCategory>>;

/**
 * PB/U or TB/U. "Tinggi" is not a nutrition risk: the regulation notes a very
 * tall child is rarely a problem unless an endocrine disorder is suspected, so
 * it is not flagged for follow-up here (a health worker decides).
 */
export const LENGTH_HEIGHT_FOR_AGE_CATEGORIES = {
  SEVERELY_STUNTED: cat('SEVERELY_STUNTED', 'Sangat pendek', 'Severely stunted', true),
  STUNTED: cat('STUNTED', 'Pendek', 'Stunted', true),
  NORMAL: cat('NORMAL', 'Normal', 'Normal', false),
  TALL: cat('TALL', 'Tinggi', 'Tall', false),
} as const satisfies Record<LengthHeightForAgeCategory, GrowthCategory<LengthHeightForAgeCategory>>;

/** BB/PB or BB/TB, and IMT/U for 0–60 months. */
export const WEIGHT_FOR_LENGTH_HEIGHT_CATEGORIES = {
  SEVERELY_WASTED: cat('SEVERELY_WASTED', 'Gizi buruk', 'Severely wasted', true),
  WASTED: cat('WASTED', 'Gizi kurang', 'Wasted', true),
  NORMAL: cat('NORMAL', 'Gizi baik', 'Normal', false),
  POSSIBLE_RISK_OF_OVERWEIGHT: cat(
    'POSSIBLE_RISK_OF_OVERWEIGHT',
    'Berisiko gizi lebih',
    'Possible risk of overweight',
    true,
  ),
  OVERWEIGHT: cat('OVERWEIGHT', 'Gizi lebih', 'Overweight', true),
  OBESE: cat('OBESE', 'Obesitas', 'Obese', true),
} as const satisfies Record<WeightForLengthHeightCategory, GrowthCategory<WeightForLengthHeightCategory>>;

/**
 * Head circumference-for-age is not in Permenkes 2/2020's category table. The
 * cut-offs are WHO's (head circumference below −2 SD is microcephaly, above
 * +2 SD macrocephaly), which the Kemenkes SDIDTK guideline (Pedoman
 * Stimulasi, Deteksi dan Intervensi Dini Tumbuh Kembang Anak) uses with the
 * WHO charts: outside ±2 SD is referred.
 */
export const HEAD_CIRCUMFERENCE_CATEGORIES = {
  MICROCEPHALY: cat('MICROCEPHALY', 'Mikrosefali (lingkar kepala kecil)', 'Microcephaly', true),
  NORMAL: cat('NORMAL', 'Normal', 'Normal', false),
  MACROCEPHALY: cat('MACROCEPHALY', 'Makrosefali (lingkar kepala besar)', 'Macrocephaly', true),
} as const satisfies Record<HeadCircumferenceCategory, GrowthCategory<HeadCircumferenceCategory>>;

export function weightForAgeCategory(z: number): GrowthCategory<WeightForAgeCategory> {
  const c = WEIGHT_FOR_AGE_CATEGORIES;
  if (z < -3) return c.SEVERELY_UNDERWEIGHT;
  if (z < -2) return c.UNDERWEIGHT;
  if (z <= 1) return c.NORMAL;
  return c.RISK_OF_OVERWEIGHT;
}

export function lengthHeightForAgeCategory(z: number): GrowthCategory<LengthHeightForAgeCategory> {
  const c = LENGTH_HEIGHT_FOR_AGE_CATEGORIES;
  if (z < -3) return c.SEVERELY_STUNTED;
  if (z < -2) return c.STUNTED;
  if (z <= 3) return c.NORMAL;
  return c.TALL;
}

export function weightForLengthHeightCategory(z: number): GrowthCategory<WeightForLengthHeightCategory> {
  const c = WEIGHT_FOR_LENGTH_HEIGHT_CATEGORIES;
  if (z < -3) return c.SEVERELY_WASTED;
  if (z < -2) return c.WASTED;
  if (z <= 1) return c.NORMAL;
  if (z <= 2) return c.POSSIBLE_RISK_OF_OVERWEIGHT;
  if (z <= 3) return c.OVERWEIGHT;
  return c.OBESE;
}

export const bmiForAgeCategory = weightForLengthHeightCategory;

export function headCircumferenceCategory(z: number): GrowthCategory<HeadCircumferenceCategory> {
  const c = HEAD_CIRCUMFERENCE_CATEGORIES;
  if (z < -2) return c.MICROCEPHALY;
  if (z <= 2) return c.NORMAL;
  return c.MACROCEPHALY;
}

/** The category function of each indicator. */
export const CATEGORY_OF: Record<GrowthIndicator, (z: number) => GrowthCategory> = {
  weightForAge: weightForAgeCategory,
  lengthHeightForAge: lengthHeightForAgeCategory,
  weightForLengthHeight: weightForLengthHeightCategory,
  bmiForAge: bmiForAgeCategory,
  headCircumferenceForAge: headCircumferenceCategory,
};

/** "Stunting" in the Indonesian programme: length/height-for-age below −2 SD (pendek + sangat pendek). */
export const isStunted = (lengthHeightForAgeZ: number): boolean => lengthHeightForAgeZ < -2;
