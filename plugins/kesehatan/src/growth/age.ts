import { GrowthInputError } from './growth-error.js';

/** WHO's average month: 365.25 / 12 days. */
export const DAYS_PER_MONTH = 30.4375;

/** WHO computes z-scores only below 60 months of (unrounded) age. */
export const MAX_AGE_MONTHS = 60;

/** Rounds half up, as WHO Anthro's `round_up` does for ages (0.5 → 1). */
export const roundHalfUp = (x: number): number => Math.floor(x + 0.5);

/**
 * Age in days from age in months, as WHO Anthro converts it:
 * months × 30.4375, rounded half up.
 *
 * @example ageInDaysFromMonths(24) // 731 (730.5 rounds up: from here on the height tables apply)
 */
export function ageInDaysFromMonths(months: number): number {
  if (typeof months !== 'number' || !Number.isFinite(months) || months < 0) throw ageError(months);
  return roundHalfUp(months * DAYS_PER_MONTH);
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (`YYYY-MM-DD`, or a `Date` by its local date). */
export function calendarDay(value: string | Date, field: string): number {
  let time: number;
  if (value instanceof Date) {
    time = Date.UTC(value.getFullYear(), value.getMonth(), value.getDate());
  } else {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
    time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  }
  if (!Number.isFinite(time)) {
    throw new GrowthInputError('INVALID_DATE', field, {
      id: `Tanggal tidak valid: ${String(value)} (format YYYY-MM-DD).`,
      en: `Invalid date: ${String(value)} (format YYYY-MM-DD).`,
    });
  }
  return Math.round(time / DAY_MS);
}

/**
 * Completed days between the date of birth and the date of measurement, by
 * calendar date (a `Date` is read in local time, a string as `YYYY-MM-DD`), so
 * time zones and daylight saving never shift a day.
 *
 * @example ageInDaysBetween('2024-01-15', '2025-01-15') // 366
 */
export function ageInDaysBetween(birthDate: string | Date, measuredOn: string | Date): number {
  const days = calendarDay(measuredOn, 'measuredOn') - calendarDay(birthDate, 'birthDate');
  if (days < 0) {
    throw new GrowthInputError('AGE_OUT_OF_RANGE', 'birthDate', {
      id: 'Tanggal lahir sesudah tanggal pengukuran.',
      en: 'The date of birth is after the date of measurement.',
    });
  }
  return days;
}

function ageError(value: unknown): GrowthInputError {
  return new GrowthInputError('AGE_OUT_OF_RANGE', 'ageInDays', {
    id: `Umur tidak valid: ${String(value)}. Z-skor WHO hanya untuk anak umur 0 sampai di bawah 60 bulan.`,
    en: `Invalid age: ${String(value)}. WHO z-scores are only for children aged 0 to under 60 months.`,
  });
}

/** The table key and the unrounded age in months, or an error outside 0 ≤ age < 60 months. */
export function checkAge(ageInDays: number): { day: number; months: number } {
  if (typeof ageInDays !== 'number' || !Number.isFinite(ageInDays) || ageInDays < 0) throw ageError(ageInDays);
  const months = ageInDays / DAYS_PER_MONTH;
  if (months >= MAX_AGE_MONTHS) throw ageError(ageInDays);
  // months < 60 means ageInDays < 1826.25, so the rounded key is at most 1826, the last table row.
  return { day: roundHalfUp(ageInDays), months };
}
