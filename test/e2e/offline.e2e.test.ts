import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromiumAvailable, clickInHeader, consoleDir, E2eBrowser, fixtures, login, PHONE } from './e2e-browser.js';
import { axeViolations, offlineRecords, READ_STORE_SCRIPT, waitUntilReadyOffline } from './offline-helpers.js';

/**
 * Issue 16 in headless Chromium at 360×640: a kader registers a whole RTLH (house
 * rehabilitation) case with no signal, through a reload and a closed tab, and the phone sends
 * it once the network returns — exactly one case, whatever the network did.
 */
const HOME = /^(Antrean kasus|Kotak masuk)$/;
const APPLICANT = { name: 'Wagiyem', nik: '3310054107700004', kk: '3310051203090022', phone: '0812-2900-7788' };

async function casesOf(t: TestServer, nik: string): Promise<{ id: string; facts: Record<string, unknown> }[]> {
  const { rows } = await t.sql.query<{ id: string; facts: Record<string, unknown> }>(
    `select c.id, c.facts from spm_case c join person p on p.id = c.applicant_id where p.nik = $1`,
    [nik],
  );
  return rows;
}

describe.skipIf(!chromiumAvailable)('offline-first field intake on a kader’s phone', () => {
  let t: TestServer;
  let b: E2eBrowser;
  let bigPhoto: string;

  beforeAll(async () => {
    b = await E2eBrowser.launch('offline');
    t = await startTestServer({ plugins: await loadInstalledPlugins(), consoleDir });
    // A 4000×3000 camera photo (smooth, like a wall): far over 1600 px and 300 KB.
    bigPhoto = path.join(mkdtempSync(path.join(os.tmpdir(), 'psp-photo-')), 'rumah-tampak-depan-besar.jpg');
    await sharp({
      create: {
        width: 80,
        height: 60,
        channels: 3,
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
        background: '#808080',
      },
    })
      .resize(4000, 3000, { kernel: 'cubic' })
      .jpeg({ quality: 95 })
      .toFile(bigPhoto);
  }, 180_000);

  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  const next = (page: Page) => page.getByRole('button', { name: 'Lanjut' }).click();

  /** The kader's phone after one online login, with what it needs offline in place. */
  async function kaderPhoneReadyOffline(): Promise<Page> {
    const page = await b.open(PHONE, true);
    await page.context().addInitScript(READ_STORE_SCRIPT);
    await login(page, t.url, 'kader.gombang', HOME);
    await waitUntilReadyOffline(page);
    return page;
  }

  /** An RTLH registration as far as the review step, its documents left for later. */
  async function fillHousingRequest(page: Page, applicant: { name: string; nik: string; kk: string }): Promise<void> {
    await page.getByRole('radio', { name: 'Perumahan Rakyat' }).check();
    await next(page);
    await page.getByRole('radio', { name: /Bantuan rehabilitasi rumah/ }).check();
    await page.getByLabel(/Uraian permohonan/).fill('Dinding retak dan atap bocor sejak musim hujan lalu.');
    await page.getByLabel(/Kondisi \/ bagian rumah yang rusak/).fill('Dinding retak, atap bocor.');
    await page.getByLabel(/Jumlah penghuni/).fill('3');
    await page.getByLabel(/Penghasilan keluarga per bulan/).fill('1000000');
    await page.getByLabel(/Jenis surat tanah/).selectOption('LETTER_C');
    await next(page);
    await page.getByLabel('Nama lengkap').first().fill(applicant.name);
    await page.getByLabel(/^NIK/).first().fill(applicant.nik);
    await page
      .getByLabel(/^Nomor KK/)
      .first()
      .fill(applicant.kk);
    await next(page);
    await next(page);
  }
  const draftSaved = (page: Page) => page.getByText('✓ Draf tersimpan di ponsel ini').waitFor();

  it('registers a whole RTLH case offline through a reload and a closed tab; online again, exactly one case with its 3 photos and every fact', async () => {
    onTestFailed(async () => {
      await b.screenshotEveryPage('failed');
    });
    const page = await kaderPhoneReadyOffline();
    const context = page.context();

    await context.setOffline(true);
    await page.getByRole('link', { name: 'Kasus baru' }).first().click();
    await page.getByText(/Anda luring \(tanpa sinyal\)/).waitFor();
    await page.getByRole('radio', { name: 'Perumahan Rakyat' }).check();
    await next(page);
    await page.getByRole('radio', { name: /Bantuan rehabilitasi rumah/ }).check();
    await page.getByLabel(/Uraian permohonan/).fill('Atap bocor di banyak titik; dinding belakang anyaman bambu.');
    await page.getByLabel(/Kondisi \/ bagian rumah yang rusak/).fill('Atap bocor, kuda-kuda lapuk, lantai tanah.');
    await page.getByLabel(/Jumlah penghuni/).fill('5');
    await page.getByLabel(/Penghasilan keluarga per bulan/).fill('900000');
    await page.getByLabel(/Jenis surat tanah/).selectOption('LETTER_C');
    await b.screenshot(page, 'offline-wizard-service');
    // The wizard offline is as accessible as online: axe finds nothing (here and at each screen below).
    expect(await axeViolations(page)).toEqual([]);
    await next(page);
    await draftSaved(page);

    // A reload in the middle of the wizard, with no network: the app opens from the service
    // worker and the draft comes back at the same step with what was typed.
    await page.reload();
    await page.getByRole('heading', { name: 'Pemohon dan penerima manfaat' }).waitFor();
    await page.getByText(/Anda luring/).waitFor();
    await page.getByRole('button', { name: 'Sebelumnya' }).click();
    await expect.poll(() => page.getByLabel(/Jumlah penghuni/).inputValue(), { timeout: 30_000 }).toBe('5');
    await next(page);
    await page.getByLabel('Nama lengkap').first().fill(APPLICANT.name);
    await page.getByLabel(/^NIK/).first().fill(APPLICANT.nik);
    await page
      .getByLabel(/^Nomor KK/)
      .first()
      .fill(APPLICANT.kk);
    await page
      .getByLabel(/^Nomor HP/)
      .first()
      .fill(APPLICANT.phone);
    await next(page);

    // The 3 house photos: one large camera photo (compressed on the phone) and two chosen.
    await page.getByLabel('Ambil foto: Foto kondisi rumah (3 sisi)').setInputFiles(bigPhoto);
    await page
      .getByLabel('Pilih berkas: Foto kondisi rumah (3 sisi)')
      .setInputFiles([
        path.join(fixtures, 'rumah-tampak-samping.jpg'),
        path.join(fixtures, 'rumah-tampak-belakang.png'),
      ]);
    const photos = page.getByRole('list', { name: /Berkas Foto kondisi rumah/ }).getByRole('listitem');
    await expect.poll(() => photos.count(), { timeout: 30_000 }).toBe(3);
    await draftSaved(page);
    await b.screenshot(page, 'offline-wizard-photos');
    expect(await axeViolations(page)).toEqual([]);

    // The tab is closed; the kader opens the app again later, still without signal.
    await page.close();
    const again = await context.newPage();
    await again.goto(`${t.url}/kasus-baru`);
    await again.getByRole('heading', { name: 'Draf belum selesai' }).waitFor();
    await b.screenshot(again, 'offline-drafts');
    expect(await axeViolations(again)).toEqual([]);
    await again.getByRole('button', { name: /Lanjutkan: Bantuan rehabilitasi rumah.* — Wagiyem/ }).click();
    await again.getByRole('heading', { name: 'Dokumen' }).waitFor();
    await expect
      .poll(() =>
        again
          .getByRole('list', { name: /Berkas Foto kondisi rumah/ })
          .getByRole('listitem')
          .count(),
      )
      .toBe(3);
    await next(again);
    await again.getByRole('button', { name: 'Daftarkan kasus' }).click();
    await again.getByRole('heading', { name: 'Tersimpan di antrean kirim' }).waitFor();
    await again.getByText(/Belum ada sinyal/).waitFor();
    await b.screenshot(again, 'offline-queued');
    expect(await axeViolations(again)).toEqual([]);

    // Reload and reopen once more: the item waits in the outbox, nothing reached the server.
    await again.reload();
    await again.getByRole('heading', { name: 'Tersimpan di antrean kirim' }).waitFor();
    await again.close();
    const later = await context.newPage();
    await later.goto(`${t.url}/kirim`);
    const item = later.locator('.outbox-item').first();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 30_000 }).toBe('waiting');
    await expect(item.textContent()).resolves.toContain('Menunggu');
    await b.screenshot(later, 'offline-outbox-waiting');
    expect(await axeViolations(later)).toEqual([]);
    expect(await casesOf(t, APPLICANT.nik)).toHaveLength(0);

    // The signal returns: the outbox sends the registration, then the photos, by itself.
    await context.setOffline(false);
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 60_000 }).toBe('sent');
    await expect(item.textContent()).resolves.toMatch(/Terkirim.*Kode kasus SPM-/s);
    await b.screenshot(later, 'offline-outbox-sent');

    const cases = await casesOf(t, APPLICANT.nik);
    expect(cases).toHaveLength(1);
    expect(cases[0]?.facts).toEqual({
      damagedParts: 'Atap bocor, kuda-kuda lapuk, lantai tanah.',
      occupants: 5,
      monthlyIncome: 900000,
      landDocumentKind: 'LETTER_C',
    });
    const { rows: files } = await t.sql.query<{ original_name: string; original_size_bytes: number }>(
      `select f.original_name, f.original_size_bytes from case_file f join case_document d on d.id = f.document_id
        where d.case_id = $1 and d.code = 'house-photos' order by f.position`,
      [cases[0]?.id],
    );
    expect(files.map((f) => f.original_name)).toEqual([
      'rumah-tampak-depan-besar.jpg',
      'rumah-tampak-samping.jpg',
      'rumah-tampak-belakang.png',
    ]);
    // Compressed on the phone before it was queued: ~300 KB at most 1600 px, not the camera's megabytes.
    expect(files[0]?.original_size_bytes).toBeLessThanOrEqual(330 * 1024);
    // The draft is gone; only the sent item stays listed (until logout or 7 days).
    expect(await offlineRecords(later, 'drafts')).toEqual([]);
  }, 240_000);

  it('a reply lost after the server committed (the response aborted): sent again, the server keeps exactly one case', async () => {
    const page = await b.open(PHONE, true, { serviceWorkers: 'block' });
    await login(page, t.url, 'kader.gombang', HOME);
    const nik = '3310056609800003';
    let cut = 0;
    await page.route('**/graphql', async (route) => {
      if (cut === 0 && route.request().postData()?.includes('registerCase(')) {
        cut += 1;
        await route.fetch(); // the server commits the case …
        await route.abort('connectionreset'); // … and the phone never hears back
        return;
      }
      await route.continue();
    });
    await page.getByRole('link', { name: 'Kasus baru' }).first().click();
    await fillHousingRequest(page, { name: 'Sri Rahayu', nik, kk: '3310051203090031' });
    await page.getByRole('button', { name: 'Daftarkan kasus' }).click();
    await page.getByRole('heading', { name: 'Tersimpan di antrean kirim' }).waitFor();
    await expect.poll(() => cut, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await casesOf(t, nik)).length, { timeout: 30_000 }).toBe(1);

    // The outbox still waits (it never heard the answer); sending again returns the same case.
    await page.getByRole('link', { name: 'Lihat antrean kirim' }).click();
    const item = page.locator('.outbox-item').first();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 30_000 }).toBe('waiting');
    await page.getByRole('button', { name: 'Kirim sekarang' }).click();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 30_000 }).toBe('sent');
    const cases = await casesOf(t, nik);
    expect(cases).toHaveLength(1);
    const { rows } = await t.sql.query<{ n: string }>(
      `select count(*) n from case_event where case_id = $1 and type = 'REGISTERED'`,
      [cases[0]?.id],
    );
    expect(Number(rows[0]?.n)).toBe(1);
    await b.screenshot(page, 'outbox-after-lost-reply');
  }, 180_000);

  it('logout deletes that user’s drafts and queued items from the phone; the next user finds none', async () => {
    onTestFailed(async () => {
      await b.screenshotEveryPage('failed-logout');
    });
    const page = await kaderPhoneReadyOffline();
    const context = page.context();
    await context.setOffline(true);
    const nik = '3310056609800011';
    await page.getByRole('link', { name: 'Kasus baru' }).first().click();
    await fillHousingRequest(page, { name: 'Tukiyem', nik, kk: '3310051203090041' });
    await page.getByRole('button', { name: 'Daftarkan kasus' }).click();
    await page.getByRole('heading', { name: 'Tersimpan di antrean kirim' }).waitFor();
    // A second request, left as a draft.
    await page.getByRole('button', { name: 'Daftarkan kasus lain' }).click();
    await page.getByRole('radio', { name: 'Perumahan Rakyat' }).check();
    await draftSaved(page);
    expect(await offlineRecords(page, 'drafts')).toHaveLength(1);
    expect(await offlineRecords(page, 'outbox')).toHaveLength(1);
    // The phone's bar says it without opening the menu: "Luring", and the unsent record's count.
    const bar = page.getByRole('banner');
    await bar.getByRole('status').filter({ hasText: 'Luring' }).waitFor();
    await bar.getByRole('link', { name: 'Antrean kirim (1)', exact: true }).waitFor();

    // The logout warns that 1 record was not sent, then deletes everything of this user.
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('1 catatan belum terkirim');
      void dialog.accept();
    });
    await clickInHeader(page, 'Keluar', 'button');
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    for (const store of ['drafts', 'outbox', 'cache', 'session'] as const) {
      expect(await offlineRecords(page, store), store).toEqual([]);
    }

    // The next user of the phone, online: no draft list, an empty outbox, and nothing was sent.
    await context.setOffline(false);
    await login(page, t.url, 'kader.pogung', HOME);
    await page.getByRole('link', { name: 'Kasus baru' }).first().click();
    await page.getByRole('radio', { name: 'Perumahan Rakyat' }).waitFor();
    await page.goto(`${t.url}/kirim`);
    await page.getByText('Tidak ada yang menunggu dikirim.').waitFor();
    expect(await casesOf(t, nik)).toHaveLength(0);
  }, 180_000);

  it('a workflow action taken with no signal waits in the outbox and is applied once when the network returns', async () => {
    const page = await kaderPhoneReadyOffline();
    const context = page.context();
    // A case registered online (over the API, with all its papers), opened once so its page is kept.
    const nik = '3310056609800029';
    const kader = await t.as('kader.gombang');
    const { registerCase: c } = await kader.request<{ registerCase: { id: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      {
        input: pendidikanInput({
          applicant: { nik, name: 'Painem', phone: '081227009999', kkNumber: '3310051203090051' },
        }),
      },
    );
    await page.goto(`${t.url}/kasus/${c.id}`);
    const start = page.getByRole('button', { name: 'Mulai verifikasi', exact: true });
    await expect.poll(() => start.isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(1_500); // the case page is kept in IndexedDB a second after it is read
    await context.setOffline(true);
    await start.click();
    await page.getByRole('button', { name: 'Kirim: Mulai verifikasi' }).click();
    await page.getByText(/Tanpa sinyal: disimpan di antrean kirim/).waitFor();
    const status = async () =>
      (await t.sql.query<{ status: string }>('select status from spm_case where id = $1', [c?.id])).rows[0]?.status;
    expect(await status()).toBe('registered');

    await context.setOffline(false);
    await expect.poll(status, { timeout: 60_000 }).toBe('verification');
    const { rows } = await t.sql.query<{ n: string }>(
      `select count(*) n from case_event where case_id = $1 and type = 'ACTION_TAKEN'`,
      [c?.id],
    );
    expect(Number(rows[0]?.n)).toBe(1);
  }, 180_000);

  it('a photo added to a case with no signal waits in the outbox through a reload, with its progress, and is attached once when the network returns', async () => {
    onTestFailed(async () => {
      await b.screenshotEveryPage('failed-attach');
    });
    const page = await kaderPhoneReadyOffline();
    const context = page.context();
    const kader = await t.as('kader.gombang');
    const { registerCase: c } = await kader.request<{ registerCase: { id: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      {
        input: pendidikanInput({
          applicant: { nik: '3310054612800031', name: 'Sumini', phone: '081227001234', kkNumber: '3310051203090052' },
        }),
      },
    );
    await page.goto(`${t.url}/kasus/${c.id}`);
    const pick = page.getByLabel('Pilih berkas: Fotokopi KTP');
    await pick.waitFor({ state: 'attached' });
    await page.waitForTimeout(1_500); // the case page is kept in IndexedDB a second after it is read
    await context.setOffline(true);

    await pick.setInputFiles(path.join(fixtures, 'ktp.png'));
    const queued = page.getByText(/1 berkas menunggu sinyal di antrean kirim/);
    await queued.waitFor();
    await b.screenshot(page, 'offline-case-file-queued');
    expect(await axeViolations(page)).toEqual([]);

    // A reload with no network: the case page opens from the phone, the photo still waits.
    await page.reload();
    await queued.waitFor();
    const filesOf = async () =>
      (
        await t.sql.query<{ original_name: string }>(
          `select f.original_name from case_file f join case_document d on d.id = f.document_id
            where d.case_id = $1 and d.code = 'ktp-copy' order by f.position`,
          [c.id],
        )
      ).rows.map((r) => r.original_name);
    expect(await filesOf()).toEqual([]);

    // The signal returns: sent by itself, attached beside the paper the document already had.
    await context.setOffline(false);
    await expect.poll(filesOf, { timeout: 60_000 }).toEqual(['ktp.png']);
    await queued.waitFor({ state: 'detached', timeout: 30_000 });
    const { rows } = await t.sql.query<{ file_names: string[] }>(
      `select file_names from case_document where case_id = $1 and code = 'ktp-copy'`,
      [c.id],
    );
    expect([...(rows[0]?.file_names ?? [])].sort()).toEqual(['ktp.jpg', 'ktp.png']);
    const attached = await t.sql.query<{ n: string }>(
      `select count(*) n from case_event where case_id = $1 and type = 'DOCUMENT_ATTACHED'`,
      [c.id],
    );
    expect(Number(attached.rows[0]?.n)).toBe(1);
    await b.screenshot(page, 'offline-case-file-sent');
  }, 180_000);

  it('a case of the queue never opened on this phone shows offline after one online login, with the people a home visit needs', async () => {
    const kader = await t.as('kader.gombang');
    const description = 'Kunjungan rumah: anak putus sekolah sejak ayahnya sakit, perlu seragam dan buku.';
    const { registerCase: c } = await kader.request<{ registerCase: { id: string; code: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }',
      {
        input: pendidikanInput({
          description,
          applicant: { nik: '3310055203850007', name: 'Tukinah', phone: '081227005678', kkNumber: '3310051203090053' },
          beneficiaries: [{ name: 'Rahmat Hidayat', relation: 'anak', nik: '3310051004140002' }],
        }),
      },
    );
    const page = await b.open(PHONE, true);
    await page.context().addInitScript(READ_STORE_SCRIPT);
    await login(page, t.url, 'kader.gombang', HOME);
    // Read ahead after the login (the queue's first cases, whole), and kept on the phone.
    await waitUntilReadyOffline(page, ['"sectors":', 'house-photos', description, 'Rahmat Hidayat']);

    await page.context().setOffline(true);
    await page.goto(`${t.url}/kasus/${c.id}`);
    await page.getByText(c.code, { exact: true }).waitFor();
    await page.getByText(description).waitFor();
    await page.getByText('Rahmat Hidayat').first().waitFor();
    await page.getByText('Tukinah').first().waitFor();
    await page.getByText(/Anda luring/).waitFor();
    await b.screenshot(page, 'offline-case-never-opened');
  }, 180_000);
});
