import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reporter, trantibumlinmasInput } from '../../plugins/trantibumlinmas/src/trantibumlinmas.fixtures.js';
import { trantibumlinmasPlugin } from '../../plugins/trantibumlinmas/src/trantibumlinmas.plugin.js';

const FIELDS = `id code version status holder { id } identityRedacted reporterAccessUntil applicant { name nik phone }
  timeline { type reason payload actorName }`;
const ASK = `mutation ($id: ID!, $reason: String!, $hours: Int) {
  requestReporterAccess(caseId: $id, reason: $reason, hours: $hours) { ${FIELDS} } }`;
const NOTIFICATIONS = `{ notifications { kind message { id en } case { code } } }`;
const REASON = 'Camat perlu menghubungi pelapor untuk jadwal mediasi besok pagi di kantor kecamatan.';

interface View {
  id: string;
  code: string;
  version: number;
  status: string;
  holder: { id: string };
  identityRedacted: boolean;
  reporterAccessUntil: string | null;
  applicant: { name: string } | null;
  timeline: Array<{
    type: string;
    reason: string | null;
    payload: Record<string, unknown>;
    actorName: string | null;
  }>;
}

describe("Time-limited access to a confidential reporter's identity (DESIGN §8): asked with a reason, visible, logged", () => {
  let t: TestServer;
  let trantibum: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let camat: GraphQLClient;
  let kader: GraphQLClient;
  let c: View;

  const flow = caseSteps<View>({ fields: FIELDS, sql: () => t.sql });
  const read = (client: GraphQLClient) => flow.read(client, c.id) as Promise<View | null>;

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 WIB.
    t = await startTestServer({ plugins: [trantibumlinmasPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    trantibum = await t.as('trantibum.gombang');
    perangkat = await t.as('perangkat.gombang');
    kades = await t.as('kades.gombang');
    camat = await t.as('camat.cawas');
    kader = await t.as('kader.gombang');
    c = await flow.register(trantibum, trantibumlinmasInput());
  });
  afterAll(() => t?.close());

  it('refuses a reason that says nothing or an access longer than 72 hours, and changes nothing', async () => {
    const short = await camat.error(ASK, { id: c.id, reason: 'perlu' });
    expect(short.extensions?.code).toBe('VALIDATION_FAILED');
    expect(short.extensions?.fields?.map((f) => f.field)).toEqual(['reason']);
    expect(short.extensions?.fields?.[0]?.messages).toEqual({
      id: expect.stringContaining('Alasan'),
      en: expect.stringContaining('Reason'),
    });
    const long = await camat.error(ASK, { id: c.id, reason: REASON, hours: 73 });
    expect(long.extensions?.fields).toEqual([
      { field: 'hours', messages: { id: 'Lama akses 1–72 jam.', en: 'The access lasts 1 to 72 hours.' } },
    ]);
    const after = await read(camat);
    expect(after).toMatchObject({
      version: c.version,
      identityRedacted: true,
      applicant: null,
      reporterAccessUntil: null,
    });
    expect(after?.timeline.map((e) => e.type)).toEqual(['REGISTERED']);
  });

  it('gives the camat the identity for the hours asked, on the timeline with the reason, told to the section and the kepala desa', async () => {
    const granted = (await camat.request<{ requestReporterAccess: View }>(ASK, { id: c.id, reason: REASON, hours: 24 }))
      .requestReporterAccess;
    expect(granted).toMatchObject({
      identityRedacted: false,
      // The identity, not more: the camat's role still sees NIKs masked.
      applicant: { name: reporter.name, nik: '3310••••••••0002' },
      reporterAccessUntil: '2026-11-24T02:00:00.000Z',
    });
    expect(granted.timeline.at(-1)).toEqual({
      type: 'REPORTER_ACCESS_GRANTED',
      reason: REASON,
      payload: { until: '2026-11-24T02:00:00.000Z', hours: 24 },
      actorName: 'Petugas Kecamatan Cawas',
    });
    // Everyone who reads the case sees who looked and why — the village officer, still without the identity.
    const officer = await read(perangkat);
    expect(officer).toMatchObject({ identityRedacted: true, applicant: null, reporterAccessUntil: null });
    expect(officer?.timeline.at(-1)).toMatchObject({ type: 'REPORTER_ACCESS_GRANTED', reason: REASON });

    for (const client of [trantibum, kades]) {
      const notes = await client.request<{
        notifications: Array<{ kind: string; message: { id: string }; case: { code: string } }>;
      }>(NOTIFICATIONS);
      expect(notes.notifications).toContainEqual({
        kind: 'REPORTER_ACCESS_GRANTED',
        message: {
          id: `Akses sementara ke identitas pelapor kasus ${c.code} diberikan sampai 24 Nov 2026, 09.00 WIB; alasannya ada di riwayat kasus.`,
          en: `Temporary access to the reporter's identity on case ${c.code} was granted until 24 Nov 2026, 09:00 WIB; the reason is on the case timeline.`,
        },
        case: { code: c.code },
      });
    }
    const officerNotes = await perangkat.request<{ notifications: unknown[] }>(NOTIFICATIONS);
    expect(officerNotes.notifications).toEqual([]);
    const audit = await t.sql.query(
      `select outcome, details->>'caseId' as case_id from audit_log where operation = 'requestReporterAccess' and outcome = 'OK'`,
    );
    expect(audit.rows).toEqual([{ outcome: 'OK', case_id: c.id }]);
  });

  it('ends by itself: after the hours asked the camat sees the complaint redacted again', async () => {
    t.clock.set('2026-11-24T01:59:00Z');
    expect(await read(camat)).toMatchObject({
      identityRedacted: false,
      reporterAccessUntil: '2026-11-24T02:00:00.000Z',
    });
    t.clock.set('2026-11-24T02:00:01Z');
    expect(await read(camat)).toMatchObject({ identityRedacted: true, applicant: null, reporterAccessUntil: null });
  });

  it('is not for those who see the reporter already, nor for those who cannot read the case', async () => {
    const already = await trantibum.error(ASK, { id: c.id, reason: REASON });
    expect(already.extensions?.fields?.[0]?.messages.en).toBe("You can already see the reporter's identity.");
    expect((await kader.error(ASK, { id: c.id, reason: REASON })).extensions?.code).toBe('NOT_FOUND');
  });
});
