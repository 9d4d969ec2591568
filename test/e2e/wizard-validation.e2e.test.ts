import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { chooseLanguage, chromiumAvailable, DEMO_PASSWORD, login, PHONE, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/**
 * Issue 16, item 5, in headless Chromium at 360×640: the wizard checks each step with the
 * server's own rules as the kader moves on, and says what is wrong by the field's label in the
 * language chosen on the phone — a BPJS card number with letters and a name with digits are
 * refused at their own step, not at the end.
 */
const HOME = /^(Antrean kasus|Kotak masuk)$/;

describe.skipIf(!chromiumAvailable)('the new-case wizard checks each step in words people read', () => {
  const e2e = e2eSuite('wizard-validation');

  const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
  const stepAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /Periksa dulu|Please check/ });

  it('refuses a BPJS number with letters at the service step and a name with digits at the people step, naming each field in Indonesian and English', async () => {
    onTestFailed(async () => {
      await e2e.b.screenshotEveryPage('failed');
    });
    const page = await e2e.b.open(PHONE, true);
    await login(page, e2e.t.url, 'kader.gombang', HOME);
    await page.getByRole('link', { name: 'Kasus baru' }).first().click();

    // Step 1 without a choice: the step says what to do instead of a greyed-out button.
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect(stepAlert(page).textContent()).resolves.toContain('Pilih salah satu bidang SPM.');
    await page.getByRole('radio', { name: 'Kesehatan' }).check();
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('radio', { name: /Kartu BPJS Kesehatan tiba-tiba non-aktif/ }).check();
    await page.getByLabel(/Uraian permohonan/).fill('Kartu BPJS tidak aktif waktu berobat ke Puskesmas.');
    const card = page.getByRole('textbox', { name: /^(Nomor kartu BPJS Kesehatan|BPJS health card)/ });
    await card.fill('0001234567 8AB');
    // Letters are kept as typed (never dropped or cut), and refused in words under the field.
    expect(await card.inputValue()).toBe('0001234567 8AB');
    await page.getByText('11 dari 13 angka').waitFor();
    await page.getByLabel(/Segmen kepesertaan/).selectOption('PBI_APBN');
    await page
      .getByRole('group', { name: /Sedang membutuhkan pelayanan kesehatan/ })
      .getByRole('radio', { name: 'Ya' })
      .check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    expect(await heading(page)).toBe('Pilih jenis layanan');
    const bpjsId = 'Nomor kartu BPJS Kesehatan / KIS (13 angka) harus terdiri dari 13 angka (tanpa huruf).';
    await expect(stepAlert(page).textContent()).resolves.toContain(bpjsId);
    expect(await card.getAttribute('aria-invalid')).toBe('true');
    await e2e.b.screenshot(page, 'bpjs-letters-refused-id');
    expect(await axeViolations(page)).toEqual([]);

    // The same problem in English once the phone's language is switched: labels, not keys.
    await chooseLanguage(page, 'en');
    const bpjsEn = 'BPJS health card (JKN-KIS) number (13 digits) must be exactly 13 digits (no letters).';
    await expect.poll(() => stepAlert(page).textContent()).toContain(bpjsEn);
    expect(await page.getByText(/bpjsCardNumber|facts\./).count()).toBe(0);
    await e2e.b.screenshot(page, 'bpjs-letters-refused-en');

    await card.fill('0001 2345 67890');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await heading(page)).toBe('Applicant and beneficiary');

    // A name with digits, a NIK too short: refused here, each by its label.
    await page.getByLabel('Full name').first().fill('Wagiyem 2');
    await page.getByLabel(/^NIK/).first().fill('3310 0541');
    await page.getByText('8 of 16 digits').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await heading(page)).toBe('Applicant and beneficiary');
    const summary = await stepAlert(page).textContent();
    expect(summary).toContain("Applicant's name may only contain letters, spaces and . , ' - ( ).");
    expect(summary).toContain("Applicant's NIK: A NIK must be exactly 16 digits.");
    expect(summary).not.toMatch(/applicant\.name|applicant\.nik/);
    await e2e.b.screenshot(page, 'name-digits-refused-en');
    expect(await axeViolations(page)).toEqual([]);

    await chooseLanguage(page, 'id');
    await expect
      .poll(() => stepAlert(page).textContent())
      .toContain("Nama pemohon hanya boleh berisi huruf, spasi, dan tanda . , ' - ( ).");
    await expect(stepAlert(page).textContent()).resolves.toContain('NIK pemohon: NIK harus terdiri dari 16 angka.');
    await e2e.b.screenshot(page, 'name-digits-refused-id');

    // Corrected, the kader goes on; nothing was sent to the server on the way.
    await page.getByLabel('Nama lengkap').first().fill('Wagiyem');
    await page.getByLabel(/^NIK/).first().fill('3310054107700004');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { name: 'Dokumen' }).waitFor();
    expect(await stepAlert(page).count()).toBe(0);
    const { rows } = await e2e.t.sql.query(
      `select 1 from spm_case c join person p on p.id = c.applicant_id where p.nik = '3310054107700004'`,
    );
    expect(rows).toHaveLength(0);
  }, 180_000);

  it('a new phone opens on the light login screen: a wrong password is refused in the chosen language, the right one opens the console where it was asked for', async () => {
    const page = await e2e.b.open(PHONE, true);
    await page.goto(`${e2e.t.url}/`);
    // Not logged in: the login, with `next` back to where the phone was opened.
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/masuk');
    // Logged out, the language is the header's own switch (there is no account menu yet).
    await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
    await page.getByLabel('Username').fill('kader.gombang');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Wrong username or password.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('heading', { name: /^(Case queue|Inbox)$/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  }, 120_000);
});
