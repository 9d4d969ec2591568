import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aidedHousehold,
  allDocuments,
  borrowedLandHousehold,
  documentsWithPhotos,
  doubleRequestHousehold,
  floodedHousehold,
  freshHousehold,
  housePhotos,
  perumahanRakyatInput,
  requestBy,
} from './perumahan-rakyat.fixtures.js';
import { perumahanRakyatPlugin } from './perumahan-rakyat.plugin.js';

const CASE_FIELDS = `
  id code status version closedAt outcome serviceType { id } facts dusun rw rt
  holder { id name kind }
  deadline { dueAt state workingDaysLeft }
  warnings { code message { id en } }
  missingDocuments { code }
  documents { code status fileCount minFiles maxFiles }
  availableActions { id enabled blockedBy { en } }
`;
const TRACK = `query ($code: String!, $last4: String!) { trackCase(code: $code, phoneLast4: $last4) { status { id en } closed } }`;

const DOCUMENT_CODES = [
  'ktp-copy',
  'kk-copy',
  'no-prior-aid-statement',
  'income-certificate',
  'land-certificate-copy',
  'house-photos',
];

/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_0900 = '2026-11-23T02:00:00Z';
/** Due at the end (23:59:59 WIB) of Monday 30 November 2026: 5 working days after Monday 23 November. */
const DUE_30_NOV = '2026-11-30T16:59:59.999Z';

const DISPERKIM = 'Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Klaten';

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
  warnings: Array<{ code: string; message: { id: string; en: string } }>;
  missingDocuments: Array<{ code: string }>;
  documents: Array<{ code: string; status: string; fileCount: number; minFiles: number; maxFiles: number }>;
  availableActions: Array<{ id: string; enabled: boolean; blockedBy: Array<{ en: string }> }>;
}

interface EventView {
  type: string;
  action: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  holder: { name: string } | null;
  actorName: string | null;
  reason: string | null;
  note: string | null;
  payload: Record<string, unknown>;
}

