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

/** KK (Kartu Keluarga) number: 16 digits starting with a known province code. */
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
  return [];
}

/** `3310••••••••0001`: enough to tell two people apart, not enough to misuse. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${'•'.repeat(8)}${nik.slice(12)}`;
}

/**
 * Normalises an Indonesian mobile or landline number to `+62…`.
 * Returns null when it is not one.
 */
export function normalizePhone(raw: string): string | null {
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+62')) digits = digits.slice(3);
  else if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else return null;
  if (!/^[1-9]\d{7,12}$/.test(digits)) return null;
  return `+62${digits}`;
}
