import { type ComponentProps } from 'react';
import { useI18n } from '../i18n/i18n';
import { TextField } from './field';

/**
 * A date input whose chosen day is also written out under it in the console's language
 * ("Rabu, 25 November 2026"). The browser draws the box in the phone's own format — mm/dd/yyyy on a
 * phone set to American English, dd/mm/yyyy on an Indonesian one — and "06/05/2027" reads as two
 * different days; the words say which one it is, in Indonesian or English as chosen in the console.
 * The value stays YYYY-MM-DD.
 */
export function DateField({
  hint,
  value,
  ...field
}: Omit<ComponentProps<typeof TextField>, 'type' | 'value'> & { value: string }) {
  const { locale } = useI18n();
  const written = writtenDate(value, locale);
  return (
    <TextField {...field} type="date" value={value} hint={[hint, written].filter(Boolean).join(' · ') || undefined} />
  );
}

/** "Rabu, 25 November 2026" / "Wednesday 25 November 2026" for a YYYY-MM-DD calendar day; '' for anything else. */
export function writtenDate(value: string, locale: 'id' | 'en'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const day = new Date(`${value}T12:00:00Z`);
  // 2026-02-30 would roll over into March: only a day that exists is written out.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return '';
  // A calendar day, not an instant: written in UTC so no zone can move it to the day before.
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(day);
}
