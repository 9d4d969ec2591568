// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AuthProvider } from '../auth/auth';
import { TokenStore } from '../auth/token-store';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { sectorsFixture } from '../test/sectors.fixture';
import { createSchemaClient, memoryStorage } from '../test/schema-client';
import '../test/setup';
import { DocumentChecklist, missingRequired, type HandedIn } from './document-checklist';
import NewCasePage from './new-case.page';

const housing = sectorsFixture[0]!.serviceTypes[0]!.documents;

function Checklist({ locale = 'id' }: { locale?: Locale }) {
  const [value, setValue] = useState<HandedIn>({});
  return (
    <I18nProvider initial={locale}>
      <DocumentChecklist requirements={housing} value={value} onChange={setValue} />
    </I18nProvider>
  );
}

describe('DocumentChecklist', () => {
  it('renders each document the plugin declares: a tick for one paper, a count for several files', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '0 dari 3 dokumen wajib lengkap');
    expect(screen.getByRole('checkbox', { name: /Fotokopi KTP \(Wajib\)/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Dokumen pendukung lain \(Opsional\)/ })).toBeTruthy();
    const photos = screen.getByRole('spinbutton', { name: /Foto kondisi rumah \(3 sisi\)/ });
    expect(photos.getAttribute('max')).toBe('3');
    expect(screen.getByText(/perlu 3/)).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /Fotokopi KTP/ }));
    expect(screen.getByRole('status').textContent).toBe('1 dari 3 dokumen wajib lengkap');

    // Two photos of three are not enough; the item says so in words, not only by colour.
    await user.clear(photos);
    await user.type(photos, '2');
    expect(screen.getByRole('status').textContent).toBe('1 dari 3 dokumen wajib lengkap');
    const photoItem = photos.closest('li')!;
    expect(within(photoItem).getByText('○')).toBeTruthy();

    await user.clear(photos);
    await user.type(photos, '3');
    expect(screen.getByRole('status').textContent).toBe('2 dari 3 dokumen wajib lengkap');
    expect(within(photoItem).getByText('✓')).toBeTruthy();

    // An optional document never counts towards completeness.
    await user.click(screen.getByRole('checkbox', { name: /Dokumen pendukung lain/ }));
    expect(screen.getByRole('status').textContent).toBe('2 dari 3 dokumen wajib lengkap');
  });

  it('caps a count at the most files the plugin accepts', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    const photos = screen.getByRole('spinbutton', { name: /Foto kondisi rumah/ });
    await user.clear(photos);
    await user.type(photos, '9');
    expect((photos as HTMLInputElement).value).toBe('3');
  });

  it('speaks English when chosen', () => {
    render(<Checklist locale="en" />);
    expect(screen.getByRole('status').textContent).toBe('0 of 3 required documents complete');
    expect(screen.getByRole('spinbutton', { name: /Photos of the house \(3 sides\) \(Required\)/ })).toBeTruthy();
  });

  it('lists the required documents still missing', () => {
    expect(missingRequired(housing, { 'ktp-copy': 1, 'house-photos': 2 }).map((d) => d.code)).toEqual([
      'kk-copy',
      'house-photos',
    ]);
  });
});

const me = {
  id: 'u1',
  username: 'kader.gombang',
  displayName: 'Kader Gombang',
  locale: 'id',
  memberships: [
    { role: 'KADER', orgUnit: { id: 'ou1', name: 'Posyandu Gombang', kind: 'POSYANDU', areaCode: '33.10.05.2018' } },
  ],
};

function renderWizard() {
  const client = createSchemaClient({
    me: () => me,
    sectors: () => sectorsFixture,
    sector: ({ id }: { id: string }) => sectorsFixture.find((s) => s.id === id),
  });
  const tokens = new TokenStore(memoryStorage({ 'psp.token': 'test-token' }));
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={client}>
        <AuthProvider tokens={tokens}>
          <NewCasePage />
        </AuthProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
}

describe('the new-case wizard', () => {
  it('shows the checklist of the service type chosen, as the sectors query declares it', async () => {
    const user = userEvent.setup();
    renderWizard();
    const next = () => user.click(screen.getByRole('button', { name: 'Lanjut' }));

    await user.click(await screen.findByRole('radio', { name: 'Perumahan Rakyat' }));
    await next();
    await user.click(screen.getByRole('radio', { name: /Bantuan rehabilitasi rumah/ }));
    await screen.findByRole('textbox', { name: /Uraian/ });
    await user.type(screen.getByRole('textbox', { name: /Uraian/ }), 'Atap bocor, dinding retak');
    await next();

    await user.type(screen.getByRole('textbox', { name: /Nama lengkap/ }), 'Siti Aminah');
    const nik = screen.getByRole('textbox', { name: /NIK/ });
    await user.type(nik, '3310');
    // Checked as typed: the problem is in words and blocks the step.
    expect(screen.getByText('⚠ NIK harus 16 angka (sekarang 4)')).toBeTruthy();
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Lanjut' }).hasAttribute('disabled')).toBe(true);
    await user.type(nik, '054506800001');
    expect(screen.getByText('✓ NIK tampak benar')).toBeTruthy();
    await next();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dokumen');
    expect(screen.getByRole('spinbutton', { name: /Foto kondisi rumah/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Surat pernyataan tidak mampu/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('0 dari 3 dokumen wajib lengkap');

    // Back to the start, another sector: its own documents, nothing left over from the first.
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    await user.click(screen.getByRole('radio', { name: 'Pendidikan' }));
    await next();
    await user.click(screen.getByRole('radio', { name: /Keluhan biaya sekolah/ }));
    await user.type(screen.getByRole('textbox', { name: /Uraian/ }), 'Tidak mampu membayar seragam');
    // The plugin's required question must be answered first.
    expect(screen.getByRole('button', { name: 'Lanjut' }).hasAttribute('disabled')).toBe(true);
    // The choice shows the plugin's label, fetched apart from its value.
    expect(await screen.findByRole('option', { name: 'SMP' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Jenjang/ }), 'smp');
    await next();
    await next();
    expect(screen.getByRole('checkbox', { name: /Surat pernyataan tidak mampu/ })).toBeTruthy();
    expect(screen.queryByRole('spinbutton', { name: /Foto kondisi rumah/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('0 dari 2 dokumen wajib lengkap');
  });
});
