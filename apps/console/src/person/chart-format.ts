import type { Locale } from '../i18n/i18n';

const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** Up to `digits` decimals in the reader's convention (8,4 in Indonesian, 8.4 in English). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value);
}

/** A z-score always signed, with a real minus sign: "−2,35", "+0,4". */
export function formatZ(value: number, locale: Locale): string {
  const body = formatNumber(Math.abs(value), locale, 2);
  return value < 0 ? `−${body}` : `+${body}`;
}

/** A calendar day (YYYY-MM-DD) short: "19 Okt 2026" / "19 Oct 2026"; read as a date, never shifted by a zone. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
