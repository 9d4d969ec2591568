// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { UsersTab } from './users-tab';

const CONSENT_NEEDED = new GraphQLError('Periksa isian: Persetujuan.', {
  extensions: {
    code: 'VALIDATION_FAILED',
    messages: { id: 'Periksa isian: Persetujuan.', en: 'Please check: Consent.' },
    fields: [
      {
        field: 'notificationSettings.consent',
        messages: {
          id: 'Pemberitahuan lewat WhatsApp memerlukan persetujuan petugas untuk nomor ini; centang hanya bila petugas telah menyetujuinya.',
          en: "Notices by WhatsApp need the officer's consent for this number; tick it only when the officer has agreed.",
        },
      },
    ],
  },
});

describe('UsersTab, new user', () => {
  it('creates an officer with a mobile number and WhatsApp only once the admin ticks the officer’s consent', async () => {
    const user = userEvent.setup();
    const createUser = vi.fn((args: { username: string; notificationSettings?: { consent?: boolean } | null }) => {
      if (!args.notificationSettings?.consent) throw CONSENT_NEEDED;
      return {
        id: 'u9',
        username: args.username,
        displayName: 'Bidan Kalitengah',
        email: null,
        phone: '+6281677778888',
        language: 'en',
        active: true,
        createdAt: '2026-12-07T02:00:00.000Z',
        memberships: [],
        notificationChannels: { email: false, whatsapp: true, sms: false },
        notificationConsent: {
          channels: ['WHATSAPP'],
          phone: '+6281677778888',
          givenAt: '2026-12-07T02:00:00.000Z',
          source: 'ADMIN',
          recordedBy: 'Admin Kabupaten Klaten',
        },
      };
    });
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={createSchemaClient({ users: () => [], orgUnits: () => [], createUser })}>
          <UsersTab />
        </ApolloProvider>
      </I18nProvider>,
    );
    await user.type(await screen.findByRole('textbox', { name: /Nama pengguna/ }), 'bidan.kalitengah');
    await user.type(screen.getByRole('textbox', { name: /Nama tampilan/ }), 'Bidan Kalitengah');
    await user.type(screen.getByLabelText(/Kata sandi awal/), 'Kalitengah-2026!');
    await user.type(screen.getByRole('textbox', { name: /Nomor HP/ }), '0816 7777 8888');
    await user.click(screen.getByRole('checkbox', { name: 'WhatsApp' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa pemberitahuan' }), 'en');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));
    expect((await screen.findByRole('alert')).textContent).toContain('memerlukan persetujuan petugas');
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Petugas ini telah menyetujui pemberitahuan lewat WhatsApp/SMS yang dipilih di nomor ini.',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    const settings = { phone: '0816 7777 8888', email: false, language: 'en', whatsapp: true, sms: false };
    expect(createUser.mock.calls.map((c) => c[0].notificationSettings)).toEqual([
      { ...settings, consent: false },
      { ...settings, consent: true },
    ]);
    // The form is empty again, WhatsApp unticked.
    expect((screen.getByRole('checkbox', { name: 'WhatsApp' }) as HTMLInputElement).checked).toBe(false);
  });

  it('leaves the notice settings out when the admin gave none', async () => {
    const user = userEvent.setup();
    const createUser = vi.fn((args: { username: string; notificationSettings?: unknown }) => ({
      id: 'u8',
      username: args.username,
      displayName: 'Kader Baru',
      email: null,
      phone: null,
      language: 'id',
      active: true,
      createdAt: '2026-12-07T02:00:00.000Z',
      memberships: [],
      notificationChannels: { email: false, whatsapp: false, sms: false },
      notificationConsent: null,
    }));
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={createSchemaClient({ users: () => [], orgUnits: () => [], createUser })}>
          <UsersTab />
        </ApolloProvider>
      </I18nProvider>,
    );
    await user.type(await screen.findByRole('textbox', { name: /Nama pengguna/ }), 'kader.baru');
    await user.type(screen.getByRole('textbox', { name: /Nama tampilan/ }), 'Kader Baru');
    await user.type(screen.getByLabelText(/Kata sandi awal/), 'Kader-baru-2026!');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(createUser.mock.calls[0]?.[0]).toMatchObject({ username: 'kader.baru', notificationSettings: null });
  });
});
