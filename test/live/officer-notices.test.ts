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

const SETTINGS = `phone notificationChannels { email whatsapp sms }`;
const MINE = `mutation ($input: NotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { ${SETTINGS} } }`;
const THEIRS = `mutation ($u: ID!, $input: NotificationSettingsInput!) {
  setUserNotificationSettings(userId: $u, input: $input) { ${SETTINGS} } }`;

/** The officer template as the operator approved it (docs/operations.md), beside the citizens'. */
const APPROVED = {
  spm_pemberitahuan_petugas: { languages: ['id', 'en'], params: 1 },
  spm_tanda_terima: { languages: ['id', 'en'], params: 3 },
  spm_status_kasus: { languages: ['id', 'en'], params: 2 },
  spm_hasil_kasus: { languages: ['id', 'en'], params: 2 },
};

/**
 * Officers' notices over WhatsApp and SMS (issue 17 item 7): each user keeps a mobile number and
 * chooses channels (the app always; e-mail, WhatsApp, SMS), and the deadline clock's notices go
 * through the same outbox and real HTTP providers as the citizens' messages.
 */
describe('officer notices by WhatsApp and SMS, as each officer chose', () => {
  // Monday 23 November 2026, 09:00 WIB: the case is due at the end of Monday 30 November.
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let t: TestServer;
  let wa: TestWhatsAppApi;
  let sms: TestSmsGateway;
  let opd: GraphQLClient;
  let admin: GraphQLClient;
  let kadisId: string;

  beforeAll(async () => {
    wa = await startWhatsAppApi(APPROVED);
    sms = await startSmsGateway();
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock,
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
    kadisId = (await t.sql.query<{ id: string }>(`select id from app_user where username = 'kadis.pendidikan'`))
      .rows[0]!.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await wa?.close();
    await sms?.close();
  });

  it('refuses WhatsApp or SMS without a mobile number, and a number that is not Indonesian, naming each field; nothing is written', async () => {
    const noPhone = await opd.error(MINE, { input: { phone: null, email: false, whatsapp: true, sms: true } });
    expect(noPhone.extensions?.code).toBe('VALIDATION_FAILED');
    expect(noPhone.extensions?.fields?.map((f) => f.field)).toEqual(['input.whatsapp', 'input.sms']);
    expect(noPhone.extensions?.messages).toMatchObject({
      id: expect.stringContaining('WhatsApp'),
      en: expect.stringContaining('WhatsApp'),
    });
    const foreign = await opd.error(MINE, {
      input: { phone: '+1 415 555 0100', email: false, whatsapp: true, sms: false },
    });
    expect(foreign.extensions?.fields?.map((f) => f.field)).toEqual(['input.phone']);
    const stored = await t.sql.query(
      `select phone, notify_email, notify_whatsapp, notify_sms from app_user where username = 'opd.pendidikan'`,
    );
    expect(stored.rows).toEqual([{ phone: null, notify_email: true, notify_whatsapp: false, notify_sms: false }]);
  });

  it('the officer opts into WhatsApp on their profile; the admin sets another officer to SMS only (no e-mail: the account has no address)', async () => {
    const mine = await opd.request<{ updateMyNotificationSettings: unknown }>(MINE, {
      input: { phone: '0812-1111-2222', email: false, whatsapp: true, sms: false },
    });
    expect(mine.updateMyNotificationSettings).toEqual({
      phone: '+6281211112222',
      notificationChannels: { email: false, whatsapp: true, sms: false },
    });
    const theirs = await admin.request<{ setUserNotificationSettings: unknown }>(THEIRS, {
      u: kadisId,
      input: { phone: '+62 813 3333 4444', email: false, whatsapp: false, sms: true },
    });
    expect(theirs.setUserNotificationSettings).toEqual({
      phone: '+6281333334444',
      notificationChannels: { email: false, whatsapp: false, sms: true },
    });
    // Another officer may not change someone else's settings; the officer's own profile shows the choice.
    expect(
      (await opd.error(THEIRS, { u: kadisId, input: { email: true, whatsapp: false, sms: false } })).extensions?.code,
    ).toBe('FORBIDDEN');
    const me = await opd.request<{ me: unknown }>(`{ me { ${SETTINGS} } }`);
    expect(me.me).toEqual(mine.updateMyNotificationSettings);
  });

  it('the new case in the inbox and the due-soon notice reach the officer opted into WhatsApp (and the SMS one by SMS) in working hours; nobody else, and once', async () => {
    const c = await caseForwardedToOpd(t);
    const code = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [c.id])).rows[0]!.code;
    // Forwarded at 09:00 WIB, a working hour: the Dinas's members hear of the new case at once.
    await t.server.deliverOutbox();
    const arrived = `Kasus ${code} masuk ke kotak masuk Dinas Pendidikan Kabupaten Klaten.`;
    expect(wa.accepted.map((m) => [m.to, m.template, m.language, m.params])).toEqual([
      ['6281211112222', 'spm_pemberitahuan_petugas', 'id', [arrived]],
    ]);
    expect(sms.accepted.map((m) => [m.to, m.text])).toEqual([['+6281333334444', `Posyandu SPM: ${arrived}`]]);
    // 00:00 WIB on Monday 30 November, the last working day: the holder's members are told.
    clock.set('2026-11-29T17:00:00Z');
    expect((await t.server.tickDeadlines()).dueSoon).toBe(1);
    // Not at midnight: the messages wait for 08:00 WIB.
    await t.server.deliverOutbox();
    expect(wa.accepted).toHaveLength(1);
    expect(sms.accepted).toHaveLength(1);
    clock.set('2026-11-30T01:00:00Z');
    await t.server.deliverOutbox();
    const notice = `Hari ini hari kerja terakhir untuk kasus ${code}.`;
    expect(wa.accepted.slice(1).map((m) => [m.to, m.template, m.language, m.params])).toEqual([
      ['6281211112222', 'spm_pemberitahuan_petugas', 'id', [notice]],
    ]);
    expect(sms.accepted.slice(1).map((m) => [m.to, m.text])).toEqual([['+6281333334444', `Posyandu SPM: ${notice}`]]);
    // The outbox knows each one by the provider's id, for its delivery reports.
    const rows = await t.sql.query<{ channel: string; recipient: string; kind: string; delivery_status: string }>(
      `select channel, recipient, kind, delivery_status from outbox_message
        where case_id = $1 and channel in ('whatsapp', 'sms') order by channel, created_at`,
      [c.id],
    );
    const accepted = (channel: string, recipient: string) => ({
      channel,
      recipient,
      kind: 'OFFICER_NOTICE',
      delivery_status: 'ACCEPTED',
    });
    expect(rows.rows).toEqual([
      accepted('sms', '+6281333334444'),
      accepted('sms', '+6281333334444'),
      accepted('whatsapp', '+6281211112222'),
      accepted('whatsapp', '+6281211112222'),
    ]);
    // Both still get it in the app; a next run sends nothing again.
    for (const who of ['opd.pendidikan', 'kadis.pendidikan']) {
      const notes = await (
        await t.as(who)
      ).request<{ notifications: Array<{ kind: string }> }>('{ notifications { kind } }');
      expect(notes.notifications.map((n) => n.kind)).toEqual(['DEADLINE_DUE_SOON', 'CASE_RECEIVED']);
    }
    await t.server.deliverOutbox();
    expect(wa.accepted).toHaveLength(2);
    expect(sms.accepted).toHaveLength(2);
  });

  it('an officer who opts out again gets nothing on WhatsApp for the next notice', async () => {
    await opd.request(MINE, { input: { phone: '0812-1111-2222', email: false, whatsapp: false, sms: false } });
    const c = await caseForwardedToOpd(t);
    // Registered Monday 30 November 09:00 WIB: due-soon at 00:00 WIB on Monday 7 December.
    clock.set('2026-12-06T17:00:00Z');
    await t.server.tickDeadlines();
    clock.set('2026-12-07T01:00:00Z');
    await t.server.deliverOutbox();
    const sent = await t.sql.query<{ channel: string }>(
      `select channel from outbox_message where case_id = $1 and kind = 'OFFICER_NOTICE' order by channel`,
      [c.id],
    );
    // The new case and its due-soon notice, both to the SMS officer only.
    expect(sent.rows.map((r) => r.channel)).toEqual(['sms', 'sms']);
    // Meanwhile the first case went overdue and escalated: the SMS officer (the Dinas head) hears of all, WhatsApp of none.
    const code = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [c.id])).rows[0]!.code;
    expect(sms.accepted.filter((m) => m.text.includes(code)).map((m) => m.to)).toEqual([
      '+6281333334444',
      '+6281333334444',
    ]);
    expect(wa.accepted).toHaveLength(2);
  });
});
