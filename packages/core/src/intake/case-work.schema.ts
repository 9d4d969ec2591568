import * as z from 'zod/mini';
import { CLOCK_SKEW_MS, checkNotInFuture } from '../validation/dates.js';
import { accept, field, refuse, type Outcome } from './field.js';
import { requiredTextField, textField } from './text-fields.js';

const VISIT_TIME = { id: 'Waktu kunjungan', en: 'The visit time' };

/**
 * A home or field visit's report: who took part, what was found, and when — not in
 * the future and not before the case was registered (a phone's clock may run
 * 10 minutes off).
 */
export function visitSchema(at: { now: Date; registeredAt: Date }) {
  return z.object({
    participants: requiredTextField({ id: 'Peserta kunjungan', en: 'Participants' }, { max: 500 }),
    findings: requiredTextField({ id: 'Hasil kunjungan', en: 'Findings' }, { max: 4000, min: 10 }),
    visitedAt: field(VISIT_TIME, (raw): Outcome<Date> => {
      const when = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : new Date(Number.NaN);
      const wrong = checkNotInFuture(when, at.now, 'visitedAt', VISIT_TIME);
      if (wrong.length) return { ok: false, problems: wrong };
      if (when.getTime() < at.registeredAt.getTime() - CLOCK_SKEW_MS) {
        return refuse('Waktu kunjungan sebelum kasus didaftarkan.', 'The visit is before the case was registered.');
      }
      return accept(when);
    }),
  });
}

/** The reason an officer gives when a document needs correcting or is waived; optional when it is valid. */
export function reviewReasonField(required: boolean) {
  return textField({ id: 'Alasan', en: 'A reason' }, { required, max: 1000 });
}

export const REPORTER_ACCESS_MAX_HOURS = 72;

/** A request for time-limited access to a confidential reporter's identity: a real reason, 1 to 72 hours. */
export function reporterAccessSchema() {
  const hours = { id: 'Lama akses', en: 'Access duration' };
  return z.object({
    reason: requiredTextField({ id: 'Alasan', en: 'Reason' }, { min: 20, max: 500 }),
    hours: field(hours, (raw): Outcome<number> =>
      typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= REPORTER_ACCESS_MAX_HOURS
        ? accept(raw)
        : refuse(
            `Lama akses 1–${REPORTER_ACCESS_MAX_HOURS} jam.`,
            `The access lasts 1 to ${REPORTER_ACCESS_MAX_HOURS} hours.`,
          ),
    ),
  });
}
