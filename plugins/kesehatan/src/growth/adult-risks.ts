import type { LocalizedText } from '@posyandu-spm/core';
import { GrowthInputError } from './growth-error.js';

function checkNumber(
  field: string,
  value: unknown,
  min: number,
  max: number,
  name: LocalizedText,
  unit: string,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new GrowthInputError('INVALID_MEASUREMENT', field, {
      id: `${name.id} harus berupa angka lebih dari 0 ${unit} (diisi: ${String(value)}).`,
      en: `${name.en} must be a number greater than 0 ${unit} (got: ${String(value)}).`,
    });
  }
  if (value < min || value > max) {
    throw new GrowthInputError('IMPLAUSIBLE_MEASUREMENT', field, {
      id: `${name.id} ${value} ${unit} di luar rentang wajar (${min}–${max} ${unit}); ukur ulang.`,
      en: `${name.en} ${value} ${unit} is outside the plausible range (${min}–${max} ${unit}); measure again.`,
    });
  }
  return value;
}

/**
 * Chronic energy deficiency (KEK, Kurang Energi Kronis) cut-off for women of
 * reproductive age and pregnant women: mid-upper-arm circumference (LiLA)
 * below 23.5 cm (Kemenkes: Buku KIA and the antenatal care guideline, Pedoman
 * Pelayanan Antenatal Terpadu; 23.5 cm itself is not KEK).
 */
export const KEK_LILA_CUTOFF_CM = 23.5;

export interface PregnantLilaAssessment {
  lilaCm: number;
  chronicEnergyDeficiency: boolean;
  label: LocalizedText;
}

/** @example assessPregnantLila(23.4).chronicEnergyDeficiency // true */
export function assessPregnantLila(lilaCm: number): PregnantLilaAssessment {
  const lila = checkNumber('lilaCm', lilaCm, 10, 60, { id: 'LiLA', en: 'Mid-upper-arm circumference' }, 'cm');
  const kek = lila < KEK_LILA_CUTOFF_CM;
  return {
    lilaCm: lila,
    chronicEnergyDeficiency: kek,
    label: kek
      ? { id: 'Kurang Energi Kronis (KEK): LiLA < 23,5 cm', en: 'Chronic energy deficiency: MUAC < 23.5 cm' }
      : { id: 'LiLA normal (≥ 23,5 cm)', en: 'MUAC normal (≥ 23.5 cm)' },
  };
}

/**
 * High blood pressure: systolic ≥ 140 mmHg or diastolic ≥ 90 mmHg, the
 * hypertension threshold of the Kemenkes national guideline (PNPK Tata
 * Laksana Hipertensi Dewasa, KMK HK.01.07/MENKES/4634/2021) and of the SPM
 * indicator for people with hypertension (Permenkes 4/2019); grade 2 from
 * 160 / 100 mmHg (ISH 2020 grades, which the PNPK follows). The same threshold
 * applies to the elderly (lansia, 60 years and over); a single reading at the
 * Posyandu is a screening result to refer, not a diagnosis.
 */
export const HIGH_BLOOD_PRESSURE = { systolic: 140, diastolic: 90 } as const;
export const GRADE_2_BLOOD_PRESSURE = { systolic: 160, diastolic: 100 } as const;

export type BloodPressureCategory = 'NOT_HIGH' | 'HIGH_GRADE_1' | 'HIGH_GRADE_2';

export interface BloodPressureAssessment {
  systolic: number;
  diastolic: number;
  category: BloodPressureCategory;
  high: boolean;
  label: LocalizedText;
}

const BP_LABELS: Record<BloodPressureCategory, LocalizedText> = {
  NOT_HIGH: { id: 'Tekanan darah tidak tinggi (< 140/90 mmHg)', en: 'Blood pressure not high (< 140/90 mmHg)' },
  HIGH_GRADE_1: {
    id: 'Tekanan darah tinggi derajat 1 (≥ 140/90 mmHg): rujuk',
    en: 'High blood pressure, grade 1 (≥ 140/90 mmHg): refer',
  },
  HIGH_GRADE_2: {
    id: 'Tekanan darah tinggi derajat 2 (≥ 160/100 mmHg): rujuk segera',
    en: 'High blood pressure, grade 2 (≥ 160/100 mmHg): refer promptly',
  },
};

/** @example assessBloodPressure({ systolic: 150, diastolic: 85 }).high // true */
export function assessBloodPressure(reading: { systolic: number; diastolic: number }): BloodPressureAssessment {
  const systolic = checkNumber(
    'systolic',
    reading?.systolic,
    50,
    300,
    { id: 'Tekanan sistolik', en: 'Systolic pressure' },
    'mmHg',
  );
  const diastolic = checkNumber(
    'diastolic',
    reading?.diastolic,
    20,
    200,
    { id: 'Tekanan diastolik', en: 'Diastolic pressure' },
    'mmHg',
  );
  if (diastolic >= systolic) {
    throw new GrowthInputError('INVALID_MEASUREMENT', 'diastolic', {
      id: 'Tekanan diastolik harus lebih rendah dari sistolik; periksa urutan angkanya.',
      en: 'The diastolic pressure must be lower than the systolic; check the order of the numbers.',
    });
  }
  const category: BloodPressureCategory =
    systolic >= GRADE_2_BLOOD_PRESSURE.systolic || diastolic >= GRADE_2_BLOOD_PRESSURE.diastolic
      ? 'HIGH_GRADE_2'
      : systolic >= HIGH_BLOOD_PRESSURE.systolic || diastolic >= HIGH_BLOOD_PRESSURE.diastolic
        ? 'HIGH_GRADE_1'
        : 'NOT_HIGH';
  return { systolic, diastolic, category, high: category !== 'NOT_HIGH', label: BP_LABELS[category] };
}
