import type { FieldProblem } from '../errors/domain-error.js';

/**
 * NIK (Nomor Induk Kependudukan): 16 digits =
 * 6-digit region of first registration (province, kabupaten, kecamatan) +
 * birth date DDMMYY (women: day + 40) + 4-digit sequence (never 0000).
 *
 * The region part is where the person was first registered; area codes change by
 * decree and people move, so the region is never matched against the current
 * address. Only the province part must exist.
 */
export interface NikInfo {
  nik: string;
  provinceCode: string;
  /** `PP.KK.CC`, the kecamatan of first registration as written in the NIK. */
  regionCode: string;
  sex: 'F' | 'M';
  birthDay: number;
  birthMonth: number;
  /** Two digits only: the century is not in the NIK. */
  birthYearTwoDigits: number;
  sequence: number;
}

/** Province codes of Kepmendagri 300.2.2-2138/2025. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
]);

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a NIK, or lists what is wrong with it (bilingual, for the field `field`). */
export function parseNik(
  raw: string,
  field = 'nik',
): { ok: true; value: NikInfo } | { ok: false; problems: FieldProblem[] } {
  const nik = raw.replace(/[\s.-]/g, '');
  const problem = (id: string, en: string): { ok: false; problems: FieldProblem[] } => ({
    ok: false,
    problems: [{ field, message: { id, en } }],
  });
  if (!/^\d{16}$/.test(nik)) {
    return problem('NIK harus terdiri dari 16 angka.', 'A NIK must be exactly 16 digits.');
  }
  const provinceCode = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(provinceCode)) {
    return problem(
      `Kode provinsi NIK (${provinceCode}) tidak dikenal.`,
      `The NIK's province code (${provinceCode}) does not exist.`,
    );
  }
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex = rawDay > 40 ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - 40 : rawDay;
  // The century is unknown: a date is valid when it exists in 19YY or 20YY.
  const validDate =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    (day <= daysInMonth(month, 1900 + yy) || day <= daysInMonth(month, 2000 + yy));
  if (!validDate) {
    return problem(
      'Tanggal lahir dalam NIK tidak valid (untuk perempuan tanggal ditambah 40).',
      "The NIK's birth-date part is not a valid date (women's day is increased by 40).",
    );
  }
  const sequence = Number(nik.slice(12, 16));
  if (sequence === 0) {
    return problem(
      'Nomor urut NIK (4 angka terakhir) tidak boleh 0000.',
      "The NIK's sequence number (last 4 digits) cannot be 0000.",
    );
  }
  return {
    ok: true,
    value: {
      nik,
      provinceCode,
      regionCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
      sex,
      birthDay: day,
      birthMonth: month,
      birthYearTwoDigits: yy,
      sequence,
    },
  };
}

/**
 * The area codes a NIK names: the kabupaten/kota and kecamatan of first
 * registration. They are checked against the area table only to warn (codes
 * change by decree; an unknown one is never a rejection).
 */
export function nikRegion(info: Pick<NikInfo, 'regionCode'>): { kabupaten: string; kecamatan: string } {
  return { kabupaten: info.regionCode.slice(0, 5), kecamatan: info.regionCode };
}

/**
 * KK (Kartu Keluarga) number: 16 digits = region (6, starting with a known
 * province code) + the card's issue date DDMMYY + a 4-digit sequence (never 0000).
 */
export function checkKkNumber(raw: string, field = 'kkNumber'): FieldProblem[] {
  const kk = raw.replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(kk)) {
    return [
      {
        field,
        message: {
          id: 'Nomor KK harus terdiri dari 16 angka.',
          en: 'A family card (KK) number must be exactly 16 digits.',
        },
      },
    ];
  }
  if (!PROVINCE_CODES.has(kk.slice(0, 2))) {
    return [
      {
        field,
        message: {
          id: `Kode provinsi nomor KK (${kk.slice(0, 2)}) tidak dikenal.`,
          en: `The KK number's province code (${kk.slice(0, 2)}) does not exist.`,
        },
      },
    ];
  }
  const day = Number(kk.slice(6, 8));
  const month = Number(kk.slice(8, 10));
  const yy = Number(kk.slice(10, 12));
  const validDate =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    (day <= daysInMonth(month, 1900 + yy) || day <= daysInMonth(month, 2000 + yy));
  if (!validDate) {
    return [
      {
        field,
        message: {
          id: 'Angka ke-7 s.d. 12 nomor KK (tanggal terbit DDMMYY) bukan tanggal yang valid.',
          en: "The KK number's digits 7–12 (its issue date, DDMMYY) are not a valid date.",
        },
      },
    ];
  }
  if (kk.slice(12) === '0000') {
    return [
      {
        field,
        message: {
          id: 'Nomor urut KK (4 angka terakhir) tidak boleh 0000.',
          en: "The KK number's sequence (last 4 digits) cannot be 0000.",
        },
      },
    ];
  }
  return [];
}

/** `3310••••••••0001`: enough to tell two people apart, not enough to misuse. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${'•'.repeat(8)}${nik.slice(12)}`;
}

/**
 * Normalises an Indonesian mobile or landline number to `+62…`: written as
 * 0812…, 62812…, +62 812…, 0062 812… or (0272) 321123, with spaces, dots,
 * dashes or brackets. A mobile number (8…) has 9–12 digits after the country
 * code, a landline (area code 2–3 digits + subscriber) 8–11.
 * Returns null when it is not one.
 */
export function normalizePhone(raw: string): string | null {
  if (raw.length > 40) return null;
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+62')) digits = digits.slice(3);
  else if (digits.startsWith('0062')) digits = digits.slice(4);
  else if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else return null;
  const mobile = /^8\d{8,11}$/.test(digits);
  const landline = /^[2-79]\d{7,10}$/.test(digits);
  if (!mobile && !landline) return null;
  return `+62${digits}`;
}
