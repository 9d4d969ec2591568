import * as z from 'zod/mini';
import type { HolidayKind } from '../calendar/working-calendar.js';
import { isAreaCode } from '../identity/area-code.js';
import { parseIsoDate } from '../validation/dates.js';
import { accept, field, refined, refuse, report, type Outcome } from './field.js';
import { requiredTextField } from './text-fields.js';

const AREA = { id: 'Kode wilayah', en: 'Area code' };

/**
 * A day off an admin adds: a real date, its names in both languages, its legal basis,
 * and an area code exactly when it is a regional holiday.
 */
export function holidaySchema() {
  const holiday = z.object({
    date: field({ id: 'Tanggal', en: 'Date' }, (raw): Outcome<string> =>
      typeof raw === 'string' && parseIsoDate(raw)
        ? accept(raw)
        : refuse('Tanggal harus berformat TTTT-BB-HH.', 'The date must be YYYY-MM-DD.'),
    ),
    kind: z.custom<HolidayKind>((v) => typeof v === 'string'),
    nameId: requiredTextField({ id: 'Nama (Indonesia)', en: 'Name (Indonesian)' }, { max: 200 }),
    nameEn: requiredTextField({ id: 'Nama (Inggris)', en: 'Name (English)' }, { max: 200 }),
    legalBasis: requiredTextField({ id: 'Dasar hukum', en: 'Legal basis' }, { max: 400 }),
    areaCode: field(AREA, (raw): Outcome<string | null> => {
      const code = typeof raw === 'string' ? raw.trim() : '';
      if (!code) return accept(null);
      return isAreaCode(code) ? accept(code) : refuse('Kode wilayah tidak valid.', 'Not a valid area code.');
    }),
  });
  return refined(holiday, (h, ctx) => {
    const regional = h.kind === 'REGIONAL';
    const has = typeof h.areaCode === 'string' && h.areaCode.trim() !== '';
    if (regional && !has) {
      report(ctx, AREA, {
        message: { id: 'Libur daerah memerlukan kode wilayah.', en: 'A regional holiday needs an area code.' },
        path: ['areaCode'],
      });
    }
    if (!regional && has) {
      report(ctx, AREA, {
        message: {
          id: 'Hanya libur daerah yang berlaku untuk satu wilayah.',
          en: 'Only a regional holiday applies to one area.',
        },
        path: ['areaCode'],
      });
    }
  });
}

/** A year whose SKB 3 Menteri an admin marks as loaded: the year and the decree that sets its days off. */
export function calendarYearSchema() {
  return z.object({
    year: field({ id: 'Tahun', en: 'Year' }, (raw): Outcome<number> =>
      typeof raw === 'number' && Number.isInteger(raw) && raw >= 2000 && raw <= 2100
        ? accept(raw)
        : refuse('Tahun harus 2000–2100.', 'The year must be 2000 to 2100.'),
    ),
    legalBasis: requiredTextField({ id: 'Dasar hukum', en: 'Legal basis' }, { min: 10, max: 400 }),
  });
}
