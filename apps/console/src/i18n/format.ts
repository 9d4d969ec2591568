import type { Locale } from './i18n';

const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** The area's zone abbreviation as Indonesians write it; Intl has no stable short name for them. */
const zoneNames: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function zoneAbbreviation(timeZone: string): string {
  return zoneNames[timeZone] ?? timeZone;
}

/** e.g. "Senin, 30 November 2026" — the calendar day in the area's time zone, never the device's. */
export function formatDate(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** e.g. "23 Nov 2026 14.05 WIB". */
export function formatDateTime(iso: string, timeZone: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return `${text} ${zoneAbbreviation(timeZone)}`;
}

/** Today's date as YYYY-MM-DD in a time zone (for date inputs). */
export function localDateInput(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The device's zone is not the area's: fall back to WIB when no case tells us. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
