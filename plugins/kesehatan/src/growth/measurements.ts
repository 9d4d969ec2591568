import { GrowthInputError } from './growth-error.js';
import type { MeasuredPosition, Sex } from './types.js';

/**
 * Wide bounds that only catch unit slips (grams typed as kg, millimetres as
 * cm) for a child under five; anything inside them is scored, and WHO's own
 * `implausible` flag then marks the unlikely values.
 */
export const PLAUSIBLE = {
  weightKg: { min: 0.3, max: 70 },
  lengthCm: { min: 30, max: 140 },
  headCircumferenceCm: { min: 20, max: 65 },
} as const;

const NAMES: Record<keyof typeof PLAUSIBLE, { id: string; en: string; unit: string }> = {
  weightKg: { id: 'Berat badan', en: 'Weight', unit: 'kg' },
  lengthCm: { id: 'Panjang/tinggi badan', en: 'Length/height', unit: 'cm' },
  headCircumferenceCm: { id: 'Lingkar kepala', en: 'Head circumference', unit: 'cm' },
};

export function checkSex(sex: unknown): Sex {
  if (sex === 'male' || sex === 'female') return sex;
  throw new GrowthInputError('MISSING_SEX', 'sex', {
    id: 'Jenis kelamin anak wajib diisi (laki-laki atau perempuan).',
    en: 'The child’s sex is required (male or female).',
  });
}

/** A finite, positive measurement inside the plausible bounds. */
export function checkMeasurement(field: keyof typeof PLAUSIBLE, value: unknown): number {
  const name = NAMES[field];
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new GrowthInputError('INVALID_MEASUREMENT', field, {
      id: `${name.id} harus berupa angka lebih dari 0 ${name.unit} (diisi: ${String(value)}).`,
      en: `${name.en} must be a number greater than 0 ${name.unit} (got: ${String(value)}).`,
    });
  }
  const { min, max } = PLAUSIBLE[field];
  if (value < min || value > max) {
    throw new GrowthInputError('IMPLAUSIBLE_MEASUREMENT', field, {
      id: `${name.id} ${value} ${name.unit} di luar rentang wajar balita (${min}–${max} ${name.unit}); periksa satuannya.`,
      en: `${name.en} ${value} ${name.unit} is outside the plausible range for a child under five (${min}–${max} ${name.unit}); check the unit.`,
    });
  }
  return value;
}

/**
 * The length/height the tables expect at this age. WHO's tables are length
 * (lying) below 731 days and height (standing) from 731 days, and standing
 * height is on average 0.7 cm less than lying length: standing before 731 days
 * gets +0.7 cm, lying from 731 days gets −0.7 cm (WHO Anthro, `adjust_lenhei`).
 * A child under 9 months cannot be measured standing; WHO Anthro discards that
 * position as implausible, and we ask for a lying measurement instead.
 */
export function adjustLengthForPosition(
  lengthCm: unknown,
  position: unknown,
  age: { day: number; months: number },
): number {
  const length = checkMeasurement('lengthCm', lengthCm);
  if (position !== 'lying' && position !== 'standing') {
    throw new GrowthInputError('MISSING_POSITION', 'position', {
      id: 'Posisi pengukuran wajib diisi: berbaring (panjang badan) atau berdiri (tinggi badan).',
      en: 'The measuring position is required: lying (length) or standing (height).',
    });
  }
  const measured: MeasuredPosition = position;
  if (measured === 'standing' && age.months < 9) {
    throw new GrowthInputError('POSITION_IMPLAUSIBLE', 'position', {
      id: 'Anak di bawah 9 bulan harus diukur berbaring (panjang badan), bukan berdiri.',
      en: 'A child under 9 months must be measured lying down (length), not standing.',
    });
  }
  let adjusted = length;
  if (age.day < 731 && measured === 'standing') adjusted = length + 0.7;
  if (age.day >= 731 && measured === 'lying') adjusted = length - 0.7;
  // Drop binary noise (72.86 − 0.7 = 72.16000000000001) so table lookups by 0.1 cm land on the right row.
  return Math.round(adjusted * 1e9) / 1e9;
}