describe('Perumahan Rakyat: house-rehabilitation aid over GraphQL, each step by its role', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let perkim: GraphQLClient;
  let otherOpd: GraphQLClient;
  let otherKader: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [perumahanRakyatPlugin], clock: new TestClock(MONDAY_0900) });
    [kader, perangkat, kades, perkim, otherOpd, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('opd.perkim'),
      t.as('opd.pu'),
      t.as('kader.pogung'),
    ]);
  });
  afterAll(() => t?.close());

  const flow = caseSteps<CaseView, EventView>({
    fields: CASE_FIELDS,
    timelineFields: 'type action fromStatus toStatus holder { name } actorName reason note payload',
    sql: () => t.sql,
  });
  const { REGISTER, ACT, REVIEW, ATTACH, CASE } = flow.operations;
  const { act, visit, attach, expectRefused } = flow;
  const register = (input: Record<string, unknown>) => flow.register(kader, input);
  /** Checks every one of the six documents as valid, as village staff do during verification. */
  const reviewAll = (client: GraphQLClient, c: CaseView) => flow.reviewAll(client, c, DOCUMENT_CODES);
  const fieldVisit = (client: GraphQLClient, c: CaseView, visit: Record<string, string>) =>
    flow.visit(client, c, { kind: 'FIELD', ...visit });

  /** The case's `timeline` field, read over GraphQL by village staff (who see every case of the village). */
  const timeline = (caseId: string) => flow.timeline(perangkat, caseId);

  async function lastEvent(caseId: string): Promise<EventView | undefined> {
    return (await timeline(caseId)).at(-1);
  }

  /**
   * Drives a registered case through the whole flow to `completed` (COMPLETED), each step by its
   * allowed role, so that the applicant has received the aid.
   */
  async function driveToCompletion(registered: CaseView): Promise<CaseView> {
    let c = await act(kader, registered, 'start-verification');
    c = await reviewAll(perangkat, c);
    c = await fieldVisit(kader, c, {
      visitedAt: t.clock.now().toISOString(),
      participants: 'Kader Sri Lestari, Kasi Kesra Wahyu',
      findings: 'Rumah tidak layak huni: atap bocor, dinding bambu, lantai tanah.',
      recommendation: 'ELIGIBLE',
    });
    c = await act(kader, c, 'declare-eligible');
    c = await act(kader, c, 'submit-to-village');
    c = await act(perangkat, c, 'forward-to-opd');
    c = await act(perkim, c, 'record-opd-follow-up', { note: 'Masuk daftar penerima BSPS tahun berjalan.' });
    c = await act(perkim, c, 'complete', { note: 'Rehabilitasi selesai dan diserahterimakan.' });
    expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED' });
    return c;
  }

  it('lists the sector with the six documents of the deck, exactly three house photos, and its two routes', async () => {
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
    const sector = data.sectors.find((s) => s.id === 'perumahan-rakyat');
    expect(sector?.intakeUnitKinds).toEqual(['POSYANDU']);
    expect(sector?.serviceTypes.map((s) => s.id)).toEqual(['house-rehabilitation']);
    expect(sector?.serviceTypes[0]?.documents).toEqual([
      { code: 'ktp-copy', required: true, minFiles: 1, maxFiles: 2 },
      { code: 'kk-copy', required: true, minFiles: 1, maxFiles: 2 },
      { code: 'no-prior-aid-statement', required: true, minFiles: 1, maxFiles: 2 },
      { code: 'income-certificate', required: true, minFiles: 1, maxFiles: 2 },
      { code: 'land-certificate-copy', required: true, minFiles: 1, maxFiles: 4 },
      { code: 'house-photos', required: true, minFiles: 3, maxFiles: 3 },
    ]);
    expect(sector?.serviceTypes[0]?.questions).toEqual([
      { id: 'damagedParts', type: 'text', required: true },
      { id: 'occupants', type: 'number', required: true },
      { id: 'monthlyIncome', type: 'number', required: true },
      { id: 'landDocumentKind', type: 'choice', required: true },
    ]);
    expect(sector?.routes).toEqual([
      { id: 'village-government', unitKind: 'VILLAGE_GOVERNMENT', service: null },
      { id: 'housing-opd', unitKind: 'OPD', service: 'perumahan-rakyat' },
    ]);
  });

  describe('the photos of the house: exactly three (deck: "Foto Kondisi Rumah … (3 Sisi)")', () => {
    it('refuses four photos at registration, naming the photo document, and writes nothing', async () => {
      t.clock.set(MONDAY_0900);
      const before = await t.sql.query<{ n: string }>('select count(*) as n from spm_case');
      const error = await kader.error(REGISTER, {
        input: perumahanRakyatInput({ documents: documentsWithPhotos(housePhotos.tooMany) }),
      });
      expect(error.extensions?.code).toBe('VALIDATION_FAILED');
      expect(error.extensions?.fields).toEqual([
        {
          field: 'documents.5.fileNames',
          messages: expect.objectContaining({ en: expect.stringContaining('Photos of the house (3 sides)') }),
        },
      ]);
      const after = await t.sql.query<{ n: string }>('select count(*) as n from spm_case');
      expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    });

    it('keeps a case with only two photos incomplete: verification cannot start and the photos cannot pass as valid', async () => {
      t.clock.set(MONDAY_0900);
      let c = await register(
        requestBy(freshHousehold.applicant, freshHousehold.kkNumber, {
          documents: documentsWithPhotos(housePhotos.tooFew),
        }),
      );
      expect(c.status).toBe('registered');
      expect(c.missingDocuments).toEqual([{ code: 'house-photos' }]);
      expect(c.documents.find((d) => d.code === 'house-photos')).toEqual({
        code: 'house-photos',
        status: 'RECEIVED',
        fileCount: 2,
        minFiles: 3,
        maxFiles: 3,
      });
      const start = c.availableActions.find((a) => a.id === 'start-verification');
      expect(start).toEqual({
        id: 'start-verification',
        enabled: false,
        blockedBy: [{ en: 'Required documents are missing: Photos of the house (3 sides).' }],
      });

      const before = (await timeline(c.id)).length;
      const guard = await kader.error(ACT, { id: c.id, action: 'start-verification', v: c.version });
      expect(guard.extensions).toMatchObject({
        code: 'GUARD_FAILED',
        messages: { en: 'Required documents are missing: Photos of the house (3 sides).' },
      });
      const notValid = await perangkat.error(REVIEW, { id: c.id, code: 'house-photos', status: 'VALID' });
      expect(notValid.extensions).toMatchObject({
        code: 'GUARD_FAILED',
        messages: { en: 'Photos of the house (3 sides) needs 3 files; only 2 were given.' },
      });
      // Handing in four photos later is refused too, saying how many are needed.
      const four = await kader.error(ATTACH, { id: c.id, d: { code: 'house-photos', fileNames: housePhotos.tooMany } });
      expect(four.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'fileNames', messages: { en: 'Photos of the house (3 sides): give 3 files.' } }],
      });
      expect((await timeline(c.id)).length).toBe(before);

      // With the third side photographed the case is complete and verification starts.
      c = await attach(kader, c, { code: 'house-photos', fileNames: housePhotos.complete });
      expect(c.missingDocuments).toEqual([]);
      expect(await lastEvent(c.id)).toMatchObject({
        type: 'DOCUMENT_ATTACHED',
        payload: { code: 'house-photos', fileCount: 3, complete: true },
      });
      c = await act(kader, c, 'start-verification');
      expect(c.status).toBe('verification');
    });

    it('says at registration that exactly three photos are needed, as attachDocument does', async () => {
      const error = await kader.error(REGISTER, {
        input: perumahanRakyatInput({ documents: documentsWithPhotos(housePhotos.tooMany) }),
      });
      expect(error.extensions?.fields?.[0]?.messages.en).toBe('Photos of the house (3 sides): give 3 files.');
    });
  });

  it('registers, verifies with a field visit, submits to the village, forwards to Disperkim and completes', async () => {
    t.clock.set(MONDAY_0900);
    // Deck step 1: only a kader of a Posyandu registers.
    const notIntake = await perkim.error(REGISTER, { input: perumahanRakyatInput() });
    expect(notIntake.extensions?.code).toBe('FORBIDDEN');

    // Deck step 2: the kader records the applicant with the six documents.
    const registered = await register(perumahanRakyatInput());
    expect(registered.code).toMatch(/^SPM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(registered).toMatchObject({
      status: 'registered',
      serviceType: { id: 'house-rehabilitation' },
      dusun: 'Gombang Lor',
      rw: '001',
      rt: '004',
      facts: { occupants: 4, monthlyIncome: 1_200_000, landDocumentKind: 'LETTER_C' },
      holder: { name: 'Posyandu Gombang', kind: 'POSYANDU' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
      warnings: [],
      missingDocuments: [],
    });
    expect(registered.documents.map((d) => [d.code, d.status, d.fileCount])).toEqual([
      ['ktp-copy', 'RECEIVED', 1],
      ['kk-copy', 'RECEIVED', 1],
      ['no-prior-aid-statement', 'RECEIVED', 1],
      ['income-certificate', 'RECEIVED', 1],
      ['land-certificate-copy', 'RECEIVED', 2],
      ['house-photos', 'RECEIVED', 3],
    ]);
    expect(await timeline(registered.id)).toEqual([
      expect.objectContaining({
        type: 'REGISTERED',
        toStatus: 'registered',
        holder: { name: 'Posyandu Gombang' },
        actorName: 'Sri Lestari (Kader Posyandu Gombang)',
      }),
    ]);

    // A kader of another Posyandu and the housing OPD cannot even read it yet.
    expect((await otherKader.request<{ case: unknown }>(CASE, { id: registered.id })).case).toBeNull();
    expect((await perkim.request<{ case: unknown }>(CASE, { id: registered.id })).case).toBeNull();

    // Skipped steps are refused: nothing can be submitted or forwarded before verification.
    const skipped = await expectRefused(kader, registered, 'submit-to-village', 'WRONG_STATE');
    expect(skipped.extensions?.messages?.en).toBe(
      '"Submit to the village government" cannot be taken while the case is Registered at the Posyandu; it needs: Qualifies for renovation/repair.',
    );
    await expectRefused(kader, registered, 'declare-eligible', 'WRONG_STATE');
    await expectRefused(perangkat, registered, 'forward-to-opd', 'WRONG_STATE');
    // Deck step 3 is the kader's and the village's: the kepala desa is not a verifier; outsiders see nothing.
    await expectRefused(kades, registered, 'start-verification', 'FORBIDDEN');
    await expectRefused(perkim, registered, 'start-verification', 'NOT_FOUND');
    await expectRefused(otherKader, registered, 'start-verification', 'NOT_FOUND');

    // Deck step 3: the kader hands the data over; kader and village verify and visit the house.
    let c = await act(kader, registered, 'start-verification');
    expect(c).toMatchObject({
      status: 'verification',
      holder: { name: 'Posyandu Gombang' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      type: 'ACTION_TAKEN',
      action: 'start-verification',
      fromStatus: 'registered',
      toStatus: 'verification',
      holder: { name: 'Posyandu Gombang' },
    });

    // Qualifying needs every document checked as valid and a FIELD visit: a home visit is not enough.
    t.clock.set('2026-11-24T03:00:00Z'); // Tuesday 10:00 WIB
    c = await visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: '2026-11-24T02:00:00Z',
      participants: 'Kader Sri Lestari',
      findings: 'Bertemu Bu Sumarni untuk mencocokkan KTP dan KK dengan aslinya.',
      recommendation: 'NEEDS_FOLLOW_UP',
    });
    const blocked = c.availableActions.find((a) => a.id === 'declare-eligible');
    expect(blocked?.enabled).toBe(false);
    expect(blocked?.blockedBy.map((b) => b.en)).toEqual([
      'Required documents are not yet verified as valid: Identity card (KTP) copy, Family card (KK) copy, ' +
        'Statement of never having received house-rehabilitation aid, Income certificate from the village, ' +
        'Land certificate copy (or similar), Photos of the house (3 sides).',
      'No field visit has been recorded.',
    ]);
    const guard = await kader.error(ACT, { id: c.id, action: 'declare-eligible', v: c.version });
    expect(guard.extensions?.code).toBe('GUARD_FAILED');

    c = await reviewAll(perangkat, c);
    expect(c.documents.every((d) => d.status === 'VALID')).toBe(true);
    const stillBlocked = c.availableActions.find((a) => a.id === 'declare-eligible');
    expect(stillBlocked?.blockedBy.map((b) => b.en)).toEqual(['No field visit has been recorded.']);

    c = await fieldVisit(perangkat, c, {
      visitedAt: '2026-11-24T02:30:00Z',
      participants: 'Kader Sri Lestari, Kasi Kesra Wahyu, Kadus Gombang Lor Sugiyanto',
      findings:
        'Rumah 6x8 m di atas tanah Letter C atas nama suami. Atap genteng bocor, kuda-kuda lapuk, dinding ' +
        'belakang gedhek bambu, dapur berlantai tanah. Belum pernah menerima bantuan RTLH (cek daftar desa).',
      recommendation: 'ELIGIBLE',
    });
    expect(c).toMatchObject({
      status: 'verification',
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      type: 'VISIT_RECORDED',
      payload: { kind: 'FIELD', recommendation: 'ELIGIBLE' },
    });

    // Deck step 4: verification and field visit show it qualifies for renovation/repair.
    c = await act(kader, c, 'declare-eligible');
    expect(c).toMatchObject({
      status: 'eligible',
      holder: { name: 'Posyandu Gombang' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
    });
    expect(await lastEvent(c.id)).toMatchObject({ action: 'declare-eligible', toStatus: 'eligible' });

    // Deck step 4: only the kader submits to the village; the village cannot skip ahead to the OPD.
    await expectRefused(perangkat, c, 'submit-to-village', 'FORBIDDEN');
    await expectRefused(kades, c, 'submit-to-village', 'FORBIDDEN');
    await expectRefused(perangkat, c, 'forward-to-opd', 'WRONG_STATE');
    c = await act(kader, c, 'submit-to-village');
    expect(c).toMatchObject({
      status: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      action: 'submit-to-village',
      toStatus: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang' },
      payload: { actingRole: 'KADER' },
    });
    // The kader still sees it but may do nothing more; Disperkim does not see it until it is forwarded.
    expect(c.availableActions).toEqual([]);
    expect((await perkim.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
    await expectRefused(kader, c, 'forward-to-opd', 'FORBIDDEN');
    await expectRefused(perkim, c, 'forward-to-opd', 'NOT_FOUND');

    // Deck step 5: the village forwards the qualifying request to the housing OPD of Klaten.
    t.clock.set('2026-11-25T03:00:00Z'); // Wednesday
    c = await act(kades, c, 'forward-to-opd');
    expect(c).toMatchObject({
      status: 'forwarded-to-opd',
      holder: { name: DISPERKIM, kind: 'OPD' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 3 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      action: 'forward-to-opd',
      toStatus: 'forwarded-to-opd',
      holder: { name: DISPERKIM },
      payload: { actingRole: 'KEPALA_DESA' },
    });
    const tracked = await t.anonymous().request<{ trackCase: { status: { id: string; en: string } } }>(TRACK, {
      code: c.code,
      last4: '1234',
    });
    expect(tracked.trackCase.status).toEqual({ id: 'Diproses Dinas Perumahan', en: 'With the housing agency' });

    // Now Disperkim reads it, and is the only one who may follow it up (with a note).
    const asPerkim = (await perkim.request<{ case: CaseView }>(CASE, { id: c.id })).case;
    expect(asPerkim.availableActions.map((a) => a.id)).toEqual([
      'record-opd-follow-up',
      'opd-decline',
      'withdraw',
      'close-cannot-be-served',
      'return-not-competent',
    ]);
    expect((await otherOpd.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
    await expectRefused(perangkat, c, 'record-opd-follow-up', 'FORBIDDEN', { note: 'x' });
    await expectRefused(otherOpd, c, 'record-opd-follow-up', 'NOT_FOUND', { note: 'x' });
    await expectRefused(perkim, c, 'complete', 'WRONG_STATE', { note: 'x' });
    const noNote = await perkim.error(ACT, { id: c.id, action: 'record-opd-follow-up', v: c.version });
    expect(noNote.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.note' }] });

    // Deck step 6: the OPD follows up the request from the village.
    t.clock.set('2026-11-26T04:00:00Z'); // Thursday
    c = await act(perkim, c, 'record-opd-follow-up', {
      note: 'Survei teknis oleh fasilitator BSPS; ditetapkan sebagai penerima bantuan stimulan peningkatan kualitas rumah.',
    });
    expect(c).toMatchObject({
      status: 'opd-follow-up',
      holder: { name: DISPERKIM },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 2 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      action: 'record-opd-follow-up',
      toStatus: 'opd-follow-up',
      note: 'Survei teknis oleh fasilitator BSPS; ditetapkan sebagai penerima bantuan stimulan peningkatan kualitas rumah.',
    });
    await expectRefused(kades, c, 'complete', 'FORBIDDEN', { note: 'x' });
    c = await act(perkim, c, 'complete', {
      note: 'Atap, kuda-kuda dan dinding belakang diperbaiki; rumah diserahterimakan kepada Bu Sumarni.',
    });
    expect(c).toMatchObject({
      status: 'completed',
      outcome: 'COMPLETED',
      holder: { name: DISPERKIM },
      deadline: { state: 'MET' },
      availableActions: [],
    });
    expect(c.closedAt).toBe('2026-11-26T04:00:00.000Z');
    const done = await t
      .anonymous()
      .request<{ trackCase: { status: { id: string; en: string }; closed: boolean } }>(TRACK, {
        code: c.code,
        last4: '1234',
      });
    expect(done.trackCase).toEqual({ status: { id: 'Selesai dilayani', en: 'Served' }, closed: true });

    const events = await timeline(c.id);
    expect(events.map((e) => [e.action ?? e.type, e.toStatus, e.holder?.name])).toEqual([
      ['REGISTERED', 'registered', 'Posyandu Gombang'],
      ['start-verification', 'verification', 'Posyandu Gombang'],
      ['VISIT_RECORDED', null, 'Posyandu Gombang'],
      ...DOCUMENT_CODES.map(() => ['DOCUMENT_REVIEWED', null, 'Posyandu Gombang']),
      ['VISIT_RECORDED', null, 'Posyandu Gombang'],
      ['declare-eligible', 'eligible', 'Posyandu Gombang'],
      ['submit-to-village', 'submitted-to-village', 'Pemerintah Desa Gombang'],
      ['forward-to-opd', 'forwarded-to-opd', DISPERKIM],
      ['record-opd-follow-up', 'opd-follow-up', DISPERKIM],
      ['complete', 'completed', DISPERKIM],
    ]);
    expect(events.at(-1)).toMatchObject({ payload: { outcome: 'COMPLETED' }, actorName: 'Petugas Disperkim Klaten' });
    // Disperkim keeps seeing the case it once held; another Posyandu's kader and another OPD never do.
    expect((await perkim.request<{ case: { id: string } }>(CASE, { id: c.id })).case?.id).toBe(c.id);
    expect((await otherKader.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
    expect((await otherOpd.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();
  });

  it('ends as not qualifying after the field visit, with a reason; such a refusal is not counted as aid received', async () => {
    t.clock.set(MONDAY_0900);
    const { applicant, kkNumber } = borrowedLandHousehold;
    let c = await register(
      requestBy(applicant, kkNumber, {
        facts: {
          damagedParts: 'Dinding retak dan atap seng berkarat.',
          occupants: 3,
          monthlyIncome: 1_800_000,
          landDocumentKind: 'OTHER',
        },
        dusun: 'Gombang Kidul',
        rw: '2',
        rt: '1',
      }),
    );
    c = await act(perangkat, c, 'start-verification');
    expect(c).toMatchObject({ status: 'verification', holder: { name: 'Posyandu Gombang' } });

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
      participants: 'Kader Sri Lestari, Kasi Kesra Wahyu, Ketua RT 001 Darmo',
      findings:
        'Rumah berdiri di tanah pinjaman kakak pemohon tanpa surat hibah; pemilik tanah tidak bersedia ' +
        'menandatangani pernyataan. Surat tanah yang dilampirkan atas nama orang lain.',
      recommendation: 'NOT_ELIGIBLE',
    });
    await expectRefused(kades, c, 'declare-not-eligible', 'FORBIDDEN', { reason: 'Tanah bukan milik pemohon.' });
    await expectRefused(otherKader, c, 'declare-not-eligible', 'NOT_FOUND', { reason: 'x' });
    const noReason = await kader.error(ACT, { id: c.id, action: 'declare-not-eligible', v: c.version });
    expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });

    const reason = 'Rumah berdiri di atas tanah milik orang lain tanpa surat hibah; tidak memenuhi syarat RTLH.';
    c = await act(kader, c, 'declare-not-eligible', { reason });
    expect(c).toMatchObject({
      status: 'not-eligible',
      outcome: 'DECLINED',
      holder: { name: 'Posyandu Gombang' },
      deadline: { dueAt: DUE_30_NOV, state: 'MET' },
      availableActions: [],
    });
    expect(await lastEvent(c.id)).toMatchObject({
      type: 'ACTION_TAKEN',
      action: 'declare-not-eligible',
      fromStatus: 'verification',
      toStatus: 'not-eligible',
      holder: { name: 'Posyandu Gombang' },
      reason,
      payload: { outcome: 'DECLINED', actingRole: 'KADER' },
    });
    const tracked = await t
      .anonymous()
      .request<{ trackCase: { status: { id: string; en: string }; closed: boolean } }>(TRACK, {
        code: c.code,
        last4: '2716',
      });
    expect(tracked.trackCase).toEqual({
      status: { id: 'Tidak memenuhi syarat', en: 'Does not qualify' },
      closed: true,
    });
    // Closed: nothing more, for anyone; and it never reached the village or the OPD.
    await expectRefused(perangkat, c, 'submit-to-village', 'WRONG_STATE');
    expect((await perkim.request<{ case: unknown }>(CASE, { id: c.id })).case).toBeNull();

    // Once the land is granted the family may ask again: a refused request is not aid received.
    const again = await register(requestBy(applicant, kkNumber));
    expect(again.warnings).toEqual([]);
  });

  it('pauses the clock while the kader waits for the house photos, and resumes it with the days that were left', async () => {
    t.clock.set(MONDAY_0900);
    let c = await register(
      requestBy(freshHousehold.applicant, freshHousehold.kkNumber, {
        documents: allDocuments.filter((d) => d.code !== 'house-photos'),
      }),
    );
    expect(c.missingDocuments).toEqual([{ code: 'house-photos' }]);
    expect(c.documents.find((d) => d.code === 'house-photos')).toMatchObject({ status: 'MISSING', fileCount: 0 });

    t.clock.set('2026-11-25T03:00:00Z'); // Wednesday: Thu, Fri, Mon are left
    await expectRefused(kades, c, 'request-documents', 'FORBIDDEN', { reason: 'x' });
    await expectRefused(kader, c, 'documents-supplied', 'WRONG_STATE');
    const noReason = await kader.error(ACT, { id: c.id, action: 'request-documents', v: c.version });
    expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
    const reason = 'Foto rumah dari 3 sisi belum ada; kader memotret saat kunjungan berikutnya.';
    c = await act(kader, c, 'request-documents', { reason });
    expect(c).toMatchObject({
      status: 'awaiting-documents',
      holder: { name: 'Posyandu Gombang' },
      deadline: { state: 'PAUSED', workingDaysLeft: 3 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      action: 'request-documents',
      toStatus: 'awaiting-documents',
      reason,
      payload: { clock: 'paused', remainingWorkingDays: 3 },
    });
    const tracked = await t.anonymous().request<{ trackCase: { status: { id: string } } }>(TRACK, {
      code: c.code,
      last4: '7741',
    });
    expect(tracked.trackCase.status.id).toBe('Menunggu dokumen dari Anda');

    // A week later: still no photos, so the case cannot go on; with three photos it resumes.
    t.clock.set('2026-12-02T03:00:00Z'); // Wednesday
    const stillMissing = await kader.error(ACT, { id: c.id, action: 'documents-supplied', v: c.version });
    expect(stillMissing.extensions?.code).toBe('GUARD_FAILED');
    c = await attach(kader, c, { code: 'house-photos', fileNames: housePhotos.complete });
    c = await act(kader, c, 'documents-supplied');
    expect(c).toMatchObject({
      status: 'verification',
      holder: { name: 'Posyandu Gombang' },
      deadline: { dueAt: '2026-12-07T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 3 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      action: 'documents-supplied',
      fromStatus: 'awaiting-documents',
      toStatus: 'verification',
      payload: { clock: 'resumed' },
    });
  });

  it('lets Disperkim return a flood-damaged house to the village as not its competence (bukan wewenang)', async () => {
    t.clock.set(MONDAY_0900);
    const { applicant, kkNumber } = floodedHousehold;
    let c = await register(
      requestBy(applicant, kkNumber, {
        description: 'Dinding depan roboh dan lantai ambles setelah banjir luapan Kali Dengkeng awal bulan ini.',
        facts: {
          damagedParts: 'Dinding depan roboh, lantai ambles, kusen pintu hanyut.',
          occupants: 5,
          monthlyIncome: 900_000,
          landDocumentKind: 'SHM',
        },
      }),
    );
    c = await act(kader, c, 'start-verification');
    c = await reviewAll(kader, c);
    t.clock.set('2026-11-23T06:00:00Z');
    c = await fieldVisit(kader, c, {
      visitedAt: '2026-11-23T05:00:00Z',
      participants: 'Kader Sri Lestari, Kasi Kesra Wahyu',
      findings: 'Kerusakan akibat banjir; rumah tidak dapat dihuni dengan aman.',
      recommendation: 'ELIGIBLE',
    });
    c = await act(kader, c, 'declare-eligible');
    c = await act(kader, c, 'submit-to-village');
    c = await act(perangkat, c, 'forward-to-opd');
    expect(c).toMatchObject({ status: 'forwarded-to-opd', holder: { name: DISPERKIM } });

    // Only the holder may return it: the village cannot return what it no longer holds, nor with no reason.
    await expectRefused(perangkat, c, 'return-not-competent', 'FORBIDDEN', { reason: 'x' });
    const noReason = await perkim.error(ACT, { id: c.id, action: 'return-not-competent', v: c.version });
    expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });

    const reason =
      'Kerusakan rumah akibat bencana banjir ditangani BPBD (rehabilitasi pascabencana), bukan program RTLH Disperkim.';
    c = await act(perkim, c, 'return-not-competent', { reason });
    expect(c).toMatchObject({
      status: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
    });
    expect(await lastEvent(c.id)).toMatchObject({
      type: 'RETURNED',
      toStatus: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang' },
      reason,
    });
    // Back with the village, which decides what to do with it; Disperkim keeps read access to what it held.
    const asVillage = (await kades.request<{ case: CaseView }>(CASE, { id: c.id })).case;
    expect(asVillage.availableActions.map((a) => a.id)).toContain('forward-to-opd');
    const asPerkim = (await perkim.request<{ case: CaseView }>(CASE, { id: c.id })).case;
    expect(asPerkim.availableActions).toEqual([]);
  });

  describe('the statement of never having received the aid is checked against earlier cases', () => {
    it('warns the officers when the same NIK, or the same family card (KK), already received the aid; another family gets none', async () => {
      t.clock.set(MONDAY_0900);
      const { wife, husband, kkNumber } = aidedHousehold;
      const first = await register(requestBy(wife, kkNumber));
      expect(first.warnings).toEqual([]);

      // While the first request is still open, nothing has been received yet.
      const whileOpen = await register(requestBy(husband, kkNumber));
      expect(whileOpen.warnings).toEqual([]);

      const aided = await driveToCompletion(first);

      // The same woman asks again: the officers are warned, naming the earlier case; the case is still registered.
      t.clock.set('2026-12-07T02:00:00Z'); // two weeks later
      const sameNik = await register(requestBy(wife, kkNumber));
      const warning = {
        code: 'PRIOR_CASE',
        message: {
          id: `Pemohon (NIK atau KK) sudah pernah menerima bantuan rehabilitasi rumah melalui kasus (${aided.code})`,
          en: `The applicant (NIK or KK) already received house-rehabilitation aid via case (${aided.code})`,
        },
      };
      expect(sameNik).toMatchObject({ status: 'registered', holder: { name: 'Posyandu Gombang' } });
      expect(sameNik.warnings).toEqual([warning]);

      // Her husband, with his own NIK but the same family card: warned too.
      const sameKk = await register(requestBy(husband, kkNumber));
      expect(sameKk.warnings).toEqual([warning]);

      // The village officers and the kepala desa see the warning when they read the case.
      for (const officer of [perangkat, kades]) {
        const read = (await officer.request<{ case: CaseView }>(CASE, { id: sameKk.id })).case;
        expect(read.warnings).toEqual([warning]);
      }

      // A different family (different NIK and KK) gets no warning.
      const other = await register(requestBy(freshHousehold.applicant, freshHousehold.kkNumber));
      expect(other.warnings).toEqual([]);
    });

    it('warns on a request registered while another request of the same family was open, once that one completes', async () => {
      t.clock.set(MONDAY_0900);
      const { wife, husband, kkNumber } = doubleRequestHousehold;
      const first = await register(requestBy(wife, kkNumber));
      const second = await register(requestBy(husband, kkNumber));
      expect(second.warnings).toEqual([]);
      const aided = await driveToCompletion(first);
      const read = (await perangkat.request<{ case: CaseView }>(CASE, { id: second.id })).case;
      expect(read.warnings).toEqual([expect.objectContaining({ code: 'PRIOR_CASE' })]);
      expect(read.warnings[0]?.message.en).toContain(aided.code);
    });

    it('refuses a housing request without the family card (KK) number that the aid check relies on', async () => {
      const { nik, name, phone } = freshHousehold.applicant;
      const error = await kader.error(REGISTER, { input: perumahanRakyatInput({ applicant: { nik, name, phone } }) });
      expect(error.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'applicant.kkNumber' }],
      });
    });
  });
});
