// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n, type Locale } from '../i18n/i18n';
import '../test/setup';
import { DateField } from './date-field';

function Form({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  const { setLocale } = useI18n();
  return (
    <>
      <DateField label="Tanggal" value={value} onValue={setValue} hint="Hari libur daerah" />
      <button type="button" onClick={() => setLocale('en')}>
        English
      </button>
    </>
  );
}

function show(locale: Locale, initial?: string) {
  render(
    <I18nProvider initial={locale}>
      <Form initial={initial} />
    </I18nProvider>,
  );
  return screen.getByLabelText('Tanggal') as HTMLInputElement;
}

/** What a screen reader reads after the label: the hint and the chosen day in words. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

describe('DateField', () => {
  it('writes the chosen day out in Indonesian under the box, whatever format the phone draws the box in', () => {
    const input = show('id');
    expect(input.type).toBe('date');
    expect(description(input)).toBe('Hari libur daerah');
    fireEvent.change(input, { target: { value: '2027-05-06' } });
    expect(input.value).toBe('2027-05-06');
    expect(description(input)).toBe('Hari libur daerah · Kamis, 6 Mei 2027');
  });

  it('follows the language chosen in the console: English at once, the value unchanged', () => {
    const input = show('id', '2026-11-25');
    expect(description(input)).toContain('Rabu, 25 November 2026');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(description(input)).toMatch(/^Hari libur daerah · Wednesday,? 25 November 2026$/);
    expect(input.value).toBe('2026-11-25');
  });

  it('writes nothing for a day that is not one (an unfinished entry)', () => {
    const input = show('en', '2026-02-30');
    expect(description(input)).toBe('Hari libur daerah');
  });
});
