import type { FieldProblem, LocalizedText } from '../errors/domain-error.js';

/** A phone's clock may run ahead of the server's by this much before "in the future" is an error. */
export const CLOCK_SKEW_MS = 10 * 60_000;

/** Problems with a moment that has to be in the past (a visit, a birth, an incident); none when it is. */
export function checkNotInFuture(at: Date, now: Date, field: string, label: LocalizedText): FieldProblem[] {
  if (Number.isNaN(at.getTime())) {
    return [{ field, message: { id: `${label.id} tidak valid.`, en: `${label.en} is not a valid date.` } }];
  }
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return [
      {
        field,
        message: {
          id: `${label.id} tidak boleh di masa depan.`,
          en: `${label.en} cannot be in the future.`,
        },
      },
    ];
  }
  return [];
}

/** A calendar date `YYYY-MM-DD` that exists (no 31 February), or null. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}
