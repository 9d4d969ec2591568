// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
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

const USER_BASE = {
  email: null,
  phone: null,
  language: 'id',
  active: true,
  createdAt: '2026-12-07T02:00:00.000Z',
  notificationChannels: { email: false, whatsapp: false, sms: false },
  notificationConsent: null,
};
const POSYANDU = {
  id: 'o1',
  name: 'Posyandu Gombang',
  kind: 'POSYANDU',
  areaCode: '3310172006',
  services: [],
  parent: null,
};

describe('UsersTab, user cards', () => {
  it('keeps the grant form folded for a user who has a role and open for one who has none, and grants from the folded form once opened', async () => {
    const user = userEvent.setup();
    const grantRole = vi.fn((args: { userId: string; orgUnitId: string; role: string }) => ({
      ...USER_BASE,
      id: args.userId,
      username: 'kader.sari',
      displayName: 'Kader Sari',
      memberships: [
        { role: 'KADER', orgUnit: POSYANDU },
        { role: args.role, orgUnit: POSYANDU },
      ],
    }));
    const users = () => [
      {
        ...USER_BASE,
        id: 'u1',
        username: 'kader.sari',
        displayName: 'Kader Sari',
        memberships: [{ role: 'KADER', orgUnit: POSYANDU }],
      },
      { ...USER_BASE, id: 'u2', username: 'kader.baru', displayName: 'Kader Baru', memberships: [] },
    ];
    render(
      <I18nProvider initial="id">
        <ApolloProvider client={createSchemaClient({ users, orgUnits: () => [POSYANDU], grantRole })}>
          <UsersTab />
        </ApolloProvider>
      </I18nProvider>,
    );
    const withRole = await screen.findByRole('form', { name: 'Beri peran: Kader Sari' });
    const withoutRole = screen.getByRole('form', { name: 'Beri peran: Kader Baru' });
    expect(withRole.closest('details')?.open).toBe(false);
    expect(withoutRole.closest('details')?.open).toBe(true);

    const summary = withRole.closest('details')?.querySelector('summary');
    expect(summary?.textContent).toBe('Beri peran');
    await user.click(summary as HTMLElement);
    expect(withRole.closest('details')?.open).toBe(true);
    const form = within(withRole);
    await user.selectOptions(form.getByRole('combobox', { name: 'Peran' }), 'HEALTH_WORKER');
    await form.findByRole('option', { name: 'Posyandu Gombang' });
    await user.selectOptions(form.getByRole('combobox', { name: /^Unit/ }), 'o1');
    await user.click(form.getByRole('button', { name: 'Beri peran' }));
    expect(grantRole.mock.calls.map((c) => c[0])).toEqual([{ userId: 'u1', orgUnitId: 'o1', role: 'HEALTH_WORKER' }]);
  });
});
