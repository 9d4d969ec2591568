import type { AreaLevel } from './roles.js';

/**
 * Helpers for Kepmendagri area codes: `33` provinsi, `33.10` kabupaten/kota,
 * `33.10.05` kecamatan, `33.10.05.2018` desa/kelurahan.
 */
const AREA_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isAreaCode(code: string): boolean {
  return AREA_CODE.test(code);
}

export function areaLevelOf(code: string): AreaLevel {
  if (!isAreaCode(code)) throw new Error(`Not an area code: ${code}`);
  const parts = code.split('.').length;
  return (['PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA'] as const)[parts - 1] as AreaLevel;
}

/** The code of the enclosing area at `level`, e.g. the kabupaten of a desa. */
export function areaCodeAt(code: string, level: AreaLevel): string {
  const depth = { PROVINSI: 1, KABUPATEN: 2, KECAMATAN: 3, DESA: 4 }[level];
  const parts = code.split('.');
  if (parts.length < depth) {
    throw new Error(`Area ${code} has no ${level} part`);
  }
  return parts.slice(0, depth).join('.');
}

export function parentAreaCode(code: string): string | null {
  const parts = code.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
}

/** True when `code` is `ancestor` itself or lies inside it. */
export function isWithinArea(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/**
 * Time zone of a province. Indonesia has three: WIB (UTC+7), WITA (UTC+8) and
 * WIT (UTC+9); none observes daylight saving time.
 */
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT_PROVINCES = new Set(['81', '82', '91', '92', '93', '94', '95', '96', '97']);

/**
 * The zone as Indonesians name it — WIB (UTC+7), WITA (UTC+8), WIT (UTC+9) — for a heading such
 * as "Didaftarkan (WIB)"; another IANA zone is named as itself.
 */
export function zoneLabel(zone: string): string {
  const known: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };
  return known[zone] ?? zone;
}

export function timeZoneOfArea(code: string): string {
  const province = code.slice(0, 2);
  if (WIT_PROVINCES.has(province)) return 'Asia/Jayapura';
  if (WITA_PROVINCES.has(province)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}
