import { smsChannel, whatsAppChannel } from '@posyandu-spm/server';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import {
  startSmsGateway,
  startTestServer,
  startWhatsAppApi,
  TestClock,
  type GraphQLClient,
  type TestServer,
  type TestSmsGateway,
  type TestWhatsAppApi,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

const SETTINGS = `phone notificationChannels { email whatsapp sms }
  notificationConsent { channels phone givenAt source recordedBy }`;
const MINE = `mutation ($input: NotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { locale ${SETTINGS} } }`;
const THEIRS = `mutation ($u: ID!, $input: NotificationSettingsInput!) {
  setUserNotificationSettings(userId: $u, input: $input) { language ${SETTINGS} } }`;
const CREATE = `mutation ($s: NotificationSettingsInput) {
  createUser(username: "bidan.kalitengah", displayName: "Bidan Kalitengah", password: "Kalitengah-2026!", notificationSettings: $s) {
    username language ${SETTINGS} } }`;
const FAILED = `{ failedMessages { id channel recipient kind caseCode attempts lastError template body failedAt } }`;

/** The officer templates as the operator approved them (docs/operations.md). */
const APPROVED = {
  spm_petugas_kasus_masuk: { languages: ['id', 'en'], params: 4 },
  spm_petugas_kasus_kembali: { languages: ['id', 'en'], params: 4 },
  spm_petugas_jatuh_tempo: { languages: ['id', 'en'], params: 4 },
  spm_petugas_terlambat: { languages: ['id', 'en'], params: 4 },
  spm_petugas_eskalasi: { languages: ['id', 'en'], params: 5 },
  spm_petugas_tenggat_baru: { languages: ['id', 'en'], params: 4 },
  spm_petugas_tindak_lanjut: { languages: ['id', 'en'], params: 4 },
  spm_petugas_akses_pelapor: { languages: ['id', 'en'], params: 4 },
};
/** Meta's answer for a recipient who is not on WhatsApp (Cloud API error codes). */
const NOT_ON_WHATSAPP = {
  status: 400,
  code: 131026,
  message: 'Message Undeliverable',
  details: 'Unable to deliver message: the recipient is not a WhatsApp user',
};
const TYPE = { id: 'Bantuan biaya pendidikan dasar', en: 'Basic-education school-cost aid' };
const PUBLIC_URL = 'https://spm.klatenkab.go.id';
const OPD_WA = '6281211112222';
const KADIS = '+6281333334444';

/**
 * Officers' notices over WhatsApp and SMS (issue 17 item 7): each user keeps a mobile number, the
 * channels they chose (the app always; e-mail, WhatsApp, SMS), their language and their consent
 * to WhatsApp/SMS (given on /profil, or through their admin); the inbox, deadline and escalation
 * notices go through the same outbox and real HTTP providers as the citizens' messages, as
 * approved templates with the case's code, type, due date and link — nothing else.
 */
describe('officer notices by WhatsApp and SMS, as each officer chose and consented', () => {
  // Monday 23 November 2026, 09:00 WIB: the case is due at the end of Monday 30 November.
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let t: TestServer;
  let wa: TestWhatsAppApi;
  let sms: TestSmsGateway;
  let opd: GraphQLClient;
  let admin: GraphQLClient;
  let ids: Record<string, string>;
  let names: Record<string, string>;
  let c: { id: string; version: number };
  let code: string;
  let link: string;

  const stored = async (username: string) =>
    (
      await t.sql.query(
        `select phone, locale, notify_email, notify_whatsapp, notify_sms, message_consent from app_user where username = $1`,
        [username],
      )
    ).rows[0];
  const waSent = (from = 0) =>
    wa.accepted
      .slice(from)
      .map((m) => [m.to, m.template, m.language, m.params])
      .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));

  beforeAll(async () => {
    wa = await startWhatsAppApi(APPROVED);
    sms = await startSmsGateway();
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock,
      publicUrl: PUBLIC_URL,
      channels: [
        whatsAppChannel({
          baseUrl: wa.url,
          apiVersion: wa.apiVersion,
          phoneNumberId: wa.phoneNumberId,
          accessToken: wa.accessToken,
          appSecret: wa.appSecret,
        }),
        smsChannel({ url: sms.url, token: sms.token, sender: 'POSYANDU', callbackSecret: sms.callbackSecret }),
      ],
    });
    [opd, admin] = await Promise.all([t.as('opd.pendidikan'), t.as('admin.klaten')]);
    const users = await t.sql.query<{ username: string; id: string; display_name: string }>(
      `select username, id, display_name from app_user`,
    );
    ids = Object.fromEntries(users.rows.map((u) => [u.username, u.id]));
    names = Object.fromEntries(users.rows.map((u) => [u.username, u.display_name]));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await wa?.close();
    await sms?.close();
  });

  it('refuses a channel without a number, a number that is not an Indonesian mobile, WhatsApp without consent and an unknown language, each on its field; nothing is written', async () => {
    const fields = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => {
      const error = await client.error(query, variables);
      expect(error.extensions?.code).toBe('VALIDATION_FAILED');
      return error.extensions?.fields?.map((f) => f.field);
    };
    const input = (more: Record<string, unknown>) => ({
      input: { email: false, whatsapp: false, sms: false, ...more },
    });
    expect(await fields(opd, MINE, input({ phone: null, whatsapp: true, sms: true, consent: true }))).toEqual([
      'input.whatsapp',
      'input.sms',
    ]);
    expect(await fields(opd, MINE, input({ phone: '+1 415 555 0100', whatsapp: true, consent: true }))).toEqual([
      'input.phone',
    ]);
    // A landline cannot take WhatsApp or SMS.
    expect(await fields(opd, MINE, input({ phone: '(0272) 321 456', sms: true, consent: true }))).toEqual([
      'input.phone',
    ]);
    expect(await fields(opd, MINE, input({ phone: '0812-1111-2222', language: 'fr' }))).toEqual(['input.language']);
    const noConsent = await opd.error(MINE, input({ phone: '0812-1111-2222', whatsapp: true }));
    expect(noConsent.extensions?.fields?.map((f) => f.field)).toEqual(['input.consent']);
    expect(noConsent.extensions?.fields?.[0]?.messages).toEqual({
      id: 'Centang persetujuan Anda untuk menerima pemberitahuan lewat WhatsApp di nomor ini.',
      en: 'Tick your consent to receive notices by WhatsApp at this number.',
    });
    // The admin may record it only with the officer's consent, and says so.
    const byAdmin = await admin.error(THEIRS, {
      u: ids['koordinator.klaten'],
      ...input({ phone: '0815 5555 6666', whatsapp: true, sms: true }),
    });
    expect(byAdmin.extensions?.fields?.map((f) => f.field)).toEqual(['input.consent']);
    expect(byAdmin.extensions?.fields?.[0]?.messages.en).toBe(
      "Notices by WhatsApp / SMS need the officer's consent for this number; tick it only when the officer has agreed.",
    );
    const created = await admin.error(CREATE, {
      s: { phone: '0816 7777 8888', email: false, whatsapp: true, sms: false },
    });
    expect(created.extensions?.fields?.map((f) => f.field)).toEqual(['notificationSettings.consent']);

    const untouched = {
      phone: null,
      locale: 'id',
      notify_email: true,
      notify_whatsapp: false,
      notify_sms: false,
      message_consent: null,
    };
    expect(await stored('opd.pendidikan')).toEqual(untouched);
    expect(await stored('koordinator.klaten')).toEqual(untouched);
    expect((await t.sql.query(`select 1 from app_user where username = 'bidan.kalitengah'`)).rows).toEqual([]);
  });

  it('records the consent with its time and who gave it: the officer on their profile, the admin for another with theirs', async () => {
    const mine = await opd.request<{ updateMyNotificationSettings: unknown }>(MINE, {
      input: { phone: '0812-1111-2222', email: false, whatsapp: true, sms: false, language: 'en', consent: true },
    });
    expect(mine.updateMyNotificationSettings).toEqual({
      locale: 'en',
      phone: '+6281211112222',
      notificationChannels: { email: false, whatsapp: true, sms: false },
      notificationConsent: {
        channels: ['WHATSAPP'],
        phone: '+6281211112222',
        givenAt: clock.now().toISOString(),
        source: 'SELF',
        recordedBy: names['opd.pendidikan'],
      },
    });
    const theirs = await admin.request<{ setUserNotificationSettings: unknown }>(THEIRS, {
      u: ids['kadis.pendidikan'],
      input: { phone: '+62 813 3333 4444', email: false, whatsapp: true, sms: true, consent: true },
    });
    expect(theirs.setUserNotificationSettings).toEqual({
      language: 'id',
      phone: KADIS,
      notificationChannels: { email: false, whatsapp: true, sms: true },
      notificationConsent: {
        channels: ['WHATSAPP', 'SMS'],
        phone: KADIS,
        givenAt: clock.now().toISOString(),
        source: 'ADMIN',
        recordedBy: names['admin.klaten'],
      },
    });
    // The coordinator's number is on file, but no consent and no channel: no message will reach it.
    await admin.request(THEIRS, {
      u: ids['koordinator.klaten'],
      input: { phone: '0815 5555 6666', email: false, whatsapp: false, sms: false },
    });
    // A new user, created with their consent to WhatsApp.
    const created = await admin.request<{ createUser: Record<string, unknown> }>(CREATE, {
      s: { phone: '0816 7777 8888', email: false, whatsapp: true, sms: false, language: 'en', consent: true },
    });
    expect(created.createUser).toMatchObject({
      language: 'en',
      phone: '+6281677778888',
      notificationConsent: { channels: ['WHATSAPP'], source: 'ADMIN', recordedBy: names['admin.klaten'] },
    });
    // Another officer may not change someone else's settings.
    expect(
      (await opd.error(THEIRS, { u: ids['kadis.pendidikan'], input: { email: true, whatsapp: false, sms: false } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    // The same choice saved again needs no new consent, and keeps the one on record.
    clock.advance(60_000);
    const again = await opd.request<{ updateMyNotificationSettings: unknown }>(MINE, {
      input: { phone: '+6281211112222', email: false, whatsapp: true, sms: false },
    });
    expect(again).toEqual(mine);
    const me = await opd.request<{ me: unknown }>(`{ me { locale ${SETTINGS} } }`);
    expect(me.me).toEqual(mine.updateMyNotificationSettings);
  });

  it('the new case in the inbox and the due-soon notice reach each consenting officer in their language, in working hours; nobody else, and once', async () => {
    c = await caseForwardedToOpd(t);
    code = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [c.id])).rows[0]!.code;
    link = `${PUBLIC_URL}/kasus/${c.id}`;
    // Forwarded at 09:00 WIB, a working hour: the Dinas's members hear of the new case at once.
    await t.server.deliverOutbox();
    expect(waSent()).toEqual([
      [OPD_WA, 'spm_petugas_kasus_masuk', 'en', [code, TYPE.en, '30 Nov 2026', link]],
      ['6281333334444', 'spm_petugas_kasus_masuk', 'id', [code, TYPE.id, '30 Nov 2026', link]],
    ]);
    expect(sms.accepted.map((m) => [m.to, m.text])).toEqual([
      [
        KADIS,
        `Posyandu SPM: kasus ${code} (${TYPE.id}) masuk ke kotak masuk unit Anda, tenggat 30 Nov 2026. Buka ${link} untuk rinciannya.`,
      ],
    ]);
    // 00:00 WIB on Monday 30 November, the last working day: the holder's members are told —
    // not at midnight: the messages wait for 08:00 WIB.
    clock.set('2026-11-29T17:00:00Z');
    expect((await t.server.tickDeadlines()).dueSoon).toBe(1);
    await t.server.deliverOutbox();
    expect(wa.accepted).toHaveLength(2);
    clock.set('2026-11-30T01:00:00Z');
    await t.server.deliverOutbox();
    expect(waSent(2)).toEqual([
      [OPD_WA, 'spm_petugas_jatuh_tempo', 'en', [code, TYPE.en, '30 Nov 2026', link]],
      ['6281333334444', 'spm_petugas_jatuh_tempo', 'id', [code, TYPE.id, '30 Nov 2026', link]],
    ]);
    expect(sms.accepted.slice(1).map((m) => m.text)).toEqual([
      `Posyandu SPM: kasus ${code} (${TYPE.id}) jatuh tempo 30 Nov 2026; mohon segera diselesaikan. Buka ${link} untuk rinciannya.`,
    ]);
    // Both still get it in the app; a next run sends nothing again.
    for (const who of ['opd.pendidikan', 'kadis.pendidikan']) {
      const notes = await (
        await t.as(who)
      ).request<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }');
      expect(notes.notifications.map((n) => n.kind)).toEqual(['DEADLINE_DUE_SOON', 'CASE_RECEIVED']);
    }
    await t.server.deliverOutbox();
    expect(wa.accepted).toHaveLength(4);
    expect(sms.accepted).toHaveLength(2);
  });

  it('overdue and escalated: the Dinas head hears of level 1 on WhatsApp and SMS; the coordinator, with a number but no consent, only in the app', async () => {
    // 00:00 WIB Tuesday 1 December: past the deadline, level 1 (the holder's head).
    clock.set('2026-11-30T17:00:00Z');
    expect(await t.server.tickDeadlines()).toMatchObject({ overdue: 1 });
    clock.set('2026-12-01T01:00:00Z');
    await t.server.deliverOutbox();
    expect(waSent(4)).toEqual([
      [OPD_WA, 'spm_petugas_terlambat', 'en', [code, TYPE.en, '30 Nov 2026', link]],
      ['6281333334444', 'spm_petugas_eskalasi', 'id', ['1', code, TYPE.id, '30 Nov 2026', link]],
      ['6281333334444', 'spm_petugas_terlambat', 'id', [code, TYPE.id, '30 Nov 2026', link]],
    ]);
    expect(
      sms.accepted
        .slice(2)
        .map((m) => m.text)
        .sort(),
    ).toEqual([
      `Posyandu SPM: eskalasi tingkat 1. Kasus ${code} (${TYPE.id}) melewati tenggat 30 Nov 2026 dan belum diselesaikan. Buka ${link} untuk rinciannya.`,
      `Posyandu SPM: kasus ${code} (${TYPE.id}) melewati tenggat 30 Nov 2026. Buka ${link} untuk menindaklanjutinya.`,
    ]);
    // Thursday 3 December: level 2, the SPM coordination team.
    clock.set('2026-12-03T02:00:00Z');
    expect(await t.server.tickDeadlines()).toMatchObject({ escalated: 1 });
    await t.server.deliverOutbox();
    const coordinator = await t.as('koordinator.klaten');
    const notes = await coordinator.request<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }');
    expect(notes.notifications.map((n) => n.kind)).toEqual(['ESCALATED']);
    const toCoordinator = await t.sql.query(`select channel from outbox_message where recipient = '+6281555556666'`);
    expect(toCoordinator.rows).toEqual([]);
    expect(wa.accepted).toHaveLength(7);
    expect(sms.accepted).toHaveLength(4);
  });

  it("an officer's WhatsApp notice refused for good (#131026) is not retried, is listed in Pesan gagal with the reason, and goes out when the admin resends it", async () => {
    // The head keeps SMS only (no new consent needed for less); the coordinator takes the case up.
    await admin.request(THEIRS, {
      u: ids['kadis.pendidikan'],
      input: { phone: KADIS, email: false, whatsapp: false, sms: true },
    });
    const coordinator = await t.as('koordinator.klaten');
    await coordinator.request(
      `mutation ($id: ID!) { takeUpEscalatedCase(caseId: $id, note: "Rapat dengan Dinas, Senin.") { id } }`,
      { id: c.id },
    );
    wa.failNext(NOT_ON_WHATSAPP);
    const before = wa.requests.length;
    expect(await t.server.deliverOutbox()).toEqual({ sent: 1, failed: 1 });
    expect(wa.requests.slice(before).map((r) => r.answered)).toEqual([400]);
    // The SMS went; the coordinator's free-text note is in neither.
    expect(sms.accepted.at(-1)?.text).toBe(
      `Posyandu SPM: Koordinator SPM menindaklanjuti kasus ${code} (${TYPE.id}, tenggat 30 Nov 2026) bersama unit Anda. Buka ${link} untuk catatannya.`,
    );
    const failed = (await admin.request<{ failedMessages: Array<Record<string, unknown>> }>(FAILED)).failedMessages;
    expect(failed).toEqual([
      expect.objectContaining({
        channel: 'whatsapp',
        recipient: '•••••••••2222',
        kind: 'OFFICER_NOTICE',
        caseCode: code,
        attempts: 1,
        template: 'spm_petugas_tindak_lanjut (en)',
        body: `Posyandu SPM: the SPM coordinator took up case ${code} (${TYPE.en}, due 30 Nov 2026) with your unit. Open ${link} for the note.`,
        lastError:
          'WhatsApp 400 (#131026): Message Undeliverable — Unable to deliver message: the recipient is not a WhatsApp user',
      }),
    ]);
    // Hours of rounds later it was not tried again.
    for (let i = 0; i < 8; i += 1) {
      clock.advance(30 * 60_000);
      await t.server.deliverOutbox();
    }
    expect(wa.requests.length).toBe(before + 1);
    // The admin sends it again (the officer fixed their number meanwhile): it goes out once.
    await admin.request(`mutation ($id: ID!) { retryMessage(id: $id) { id } }`, { id: failed[0]!.id });
    expect(await t.server.deliverOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(waSent(7)).toEqual([[OPD_WA, 'spm_petugas_tindak_lanjut', 'en', [code, TYPE.en, '30 Nov 2026', link]]]);
    expect((await admin.request<{ failedMessages: unknown[] }>(FAILED)).failedMessages).toEqual([]);
    // Meta may also refuse later, on its status webhook (signed with the app secret): the officer's
    // message is back on the admin's list with that reason.
    expect(
      await wa.sendStatus(`${t.url}/channels/whatsapp/status`, wa.accepted.at(-1)!.id, 'failed', {
        error: { code: 131026, title: 'Message undeliverable', details: 'the number is not on WhatsApp' },
      }),
    ).toBe(200);
    const later = (await admin.request<{ failedMessages: Array<Record<string, unknown>> }>(FAILED)).failedMessages;
    expect(later.map((m) => [m.id, m.kind, m.template, m.lastError])).toEqual([
      [
        failed[0]!.id,
        'OFFICER_NOTICE',
        'spm_petugas_tindak_lanjut (en)',
        'WhatsApp #131026: Message undeliverable — the number is not on WhatsApp',
      ],
    ]);
  });

  it('an officer who turns WhatsApp off withdraws the consent and gets nothing on WhatsApp for the next case', async () => {
    const off = await opd.request<{ updateMyNotificationSettings: { notificationConsent: unknown } }>(MINE, {
      input: { phone: '0812-1111-2222', email: false, whatsapp: false, sms: false },
    });
    expect(off.updateMyNotificationSettings.notificationConsent).toBeNull();
    const sentBefore = wa.accepted.length;
    const next = await caseForwardedToOpd(t);
    await t.server.deliverOutbox();
    const rows = await t.sql.query<{ channel: string; recipient: string }>(
      `select channel, recipient from outbox_message where case_id = $1 and kind = 'OFFICER_NOTICE' order by channel`,
      [next.id],
    );
    expect(rows.rows).toEqual([{ channel: 'sms', recipient: KADIS }]);
    expect(wa.accepted).toHaveLength(sentBefore);
  });

  it('a case returned (bukan wewenang) tells the sending unit with the return template, without the reason', async () => {
    await admin.request(THEIRS, {
      u: ids['perangkat.gombang'],
      input: { phone: '0817 1234 5678', email: false, whatsapp: true, sms: false, consent: true },
    });
    let next = await caseForwardedToOpd(t);
    next = (
      await opd.request<{ performAction: { id: string; version: number } }>(
        `mutation ($id: ID!, $v: Int!, $input: ActionInput) {
          performAction(caseId: $id, action: "return-not-competent", expectedVersion: $v, input: $input) { id version } }`,
        { id: next.id, v: next.version, input: { reason: 'Bantuan seragam adalah wewenang\nDinas Sosial.' } },
      )
    ).performAction;
    const from = wa.accepted.length;
    await t.server.deliverOutbox();
    const nextCode = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [next.id]))
      .rows[0]!.code;
    // Registered Thursday 3 December: due Thursday 10 December, as Indonesian reads it.
    expect(waSent(from).filter((m) => m[1] === 'spm_petugas_kasus_kembali')).toEqual([
      [
        '6281712345678',
        'spm_petugas_kasus_kembali',
        'id',
        [nextCode, TYPE.id, '10 Des 2026', `${PUBLIC_URL}/kasus/${next.id}`],
      ],
    ]);
  });
});
