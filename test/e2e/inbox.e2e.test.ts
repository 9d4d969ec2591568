import path from 'node:path';
import { allDocuments, pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { caseSteps, TestClock, type GraphQLClient } from '@posyandu-spm/testing';
import type { Page, WebSocketRoute } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, fixtures, login, e2eSuite } from './e2e-browser.js';

/**
 * Issue 6 in real headless Chromium on a 360×640 phone: a case forwarded to the education OPD
 * appears live in the OPD officer's already-open inbox, announced; the officer opens it, sees
 * its documents and timeline, adds a photo of the KTP from the case page, and records the
 * OPD's follow-up, after which the inbox lists it as in progress. Then a case left too long at
 * the Posyandu goes overdue and arrives live in the village officer's queue as an escalation.
 * Screenshots: test-artifacts/e2e/inbox-*.png.
 */
const CASE = 'id code version status holder { id name }';
interface Ref {
  id: string;
  code: string;
  version: number;
  status: string;
  holder: { id: string; name: string };
}

describe.skipIf(!chromiumAvailable)('the inbox of a routed unit in headless Chromium', () => {
  // Monday 23 November 2026, 09:00 WIB.
  const clock = new TestClock('2026-11-23T02:00:00Z');
  const e2e = e2eSuite('inbox', { clock });
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  const flow = caseSteps<Ref>({ fields: CASE });

  beforeAll(async () => {
    [kader, perangkat, kades] = await Promise.all([
      e2e.t.as('kader.gombang'),
      e2e.t.as('perangkat.gombang'),
      e2e.t.as('kades.gombang'),
    ]);
  }, 180_000);

  /** The kader's and the village's steps, over the API (an hour apart): this test is about the OPD's screens. */
  async function caseAtTheVillage(): Promise<Ref> {
    const HOUR = 60 * 60 * 1000;
    let c = await flow.register(kader, pendidikanInput());
    const registeredAt = clock.now();
    clock.advance(HOUR);
    c = await flow.act(kader, c, 'start-verification');
    c = await flow.reviewAll(
      perangkat,
      c,
      allDocuments.map((d) => d.code),
    );
    c = await flow.visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: new Date(registeredAt.getTime() + HOUR / 2).toISOString(),
      participants: 'Kader Sri, Kasi Kesra Wahyu',
      findings: 'Anak aktif sekolah; orang tua buruh harian.',
      recommendation: 'ELIGIBLE',
    });
    c = await flow.act(kader, c, 'declare-eligible');
    clock.advance(HOUR);
    return flow.act(kader, c, 'submit-to-village');
  }

  it('shows a forwarded case live in the open inbox; the officer adds a photo and records the follow-up', async () => {
    const opd = await e2e.b.open();
    await login(opd, e2e.t.url, 'opd.pendidikan', 'Kotak masuk');
    await opd.locator('.live-indicator--live').waitFor();
    await expect.poll(() => opd.getByText('0 kasus untuk unit Anda').count()).toBe(1);
    await e2e.b.screenshot(opd, 'opd-inbox-empty');

    const atVillage = await caseAtTheVillage();
    clock.set('2026-11-23T05:00:00Z');
    const forwarded = await flow.act(kades, atVillage, 'forward-to-opd');

    // Without a reload: announced, and listed among the new arrivals with where it came from.
    await opd
      .getByRole('status')
      .filter({ hasText: `Kasus baru masuk: ${forwarded.code}, Pendidikan, Desa Gombang.` })
      .waitFor();
    const newGroup = opd.getByRole('region', { name: /^Baru masuk/ });
    const card = newGroup.getByRole('listitem').filter({ hasText: forwarded.code });
    await card.waitFor();
    expect(await card.textContent()).toContain('Dari Pemerintah Desa Gombang');
    expect(await card.textContent()).toContain('Sisa 5 hari kerja');
    await e2e.b.screenshot(opd, 'opd-inbox-arrived-live');

    clock.set('2026-11-23T06:00:00Z'); // the officer gets to it an hour later
    // The case page: documents with their files, the timeline, and only the OPD's own step.
    await card.getByRole('link').click();
    await opd.getByRole('heading', { name: 'Dokumen' }).waitFor();
    await opd.getByRole('heading', { name: 'Riwayat' }).waitFor();
    expect(await opd.getByRole('button', { name: 'Catat tindak lanjut OPD', exact: true }).count()).toBe(1);
    expect(await opd.getByRole('button', { name: 'Teruskan ke Dinas Pendidikan', exact: true }).count()).toBe(0);
    await e2e.b.screenshot(opd, 'opd-case');

    // A photo of the KTP, added from the case page: uploaded, linked, shown as a preview.
    const camera = opd.getByLabel('Ambil foto: Fotokopi KTP');
    expect(await camera.getAttribute('capture')).toBe('environment');
    await opd.getByLabel('Pilih berkas: Fotokopi KTP').setInputFiles(path.join(fixtures, 'ktp.png'));
    await opd.getByText('✓ 1 berkas ditambahkan.').waitFor();
    const ktpFiles = opd.getByRole('list', { name: 'Berkas Fotokopi KTP' }).locator('img');
    await expect.poll(() => ktpFiles.count()).toBe(1);
    // The paper recorded at registration is kept with the new photo.
    const ktp = await readDocument(perangkat, forwarded.id, 'ktp-copy');
    expect(ktp).toMatchObject({ fileCount: 2, fileNames: ['ktp.png', 'ktp.jpg'] });
    await e2e.b.screenshot(opd, 'opd-case-photo-added');
    await e2e.b.screenshotOf(opd.getByRole('region', { name: 'Dokumen' }), 'opd-case-documents');

    // The OPD records its follow-up from the case page.
    await recordStep(opd, 'Catat tindak lanjut OPD', 'Masuk daftar penerima bantuan seragam semester genap.');
    await opd.getByText('Ditindaklanjuti OPD').first().waitFor();
    await e2e.b.screenshot(opd, 'opd-case-follow-up');

    await opd
      .getByRole('link', { name: /Kotak masuk/ })
      .first()
      .click();
    const inProgress = opd.getByRole('region', { name: /^Sedang ditindaklanjuti/ });
    await inProgress.getByText(forwarded.code).waitFor();
    await e2e.b.screenshot(opd, 'opd-inbox-in-progress');
  }, 120_000);

  it('catches up after the connection drops: a case forwarded while offline is there on reconnect', async () => {
    const opd = await e2e.b.open();
    // The real socket, passed through; the test cuts it, and refuses new ones while "offline".
    const sockets: WebSocketRoute[] = [];
    let offline = false;
    await opd.routeWebSocket(/\/graphql/, (ws) => {
      if (offline) return void ws.close({ code: 1001, reason: 'offline' });
      sockets.push(ws);
      ws.connectToServer();
    });
    await login(opd, e2e.t.url, 'opd.pendidikan', 'Kotak masuk');
    await opd.locator('.live-indicator--live').waitFor();
    // One case arrives live first: the page now holds a cursor to resume from.
    clock.advance(60 * 60 * 1000);
    const first = await flow.act(kades, await caseAtTheVillage(), 'forward-to-opd');
    await opd
      .getByRole('status')
      .filter({ hasText: `Kasus baru masuk: ${first.code}` })
      .waitFor();
    const atVillage = await caseAtTheVillage();

    offline = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1001, reason: 'offline' });
    await opd.locator('.live-indicator--offline').waitFor();
    await e2e.b.screenshot(opd, 'opd-inbox-offline');
    clock.advance(60 * 60 * 1000);
    const forwarded = await flow.act(kades, atVillage, 'forward-to-opd');
    expect(await opd.getByText(forwarded.code).count()).toBe(0);

    offline = false;
    await opd.locator('.live-indicator--live').waitFor();
    // Replayed from the page's last cursor: listed and announced as if it had been live.
    await opd
      .getByRole('region', { name: /^Baru masuk/ })
      .getByText(forwarded.code)
      .waitFor();
    await opd
      .getByRole('status')
      .filter({ hasText: `Kasus baru masuk: ${forwarded.code}` })
      .waitFor();
    await e2e.b.screenshot(opd, 'opd-inbox-after-reconnect');
  }, 90_000);

  it('brings an overdue Posyandu case live into the village officer’s queue as an escalation', async () => {
    const officer = await e2e.b.open();
    await login(officer, e2e.t.url, 'perangkat.gombang', 'Antrean kasus');
    const escalations = officer.getByRole('region', { name: /^Terlambat, dieskalasi ke Anda/ });
    await escalations.getByText('Tidak ada kasus di kelompok ini.').waitFor();

    clock.set('2026-11-24T02:00:00Z'); // Tuesday: due at the end of Tuesday 1 December
    const stuck = await flow.register(kader, pendidikanInput({ description: 'Belum ada yang memverifikasi.' }));
    clock.set('2026-12-01T17:00:00Z');
    expect((await e2e.t.server.tickDeadlines()).overdue).toBeGreaterThanOrEqual(1);

    await escalations.getByText(stuck.code).waitFor();
    expect(await escalations.getByRole('listitem').filter({ hasText: stuck.code }).textContent()).toMatch(/Terlambat/);
    await e2e.b.screenshot(officer, 'village-queue-escalated-live');
    // The case page says it too, in words.
    await escalations.getByRole('link', { name: new RegExp(stuck.code) }).click();
    await officer.getByRole('note').filter({ hasText: 'Dieskalasi karena terlambat' }).waitFor();
  }, 60_000);
});

async function recordStep(page: Page, label: string, note: string): Promise<void> {
  const button = page.getByRole('button', { name: label, exact: true });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await page
    .getByRole('form', { name: label })
    .getByLabel(/Catatan/)
    .fill(note);
  await page.getByRole('button', { name: `Kirim: ${label}` }).click();
  await page.getByText(`Tindakan "${label}" tersimpan.`).waitFor();
}

async function readDocument(client: GraphQLClient, caseId: string, code: string) {
  const { case: c } = await client.request<{
    case: { documents: Array<{ code: string; fileCount: number; fileNames: string[] }> };
  }>('query ($id: ID!) { case(id: $id) { documents { code fileCount fileNames } } }', { id: caseId });
  return c.documents.find((d) => d.code === code);
}
