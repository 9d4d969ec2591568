import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bpjsArrearsInput,
  bpjsComplaintInput,
  healthComplaintInput,
  homeVisit,
  monitoringInput,
  pregnancyMonitoringInput,
} from './kesehatan.fixtures.js';
import { TARGET_GROUP_VALUES } from './target-groups.js';
import kesehatanModule from './kesehatan.module.js';

const CASE_FIELDS = `
  id code status version closedAt outcome serviceType { id } facts
  holder { id name kind }
  deadline { dueAt state workingDaysLeft }
  missingDocuments { code }
  availableActions { id enabled blockedBy { en } }
  timeline { type action fromStatus toStatus holder { name } reason note payload }
`;

const TRACK = 'query ($code: String!, $p: String!) { trackCase(code: $code, phoneLast4: $p) { status { id en } } }';

/** Due at the end (23:59:59 WIB) of Monday 30 November 2026: 5 working days after Monday 23 November. */
const DUE_30_NOV = '2026-11-30T16:59:59.999Z';
/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY = '2026-11-23T02:00:00Z';

interface EventView {
  type: string;
  action: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  holder: { name: string } | null;
  reason: string | null;
  note: string | null;
  payload: Record<string, unknown>;
}

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  closedAt: string | null;
  outcome: string | null;
  serviceType: { id: string };
  facts: Record<string, unknown>;
  holder: { id: string; name: string; kind: string };
  deadline: { dueAt: string; state: string; workingDaysLeft: number };
  missingDocuments: Array<{ code: string }>;
  availableActions: Array<{ id: string; enabled: boolean; blockedBy: Array<{ en: string }> }>;
  timeline: EventView[];
}

/** [action or event type, status after, holder] of each event, oldest first. */
function steps(c: CaseView) {
  return c.timeline.map((e) => [e.action ?? e.type, e.toStatus, e.holder?.name ?? null]);
}

