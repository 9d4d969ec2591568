import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allDocuments,
  constructionPoints,
  mckRenovationInput,
  pekerjaanUmumInput,
  pointOutsideIndonesia,
} from './pekerjaan-umum.fixtures.js';
import { pekerjaanUmumPlugin } from './pekerjaan-umum.plugin.js';

const CASE_FIELDS = `
  id code status version closedAt outcome serviceType { id } facts dusun rw rt
  holder { id name kind }
  deadline { dueAt state workingDaysLeft }
  missingDocuments { code }
  documents { code status fileCount }
  availableActions { id enabled blockedBy { en } }
`;

/** Due at the end (23:59:59 WIB) of Monday 30 November 2026: 5 working days after Monday 23 November. */
const DUE_30_NOV = '2026-11-30T16:59:59.999Z';

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  closedAt: string | null;
  outcome: string | null;
  serviceType: { id: string };
  facts: Record<string, unknown>;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  holder: { id: string; name: string; kind: string };
  deadline: { dueAt: string; state: string; workingDaysLeft: number };
  missingDocuments: Array<{ code: string }>;
  documents: Array<{ code: string; status: string; fileCount: number }>;
  availableActions: Array<{ id: string; enabled: boolean; blockedBy: Array<{ en: string }> }>;
}

describe('Pekerjaan Umum: the whole flow over GraphQL, each step by its role', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let opd: GraphQLClient;
  let otherOpd: GraphQLClient;
  let otherKader: GraphQLClient;

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 WIB.
    t = await startTestServer({ plugins: [pekerjaanUmumPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, perangkat, kades, opd, otherOpd, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('opd.pu'),
      t.as('opd.pendidikan'),
      t.as('kader.pogung'),
    ]);
  });
  afterAll(() => t?.close());

  const flow = caseSteps<CaseView>({ fields: CASE_FIELDS, sql: () => t.sql });
  const { REGISTER, ACT, CASE } = flow.operations;
  const { act, visit, attach, expectRefused } = flow;
  const register = (input: Record<string, unknown>) => flow.register(kader, input);
  const review = (client: GraphQLClient, c: CaseView, status = 'VALID', reason?: string) =>
    flow.review(client, c, 'request-letter', status, reason);
  const fieldVisit = (client: GraphQLClient, c: CaseView, visit: Record<string, string>) =>
    flow.visit(client, c, { kind: 'FIELD', ...visit });

  async function eventsOf(caseId: string) {
    const res = await t.sql.query<{
      type: string;
      action: string | null;
      from_status: string | null;
      to_status: string | null;
      holder: string | null;
      reason: string | null;
      note: string | null;
      payload: Record<string, unknown>;
    }>(
      `select e.type, e.action, e.from_status, e.to_status, u.name as holder, e.reason, e.note, e.payload
         from case_event e left join org_unit u on u.id = e.holder_id
        where e.case_id = $1 order by e.id`,
      [caseId],
    );
    return res.rows;
  }

  it('lists the sector with its three service types, the request letter and the locations question', async () => {
    const data = await t.anonymous().request<{
      sectors: Array<{
        id: string;
        intakeUnitKinds: string[];
        serviceTypes: Array<{
          id: string;
          documents: Array<{ code: string; required: boolean; minFiles: number; maxFiles: number }>;
          questions: Array<{ id: string; type: string; required: boolean }>;
        }>;
        routes: Array<{ id: string; unitKind: string; service: string | null }>;
      }>;
    }>(`{ sectors { id intakeUnitKinds
          serviceTypes { id documents { code required minFiles maxFiles } questions { id type required } }
          routes { id unitKind service } } }`);
    const sector = data.sectors.find((s) => s.id === 'pekerjaan-umum');
    expect(sector?.intakeUnitKinds).toEqual(['POSYANDU']);
    expect(sector?.serviceTypes.map((s) => s.id)).toEqual([
      'sanitation-facility',
      'mck-facility',
      'clean-water-facility',
    ]);
    for (const type of sector?.serviceTypes ?? []) {
      expect(type.documents).toEqual([{ code: 'request-letter', required: true, minFiles: 1, maxFiles: 3 }]);
      expect(type.questions).toContainEqual({ id: 'constructionPoints', type: 'locations', required: true });
    }
    expect(sector?.routes).toEqual([
      { id: 'village-government', unitKind: 'VILLAGE_GOVERNMENT', service: null },
      { id: 'public-works-opd', unitKind: 'OPD', service: 'pekerjaan-umum' },
    ]);
  });

  describe('the construction-point locations question', () => {
    async function refusal(points: unknown) {
      const before = await t.sql.query<{ n: string }>('select count(*) as n from spm_case');
      const error = await kader.error(REGISTER, {
        input: pekerjaanUmumInput({ facts: { ...pekerjaanUmumInput().facts, constructionPoints: points } }),
      });
      expect(error.extensions?.code).toBe('VALIDATION_FAILED');
      const after = await t.sql.query<{ n: string }>('select count(*) as n from spm_case');
      expect(after.rows[0]?.n).toBe(before.rows[0]?.n); // nothing was written
      return (error.extensions?.fields ?? []).map((f) => f.field);
    }

    it('refuses a point outside Indonesia, naming the point', async () => {
      expect(await refusal([pointOutsideIndonesia])).toEqual(['facts.constructionPoints.0']);
      expect(await refusal([constructionPoints[0], pointOutsideIndonesia])).toEqual(['facts.constructionPoints.1']);
    });

    it('refuses a point without a description', async () => {
      expect(await refusal([{ lat: -7.7893, lng: 110.7012 }])).toEqual(['facts.constructionPoints.0.description']);
      expect(await refusal([constructionPoints[0], { ...constructionPoints[1], description: '   ' }])).toEqual([
        'facts.constructionPoints.1.description',
      ]);
    });

    it('refuses no point, coordinates that are not numbers, and more than 10 points', async () => {
      expect(await refusal([])).toEqual(['facts.constructionPoints']);
      expect(await refusal(undefined)).toEqual(['facts.constructionPoints']);
      expect(await refusal([{ lat: '-7.79', lng: '110.70', description: 'Titik A' }])).toEqual([
        'facts.constructionPoints.0',
      ]);
      const eleven = Array.from({ length: 11 }, (_, i) => ({
        lat: -7.79,
        lng: 110.7 + i / 1000,
        description: `Titik ${i + 1}`,
      }));
      expect(await refusal(eleven)).toEqual(['facts.constructionPoints']);
    });

    it('stores two valid points and returns them in facts', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      const c = await register(pekerjaanUmumInput());
      expect(c.facts).toEqual({
        facilityKind: 'DRILLED_WELL',
        workKind: 'NEW_CONSTRUCTION',
        scope: 'RT',
        householdsServed: 38,
        constructionPoints,
      });
      const read = (await perangkat.request<{ case: CaseView }>(CASE, { id: c.id })).case;
      expect(read.facts.constructionPoints).toEqual(constructionPoints);
      const row = await t.sql.query<{ facts: Record<string, unknown> }>('select facts from spm_case where id = $1', [
        c.id,
      ]);
      expect(row.rows[0]?.facts.constructionPoints).toEqual(constructionPoints);
    });
  });

  it('registers, verifies with a field visit, submits to the village, forwards to DPUPR and completes', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    // Only a kader of a Posyandu registers (deck step 1).
    const notIntake = await opd.error(REGISTER, { input: pekerjaanUmumInput() });
    expect(notIntake.extensions?.code).toBe('FORBIDDEN');

    const registered = await register(pekerjaanUmumInput());
    expect(registered.code).toMatch(/^SPM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(registered).toMatchObject({
      status: 'registered',
      serviceType: { id: 'clean-water-facility' },
      dusun: 'Gombang Kidul',
      rw: '002',
      rt: '003',
      holder: { name: 'Posyandu Gombang', kind: 'POSYANDU' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
      missingDocuments: [],
      documents: [{ code: 'request-letter', status: 'RECEIVED', fileCount: allDocuments[0]?.fileNames.length }],
    });

    // Deck step 3: the kepala desa is not among the verifiers; outsiders do not even see the case.
    await expectRefused(kades, registered, 'start-verification', 'FORBIDDEN');
    await expectRefused(opd, registered, 'start-verification', 'NOT_FOUND');
    await expectRefused(otherKader, registered, 'start-verification', 'NOT_FOUND');

    let c = await act(kader, registered, 'start-verification');
    expect(c).toMatchObject({ status: 'verification', holder: { name: 'Posyandu Gombang' } });

    // Qualifying needs the letter checked as valid and a FIELD visit: a home visit does not count.
    t.clock.set('2026-11-24T05:00:00Z'); // Tuesday
    c = await visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: '2026-11-24T02:00:00Z',
      participants: 'Kader Sri',
      findings: 'Bertemu Ketua RT di rumahnya untuk mengecek surat permohonan.',
      recommendation: 'NEEDS_FOLLOW_UP',
    });
    const blocked = c.availableActions.find((a) => a.id === 'declare-eligible');
    expect(blocked?.enabled).toBe(false);
    expect(blocked?.blockedBy.map((b) => b.en)).toEqual([
      'Required documents are not yet verified as valid: Request letter from the head of the dusun/RT.',
      'No field visit has been recorded.',
    ]);
    const guard = await kader.error(ACT, { id: c.id, action: 'declare-eligible', v: c.version });
    expect(guard.extensions?.code).toBe('GUARD_FAILED');

    c = await review(perangkat, c);
    c = await fieldVisit(perangkat, c, {
      visitedAt: '2026-11-24T03:00:00Z',
      participants: 'Kader Sri, Kasi Kesra Wahyu, Ketua RT 003 Suparno',
      findings: 'Kedua titik di tanah kas desa, bebas sengketa; sumur warga kering, air sungai keruh. Layak sumur bor.',
      recommendation: 'ELIGIBLE',
    });
    expect(c.deadline).toEqual({ dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 });
    c = await act(perangkat, c, 'declare-eligible');
    expect(c.status).toBe('eligible');

    // Deck step 4: only the kader submits to the village.
    await expectRefused(perangkat, c, 'submit-to-village', 'FORBIDDEN');
    c = await act(kader, c, 'submit-to-village');
    expect(c).toMatchObject({
      status: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK' },
    });
    // The kader still sees it but may do nothing more; DPUPR does not see it yet.
    expect(c.availableActions).toEqual([]);
    expect((await opd.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
    await expectRefused(kader, c, 'forward-to-opd', 'FORBIDDEN');
    await expectRefused(opd, c, 'forward-to-opd', 'NOT_FOUND');

    // Deck step 5: the village forwards to the public-works OPD of Klaten.
    t.clock.set('2026-11-25T03:00:00Z'); // Wednesday
    c = await act(kades, c, 'forward-to-opd');
    expect(c).toMatchObject({
      status: 'forwarded-to-opd',
      holder: { name: 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten', kind: 'OPD' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 3 },
    });
    const tracked = await t
      .anonymous()
      .request<{ trackCase: { status: { id: string; en: string } } }>(
        'query ($code: String!) { trackCase(code: $code, phoneLast4: "1177") { status { id en } } }',
        { code: c.code },
      );
    expect(tracked.trackCase.status).toEqual({
      id: 'Diproses Dinas Pekerjaan Umum',
      en: 'With the public-works agency',
    });

    // Deck step 6: only DPUPR follows up, with a note; the village and another OPD cannot.
    await expectRefused(perangkat, c, 'record-opd-follow-up', 'FORBIDDEN', { note: 'x' });
    await expectRefused(otherOpd, c, 'record-opd-follow-up', 'NOT_FOUND', { note: 'x' });
    const noNote = await opd.error(ACT, { id: c.id, action: 'record-opd-follow-up', v: c.version });
    expect(noNote.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.note' }] });

    t.clock.set('2026-11-26T04:00:00Z'); // Thursday
    c = await act(opd, c, 'record-opd-follow-up', {
      note: 'Survei geolistrik dijadwalkan; masuk usulan sumur bor dalam APBD Perubahan 2027.',
    });
    expect(c).toMatchObject({ status: 'opd-follow-up', deadline: { state: 'ON_TRACK', workingDaysLeft: 2 } });
    await expectRefused(kades, c, 'complete', 'FORBIDDEN', { note: 'x' });
    c = await act(opd, c, 'complete', { note: 'Sumur bor dan kran umum dibangun; diserahterimakan ke pengelola RT.' });
    expect(c).toMatchObject({
      status: 'completed',
      outcome: 'COMPLETED',
      holder: { kind: 'OPD' },
      deadline: { state: 'MET' },
      availableActions: [],
    });
    expect(c.closedAt).toBe('2026-11-26T04:00:00.000Z');

    const events = await eventsOf(c.id);
    expect(events.map((e) => [e.action ?? e.type, e.to_status, e.holder])).toEqual([
      ['REGISTERED', 'registered', 'Posyandu Gombang'],
      ['start-verification', 'verification', 'Posyandu Gombang'],
      ['VISIT_RECORDED', null, 'Posyandu Gombang'],
      ['DOCUMENT_REVIEWED', null, 'Posyandu Gombang'],
      ['VISIT_RECORDED', null, 'Posyandu Gombang'],
      ['declare-eligible', 'eligible', 'Posyandu Gombang'],
      ['submit-to-village', 'submitted-to-village', 'Pemerintah Desa Gombang'],
      ['forward-to-opd', 'forwarded-to-opd', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten'],
      ['record-opd-follow-up', 'opd-follow-up', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten'],
      ['complete', 'completed', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten'],
    ]);
    expect(events[4]?.payload).toMatchObject({ kind: 'FIELD', recommendation: 'ELIGIBLE' });
    expect(events[7]?.payload).toMatchObject({ actingRole: 'KEPALA_DESA' });
    expect(events[9]).toMatchObject({
      note: 'Sumur bor dan kran umum dibangun; diserahterimakan ke pengelola RT.',
      payload: { outcome: 'COMPLETED' },
    });
    // DPUPR keeps seeing the case it once held; another Posyandu's kader and another OPD never do.
    expect((await opd.request<{ case: { id: string } }>(CASE, { id: c.id })).case?.id).toBe(c.id);
    expect((await otherKader.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
    expect((await otherOpd.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
  });

  it('ends as not qualifying, with a reason, after the field visit', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    let c = await register(mckRenovationInput());
    expect(c).toMatchObject({ serviceType: { id: 'mck-facility' }, dusun: 'Gombang Lor', rt: null });
    c = await act(perangkat, c, 'start-verification');

    // Not without a field visit.
    const noVisit = await kader.error(ACT, {
      id: c.id,
      action: 'declare-not-eligible',
      v: c.version,
      input: { reason: 'x' },
    });
    expect(noVisit.extensions).toMatchObject({
      code: 'GUARD_FAILED',
      messages: { en: 'No field visit has been recorded.' },
    });

    t.clock.set('2026-11-23T07:00:00Z');
    c = await fieldVisit(kader, c, {
      visitedAt: '2026-11-23T06:00:00Z',
      participants: 'Kader Sri, Kasi Kesra Wahyu, Kadus Gombang Lor Sugiyanto',
      findings: 'MCK berdiri di tanah pribadi warga yang menolak dihibahkan; tidak dapat dibangun dengan dana publik.',
      recommendation: 'NOT_ELIGIBLE',
    });
    await expectRefused(kades, c, 'declare-not-eligible', 'FORBIDDEN', { reason: 'Tanah bukan milik desa.' });
    const noReason = await kader.error(ACT, { id: c.id, action: 'declare-not-eligible', v: c.version });
    expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });

    c = await act(kader, c, 'declare-not-eligible', {
      reason: 'Lahan MCK milik pribadi dan tidak dihibahkan; tidak memenuhi syarat renovasi.',
    });
    expect(c).toMatchObject({
      status: 'not-eligible',
      outcome: 'DECLINED',
      holder: { name: 'Posyandu Gombang' },
      deadline: { dueAt: DUE_30_NOV, state: 'MET' },
      availableActions: [],
    });
    const last = (await eventsOf(c.id)).at(-1);
    expect(last).toMatchObject({
      type: 'ACTION_TAKEN',
      action: 'declare-not-eligible',
      from_status: 'verification',
      to_status: 'not-eligible',
      reason: 'Lahan MCK milik pribadi dan tidak dihibahkan; tidak memenuhi syarat renovasi.',
      payload: { outcome: 'DECLINED', actingRole: 'KADER' },
    });
    // Closed: nothing more, for anyone.
    const closed = await perangkat.error(ACT, { id: c.id, action: 'start-verification', v: c.version });
    expect(closed.extensions?.code).toBe('WRONG_STATE');
  });

  it('pauses the clock while waiting for the request letter, at registration and again in verification', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    let c = await register(
      pekerjaanUmumInput({
        serviceType: 'sanitation-facility',
        documents: [],
        facts: {
          facilityKind: 'WASTEWATER_DRAIN',
          workKind: 'RENOVATION',
          scope: 'RT',
          householdsServed: 24,
          constructionPoints: [
            { lat: -7.7888, lng: 110.7031, description: 'SPAL jebol sepanjang 40 m di RT 001 / RW 002' },
          ],
        },
      }),
    );
    expect(c.missingDocuments.map((d) => d.code)).toEqual(['request-letter']);
    const guard = await kader.error(ACT, { id: c.id, action: 'start-verification', v: c.version });
    expect(guard.extensions?.code).toBe('GUARD_FAILED');
    expect(guard.extensions?.messages?.en).toMatch(/Request letter from the head of the dusun\/RT/);

    t.clock.set('2026-11-25T03:00:00Z'); // Wednesday: Thu, Fri, Mon are left
    await expectRefused(kades, c, 'request-documents', 'FORBIDDEN', { reason: 'x' });
    const noReason = await kader.error(ACT, { id: c.id, action: 'request-documents', v: c.version });
    expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
    c = await act(kader, c, 'request-documents', { reason: 'Surat permohonan ketua RT belum dibawa.' });
    expect(c).toMatchObject({ status: 'awaiting-documents', deadline: { state: 'PAUSED', workingDaysLeft: 3 } });

    t.clock.set('2026-12-02T03:00:00Z'); // Wednesday a week later
    const stillMissing = await kader.error(ACT, { id: c.id, action: 'documents-supplied', v: c.version });
    expect(stillMissing.extensions?.code).toBe('GUARD_FAILED');
    c = await attach(kader, c, { code: 'request-letter', fileNames: ['surat-rt-001.jpg'] });
    c = await act(kader, c, 'documents-supplied');
    expect(c).toMatchObject({
      status: 'verification',
      deadline: { dueAt: '2026-12-07T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 3 },
    });

    // Thursday: the village finds the letter unsigned and asks for it again (Fri, Mon left).
    t.clock.set('2026-12-03T03:00:00Z');
    c = await review(perangkat, c, 'NEEDS_CORRECTION', 'Surat belum ditandatangani dan dicap ketua RT.');
    expect(c.missingDocuments.map((d) => d.code)).toEqual(['request-letter']);
    c = await act(perangkat, c, 'request-documents', { reason: 'Surat permohonan perlu tanda tangan dan cap RT.' });
    expect(c).toMatchObject({ status: 'awaiting-documents', deadline: { state: 'PAUSED', workingDaysLeft: 2 } });

    t.clock.set('2026-12-08T02:00:00Z'); // Tuesday: resumes with 2 days → Thursday 10 December
    c = await attach(kader, c, { code: 'request-letter', fileNames: ['surat-rt-001-bertanda-tangan.jpg'] });
    c = await act(perangkat, c, 'documents-supplied');
    expect(c).toMatchObject({
      status: 'verification',
      deadline: { dueAt: '2026-12-10T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 2 },
    });

    const clockEvents = (await eventsOf(c.id))
      .filter((e) => e.type === 'ACTION_TAKEN')
      .map((e) => [e.action, e.payload.clock, e.payload.remainingWorkingDays ?? null]);
    expect(clockEvents).toEqual([
      ['request-documents', 'paused', 3],
      ['documents-supplied', 'resumed', null],
      ['request-documents', 'paused', 2],
      ['documents-supplied', 'resumed', null],
    ]);
  });

  it('DPUPR returns a case that is not its competence (bukan wewenang) to the village, with a reason', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    let c = await register(pekerjaanUmumInput());
    c = await act(kader, c, 'start-verification');
    c = await review(kader, c);
    t.clock.set('2026-11-23T06:00:00Z');
    c = await fieldVisit(kader, c, {
      visitedAt: '2026-11-23T05:00:00Z',
      participants: 'Kader Sri, Kasi Kesra Wahyu',
      findings: 'Warga minta sambungan ke jaringan PDAM yang sudah lewat di jalan kabupaten.',
      recommendation: 'ELIGIBLE',
    });
    c = await act(kader, c, 'declare-eligible');
    c = await act(kader, c, 'submit-to-village');
    c = await act(perangkat, c, 'forward-to-opd');
    expect(c.holder.kind).toBe('OPD');

    // Only the holder may return it: the village cannot return what it no longer holds.
    await expectRefused(perangkat, c, 'return-not-competent', 'FORBIDDEN', { reason: 'x' });
    const asOpd = (await opd.request<{ case: CaseView }>(CASE, { id: c.id })).case;
    expect(asOpd.availableActions.map((a) => a.id)).toEqual([
      'record-opd-follow-up',
      'opd-decline',
      'withdraw',
      'close-cannot-be-served',
      'return-not-competent',
    ]);
    c = await act(opd, asOpd, 'return-not-competent', {
      reason: 'Sambungan rumah jaringan perpipaan adalah wewenang Perumda Air Minum, bukan DPUPR.',
    });
    expect(c).toMatchObject({
      status: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
    });
    const last = (await eventsOf(c.id)).at(-1);
    expect(last).toMatchObject({
      type: 'RETURNED',
      to_status: 'submitted-to-village',
      holder: 'Pemerintah Desa Gombang',
      reason: 'Sambungan rumah jaringan perpipaan adalah wewenang Perumda Air Minum, bukan DPUPR.',
    });
    // Back with the village, which may forward it again.
    const asVillage = (await kades.request<{ case: CaseView }>(CASE, { id: c.id })).case;
    expect(asVillage.availableActions.map((a) => a.id)).toContain('forward-to-opd');
  });
});
