import { whatsAppChannel } from '@posyandu-spm/server';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import {
  startTestServer,
  startWhatsAppApi,
  TestClock,
  type TestServer,
  type TestWhatsAppApi,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`;
const ACT = `mutation ($id: ID!, $v: Int!) {
  performAction(caseId: $id, action: "start-verification", expectedVersion: $v) { version } }`;
const FAILED = `{ failedMessages { id channel kind caseCode attempts lastError template failedAt } }`;
const APPROVED = {
  spm_tanda_terima: { languages: ['id', 'en'], params: 3 },
  spm_status_kasus: { languages: ['id', 'en'], params: 2 },
  spm_hasil_kasus: { languages: ['id', 'en'], params: 2 },
};
const NOT_ON_WHATSAPP = {
  status: 400,
  code: 131026,
  message: 'Message Undeliverable',
  details: 'Unable to deliver message: the recipient is not a WhatsApp user',
};

/**
 * Issue 17: a citizen's WhatsApp message that the provider refuses for good, after transient
 * errors were retried, is given up at once, listed for the admin ("Pesan gagal") with the
 * provider's own reason, and never sent again by itself; the next message is sent once.
 */
describe('a WhatsApp message finally refused by the provider', () => {
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let t: TestServer;
  let wa: TestWhatsAppApi;

  beforeAll(async () => {
    wa = await startWhatsAppApi(APPROVED);
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock,
      publicUrl: 'https://spm.klatenkab.go.id',
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
  });
  afterAll(async () => {
    await t?.close();
    await wa?.close();
  });

  it('retries a 500 and a 429, gives up on #131026 with its reason for the admin, and sends nothing twice', async () => {
    const kader = await t.as('kader.gombang');
    const admin = await t.as('admin.klaten');
    wa.failNext(500, 429, NOT_ON_WHATSAPP);
    const c = (
      await kader.request<{ registerCase: { id: string; code: string; version: number } }>(REGISTER, {
        input: pendidikanInput({ messageConsent: { channel: 'WHATSAPP', language: 'id' } }),
      })
    ).registerCase;
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    // Not yet given up: a server error and a rate limit are worth another try, 1 then 2 minutes later.
    expect((await admin.request<{ failedMessages: unknown[] }>(FAILED)).failedMessages).toEqual([]);
    clock.advance(60_000);
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    clock.advance(2 * 60_000);
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    expect(wa.requests.map((r) => r.answered)).toEqual([500, 429, 400]);

    const failed = (await admin.request<{ failedMessages: Array<Record<string, unknown>> }>(FAILED)).failedMessages;
    expect(failed).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        kind: 'CITIZEN_RECEIPT',
        caseCode: c.code,
        attempts: 3,
        template: 'spm_tanda_terima (id)',
        lastError:
          'WhatsApp 400 (#131026): Message Undeliverable — Unable to deliver message: the recipient is not a WhatsApp user',
      }),
    ]);

    // Hours of rounds later the refused receipt was not tried again.
    for (let i = 0; i < 12; i += 1) {
      clock.advance(30 * 60_000);
      await t.server.deliverOutbox();
    }
    expect(wa.requests).toHaveLength(3);
    expect(wa.accepted).toEqual([]);

    // The case goes on: its next message is sent once, the refused one still not.
    await kader.request(ACT, { id: c.id, v: c.version });
    expect(await t.server.deliverOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 0 });
    expect(wa.accepted.map((m) => [m.template, m.params[0]])).toEqual([['spm_status_kasus', c.code]]);
    const rows = await t.sql.query<{ kind: string; attempts: number; sent: boolean; given_up: boolean }>(
      `select kind, attempts, sent_at is not null as sent, failed_at is not null as given_up
         from outbox_message where case_id = $1 order by created_at, kind`,
      [c.id],
    );
    expect(rows.rows).toEqual([
      { kind: 'CITIZEN_RECEIPT', attempts: 3, sent: false, given_up: true },
      { kind: 'CITIZEN_STATUS', attempts: 1, sent: true, given_up: false },
    ]);
  });
});