describe('Kesehatan: home-visit monitoring and health complaints over GraphQL, each step by its role', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let bidan: GraphQLClient;
  let puskesmas: GraphQLClient;
  let dinsos: GraphQLClient;
  let dinkes: GraphQLClient;
  let otherKader: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock(MONDAY) });
    [kader, perangkat, kades, bidan, puskesmas, dinsos, dinkes, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('bidan.gombang'),
      t.as('puskesmas.cawas'),
      t.as('opd.sosial'),
      t.as('opd.kesehatan'),
      t.as('kader.pogung'),
    ]);
  });
  afterAll(() => t?.close());

  const flow = caseSteps<CaseView>({ fields: CASE_FIELDS, sql: () => t.sql });
  const { REGISTER, ACT } = flow.operations;
  const { act, visit, attach, read, expectRefused } = flow;
  const register = (input: Record<string, unknown>) => flow.register(kader, input);
  const review = (client: GraphQLClient, c: CaseView, codes: string[]) => flow.reviewAll(client, c, codes);

  async function track(c: CaseView, phoneLast4: string) {
    return (
      await t.anonymous().request<{ trackCase: { status: { id: string; en: string } } }>(TRACK, {
        code: c.code,
        p: phoneLast4,
      })
    ).trackCase.status;
  }

  it('lists the health sector: three service types, the seven target groups, and its four routes', async () => {
    const data = await t.anonymous().request<{
      sectors: Array<{
        id: string;
        serviceTypes: Array<{
          id: string;
          documents: Array<{ code: string; required: boolean }>;
          questions: Array<{ id: string; type: string; required: boolean; options: Array<{ value: string }> | null }>;
        }>;
        routes: Array<{ id: string; unitKind: string; service: string | null }>;
      }>;
    }>(`{ sectors { id
          serviceTypes { id documents { code required } questions { id type required options { value } } }
          routes { id unitKind service } } }`);
    const sector = data.sectors.find((s) => s.id === 'kesehatan');
    expect(sector?.serviceTypes.map((s) => [s.id, s.documents])).toEqual([
      ['home-visit-monitoring', [{ code: 'kia-kms-book', required: false }]],
      [
        'bpjs-inactive',
        [
          { code: 'ktp-copy', required: true },
          { code: 'kk-copy', required: true },
          { code: 'bpjs-card', required: false },
        ],
      ],
      ['health-service-complaint', [{ code: 'complaint-evidence', required: false }]],
    ]);
    const targetGroup = sector?.serviceTypes[0]?.questions.find((q) => q.id === 'targetGroup');
    expect(targetGroup?.options?.map((o) => o.value)).toEqual([...TARGET_GROUP_VALUES]);
    expect(TARGET_GROUP_VALUES).toEqual([
      'PREGNANT',
      'GIVING_BIRTH',
      'BREASTFEEDING',
      'NEWBORN',
      'TODDLER',
      'SCHOOL_AGE_TEEN',
      'ELDERLY',
    ]);
    expect(sector?.routes).toEqual([
      { id: 'pustu', unitKind: 'PUSTU', service: null },
      { id: 'village-government', unitKind: 'VILLAGE_GOVERNMENT', service: null },
      { id: 'bpjs-reactivation-opd', unitKind: 'OPD', service: 'bpjs-reactivation' },
      { id: 'health-opd', unitKind: 'OPD', service: 'kesehatan' },
    ]);
  });

  it('refuses a monitoring case without a target group from the deck, naming the question', async () => {
    const error = await kader.error(REGISTER, {
      input: monitoringInput({ facts: { ...monitoringInput().facts, targetGroup: 'ADULT' } }),
    });
    expect(error.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['facts.targetGroup']);
  });

  it('takes a BPJS card number as its 13 digits, refuses one with letters (never cut), and takes “no” for care now', async () => {
    const cases = async () => (await t.sql.query('select count(*)::int n from spm_case')).rows[0].n as number;
    const before = await cases();
    for (const bpjsCardNumber of ['00012345678AB', '000123456789']) {
      const error = await kader.error(REGISTER, {
        input: bpjsComplaintInput({ facts: { ...bpjsComplaintInput().facts, bpjsCardNumber } }),
      });
      expect(error.extensions?.code).toBe('VALIDATION_FAILED');
      expect(error.extensions?.fields).toEqual([
        {
          field: 'facts.bpjsCardNumber',
          messages: {
            id: 'Nomor kartu BPJS Kesehatan / KIS (13 angka) harus terdiri dari 13 angka (tanpa huruf).',
            en: 'BPJS health card (JKN-KIS) number (13 digits) must be exactly 13 digits (no letters).',
          },
        },
      ]);
    }
    expect(await cases()).toBe(before);
    const c = await register(
      bpjsComplaintInput({
        applicant: { ...bpjsComplaintInput().applicant, nik: '3310050502580002' },
        facts: { ...bpjsComplaintInput().facts, bpjsCardNumber: '0001 2345 67890', needsCareNow: false },
      }),
    );
    const stored = await t.sql.query('select facts from spm_case where id = $1', [c.id]);
    expect(stored.rows[0].facts).toMatchObject({ bpjsCardNumber: '0001234567890', needsCareNow: false });
  });

  describe('home-visit monitoring after the open day (deck item 2)', () => {
    it('the kader visits the toddler at home, recaps to the Pustu and the village, and both follow up until done', async () => {
      t.clock.set(MONDAY);
      const registered = await register(monitoringInput());
      expect(registered).toMatchObject({
        status: 'registered',
        serviceType: { id: 'home-visit-monitoring' },
        facts: { targetGroup: 'TODDLER', subjectName: 'Rafa Pratama' },
        holder: { name: 'Posyandu Gombang', kind: 'POSYANDU' },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
        missingDocuments: [],
      });
      expect(registered.availableActions.map((a) => a.id)).toEqual(['start-monitoring', 'stop-monitoring']);

      // A recap cannot come before the monitoring started; the Pustu reads the case from the start
      // (its service type's area readers) but takes no step while the kader hold it;
      // the village may not start the kader's visits.
      await expectRefused(kader, registered, 'submit-recap', 'WRONG_STATE', { note: 'x' });
      await expectRefused(bidan, registered, 'start-monitoring', 'FORBIDDEN');
      await expectRefused(perangkat, registered, 'start-monitoring', 'FORBIDDEN');
      await expectRefused(otherKader, registered, 'start-monitoring', 'NOT_FOUND');

      // 2a: the kader monitors at home.
      let c = await act(kader, registered, 'start-monitoring');
      expect(c).toMatchObject({ status: 'monitoring', holder: { name: 'Posyandu Gombang' } });
      const blocked = c.availableActions.find((a) => a.id === 'submit-recap');
      expect(blocked?.blockedBy.map((b) => b.en)).toEqual(['No home visit has been recorded.']);
      await expectRefused(kader, c, 'submit-recap', 'GUARD_FAILED', { note: 'x' });

      t.clock.set('2026-11-24T03:00:00Z'); // Tuesday
      c = await visit(kader, c, homeVisit('2026-11-24T02:00:00Z'));
      expect(c.deadline).toEqual({ dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 });

      // 2b: the recap (the note) goes to the Pustu; the village government reads it in its desa.
      const noRecap = await kader.error(ACT, { id: c.id, action: 'submit-recap', v: c.version });
      expect(noRecap.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.note' }] });
      await expectRefused(perangkat, c, 'submit-recap', 'FORBIDDEN', { note: 'x' });
      const recap =
        'Rekap kunjungan 24/11: BB 9,1 kg (turun), batuk pilek 4 hari, MP-ASI kurang lauk hewani. Usul: pemeriksaan bidan dan PMT.';
      c = await act(kader, c, 'submit-recap', { note: recap });
      expect(c).toMatchObject({
        status: 'recap-with-pustu',
        holder: { name: 'Pustu Gombang', kind: 'PUSTU' },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
        availableActions: [],
      });
      expect(await track(c, '1177')).toEqual({
        id: 'Hasil pemantauan diterima Pustu dan Pemerintah Desa',
        en: 'Monitoring results received by the Pustu and the village government',
      });
      const asVillage = await read(perangkat, c);
      expect(asVillage?.timeline.at(-1)).toMatchObject({ action: 'submit-recap', note: recap });
      expect(asVillage?.availableActions).toEqual([]);
      const asPustu = await read(bidan, c);
      expect(asPustu?.availableActions.map((a) => a.id)).toEqual([
        'record-coordination',
        'close-no-follow-up',
        'return-not-competent',
      ]);
      // Health data stays in Gombang: not the kader of Posyandu Pogung, not the health agency.
      expect(await read(otherKader, c)).toBeNull();
      expect(await read(dinkes, c)).toBeNull();

      // 2c: the Pustu records what it agreed with the village; the kader and the village cannot.
      await expectRefused(kader, c, 'record-coordination', 'FORBIDDEN', { note: 'x' });
      await expectRefused(kades, c, 'record-coordination', 'FORBIDDEN', { note: 'x' });
      await expectRefused(bidan, c, 'complete-follow-up', 'WRONG_STATE', { note: 'x' });
      t.clock.set('2026-11-25T02:00:00Z'); // Wednesday
      const plan =
        'Koordinasi dengan Kasi Kesra 25/11: bidan periksa Rafa di rumah 26/11; desa beri PMT lokal 30 hari dari Dana Desa.';
      c = await act(bidan, c, 'record-coordination', { note: plan });
      expect(c).toMatchObject({
        status: 'follow-up-coordinated',
        holder: { name: 'Pustu Gombang' },
        deadline: { state: 'ON_TRACK', workingDaysLeft: 3 },
      });

      // The bidan visits; then hands the village's part over.
      t.clock.set('2026-11-26T04:00:00Z'); // Thursday
      c = await visit(
        bidan,
        c,
        homeVisit('2026-11-26T03:00:00Z', {
          participants: 'Bidan Pustu Gombang, Kader Sri Lestari',
          findings: 'ISPA ringan, tidak ada tanda bahaya; BB/U kurang (weight faltering). Edukasi MP-ASI.',
        }),
      );
      c = await act(bidan, c, 'hand-to-village', {
        note: 'Pemeriksaan selesai; mohon desa salurkan PMT lokal 30 hari sesuai kesepakatan.',
      });
      expect(c).toMatchObject({
        status: 'village-support',
        holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
        deadline: { state: 'ON_TRACK', workingDaysLeft: 2 },
      });
      // The Pustu still sees the case it held, but the village's part is the village's.
      await expectRefused(bidan, c, 'complete-village-support', 'FORBIDDEN', { note: 'x' });
      await expectRefused(kader, c, 'complete-village-support', 'FORBIDDEN', { note: 'x' });

      t.clock.set('2026-11-27T04:00:00Z'); // Friday
      c = await act(kades, c, 'complete-village-support', {
        note: 'PMT lokal (telur, ikan lele) diantar kader tiap hari mulai 27/11 selama 30 hari.',
      });
      expect(c).toMatchObject({
        status: 'completed',
        outcome: 'COMPLETED',
        closedAt: '2026-11-27T04:00:00.000Z',
        holder: { name: 'Pemerintah Desa Gombang' },
        deadline: { state: 'MET' },
        availableActions: [],
      });
      expect(await track(c, '1177')).toEqual({ id: 'Selesai dilayani', en: 'Served' });

      expect(steps(c)).toEqual([
        ['REGISTERED', 'registered', 'Posyandu Gombang'],
        ['start-monitoring', 'monitoring', 'Posyandu Gombang'],
        ['VISIT_RECORDED', null, 'Posyandu Gombang'],
        ['submit-recap', 'recap-with-pustu', 'Pustu Gombang'],
        ['record-coordination', 'follow-up-coordinated', 'Pustu Gombang'],
        ['VISIT_RECORDED', null, 'Pustu Gombang'],
        ['hand-to-village', 'village-support', 'Pemerintah Desa Gombang'],
        ['complete-village-support', 'completed', 'Pemerintah Desa Gombang'],
      ]);
      expect(c.timeline[2]?.payload).toMatchObject({ kind: 'HOME', recommendation: 'NEEDS_FOLLOW_UP' });
      expect(c.timeline[3]).toMatchObject({ note: recap, payload: { actingRole: 'KADER' } });
      expect(c.timeline[4]).toMatchObject({ note: plan, payload: { actingRole: 'HEALTH_WORKER' } });
      expect(c.timeline[7]?.payload).toMatchObject({ actingRole: 'KEPALA_DESA', outcome: 'COMPLETED' });
      expect(await read(otherKader, c)).toBeNull();
    });

    it('the Pustu closes the case when the visit finds the pregnant woman well: nothing to follow up', async () => {
      t.clock.set(MONDAY);
      let c = await register(pregnancyMonitoringInput());
      expect(c.facts).toMatchObject({ targetGroup: 'PREGNANT' });
      c = await act(kader, c, 'start-monitoring');
      t.clock.set('2026-11-23T06:00:00Z');
      c = await visit(
        kader,
        c,
        homeVisit('2026-11-23T05:00:00Z', {
          findings: 'Tensi 110/70, tidak ada keluhan; ANC ke-5 sudah di bidan 20/11; tablet tambah darah diminum.',
          recommendation: 'NO_FOLLOW_UP_NEEDED',
        }),
      );
      c = await act(kader, c, 'submit-recap', {
        note: 'Rekap 23/11: ibu hamil 32 minggu sehat, ANC lengkap; tidak ada risiko terdeteksi.',
      });
      const noNote = await bidan.error(ACT, { id: c.id, action: 'close-no-follow-up', v: c.version });
      expect(noNote.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.note' }] });
      await expectRefused(perangkat, c, 'close-no-follow-up', 'FORBIDDEN', { note: 'x' });

      c = await act(bidan, c, 'close-no-follow-up', {
        note: 'Dibahas dengan desa 23/11: tidak perlu tindak lanjut; ibu dijadwalkan kelas ibu hamil Desember.',
      });
      expect(c).toMatchObject({
        status: 'no-follow-up-needed',
        outcome: 'COMPLETED',
        holder: { name: 'Pustu Gombang' },
        deadline: { dueAt: DUE_30_NOV, state: 'MET' },
        availableActions: [],
      });
      expect(await track(c, '4410')).toEqual({
        id: 'Kondisi baik, pemantauan selesai',
        en: 'In good health, monitoring finished',
      });
      expect(steps(c)).toEqual([
        ['REGISTERED', 'registered', 'Posyandu Gombang'],
        ['start-monitoring', 'monitoring', 'Posyandu Gombang'],
        ['VISIT_RECORDED', null, 'Posyandu Gombang'],
        ['submit-recap', 'recap-with-pustu', 'Pustu Gombang'],
        ['close-no-follow-up', 'no-follow-up-needed', 'Pustu Gombang'],
      ]);
      // Closed: nothing more for anyone.
      await expectRefused(bidan, c, 'record-coordination', 'WRONG_STATE', { note: 'x' });
    });

    it('the Pustu completes the follow-up itself when the village has no part in it', async () => {
      t.clock.set(MONDAY);
      let c = await register(monitoringInput({ facts: { ...monitoringInput().facts, targetGroup: 'NEWBORN' } }));
      c = await act(kader, c, 'start-monitoring');
      t.clock.set('2026-11-23T04:00:00Z');
      c = await visit(kader, c, homeVisit('2026-11-23T03:00:00Z', { findings: 'Bayi 6 hari, tampak kuning.' }));
      c = await act(kader, c, 'submit-recap', { note: 'Bayi baru lahir tampak kuning; mohon pemeriksaan bidan.' });
      c = await act(bidan, c, 'record-coordination', { note: 'Bidan kunjungi hari ini; desa siapkan ambulans desa.' });
      c = await act(bidan, c, 'complete-follow-up', {
        note: 'Kadar bilirubin normal setelah dijemur dan ASI on demand; tidak perlu rujukan.',
      });
      expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED', holder: { name: 'Pustu Gombang' } });
    });

    it('the kader stops monitoring someone who moved away, with a reason', async () => {
      t.clock.set(MONDAY);
      let c = await register(monitoringInput({ facts: { ...monitoringInput().facts, targetGroup: 'ELDERLY' } }));
      c = await act(kader, c, 'start-monitoring');
      const noReason = await kader.error(ACT, { id: c.id, action: 'stop-monitoring', v: c.version });
      expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
      c = await act(kader, c, 'stop-monitoring', { reason: 'Pindah ke rumah anaknya di Sukoharjo sejak 20/11.' });
      expect(c).toMatchObject({
        status: 'monitoring-stopped',
        outcome: 'CANNOT_BE_SERVED',
        deadline: { state: 'MET' },
      });
      expect(c.timeline.at(-1)).toMatchObject({
        action: 'stop-monitoring',
        reason: 'Pindah ke rumah anaknya di Sukoharjo sejak 20/11.',
        payload: { outcome: 'CANNOT_BE_SERVED' },
      });
    });

    // The Puskesmas supervises its Pustu: it reads (and may act on) what the Pustu holds now.
    it('the Puskesmas supervising the Pustu can read the Pustu’s monitoring case', async () => {
      t.clock.set(MONDAY);
      let c = await register(monitoringInput());
      c = await act(kader, c, 'start-monitoring');
      t.clock.set('2026-11-23T04:00:00Z');
      c = await visit(kader, c, homeVisit('2026-11-23T03:00:00Z'));
      expect(c.holder.kind).toBe('POSYANDU');
      c = await act(kader, c, 'submit-recap', { note: 'Rekap: BB turun, perlu pemeriksaan.' });
      expect(c.holder.name).toBe('Pustu Gombang');
      // It reads the case by id and finds it in its list, as the Pustu does.
      expect((await read(puskesmas, c))?.id).toBe(c.id);
      const listed = await puskesmas.request<{ cases: { edges: Array<{ node: { id: string } }> } }>(
        '{ cases(first: 50) { edges { node { id } } } }',
      );
      expect(listed.cases.edges.map((e) => e.node.id)).toContain(c.id);
    });
  });

  describe('health-service complaints (the launch report: inactive BPJS cards)', () => {
    it('an inactive BPJS card goes from the kader through the village to Dinas Sosial, which reactivates it', async () => {
      t.clock.set(MONDAY);
      const registered = await register(bpjsComplaintInput());
      expect(registered).toMatchObject({
        status: 'registered',
        serviceType: { id: 'bpjs-inactive' },
        holder: { name: 'Posyandu Gombang' },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
        missingDocuments: [],
      });
      await expectRefused(kader, registered, 'forward-for-reactivation', 'WRONG_STATE');
      await expectRefused(dinsos, registered, 'start-verification', 'NOT_FOUND');
      await expectRefused(bidan, registered, 'start-verification', 'NOT_FOUND');

      let c = await act(kader, registered, 'start-verification');
      expect(c.status).toBe('verification');
      // The KTP and KK must be checked before the kader submits it.
      await expectRefused(kader, c, 'submit-to-village', 'GUARD_FAILED');
      c = await review(perangkat, c, ['ktp-copy', 'kk-copy', 'bpjs-card']);
      await expectRefused(perangkat, c, 'submit-to-village', 'FORBIDDEN');
      c = await act(kader, c, 'submit-to-village');
      expect(c).toMatchObject({
        status: 'with-village',
        holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
      });
      expect(await read(dinsos, c)).toBeNull();
      await expectRefused(kader, c, 'forward-for-reactivation', 'FORBIDDEN');

      t.clock.set('2026-11-24T03:00:00Z'); // Tuesday
      c = await act(perangkat, c, 'forward-for-reactivation');
      expect(c).toMatchObject({
        status: 'with-social-opd',
        holder: {
          name: 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
          kind: 'OPD',
        },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
      });
      expect(await track(c, '3390')).toEqual({
        id: 'Diproses Dinas Sosial untuk pengaktifan kembali BPJS',
        en: 'With the social agency to reactivate your BPJS',
      });
      // Only the agency that reactivates: not the health agency, not the village.
      expect(await read(dinkes, c)).toBeNull();
      await expectRefused(dinkes, c, 'propose-reactivation', 'NOT_FOUND', { note: 'x' });
      await expectRefused(perangkat, c, 'propose-reactivation', 'FORBIDDEN', { note: 'x' });
      await expectRefused(dinsos, c, 'record-reactivation', 'WRONG_STATE', { note: 'x' });

      c = await act(dinsos, c, 'propose-reactivation', {
        note: 'Masih terdaftar di DTKS desil 2; diusulkan reaktivasi PBI JK lewat SIKS-NG 24/11.',
      });
      expect(c).toMatchObject({ status: 'reactivation-proposed', deadline: { state: 'ON_TRACK' } });
      t.clock.set('2026-11-26T03:00:00Z'); // Thursday
      c = await act(dinsos, c, 'record-reactivation', {
        note: 'Status kepesertaan JKN aktif kembali per 26/11 (dicek di aplikasi BPJS); warga diberi tahu.',
      });
      expect(c).toMatchObject({
        status: 'reactivated',
        outcome: 'COMPLETED',
        holder: { kind: 'OPD' },
        deadline: { state: 'MET' },
        availableActions: [],
      });
      expect(await track(c, '3390')).toEqual({
        id: 'Kartu BPJS Anda sudah aktif kembali',
        en: 'Your BPJS card is active again',
      });
      expect(steps(c)).toEqual([
        ['REGISTERED', 'registered', 'Posyandu Gombang'],
        ['start-verification', 'verification', 'Posyandu Gombang'],
        ['DOCUMENT_REVIEWED', null, 'Posyandu Gombang'],
        ['DOCUMENT_REVIEWED', null, 'Posyandu Gombang'],
        ['DOCUMENT_REVIEWED', null, 'Posyandu Gombang'],
        ['submit-to-village', 'with-village', 'Pemerintah Desa Gombang'],
        [
          'forward-for-reactivation',
          'with-social-opd',
          'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
        ],
        [
          'propose-reactivation',
          'reactivation-proposed',
          'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
        ],
        [
          'record-reactivation',
          'reactivated',
          'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
        ],
      ]);
      expect(c.timeline[6]?.payload).toMatchObject({ actingRole: 'VILLAGE_OFFICER' });
      expect(c.timeline[8]?.payload).toMatchObject({ actingRole: 'OPD_OFFICER', outcome: 'COMPLETED' });
      expect(await read(otherKader, c)).toBeNull();
      expect((await read(kader, c))?.status).toBe('reactivated');
    });

    it('Dinas Sosial returns unpaid self-paid premiums as not its competence; the village closes it with the reason', async () => {
      t.clock.set(MONDAY);
      let c = await register(bpjsArrearsInput());
      c = await act(kader, c, 'start-verification');
      c = await review(kader, c, ['ktp-copy', 'kk-copy']);
      c = await act(kader, c, 'submit-to-village');
      c = await act(kades, c, 'forward-for-reactivation');
      expect(c.holder.kind).toBe('OPD');

      await expectRefused(perangkat, c, 'return-not-competent', 'FORBIDDEN', { reason: 'x' });
      const reason = 'Peserta mandiri (PBPU) menunggak iuran: bukan PBI, tidak dapat direaktivasi lewat DTKS.';
      c = await act(dinsos, c, 'return-not-competent', { reason });
      expect(c).toMatchObject({ status: 'with-village', holder: { name: 'Pemerintah Desa Gombang' } });
      expect(c.timeline.at(-1)).toMatchObject({
        type: 'RETURNED',
        reason,
        holder: { name: 'Pemerintah Desa Gombang' },
      });

      const noReason = await kades.error(ACT, { id: c.id, action: 'declare-not-eligible', v: c.version });
      expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
      c = await act(kades, c, 'declare-not-eligible', {
        reason:
          'Tunggakan iuran mandiri harus dilunasi di kantor BPJS Klaten; warga dibantu daftar program REHAB cicilan.',
      });
      expect(c).toMatchObject({
        status: 'not-eligible',
        outcome: 'DECLINED',
        holder: { name: 'Pemerintah Desa Gombang' },
        deadline: { state: 'MET' },
      });
      expect(steps(c).slice(-3)).toEqual([
        [
          'forward-for-reactivation',
          'with-social-opd',
          'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
        ],
        ['return-not-competent', 'with-village', 'Pemerintah Desa Gombang'],
        ['declare-not-eligible', 'not-eligible', 'Pemerintah Desa Gombang'],
      ]);
      expect(await track(c, '6634')).toEqual({ id: 'Tidak dapat ditindaklanjuti', en: 'Cannot be taken further' });
    });

    it('Dinas Sosial refuses reactivation, with a reason, when the family is no longer in DTKS', async () => {
      t.clock.set(MONDAY);
      let c = await register(bpjsComplaintInput());
      c = await act(kader, c, 'start-verification');
      c = await review(kader, c, ['ktp-copy', 'kk-copy', 'bpjs-card']);
      c = await act(kader, c, 'submit-to-village');
      c = await act(perangkat, c, 'forward-for-reactivation');
      const noReason = await dinsos.error(ACT, { id: c.id, action: 'reject-reactivation', v: c.version });
      expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
      c = await act(dinsos, c, 'reject-reactivation', {
        reason: 'Keluarga tidak lagi di DTKS (desil 8 hasil pemutakhiran Oktober); dapat mendaftar sebagai PBPU.',
      });
      expect(c).toMatchObject({ status: 'not-eligible', outcome: 'DECLINED', holder: { kind: 'OPD' } });
      expect(c.timeline.at(-1)).toMatchObject({ action: 'reject-reactivation', payload: { outcome: 'DECLINED' } });
    });

    it('pauses the clock while the KK copy is missing, and resumes with the days that were left', async () => {
      t.clock.set(MONDAY);
      let c = await register(bpjsComplaintInput({ documents: [{ code: 'ktp-copy', fileNames: ['ktp-suparno.jpg'] }] }));
      expect(c.missingDocuments.map((d) => d.code)).toEqual(['kk-copy']);
      await expectRefused(kader, c, 'start-verification', 'GUARD_FAILED');
      t.clock.set('2026-11-25T03:00:00Z'); // Wednesday: Thu, Fri, Mon are left
      c = await act(kader, c, 'request-documents', { reason: 'Fotokopi KK belum dibawa.' });
      expect(c).toMatchObject({ status: 'awaiting-documents', deadline: { state: 'PAUSED', workingDaysLeft: 3 } });
      t.clock.set('2026-12-01T03:00:00Z'); // Tuesday a week later
      c = await attach(kader, c, { code: 'kk-copy', fileNames: ['kk-suparno.jpg'] });
      c = await act(kader, c, 'documents-supplied');
      expect(c).toMatchObject({
        status: 'verification',
        deadline: { dueAt: '2026-12-04T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 3 },
      });
      expect(
        c.timeline.filter((e) => e.type === 'ACTION_TAKEN').map((e) => [e.action, e.payload.clock ?? null]),
      ).toEqual([
        ['request-documents', 'paused'],
        ['documents-supplied', 'resumed'],
      ]);
    });

    it('a medicine shortage goes through the village to Dinas Kesehatan, which follows it up', async () => {
      t.clock.set(MONDAY);
      let c = await register(healthComplaintInput());
      c = await act(perangkat, c, 'start-verification');
      c = await act(kader, c, 'submit-to-village');
      // The BPJS route is not for this service type.
      const wrongPath = await perangkat.error(ACT, { id: c.id, action: 'forward-for-reactivation', v: c.version });
      expect(wrongPath.extensions?.code).toBe('VALIDATION_FAILED');
      c = await act(kades, c, 'forward-to-health-opd');
      expect(c).toMatchObject({
        status: 'with-health-opd',
        holder: { name: 'Dinas Kesehatan Kabupaten Klaten', kind: 'OPD' },
      });
      expect(await read(dinsos, c)).toBeNull();
      await expectRefused(dinsos, c, 'record-opd-follow-up', 'NOT_FOUND', { note: 'x' });
      c = await act(dinkes, c, 'record-opd-follow-up', {
        note: 'Stok amlodipin Puskesmas Cawas I habis; distribusi dari gudang farmasi kabupaten 25/11.',
      });
      c = await act(dinkes, c, 'complete', { note: 'Obat tersedia kembali sejak 26/11; pasien sudah menerima.' });
      expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED', holder: { kind: 'OPD' } });
      expect(steps(c).map((s) => s[0])).toEqual([
        'REGISTERED',
        'start-verification',
        'submit-to-village',
        'forward-to-health-opd',
        'record-opd-follow-up',
        'complete',
      ]);
    });

    it('the village settles a complaint itself, without an agency ("selesai di level bawah")', async () => {
      t.clock.set(MONDAY);
      let c = await register(
        healthComplaintInput({
          description: 'Pustu Gombang sering tutup sebelum jam 12 sehingga lansia tidak terlayani.',
          facts: { complaintTopic: 'STAFF', facilityName: 'Pustu Gombang' },
          documents: [],
        }),
      );
      c = await act(kader, c, 'start-verification');
      await expectRefused(kader, c, 'settle-in-village', 'FORBIDDEN', { note: 'x' });
      c = await act(perangkat, c, 'settle-in-village', {
        note: 'Dibicarakan dengan bidan Pustu: jam layanan 08.00–14.00 dipasang di papan; jadwal posbindu lansia tiap Kamis.',
        settlementKind: 'MUSYAWARAH',
      });
      expect(c).toMatchObject({
        status: 'settled-in-village',
        outcome: 'SETTLED_AT_VILLAGE',
        holder: { name: 'Posyandu Gombang' },
        deadline: { state: 'MET' },
      });
      expect(c.timeline.at(-1)?.payload).toMatchObject({
        actingRole: 'VILLAGE_OFFICER',
        outcome: 'SETTLED_AT_VILLAGE',
        settlementKind: 'MUSYAWARAH',
      });
    });
  });
});
