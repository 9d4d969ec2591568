import { smsChannel, whatsAppChannel } from '@posyandu-spm/server';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import {
  startSmsGateway,
  startTestServer,
  startWhatsAppApi,
  TestClock,
  type TestServer,
  type TestSmsGateway,
  type TestWhatsAppApi,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

const ACT = `mutation ($id: ID!, $v: Int!, $action: String!) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: { note: "Bantuan seragam disalurkan." }) { version } }`;
const REGISTER = `mutation ($input: RegisterCaseInput!) {
  registerCase(input: $input) { id code version trackingPin messageConsent { channel language givenAt } } }`;
const FAILED = `{ failedMessages { id channel recipient kind caseCode attempts lastError template failedAt } }`;

/** The templates as the operator approved them in the WhatsApp Manager (docs/operations.md). */
const APPROVED = {
  spm_tanda_terima: { languages: ['id', 'en'], params: 3 },
  spm_status_kasus: { languages: ['id', 'en'], params: 2 },
  spm_hasil_kasus: { languages: ['id', 'en'], params: 2 },
};

interface FailedMessage {
  id: string;
  channel: string;
  recipient: string;
  kind: string;
  caseCode: string;
  attempts: number;
  lastError: string;
  template: string | null;
  failedAt: string;
}

/** Citizens told of their case over WhatsApp and SMS, through the outbox, against real HTTP providers (issue 17). */
describe('citizen messages: WhatsApp templates and SMS, in the citizen’s language, retried, then shown to the admin', () => {
  let t: TestServer;
  let wa: TestWhatsAppApi;
  let sms: TestSmsGateway;
  const admin = () => t.as('admin.klaten');
  /** The messages are written with the change, in its transaction: one run sends them all. */
  const deliver = () => t.server.deliverOutbox();
  const act = async (id: string, v: number, action: string, who = 'opd.pendidikan') =>
    (await (await t.as(who)).request<{ performAction: { version: number } }>(ACT, { id, v, action })).performAction
      .version;

  beforeAll(async () => {
    wa = await startWhatsAppApi(APPROVED);
    sms = await startSmsGateway();
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock: new TestClock('2026-11-23T02:00:00Z'),
      publicUrl: 'https://spm.klatenkab.go.id',
      channels: [
        whatsAppChannel({
          baseUrl: wa.url,
          apiVersion: wa.apiVersion,
          phoneNumberId: wa.phoneNumberId,
          accessToken: wa.accessToken,
          appSecret: wa.appSecret,
          verifyToken: 'posyandu-verify',
        }),
        smsChannel({
          url: sms.url,
          token: sms.token,
          sender: 'POSYANDU',
          callbackUrl: () => `${t.url}/channels/sms/status`,
          callbackSecret: sms.callbackSecret,
        }),
      ],
    });
  });
  afterAll(async () => {
    await t?.close();
    await wa?.close();
    await sms?.close();
  });

  it('WhatsApp in English: the receipt with the tracking code, each status change in the citizen’s words, then the outcome', async () => {
    const forwarded = await caseForwardedToOpd(t, { messageConsent: { channel: 'WHATSAPP', language: 'en' } });
    const v = await act(forwarded.id, forwarded.version, 'record-opd-follow-up');
    await act(forwarded.id, v, 'complete');
    const { code } = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [forwarded.id]))
      .rows[0]!;
    expect(await deliver()).toEqual({ sent: 7, failed: 0 });
    expect(wa.accepted.map((m) => [m.template, m.language, m.params])).toEqual([
      ['spm_tanda_terima', 'en', [code, 'Basic-education school-cost aid', 'https://spm.klatenkab.go.id/lacak']],
      ['spm_status_kasus', 'en', [code, 'Being verified']],
      ['spm_status_kasus', 'en', [code, 'Eligible, to be submitted to the village']],
      ['spm_status_kasus', 'en', [code, 'With the village government']],
      ['spm_status_kasus', 'en', [code, 'With the education agency']],
      ['spm_status_kasus', 'en', [code, 'Being acted on by the agency']],
      ['spm_hasil_kasus', 'en', [code, 'Served']],
    ]);
    // The number as the kader typed it (0812-2700-4321), in international digits; each request with the bearer token.
    expect(new Set(wa.accepted.map((m) => m.to))).toEqual(new Set(['6281227004321']));
    expect(wa.requests.every((r) => r.authorization === `Bearer ${wa.accessToken}`)).toBe(true);
    expect(sms.accepted).toEqual([]);
    // Nothing more on the next run: each event is told once.
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    expect(wa.accepted).toHaveLength(7);
    const consent = await t.sql.query(
      'select message_channel, message_language, message_consent_at from spm_case where id = $1',
      [forwarded.id],
    );
    expect(consent.rows).toEqual([
      { message_channel: 'WHATSAPP', message_language: 'en', message_consent_at: new Date('2026-11-23T02:00:00Z') },
    ]);
  });

  it('WhatsApp delivery statuses signed with the app secret are recorded; a forged one is refused; a late "delivered" never hides "read"', async () => {
    const last = wa.accepted.at(-1)!;
    const callback = `${t.url}/channels/whatsapp/status`;
    expect(await wa.sendStatus(callback, last.id, 'read', { secret: 'not-the-app-secret' })).toBe(401);
    const status = async () =>
      (await t.sql.query('select delivery_status from outbox_message where provider_message_id = $1', [last.id]))
        .rows[0]?.delivery_status as string;
    expect(await status()).toBe('ACCEPTED');
    expect(await wa.sendStatus(callback, last.id, 'read')).toBe(200);
    expect(await wa.sendStatus(callback, last.id, 'delivered')).toBe(200);
    expect(await status()).toBe('READ');
    // Meta's verification of the callback URL: the challenge is echoed for the right verify token only.
    const verify = (token: string) =>
      fetch(`${callback}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`);
    expect(await (await verify('posyandu-verify')).text()).toBe('1158201444');
    expect((await verify('guess')).status).toBe(403);
  });

  it('SMS in Indonesian: the text names the code and the status; the gateway’s signed report marks it delivered', async () => {
    const kader = await t.as('kader.gombang');
    const c = (
      await kader.request<{ registerCase: { id: string; code: string; version: number } }>(REGISTER, {
        input: pendidikanInput({ messageConsent: { channel: 'SMS', language: 'id' } }),
      })
    ).registerCase;
    await act(c.id, c.version, 'start-verification', 'kader.gombang');
    expect(await deliver()).toEqual({ sent: 2, failed: 0 });
    expect(sms.accepted.map((m) => [m.to, m.from, m.text])).toEqual([
      [
        '+6281227004321',
        'POSYANDU',
        `Posyandu SPM: permohonan "Bantuan biaya pendidikan dasar" Anda sudah dicatat dengan kode ${c.code}. Pantau di https://spm.klatenkab.go.id/lacak dengan kode ini dan 4 angka terakhir nomor HP Anda.`,
      ],
      ['+6281227004321', 'POSYANDU', `Posyandu SPM: kasus ${c.code} kini berstatus: Sedang diverifikasi.`],
    ]);
    const first = sms.accepted[0]!;
    expect(await sms.report(first.id, 'DELIVERED', { secret: 'forged' })).toBe(401);
    expect(await sms.report(first.id, 'DELIVERED')).toBe(200);
    const row = await t.sql.query(
      'select delivery_status, id::text from outbox_message where provider_message_id = $1',
      [first.id],
    );
    expect(row.rows).toEqual([{ delivery_status: 'DELIVERED', id: first.reference }]);
  });

  it('a provider error is retried with backoff; after the last retry the message is shown to the admin with its reason, and the admin’s retry sends it', async () => {
    const kader = await t.as('kader.gombang');
    wa.failNext(...Array<number>(10).fill(500));
    const c = (
      await kader.request<{ registerCase: { id: string; code: string } }>(REGISTER, {
        input: pendidikanInput({ messageConsent: { channel: 'WHATSAPP', language: 'id' } }),
      })
    ).registerCase;
    const before = wa.accepted.length;
    expect(await deliver()).toEqual({ sent: 0, failed: 1 });
    // Ten attempts, 1, 2, 4 … 60 minutes apart: a few hours of rounds.
    for (let i = 0; i < 30; i += 1) {
      t.clock.advance(30 * 60_000);
      await t.server.deliverOutbox();
    }
    expect(wa.requests.filter((r) => r.answered === 500)).toHaveLength(10);
    expect(wa.accepted).toHaveLength(before);
    const failed = (await (await admin()).request<{ failedMessages: FailedMessage[] }>(FAILED)).failedMessages;
    expect(failed).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        recipient: expect.stringMatching(/^•{8,}4321$/),
        kind: 'CITIZEN_RECEIPT',
        caseCode: c.code,
        attempts: 10,
        template: 'spm_tanda_terima (id)',
        lastError: expect.stringMatching(/^WhatsApp 500 \(#131000\): Something went wrong/),
      }),
    ]);
    // Another kabupaten's admin would not see it; a kader may not look at all.
    expect((await kader.error(FAILED)).extensions?.code).toBe('FORBIDDEN');
    const retried = await (
      await admin()
    ).request<{ retryMessage: { failedAt: string | null; attempts: number } }>(
      'mutation ($id: ID!) { retryMessage(id: $id) { failedAt attempts } }',
      { id: failed[0]?.id },
    );
    expect(retried.retryMessage).toEqual({ failedAt: null, attempts: 0 });
    await t.server.deliverOutbox();
    expect(wa.accepted.slice(before).map((m) => [m.template, m.params[0]])).toEqual([['spm_tanda_terima', c.code]]);
    expect((await (await admin()).request<{ failedMessages: FailedMessage[] }>(FAILED)).failedMessages).toEqual([]);
  });

  it('a message the provider reports as failed (undeliverable) is shown to the admin at once, with the provider’s reason', async () => {
    const last = wa.accepted.at(-1)!;
    expect(
      await wa.sendStatus(`${t.url}/channels/whatsapp/status`, last.id, 'failed', {
        error: { code: 131026, title: 'Message undeliverable', details: 'the number is not on WhatsApp' },
      }),
    ).toBe(200);
    const failed = (await (await admin()).request<{ failedMessages: FailedMessage[] }>(FAILED)).failedMessages;
    expect(failed.map((m) => m.lastError)).toEqual([
      'WhatsApp #131026: Message undeliverable — the number is not on WhatsApp',
    ]);
  });

  it('consent needs a phone; a reporter without one gets a PIN on the receipt that opens the case at /lacak', async () => {
    const kader = await t.as('kader.gombang');
    const noPhone = pendidikanInput();
    const applicant = { ...(noPhone.applicant as Record<string, unknown>), phone: null };
    const refused = await kader.error(REGISTER, {
      input: { ...noPhone, applicant, messageConsent: { channel: 'SMS', language: 'id' } },
    });
    expect(refused.extensions?.code).toBe('VALIDATION_FAILED');
    expect(refused.extensions?.fields?.map((f) => f.field)).toEqual(['messageConsent']);
    const c = (
      await kader.request<{ registerCase: { code: string; trackingPin: string; messageConsent: null } }>(REGISTER, {
        input: { ...noPhone, applicant },
      })
    ).registerCase;
    expect(c.trackingPin).toMatch(/^\d{4}$/);
    expect(c.messageConsent).toBeNull();
    // Without consent nothing is queued for the citizen.
    const queued = await t.sql.query(
      'select 1 from outbox_message m join spm_case c on c.id = m.case_id where c.code = $1',
      [c.code],
    );
    expect(queued.rows).toEqual([]);
    const track = (pin: string) =>
      t
        .anonymous()
        .request<{ trackCase: { status: { id: string } } | null }>(
          'query ($code: String!, $pin: String!) { trackCase(code: $code, phoneLast4: $pin) { status { id } } }',
          { code: c.code, pin },
        );
    expect((await track(c.trackingPin)).trackCase?.status.id).toBe('Permohonan diterima kader');
    const wrong = String((Number(c.trackingPin) + 1) % 10_000).padStart(4, '0');
    expect((await track(wrong)).trackCase).toBeNull();
  });
});
