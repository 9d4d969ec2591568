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
      return { ...ME, phone: '+6281211112222', notificationChannels: { email: false, whatsapp: true, sms: false } };
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
    expect(await screen.findByText('Notice settings saved.')).toBeTruthy();
    expect(updates).toEqual([
      { phone: null, email: false, whatsapp: true, sms: false },
      { phone: '0812-1111-2222', email: false, whatsapp: true, sms: false },
    ]);
  });
});
