import { whatsAppChannel } from '@posyandu-spm/server';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import {
  startTestServer,
  startWhatsAppApi,
  TestClock,
  type TestServer,
  type TestWhatsAppApi,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { chromiumAvailable, clickInHeader, consoleDir, E2eBrowser, login } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { code } }`;
const REASON =
  'WhatsApp 400 (#131026): Message Undeliverable — Unable to deliver message: the recipient is not a WhatsApp user';

/**
 * Issue 17 in real headless Chromium on a 360×640 phone: a citizen's WhatsApp receipt that the
 * provider (a real HTTP stand-in for the Cloud API) refused for good after a retried 500 is on the
 * admin's "Pesan gagal" tab, with the case and the provider's own reason; nothing was sent twice.
 * Screenshot: test-artifacts/e2e/failed-messages-*.png.
 */
describe.skipIf(!chromiumAvailable)('failed messages on the admin page in headless Chromium', () => {
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let t: TestServer;
  let wa: TestWhatsAppApi;
  let b: E2eBrowser;

  beforeAll(async () => {
    b = await E2eBrowser.launch('failed-messages');
    wa = await startWhatsAppApi({ spm_tanda_terima: { languages: ['id', 'en'], params: 3 } });
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      consoleDir,
      clock,
      channels: [
        whatsAppChannel({
          baseUrl: wa.url,
          apiVersion: wa.apiVersion,
          phoneNumberId: wa.phoneNumberId,
          accessToken: wa.accessToken,
          appSecret: wa.appSecret,
        }),
      ],
    });
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
    await wa?.close();
  });

  it('shows the refused receipt with the case code and the provider’s reason', async () => {
    wa.failNext(500, {
      status: 400,
      code: 131026,
      message: 'Message Undeliverable',
      details: 'Unable to deliver message: the recipient is not a WhatsApp user',
    });
    const kader = await t.as('kader.gombang');
    const { code } = (
      await kader.request<{ registerCase: { code: string } }>(REGISTER, {
        input: pendidikanInput({ messageConsent: { channel: 'WHATSAPP', language: 'id' } }),
      })
    ).registerCase;
    await t.server.deliverOutbox();
    clock.advance(60_000);
    await t.server.deliverOutbox();
    clock.advance(60 * 60_000);
    await t.server.deliverOutbox();
    expect(wa.requests.map((r) => r.answered)).toEqual([500, 400]);

    const page = await b.open();
    await login(page, t.url, 'admin.klaten', /Antrean kasus|Administrasi/);
    await clickInHeader(page, 'Admin');
    await page.getByRole('tab', { name: 'Pesan gagal' }).click();
    const item = page.getByRole('listitem').filter({ hasText: code });
    await item.getByText(`Alasan: ${REASON}`).waitFor();
    await item.getByText('WhatsApp', { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await b.screenshot(page, 'tab');
    expect(wa.accepted).toEqual([]);
  }, 120_000);
});
