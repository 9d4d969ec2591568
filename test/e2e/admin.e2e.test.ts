import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { TestClock, type TestServer } from '@posyandu-spm/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  chromiumAvailable,
  clickInHeader,
  login,
  PHONE,
  phoneLayoutProblems,
  e2eSuite,
} from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/**
 * The kabupaten admin's page in real headless Chromium (issue 6, "Admin: users and roles,
 * holidays, API keys"): the admin creates a kader and grants the role in a Posyandu, and the
 * kader can log in and work; adds a regional day off, and an open case's deadline moves a
 * working day later on the case page; creates an API key whose secret is shown once and works,
 * then revokes it and the agency's system is refused. On a 360×640 phone every tab, in Indonesian and
 * English, fits the screen with 44 px targets and nothing for axe to report, and a date field writes
 * the chosen day out in the chosen language. Screenshots: test-artifacts/e2e/admin-*.png.
 */
const DESKTOP = { width: 1024, height: 768 };
const NEW_KADER = { username: 'kader.gombang3', name: 'Kader Baru Gombang', password: 'Gombang-2026-aman!' };

describe.skipIf(!chromiumAvailable)('the admin page in headless Chromium', () => {
  // Monday 23 November 2026, 09:00 WIB: a case registered now is due at the end of Monday 30 November.
  const clock = new TestClock('2026-11-23T02:00:00Z');
  const e2e = e2eSuite('admin', { clock });
  let admin: Page;

  beforeAll(async () => {
    admin = await e2e.b.open(DESKTOP, false);
    await login(admin, e2e.t.url, 'admin.klaten', 'Antrean kasus');
    await admin.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.getByRole('heading', { name: 'Administrasi' }).waitFor();
    // Revoking asks "are you sure?" in a browser dialog.
    admin.on('dialog', (dialog) => void dialog.accept());
  }, 180_000);

  it('creates a user, grants the kader role in Posyandu Gombang, and the new kader can log in and work', async () => {
    await admin.getByLabel('Nama pengguna').fill(NEW_KADER.username);
    await admin.getByLabel('Nama tampilan').fill(NEW_KADER.name);
    await admin.getByLabel(/^Kata sandi awal/).fill(NEW_KADER.password);
    await admin.getByRole('button', { name: 'Buat pengguna' }).click();
    await admin.getByText(`Pengguna ${NEW_KADER.username} dibuat.`, { exact: false }).waitFor();

    const grant = admin.getByRole('form', { name: `Beri peran: ${NEW_KADER.name}` });
    await grant.getByLabel('Peran').selectOption({ label: 'Kader Posyandu' });
    await grant.getByLabel('Unit').selectOption({ label: 'Posyandu Gombang' });
    await grant.getByRole('button', { name: 'Beri peran' }).click();
    // Scoped to the new user's card: the demo kader of Posyandu Gombang has the same revoke button.
    await admin
      .getByRole('listitem', { name: new RegExp(`^${NEW_KADER.name}`) })
      .getByRole('button', { name: 'Cabut peran Kader Posyandu di Posyandu Gombang' })
      .waitFor();
    await e2e.b.screenshot(admin, 'user-created-with-role');

    // The new kader, on a phone, logs in with the initial password and gets the kader's queue.
    const kader = await e2e.b.open();
    await kader.goto(`${e2e.t.url}/masuk`);
    await kader.getByLabel('Nama pengguna').fill(NEW_KADER.username);
    await kader.getByLabel('Kata sandi').fill(NEW_KADER.password);
    await kader.getByRole('button', { name: 'Masuk', exact: true }).click();
    await kader.getByRole('heading', { name: 'Antrean kasus' }).waitFor();
    await kader.getByRole('link', { name: 'Kasus baru' }).first().waitFor();
    await e2e.b.screenshot(kader, 'new-kader-queue');
  }, 90_000);

  it('adds a regional day off and an open case’s deadline moves to the next working day', async () => {
    const kader = await e2e.t.as('kader.gombang');
    const { registerCase: c } = await kader.request<{ registerCase: { id: string; deadline: { dueAt: string } } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id deadline { dueAt } } }',
      { input: pendidikanInput() },
    );
    expect(c.deadline.dueAt).toBe('2026-11-30T16:59:59.999Z');

    await admin.getByRole('tab', { name: 'Hari libur' }).click();
    // From 1 October the page warns that next year's SKB 3 Menteri is not loaded (issue 14).
    await admin
      .getByText('SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun 2027 belum dimuat', { exact: false })
      .waitFor();
    await admin.getByRole('spinbutton', { name: 'Tahun', exact: true }).fill('2026');
    await admin.getByLabel(/^Tanggal/).fill('2026-11-25');
    await admin.getByLabel('Jenis').selectOption({ label: 'Libur daerah' });
    await admin.getByLabel('Nama (Indonesia)').fill('Hari Jadi Kabupaten Klaten (uji)');
    await admin.getByLabel('Nama (Inggris)').fill('Klaten Regency Day (test)');
    await admin.getByLabel(/^Dasar hukum/).fill('Keputusan Bupati Klaten No. 100.3.3/2026');
    await admin.getByRole('button', { name: 'Simpan' }).click();
    await admin.getByText('Hari libur disimpan; tenggat kasus dihitung ulang.', { exact: false }).waitFor();
    await admin.getByText('Hari Jadi Kabupaten Klaten (uji)').first().waitFor();
    await e2e.b.screenshot(admin, 'holiday-added');

    // The village officer's case page shows the deadline a working day later: Tuesday 1 December.
    const officer = await e2e.b.open();
    await login(officer, e2e.t.url, 'perangkat.gombang', 'Antrean kasus');
    await officer.goto(`${e2e.t.url}/kasus/${c.id}`);
    await officer.getByText('Batas: Selasa, 1 Desember 2026 (WIB)').waitFor();
    await e2e.b.screenshot(officer, 'case-deadline-after-holiday');
  }, 90_000);

  it('creates an API key, shows its secret once (it works), then revokes it (it is refused)', async () => {
    await admin.getByRole('tab', { name: 'Kunci API' }).click();
    await admin.getByLabel(/^Nama sistem/).fill('SIM Dinas Pendidikan');
    await admin.getByLabel(/^Unit pemilik/).selectOption({ label: 'Dinas Pendidikan Kabupaten Klaten' });
    await admin.getByRole('button', { name: 'Buat kunci' }).click();

    const secretField = admin.getByLabel('Kunci rahasia');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^psk_/);
    await e2e.b.screenshot(admin, 'api-key-secret-once');
    expect(await sectorsWith(e2e.t, secret)).toBe(200);

    await admin.getByRole('button', { name: 'Sudah saya simpan' }).click();
    await expect.poll(() => admin.getByLabel('Kunci rahasia').count()).toBe(0);
    expect(await admin.content()).not.toContain(secret);

    await admin.getByRole('button', { name: 'Cabut kunci SIM Dinas Pendidikan' }).click();
    const listed = admin.getByRole('listitem').filter({ hasText: 'SIM Dinas Pendidikan' });
    await listed.getByText('Dicabut').waitFor();
    await e2e.b.screenshot(admin, 'api-key-revoked');
    expect(await sectorsWith(e2e.t, secret)).toBe(401);
  }, 90_000);

  it('on a 360×640 phone every tab fits the screen, in Indonesian and English, and a date is written out in words', async () => {
    const phone = await e2e.b.open(PHONE, true);
    await login(phone, e2e.t.url, 'admin.klaten', 'Antrean kasus');
    await clickInHeader(phone, 'Admin');
    await phone.getByRole('heading', { name: 'Administrasi' }).waitFor();
    const tabs: Record<'id' | 'en', string[]> = {
      id: ['Pengguna & peran', 'Unit kerja', 'Hari libur', 'Kunci API', 'Eskalasi', 'Webhook', 'Pesan gagal'],
      en: ['Users & roles', 'Org units', 'Holidays', 'API keys', 'Escalation', 'Webhooks', 'Failed messages'],
    };
    for (const locale of ['id', 'en'] as const) {
      if (locale === 'en') await chooseLanguage(phone, 'en');
      for (const name of tabs[locale]) {
        const tab = phone.getByRole('tab', { name, exact: true });
        // Every tab is on the screen, none hidden in a strip that scrolls sideways.
        const box = (await tab.boundingBox())!;
        expect(box.x + box.width, `${name}: on the screen`).toBeLessThanOrEqual(PHONE.width);
        await tab.click();
        const panel = phone.getByRole('tabpanel');
        await panel.getByRole('heading').first().waitFor();
        await expect.poll(() => panel.getByRole('status').and(phone.locator('[aria-busy="true"]')).count()).toBe(0);
        expect(await phoneLayoutProblems(phone), `${locale}: ${name}`).toEqual([]);
        expect(await axeViolations(phone), `${locale}: ${name}`).toEqual([]);
        await e2e.b.screenshotOf(phone.locator('main'), `phone-${locale}-${name.replace(/\W+/g, '-')}`);
      }
    }

    // The browser draws the date box in its own format (here mm/dd/yyyy); under it the day is in words.
    await phone.getByRole('tab', { name: 'Holidays' }).click();
    // Found by its type: its label is reworded when the language changes.
    const date = phone.locator('input[type="date"]');
    expect(await phone.getByLabel(/^Date/).getAttribute('type')).toBe('date');
    await date.fill('2027-05-06');
    const written = phone.locator(
      `[id="${await date.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[0])}"]`,
    );
    await expect.poll(() => written.textContent()).toMatch(/^Thursday,? 6 May 2027$/);
    await chooseLanguage(phone, 'id');
    await expect.poll(() => written.textContent()).toBe('Kamis, 6 Mei 2027');
    expect(await date.inputValue()).toBe('2027-05-06');
    await e2e.b.screenshotOf(phone.getByRole('form', { name: 'Tambah hari libur' }), 'phone-date-in-words');
  }, 240_000);
});

/** What an agency's system gets for a simple query with the key: 200, or 401 once it is revoked. */
async function sectorsWith(t: TestServer, secret: string): Promise<number> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ me { id } cases(first: 1) { totalCount } }' }),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return 401;
  return res.status;
}
