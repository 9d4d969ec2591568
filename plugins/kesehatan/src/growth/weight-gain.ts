import type { LocalizedText } from '@posyandu-spm/core';
import { calendarDay, DAYS_PER_MONTH } from './age.js';
import { GrowthInputError } from './growth-error.js';
import { checkMeasurement } from './measurements.js';

/**
 * Kenaikan Berat Badan Minimal (KBM), grams per month, by age in completed
 * months at the later weighing: Permenkes 155/Menkes/Per/I/2010 on the KMS
 * card, Lampiran, and the KBM row of the KMS page in the Buku KIA (2020–2023
 * editions): 1 mo 800, 2 mo 900, 3 mo 800, 4 mo 600, 5 mo 500, 6–7 mo 400,
 * 8–10 mo 300, from 11 mo 200.
 */
export const MINIMUM_MONTHLY_GAIN_GRAMS: readonly number[] = [
  800, 800, 900, 800, 600, 500, 400, 400, 300, 300, 300, 200,
];

export function minimumMonthlyGainGrams(ageInCompletedMonths: number): number {
  const i = Math.max(1, Math.floor(ageInCompletedMonths));
  return MINIMUM_MONTHLY_GAIN_GRAMS[Math.min(i, MINIMUM_MONTHLY_GAIN_GRAMS.length - 1)]!;
}

export interface Weighing {
  /** `YYYY-MM-DD` or a `Date` (read by its local calendar date). */
  date: string | Date;
  weightKg: number;
}

/**
 * The KMS letters: B (baru, first weighing), N (naik, gain at least the KBM),
 * T (tidak naik, flat, lost, or gained less than the KBM), O (the month before
 * had no weighing, so growth cannot be judged).
 */
export type WeighingStatus = 'B' | 'N' | 'T' | 'O';

export const WEIGHING_STATUS_LABELS: Record<WeighingStatus, LocalizedText> = {
  B: { id: 'Baru pertama kali ditimbang', en: 'First weighing' },
  N: { id: 'Naik', en: 'Gained weight' },
  T: { id: 'Tidak naik', en: 'Did not gain enough weight' },
  O: { id: 'Bulan lalu tidak ditimbang', en: 'Not weighed the month before' },
};

export interface WeighingAssessment {
  /** `YYYY-MM-DD`. */
  date: string;
  weightKg: number;
  ageInMonths: number;
  status: WeighingStatus;
  /** Gain since the previous month's weighing, grams (N and T only). */
  gainGrams?: number;
  /** The gain needed for N (N and T only). */
  requiredGainGrams?: number;
}

export interface WeightGainAssessment {
  /** One per calendar month, oldest first (the last weighing of a month counts). */
  weighings: WeighingAssessment[];
  /** "2T": the two latest statuses are T, i.e. three weighings in three consecutive months without enough gain. */
  notGainingTwiceInARow: boolean;
  label: LocalizedText;
}

export interface WeightGainOptions {
  /**
   * `kbm` (default, the KMS rule): T when the gain is below the KBM.
   * `anyGain`: T only when the weight did not go up at all.
   */
  rule?: 'kbm' | 'anyGain';
}

const iso = (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10);
const monthIndex = (isoDate: string): number => Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;

/**
 * Reads a child's monthly weighings as the KMS does and says whether the
 * weight failed to rise at two consecutive monthly weighings (2T), which the
 * Buku KIA says to refer to a health worker.
 *
 * @example
 * assessWeightGain('2025-01-10', [
 *   { date: '2025-06-12', weightKg: 7.0 },
 *   { date: '2025-07-10', weightKg: 7.1 },
 *   { date: '2025-08-14', weightKg: 7.1 },
 * ]).notGainingTwiceInARow // true
 */
export function assessWeightGain(
  birthDate: string | Date,
  weighings: readonly Weighing[],
  options: WeightGainOptions = {},
): WeightGainAssessment {
  if (!Array.isArray(weighings)) {
    throw new GrowthInputError('INVALID_SERIES', 'weighings', {
      id: 'Daftar penimbangan tidak valid.',
      en: 'The list of weighings is not valid.',
    });
  }
  const rule = options.rule ?? 'kbm';
  const born = calendarDay(birthDate, 'birthDate');
  const dated = weighings.map((w, i) => {
    const day = calendarDay(w.date, `weighings.${i}.date`);
    if (day < born) {
      throw new GrowthInputError('INVALID_SERIES', `weighings.${i}.date`, {
        id: `Tanggal penimbangan ${iso(day)} sebelum tanggal lahir.`,
        en: `Weighing date ${iso(day)} is before the date of birth.`,
      });
    }
    return { i, date: iso(day), ageDays: day - born, weightKg: checkMeasurement('weightKg', w.weightKg) };
  });
  dated.sort((a, b) => a.ageDays - b.ageDays || a.i - b.i);
  const perMonth = new Map<number, (typeof dated)[number]>();
  for (const d of dated) perMonth.set(monthIndex(d.date), d);
  const months = [...perMonth.entries()].sort((a, b) => a[0] - b[0]);

  const result: WeighingAssessment[] = months.map(([month, d], k) => {
    const ageInMonths = Math.floor(d.ageDays / DAYS_PER_MONTH);
    const base = { date: d.date, weightKg: d.weightKg, ageInMonths };
    if (k === 0) return { ...base, status: 'B' as const };
    const [prevMonth, prev] = months[k - 1]!;
    if (prevMonth !== month - 1) return { ...base, status: 'O' as const };
    const gainGrams = Math.round((d.weightKg - prev.weightKg) * 1000);
    const requiredGainGrams = rule === 'kbm' ? minimumMonthlyGainGrams(ageInMonths) : 1;
    const status = gainGrams >= requiredGainGrams ? ('N' as const) : ('T' as const);
    return { ...base, status, gainGrams, requiredGainGrams };
  });

  const last = result.slice(-2);
  const twoT = last.length === 2 && last.every((w) => w.status === 'T');
  return {
    weighings: result,
    notGainingTwiceInARow: twoT,
    label: twoT
      ? {
          id: 'Berat badan tidak naik 2 kali berturut-turut (2T): rujuk',
          en: 'Weight not gaining twice in a row (2T): refer',
        }
      : { id: 'Tidak 2T', en: 'Not 2T' },
  };
}
