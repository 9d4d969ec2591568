import type { LocalizedText } from '../errors/domain-error.js';

/**
 * From this day (month-day) on, next year's joint decree is due: it is normally
 * signed in September or October, and deadlines counting days of next year start
 * around mid-December.
 */
export const NEXT_YEAR_DECREE_WARNING_FROM = '10-01';

export interface DecreeWarning {
  year: number;
  /** CURRENT_YEAR: deadlines of today are provisional already; NEXT_YEAR: they soon will be. */
  when: 'CURRENT_YEAR' | 'NEXT_YEAR';
  message: LocalizedText;
}

/**
 * What an admin must be told about the joint decrees (SKB 3 Menteri) on `today`
 * (a local `YYYY-MM-DD` date): always when this year's is not loaded, and from
 * 1 October when next year's is not.
 */
export function decreeWarnings(decreedYears: readonly number[], today: string): DecreeWarning[] {
  const year = Number(today.slice(0, 4));
  const loaded = new Set(decreedYears);
  const warnings: DecreeWarning[] = [];
  if (!loaded.has(year)) {
    warnings.push({
      year,
      when: 'CURRENT_YEAR',
      message: {
        id: `SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun ${year} belum dimuat: tenggat tahun ini bersifat sementara (hanya libur nasional bertanggal tetap dan libur daerah). Masukkan hari libur dan cuti bersamanya, lalu tandai tahun ${year} dimuat.`,
        en: `The ${year} joint decree (SKB 3 Menteri) on national holidays and cuti bersama is not loaded: this year's deadlines are provisional (fixed-date national holidays and regional holidays only). Enter its holidays and cuti bersama, then mark ${year} as loaded.`,
      },
    });
  }
  const next = year + 1;
  if (today.slice(5) >= NEXT_YEAR_DECREE_WARNING_FROM && !loaded.has(next)) {
    warnings.push({
      year: next,
      when: 'NEXT_YEAR',
      message: {
        id: `SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun ${next} belum dimuat: tenggat yang melewati akhir tahun akan bersifat sementara. Masukkan hari libur dan cuti bersamanya begitu SKB ditandatangani, lalu tandai tahun ${next} dimuat.`,
        en: `The ${next} joint decree (SKB 3 Menteri) on national holidays and cuti bersama is not loaded: deadlines that run past the turn of the year will be provisional. Enter its holidays and cuti bersama as soon as the decree is signed, then mark ${next} as loaded.`,
      },
    });
  }
  return warnings;
}
