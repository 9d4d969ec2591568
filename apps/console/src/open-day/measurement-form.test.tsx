// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { MeasurementForm } from './measurement-form';
import type { Visit } from './open-day-common';
import { visitFixture } from './open-day.fixture';

function renderForm(visit: Visit, record = vi.fn((_args: Record<string, unknown>) => visit), locale: Locale = 'en') {
  const onSaved = vi.fn();
  render(
    <I18nProvider initial={locale}>
      <ApolloProvider client={createSchemaClient({ kesehatanRecordMeasurement: record })}>
        <MeasurementForm visit={visit} heldOn="2026-11-23" onSaved={onSaved} />
      </ApolloProvider>
    </I18nProvider>,
  );
  return { record, onSaved, user: userEvent.setup() };
}

const labels = () =>
  screen.queryAllByRole('textbox').map((i) => i.closest('.field')?.querySelector('label')?.textContent);

describe('table 2: the measurement form', () => {
  it('asks a toddler for weight, length and head circumference with the position, and nothing of an adult', () => {
    renderForm(visitFixture({ targetGroup: 'TODDLER' }));
    expect(labels()).toEqual(['Weight (kg)', 'Length/height (cm)', 'Head circumference (cm)']);
    expect(screen.getByRole('group', { name: 'Measuring position' })).toBeTruthy();
    // Two years old on the day: measured standing by default (WHO: height from 24 months).
    expect(screen.getByRole('button', { name: 'Standing (height)' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByLabelText('Weight (kg)').getAttribute('inputmode')).toBe('decimal');
  });

  it('asks a pregnant woman for weight, LiLA and blood pressure, with a digits-only keypad for the pressure', () => {
    renderForm(visitFixture({ targetGroup: 'PREGNANT', sex: 'FEMALE', birthDate: '1998-03-12' }));
    expect(labels()).toEqual([
      'Weight (kg)',
      'Mid-upper-arm circumference, MUAC (cm)',
      'Systolic blood pressure (mmHg)',
      'Diastolic blood pressure (mmHg)',
    ]);
    expect(screen.queryByRole('group', { name: 'Measuring position' })).toBeNull();
    expect(screen.getByLabelText('Systolic blood pressure (mmHg)').getAttribute('inputmode')).toBe('numeric');
  });

  it('moves to the next field on Enter and saves on Enter in the last one, reading a decimal comma', async () => {
    const { record, onSaved, user } = renderForm(visitFixture());
    expect(document.activeElement).toBe(screen.getByLabelText('Weight (kg)'));
    await user.keyboard('8,5{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Length/height (cm)'));
    await user.keyboard('80{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Head circumference (cm)'));
    expect(record).not.toHaveBeenCalled();
    await user.keyboard('46.2{Enter}');
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(record.mock.calls[0]?.[0]).toEqual({
      visitId: 'v-1',
      input: { weightKg: 8.5, lengthCm: 80, headCircumferenceCm: 46.2, position: 'STANDING' },
    });
  });

  it('refuses a unit slip with a specific message in the chosen language, and sends nothing', async () => {
    const { record, user } = renderForm(visitFixture(), undefined, 'id');
    await user.keyboard('8500{Enter}{Enter}{Enter}');
    expect(
      screen.getByText('⚠ Berat badan (kg): 8500 di luar rentang wajar (0,3–70); periksa satuannya.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Berat badan (kg)').getAttribute('aria-invalid')).toBe('true');
    // The kader is taken back to the field to correct.
    expect(document.activeElement).toBe(screen.getByLabelText('Berat badan (kg)'));
    expect(record).not.toHaveBeenCalled();
  });

  it('says which blood pressure is wrong, and asks for at least one value', async () => {
    const { record, user } = renderForm(visitFixture({ targetGroup: 'ELDERLY', sex: 'MALE', birthDate: '1950-01-01' }));
    await user.click(screen.getByRole('button', { name: 'Save the measurements' }));
    expect(screen.getByRole('alert').textContent).toBe('⚠ Enter at least one measurement.');
    await user.type(screen.getByLabelText('Systolic blood pressure (mmHg)'), '80');
    await user.type(screen.getByLabelText('Diastolic blood pressure (mmHg)'), '120');
    await user.click(screen.getByRole('button', { name: 'Save the measurements' }));
    expect(
      screen.getByText('⚠ The diastolic pressure must be lower than the systolic; check the order of the numbers.'),
    ).toBeTruthy();
    await user.clear(screen.getByLabelText('Diastolic blood pressure (mmHg)'));
    await user.click(screen.getByRole('button', { name: 'Save the measurements' }));
    expect(screen.getByText('⚠ Blood pressure: enter both the systolic and the diastolic.')).toBeTruthy();
    expect(record).not.toHaveBeenCalled();
  });

  it('does not let a baby under 9 months be measured standing', async () => {
    const { record, user } = renderForm(visitFixture({ birthDate: '2026-06-01', targetGroup: 'NEWBORN' }));
    expect(screen.getByRole('button', { name: 'Lying (length)' }).getAttribute('aria-pressed')).toBe('true');
    await user.type(screen.getByLabelText('Length/height (cm)'), '62');
    await user.click(screen.getByRole('button', { name: 'Standing (height)' }));
    await user.click(screen.getByRole('button', { name: 'Save the measurements' }));
    expect(screen.getByText('⚠ A child under 9 months is measured lying down (length).')).toBeTruthy();
    expect(record).not.toHaveBeenCalled();
  });
});
