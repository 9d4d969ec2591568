// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import ProfilePage from './profile.page';

const ME = {
  id: 'u1',
  username: 'opd.pendidikan',
  displayName: 'Budi (Dinas Pendidikan)',
  email: null,
  phone: null,
  locale: 'en',
  memberships: [],
  notificationChannels: { email: false, whatsapp: false, sms: false },
  notificationConsent: null,
};

describe('ProfilePage', () => {
  it('saves the mobile number and WhatsApp; the server’s refusal shows in the chosen language', async () => {
    const user = userEvent.setup();
    const updates: unknown[] = [];
    const updateMyNotificationSettings = vi.fn(({ input }: { input: Record<string, unknown> }) => {
      updates.push(input);
      if (!input.phone) {
        throw new GraphQLError('Periksa isian: WhatsApp.', {
          extensions: {
            code: 'VALIDATION_FAILED',
            messages: { id: 'Periksa isian: WhatsApp.', en: 'Check: WhatsApp.' },
            fields: [
              {
                field: 'input.whatsapp',
                messages: {
                  id: 'Pemberitahuan lewat WhatsApp memerlukan nomor HP.',
                  en: 'Notices by WhatsApp need a mobile number.',
                },
              },
            ],
          },
        });
      }
      if (!input.consent) {
        throw new GraphQLError('Periksa isian: Persetujuan.', {
          extensions: {
            code: 'VALIDATION_FAILED',
            messages: { id: 'Periksa isian: Persetujuan.', en: 'Please check: Consent.' },
            fields: [
              {
                field: 'input.consent',
                messages: {
                  id: 'Centang persetujuan Anda untuk menerima pemberitahuan lewat WhatsApp di nomor ini.',
                  en: 'Tick your consent to receive notices by WhatsApp at this number.',
                },
              },
            ],
          },
        });
      }
      return {
        ...ME,
        phone: '+6281211112222',
        locale: input.language,
        notificationChannels: { email: false, whatsapp: true, sms: false },
        notificationConsent: {
          channels: ['WHATSAPP'],
          phone: '+6281211112222',
          givenAt: '2026-12-07T02:00:00.000Z',
          source: 'SELF',
          recordedBy: ME.displayName,
        },
      };
    });
    render(
      <I18nProvider initial="en">
        <ApolloProvider client={createSchemaClient({ me: () => ME, updateMyNotificationSettings })}>
          <ProfilePage />
        </ApolloProvider>
      </I18nProvider>,
    );
    await screen.findByText('Budi (Dinas Pendidikan) (opd.pendidikan)');
    // The app always; e-mail cannot be chosen without an address.
    expect((screen.getByRole('checkbox', { name: 'The app (always)' }) as HTMLInputElement).disabled).toBe(true);
    expect(
      (screen.getByRole('checkbox', { name: /E-mail \(this account has no e-mail address yet\)/ }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'WhatsApp' }));
    await user.click(screen.getByRole('button', { name: 'Save notice settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Notices by WhatsApp need a mobile number.');
    await user.type(screen.getByRole('textbox', { name: /Mobile number/ }), '0812-1111-2222');
    await user.click(screen.getByRole('button', { name: 'Save notice settings' }));
    // WhatsApp needs the officer's own consent, ticked here.
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tick your consent to receive notices by WhatsApp at this number.',
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: 'I agree to receive case notices by the WhatsApp/SMS I chose at this number.',
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of notices' }), 'id');
    await user.click(screen.getByRole('button', { name: 'Save notice settings' }));
    expect(await screen.findByText('Notice settings saved.')).toBeTruthy();
    expect(
      await screen.findByText(/Consent recorded for WhatsApp: .*, by Budi \(Dinas Pendidikan\) \(themself\)\./),
    ).toBeTruthy();
    const base = { email: false, whatsapp: true, sms: false, language: 'en', consent: false };
    expect(updates).toEqual([
      { ...base, phone: null },
      { ...base, phone: '0812-1111-2222' },
      { ...base, phone: '0812-1111-2222', language: 'id', consent: true },
    ]);
  });
});
