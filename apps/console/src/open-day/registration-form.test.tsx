// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { TARGET_GROUPS_FIXTURE, visitFixture } from './open-day.fixture';
import { RegistrationForm } from './registration-form';

function renderForm() {
  const register = vi.fn((_args: Record<string, unknown>) => visitFixture({ queueNumber: 7 }));
  render(
    <I18nProvider initial="en">
      <ApolloProvider client={createSchemaClient({ kesehatanRegisterVisitor: register })}>
        <RegistrationForm sessionId="s-1" posyanduId="posyandu-1" heldOn="2026-11-23" groups={TARGET_GROUPS_FIXTURE} />
      </ApolloProvider>
    </I18nProvider>,
  );
  return { register, user: userEvent.setup() };
}

describe('table 1: registration', () => {
  it('asks a toddler for birth date, sex, a named guardian and their consent, then shows the queue number big', async () => {
    const { register, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Toddler (under five)' }));
    await user.type(screen.getByLabelText(/^Full name/), 'Ayu Lestari');
    await user.type(screen.getByLabelText('NIK (16 digits)'), '33100563112400');
    expect(screen.getByText('⚠ A NIK must be exactly 16 digits.')).toBeTruthy();
    await user.type(screen.getByLabelText('NIK (16 digits)'), '07');
    expect(screen.getByText('✓ NIK looks right')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByText('⚠ Newborns and toddlers need a date of birth and sex (for the z-scores).')).toBeTruthy();
    expect(screen.getByText("⚠ A child under 18: enter the parent's or guardian's name.")).toBeTruthy();
    expect(
      screen.getByText("⚠ A child's health data is recorded only with a parent's or guardian's consent."),
    ).toBeTruthy();
    expect(register).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Female' }));
    await user.type(screen.getByLabelText(/^Date of birth/), '2024-11-23');
    await user.type(screen.getByLabelText(/^Parent's\/guardian's name/), 'Wulan Sari');
    // A fixed field loses its message at once.
    expect(screen.queryByText(/enter the parent's or guardian's name/)).toBeNull();
    await user.type(screen.getByLabelText("Parent's/guardian's NIK"), '3310-0552-0395-0002');
    await user.click(screen.getByRole('checkbox', { name: /agrees to this child's health data being recorded/ }));
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect((await screen.findByRole('status')).textContent).toBe('7');
    expect(register.mock.calls[0]?.[0]).toEqual({
      sessionId: 's-1',
      input: {
        person: { name: 'Ayu Lestari', nik: '3310056311240007' },
        guardian: { name: 'Wulan Sari', nik: '3310055203950002' },
        targetGroup: 'TODDLER',
        sex: 'FEMALE',
        birthDate: '2024-11-23',
        guardianConsent: true,
      },
    });
    // The next mother: an empty form.
    await user.click(screen.getByRole('button', { name: 'Next registration' }));
    expect((screen.getByLabelText(/^Full name/) as HTMLInputElement).value).toBe('');
  });

  it('needs a NIK of the person or the guardian for the follow-up', async () => {
    const { register, user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Pregnant woman' }));
    await user.type(screen.getByLabelText(/^Full name/), 'Sumarni');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert').textContent).toBe(
      "⚠ The person's NIK or a parent's/guardian's NIK is needed (for the follow-up).",
    );
    // No guardian is asked of an adult.
    expect(screen.queryByLabelText("Parent's/guardian's name")).toBeNull();
    expect(register).not.toHaveBeenCalled();
  });
});
