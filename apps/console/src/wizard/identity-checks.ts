import type { MessageKey } from '../i18n/dictionary';

/** A problem with an identity number, as a message key the form shows while the kader types. */
export interface Problem {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** Province codes (Kepmendagri 300.2.2-2138/2025): the first two NIK/KK digits. */
const PROVINCES = new Set(
  '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(
    ' ',
  ),
);

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function digitsOnly(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/**
 * NIK = 6-digit region of first registration + birth date DDMMYY (women: day + 40)
 * + 4-digit sequence. The server checks again; this only helps while typing.
 * The region is never matched to the current address: people move, the NIK stays.
 */
export function checkNik(raw: string): Problem | null {
  const nik = digitsOnly(raw);
  if (!/^\d*$/.test(nik)) return { key: 'nik.digits' };
  if (nik.length !== 16) return { key: 'nik.length', vars: { n: nik.length } };
  if (!PROVINCES.has(nik.slice(0, 2))) return { key: 'nik.region' };
  const rawDay = Number(nik.slice(6, 8));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const validDate =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    (day <= daysInMonth(month, 1900 + yy) || day <= daysInMonth(month, 2000 + yy));
  if (!validDate) return { key: 'nik.date' };
  if (nik.slice(12) === '0000') return { key: 'nik.sequence' };
  return null;
}

export function checkKk(raw: string): Problem | null {
  const kk = digitsOnly(raw);
  return /^\d{16}$/.test(kk) && PROVINCES.has(kk.slice(0, 2)) ? null : { key: 'kk.length' };
}

/** Indonesian numbers: 08…, 62…, +62…; 9 to 13 digits after the country code. */
export function checkPhone(raw: string): Problem | null {
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+62')) digits = digits.slice(3);
  else if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else return { key: 'phone.invalid' };
  return /^[1-9]\d{7,12}$/.test(digits) ? null : { key: 'phone.invalid' };
}
