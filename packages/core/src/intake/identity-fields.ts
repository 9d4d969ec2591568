import type { LocalizedText } from '../errors/domain-error.js';
import { checkKkNumber, normalizePhone, parseNik } from '../identity/nik.js';
import { accept, field, refuse, type Outcome } from './field.js';

/** Separators people type between digit groups (`3310 0517 …`, `0001.2345.67890`). */
const SEPARATORS = /[\s.-]/g;

/** The trimmed text of an answer ('' when blank), or null when it is not text at all. */
function textOf(raw: unknown): string | null {
  if (raw === undefined || raw === null) return '';
  return typeof raw === 'string' ? raw.trim() : null;
}

/** A NIK (16 digits: region, birth date, sequence; identity/nik.ts), kept as its 16 digits. */
export function nikField(label: LocalizedText, options: { required: boolean }) {
  return field(label, (raw): Outcome<string | null> => {
    const text = textOf(raw);
    if (text === null) return refuse('NIK harus terdiri dari 16 angka.', 'A NIK must be exactly 16 digits.');
    if (!text) return options.required ? refuse('NIK wajib diisi.', 'The NIK is required.') : accept(null);
    const parsed = parseNik(text);
    return parsed.ok ? accept(parsed.value.nik) : { ok: false, problems: parsed.problems };
  });
}

/** A family card (KK) number (16 digits: region, issue date, sequence), kept as its 16 digits. */
export function kkField(label: LocalizedText, options: { required: boolean; requiredMessage?: LocalizedText }) {
  return field(label, (raw): Outcome<string | null> => {
    const text = textOf(raw);
    if (text === null) {
      return refuse('Nomor KK harus terdiri dari 16 angka.', 'A family card (KK) number must be exactly 16 digits.');
    }
    if (!text) {
      if (!options.required) return accept(null);
      const m = options.requiredMessage ?? { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` };
      return refuse(m.id, m.en);
    }
    const problems = checkKkNumber(text);
    return problems.length ? { ok: false, problems } : accept(text.replace(SEPARATORS, ''));
  });
}

/** An Indonesian mobile or landline number, kept as `+62…` (identity/nik.ts `normalizePhone`). */
export function phoneField(label: LocalizedText, options: { required: boolean }) {
  return field(label, (raw): Outcome<string | null> => {
    const text = textOf(raw);
    if (text === '')
      return options.required ? refuse('Nomor telepon wajib diisi.', 'A phone number is required.') : accept(null);
    const phone = text === null ? null : normalizePhone(text);
    return phone
      ? accept(phone)
      : refuse(
          'Nomor telepon tidak valid (contoh: 0812 3456 7890 atau +62 812 3456 7890).',
          'Not a valid Indonesian phone number (e.g. 0812 3456 7890 or +62 812 3456 7890).',
        );
  });
}

/**
 * The rule of a number written as exactly `length` digits (a BPJS card: 13), kept as
 * its digits. Letters are refused, never dropped; spaces, dots and dashes between
 * digit groups are.
 */
export function digitsRule(label: LocalizedText, length: number) {
  return (text: string): Outcome<string> => {
    const digits = text.replace(SEPARATORS, '');
    return /^\d+$/.test(digits) && digits.length === length
      ? accept(digits)
      : refuse(
          `${label.id} harus terdiri dari ${length} angka (tanpa huruf).`,
          `${label.en} must be exactly ${length} digits (no letters).`,
        );
  };
}
