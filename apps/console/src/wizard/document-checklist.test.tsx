// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AuthProvider } from '../auth/auth';
import { TokenStore } from '../auth/token-store';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { sectorsFixture } from '../test/sectors.fixture';
import { createSchemaClient, memoryStorage, testToken } from '../test/schema-client';
import { OutboxProvider } from '../offline/outbox-provider';
import '../test/setup';
import { DocumentChecklist, missingRequired, type PickedFiles } from './document-checklist';
import NewCasePage from './new-case.page';

const housing = sectorsFixture[0]!.serviceTypes[0]!.documents;

function Checklist({ locale = 'id' }: { locale?: Locale }) {
  const [value, setValue] = useState<PickedFiles>({});
  return (
    <I18nProvider initial={locale}>
      <DocumentChecklist requirements={housing} value={value} onChange={setValue} />
    </I18nProvider>
  );
}

const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], name, { type: 'image/jpeg' });

describe('DocumentChecklist', () => {
  it('asks each document the plugin declares, with the camera or a file, and counts the files against the need', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '0 dari 3 dokumen wajib lengkap');
    const camera = screen.getByLabelText('Ambil foto: Foto kondisi rumah (3 sisi)');
    // The camera opens directly on a phone: images only, the back camera.
    expect(camera.getAttribute('accept')).toBe('image/*');
    expect(camera.getAttribute('capture')).toBe('environment');
    expect(screen.getByLabelText('Pilih berkas: Fotokopi KTP').getAttribute('accept')).toBe('image/*,application/pdf');
    expect(screen.getByLabelText('Pilih berkas: Dokumen pendukung lain')).toBeTruthy();
    const photoItem = camera.closest('li')!;
    expect(within(photoItem).getByText(/0 berkas · perlu 3/)).toBeTruthy();

    await user.upload(screen.getByLabelText('Ambil foto: Fotokopi KTP'), photo('ktp.jpg'));
    expect(screen.getByRole('status').textContent).toBe('1 dari 3 dokumen wajib lengkap');

    // Two photos of three are not enough; the item says so in words, not only by colour.
    await user.upload(camera, photo('depan.jpg'));
    await user.upload(screen.getByLabelText('Ambil foto: Foto kondisi rumah (3 sisi)'), photo('samping.jpg'));
    expect(within(photoItem).getByText(/2 berkas · perlu 3/)).toBeTruthy();
    expect(within(photoItem).getByText('○')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 dari 3 dokumen wajib lengkap');

    await user.upload(screen.getByLabelText('Pilih berkas: Foto kondisi rumah (3 sisi)'), photo('belakang.jpg'));
    expect(screen.getByRole('status').textContent).toBe('2 dari 3 dokumen wajib lengkap');
    expect(within(photoItem).getByText('✓')).toBeTruthy();
    expect(
      within(photoItem)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['depan.jpg✕', 'samping.jpg✕', 'belakang.jpg✕']);
    // Full: no more inputs for this document.
    expect(screen.queryByLabelText('Ambil foto: Foto kondisi rumah (3 sisi)')).toBeNull();

    // Removing one photo makes the document incomplete again.
    await user.click(screen.getByRole('button', { name: 'Hapus samping.jpg' }));
    expect(screen.getByRole('status').textContent).toBe('1 dari 3 dokumen wajib lengkap');

    // An optional document never counts towards completeness.
    await user.upload(screen.getByLabelText('Pilih berkas: Dokumen pendukung lain'), photo('lain.jpg'));
    expect(screen.getByRole('status').textContent).toBe('1 dari 3 dokumen wajib lengkap');
  });

  it('takes at most the files the plugin accepts, and says so', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    const pick = screen.getByLabelText('Pilih berkas: Foto kondisi rumah (3 sisi)');
    const item = pick.closest('li')!;
    await user.upload(
      pick,
      ['1', '2', '3', '4', '5'].map((n) => photo(`${n}.jpg`)),
    );
    expect(within(item).getByText(/3 berkas · perlu 3/)).toBeTruthy();
    expect(within(item).getByRole('alert').textContent).toBe('⚠ Paling banyak 3 berkas; sisanya tidak diambil.');
  });

  it('speaks English when chosen', () => {
    render(<Checklist locale="en" />);
    expect(screen.getByRole('status').textContent).toBe('0 of 3 required documents complete');
    expect(screen.getByLabelText('Take a photo: Photos of the house (3 sides)')).toBeTruthy();
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
  const tokens = new TokenStore(memoryStorage({ 'psp.token': testToken('u1') }));
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={client}>
        <AuthProvider tokens={tokens}>
          <OutboxProvider>
            <NewCasePage />
          </OutboxProvider>
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
    // Checked as typed, by the server's rule: the problem is in words, with a count of the digits.
    expect(screen.getByText('⚠ NIK harus terdiri dari 16 angka.')).toBeTruthy();
    expect(screen.getByText('4 dari 16 angka')).toBeTruthy();
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    // Going on is refused at this step, with the problem listed by the field's label.
    await next();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pemohon dan penerima manfaat');
    expect(screen.getByRole('alert').textContent).toContain('NIK pemohon: NIK harus terdiri dari 16 angka.');
    await user.type(nik, '054506800001');
    expect(screen.getByText('✓ NIK tampak benar')).toBeTruthy();
    await next();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dokumen');
    expect(screen.getByLabelText('Ambil foto: Foto kondisi rumah (3 sisi)')).toBeTruthy();
    expect(screen.queryByLabelText(/Surat pernyataan tidak mampu/)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('0 dari 3 dokumen wajib lengkap');

    // Back to the start, another sector: its own documents, nothing left over from the first.
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    await user.click(screen.getByRole('radio', { name: 'Pendidikan' }));
    await next();
    await user.click(screen.getByRole('radio', { name: /Keluhan biaya sekolah/ }));
    await user.type(screen.getByRole('textbox', { name: /Uraian/ }), 'Tidak mampu membayar seragam');
    // The plugin's required question must be answered first: the step says so by its label.
    await next();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pilih jenis layanan');
    expect(screen.getByRole('alert').textContent).toMatch(/Jenjang.* wajib diisi\./);
    // The choice shows the plugin's label, fetched apart from its value.
    expect(await screen.findByRole('option', { name: 'SMP' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Jenjang/ }), 'smp');
    await next();
    await next();
    expect(screen.getByLabelText(/Ambil foto: Surat pernyataan tidak mampu/)).toBeTruthy();
    expect(screen.queryByLabelText(/Foto kondisi rumah/)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('0 dari 2 dokumen wajib lengkap');
  });
});
