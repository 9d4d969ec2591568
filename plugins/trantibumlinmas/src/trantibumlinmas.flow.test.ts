import {
  caseSteps,
  startTestServer,
  TestClock,
  type GraphQLClient,
  type TestServer,
  type TestSubscription,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousLoggingInput,
  drugsInput,
  fireHazardInput,
  neighbourQuarrelInput,
  phoneOnlyReporterTraces,
  reporter,
  reporterTraces,
  selfReportInput,
  selfReportingVictimTraces,
  thuggeryInput,
  trantibumlinmasInput,
  victim,
} from './trantibumlinmas.fixtures.js';
import { trantibumlinmasPlugin } from './trantibumlinmas.plugin.js';

/** Every field of a case a viewer can ask for, nested ones included. */
const CASE_FIELDS = `
  id code status version closedAt outcome dusun rw rt description facts registeredAt updatedAt
  sector { id } serviceType { id }
  state { id label { id en } citizenLabel { id en } }
  warnings { code message { id en } }
  identityRedacted
  applicant { name nik nikMasked phone address kkNumber relation }
  beneficiaries { name nik nikMasked phone address kkNumber relation }
  holder { id name kind } originUnit { id name kind } escalatedTo { id name }
  area { code name }
  deadline { dueAt state workingDaysLeft }
  documents { code required status fileCount fileNames note statusReason }
  missingDocuments { code }
  visits { id kind visitedAt participants findings recommendation recordedAt }
  availableActions { id enabled blockedBy { en } }
  timeline { id type action fromStatus toStatus holder { name } actorName reason note payload occurredAt }
`;

const CASE_BY_CODE = `query ($code: String!) { caseByCode(code: $code) { ${CASE_FIELDS} } }`;
const CASES = `query ($filter: CaseFilter) { cases(filter: $filter, first: 100) {
  totalCount edges { cursor node { ${CASE_FIELDS} } } } }`;
const TRACK = `query ($code: String!, $last4: String!) {
  trackCase(code: $code, phoneLast4: $last4) {
    code sector { id en } serviceType { id en } status { id en } closed registeredAt updatedAt
    deadline { dueAt state workingDaysLeft timeZone } } }`;
const SUB = `subscription ($filter: CaseEventFilter) {
  caseEvents(filter: $filter) { cursor caseId
    event { id type action fromStatus toStatus holder { name } actorName reason note payload occurredAt }
    case { ${CASE_FIELDS} } } }`;

/** Due at the end (23:59:59 WIB) of Monday 30 November 2026: 5 working days after Monday 23 November. */
const DUE_30_NOV = '2026-11-30T16:59:59.999Z';
const SECTION = 'Bidang Trantibumlinmas Desa Gombang';
const SATPOL_PP = 'Satuan Polisi Pamong Praja Kabupaten Klaten';
const POLSEK = 'Polsek Cawas';

interface Party {
  name: string | null;
  nik: string | null;
  nikMasked: boolean;
  phone: string | null;
  address: string | null;
  kkNumber: string | null;
  relation: string | null;
}

interface TimelineEvent {
  id: string;
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

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  closedAt: string | null;
  outcome: string | null;
  facts: Record<string, unknown>;
  serviceType: { id: string };
  state: { id: string; citizenLabel: { id: string; en: string } };
  warnings: Array<{ code: string; message: { id: string; en: string } }>;
  identityRedacted: boolean;
  applicant: Party | null;
  beneficiaries: Party[];
  holder: { id: string; name: string; kind: string };
  originUnit: { name: string; kind: string };
  deadline: { dueAt: string; state: string; workingDaysLeft: number };
  documents: Array<{ code: string; status: string; fileCount: number; fileNames: string[]; note: string | null }>;
  visits: Array<{ kind: string; participants: string; findings: string }>;
  availableActions: Array<{ id: string; enabled: boolean }>;
  timeline: TimelineEvent[];
}

interface Notice {
  caseEvents: { cursor: string; caseId: string; event: TimelineEvent; case: CaseView };
}

/** The JSON the viewer received names none of these strings (name, NIK, phone as typed and stored, address). */
function expectNoTraces(value: unknown, traces: readonly string[]): void {
  const text = JSON.stringify(value);
  for (const trace of traces) expect(text, `leaks "${trace}"`).not.toContain(trace);
}

/** What the section, the kepala desa and the unit the case went to see of the reporter. */
const FULL_REPORTER: Party = {
  name: reporter.name,
  nik: reporter.nik,
  nikMasked: false,
  phone: '+6281329001177',
  address: reporter.address,
  kkNumber: null,
  relation: null,
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The notice of `action` on a subscription. Events committed just before subscribing may
 * arrive too, so notices are found by what they say, not by their position.
 */
async function noticeOf(sub: TestSubscription<Notice>, action: string, timeoutMs = 10_000): Promise<Notice> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sub.received.find((n) => n.caseEvents.event.action === action);
    if (found) return found;
    if (sub.errors.length) throw new Error(`subscription failed: ${JSON.stringify(sub.errors)}`);
    if (Date.now() > deadline) throw new Error(`no "${action}" notice within ${timeoutMs} ms`);
    await pause(50);
  }
}

describe('Trantibumlinmas: confidential complaints at the village office, over GraphQL, each step by its role', () => {
  let t: TestServer;
  let trantibum: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let camat: GraphQLClient;
  let satpolpp: GraphQLClient;
  let polisi: GraphQLClient;
  let kader: GraphQLClient;
  let kaderPogung: GraphQLClient;
  let opdPendidikan: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 WIB.
    t = await startTestServer({ plugins: [trantibumlinmasPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    [trantibum, perangkat, kades, camat, satpolpp, polisi, kader, kaderPogung, opdPendidikan, admin] =
      await Promise.all([
        t.as('trantibum.gombang'),
        t.as('perangkat.gombang'),
        t.as('kades.gombang'),
        t.as('camat.cawas'),
        t.as('satpolpp.klaten'),
        t.as('polisi.cawas'),
        t.as('kader.gombang'),
        t.as('kader.pogung'),
        t.as('opd.pendidikan'),
        t.as('admin.klaten'),
      ]);
  });
  afterAll(() => t?.close());

  const flow = caseSteps<CaseView>({ fields: CASE_FIELDS, sql: () => t.sql });
  const { REGISTER, ACT } = flow.operations;
  const { act, visit, read, expectRefused } = flow;
  const register = (input: Record<string, unknown>) => flow.register(trantibum, input);

  async function eventRows(caseId: string) {
    const res = await t.sql.query<{
      type: string;
      action: string | null;
      to_status: string | null;
      holder: string | null;
      reason: string | null;
      note: string | null;
      payload: Record<string, unknown>;
    }>(
      `select e.type, e.action, e.to_status, u.name as holder, e.reason, e.note, e.payload
         from case_event e left join org_unit u on u.id = e.holder_id
        where e.case_id = $1 order by e.id`,
      [caseId],
    );
    return res.rows;
  }

  /** The `timeline` field (the case's events) as [action or type, status after, holder]. */
  function steps(c: CaseView) {
    return c.timeline.map((e) => [e.action ?? e.type, e.toStatus, e.holder?.name ?? null]);
  }

  /** Deck step 3: the section assesses, asks the kepala desa, who approves; step 4: the report goes to the kepala desa. */
  async function toExaminationReported(c: CaseView, finding: string): Promise<CaseView> {
    c = await act(trantibum, c, 'start-assessment');
    c = await act(trantibum, c, 'submit-for-approval', { note: finding });
    c = await act(kades, c, 'approve-follow-up');
    return act(trantibum, c, 'report-examination', { note: `Laporan hasil pemeriksaan: ${finding}` });
  }

  it('lists the sector: the eleven categories of the deck, intake at the village Trantibumlinmas section, reporter confidential', async () => {
    // Three requests: the whole catalogue in one would exceed the server's query cost limit.
    type Sector = {
      id: string;
      intakeUnitKinds: string[];
      intakeRoles: string[];
      confidentialReporter: boolean;
      serviceTypes: Array<{
        id: string;
        documents: Array<{ code: string; required: boolean; minFiles: number; maxFiles: number }>;
        questions: Array<{ id: string; type: string; required: boolean }>;
      }>;
      workflow: { initialState: string; actions: Array<{ id: string; roles: string[]; assignsTo: string[] }> };
      routes: Array<{ id: string; unitKind: string; service: string | null }>;
    };
    const ask = async (fields: string) =>
      (await t.anonymous().request<{ sectors: Sector[] }>(`{ sectors { id ${fields} } }`)).sectors.find(
        (s) => s.id === 'trantibumlinmas',
      );
    const documents = await ask(
      'intakeUnitKinds intakeRoles confidentialReporter serviceTypes { id documents { code required minFiles maxFiles } }',
    );
    const questions = await ask('serviceTypes { id questions { id type required } }');
    const workflow = await ask(
      'workflow { initialState actions { id roles assignsTo } } routes { id unitKind service }',
    );
    const sector = {
      ...documents,
      ...workflow,
      serviceTypes: (documents?.serviceTypes ?? []).map((type) => ({
        ...type,
        questions: questions?.serviceTypes.find((q) => q.id === type.id)?.questions ?? [],
      })),
    } as Partial<Sector>;
    expect(sector.workflow?.initialState).toBe('registered');
    expect(sector).toMatchObject({
      intakeUnitKinds: ['VILLAGE_TRANTIBUM'],
      intakeRoles: ['TRANTIBUM_OFFICER'],
      confidentialReporter: true,
    });
    expect(sector.serviceTypes?.map((s) => s.id)).toEqual([
      'fire',
      'drugs',
      'domestic-violence',
      'indecency',
      'disaster',
      'human-trafficking',
      'illegal-logging',
      'thuggery',
      'terrorism',
      'illegal-immigrants',
      'illegal-fishing',
      'perda-violation',
    ]);
    for (const type of sector.serviceTypes ?? []) {
      expect(type.documents).toEqual([{ code: 'reporter-identity', required: false, minFiles: 1, maxFiles: 2 }]);
      expect(type.questions).toEqual([
        { id: 'incidentLocation', type: 'text', required: true },
        { id: 'incidentDate', type: 'date', required: false },
        { id: 'ongoingThreat', type: 'boolean', required: true },
      ]);
    }
    const roles = Object.fromEntries((sector.workflow?.actions ?? []).map((a) => [a.id, a.roles]));
    expect(roles).toEqual({
      'decide-to-process': ['TRANTIBUM_OFFICER', 'KEPALA_DESA'],
      'set-aside': ['TRANTIBUM_OFFICER', 'KEPALA_DESA'],
      'start-assessment': ['TRANTIBUM_OFFICER'],
      'submit-for-approval': ['TRANTIBUM_OFFICER'],
      'approve-follow-up': ['KEPALA_DESA'],
      'refuse-follow-up': ['KEPALA_DESA'],
      'report-examination': ['TRANTIBUM_OFFICER'],
      'settle-in-village': ['KEPALA_DESA'],
      'forward-to-opd': ['KEPALA_DESA'],
      'forward-to-fire-service': ['KEPALA_DESA'],
      'forward-to-disaster-agency': ['KEPALA_DESA'],
      'forward-to-women-child-protection': ['KEPALA_DESA'],
      'forward-to-police': ['KEPALA_DESA'],
      'record-opd-follow-up': ['OPD_OFFICER'],
      'record-police-follow-up': ['POLICE_OFFICER'],
      complete: ['OPD_OFFICER', 'POLICE_OFFICER'],
      decline: ['KEPALA_DESA', 'OPD_OFFICER', 'POLICE_OFFICER'],
      withdraw: ['TRANTIBUM_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER', 'POLICE_OFFICER'],
      'close-cannot-be-served': ['KEPALA_DESA', 'OPD_OFFICER', 'POLICE_OFFICER'],
    });
    expect(sector.routes).toEqual([
      { id: 'fire-service', unitKind: 'OPD', service: 'pemadam-kebakaran' },
      { id: 'disaster-agency', unitKind: 'OPD', service: 'penanggulangan-bencana' },
      { id: 'women-child-protection', unitKind: 'OPD', service: 'perlindungan-perempuan-anak' },
      { id: 'trantibumlinmas-opd', unitKind: 'OPD', service: 'trantibumlinmas' },
      { id: 'police', unitKind: 'POLICE', service: null },
    ]);
  });

  it('is registered only at the integrated service post in the village office, not at the Posyandu desk', async () => {
    const before = await t.sql.query<{ n: string }>('select count(*) as n from spm_case');
    for (const client of [kader, perangkat, kades, polisi, satpolpp, admin]) {
      const error = await client.error(REGISTER, { input: trantibumlinmasInput() });
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const after = await t.sql.query<{ n: string }>('select count(*) as n from spm_case');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);

    // A complaint names where it happened; the reporter's own identity is what the form asks of them.
    const missing = await trantibum.error(REGISTER, {
      input: trantibumlinmasInput({ facts: { incidentDate: '2026-11-21' } }),
    });
    expect(missing.extensions?.code).toBe('VALIDATION_FAILED');
    expect((missing.extensions?.fields ?? []).map((f) => f.field).sort()).toEqual([
      'facts.incidentLocation',
      'facts.ongoingThreat',
    ]);
  });

  describe('the flow (deck slide "SPM - TRANTIBUMLINMAS", steps 1–5)', () => {
    it('settles in the village: assessed, approved by the kepala desa, examined, and closed by the kepala desa', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      const registered = await register(trantibumlinmasInput());
      expect(registered.code).toMatch(/^SPM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(registered).toMatchObject({
        status: 'registered',
        serviceType: { id: 'domestic-violence' },
        holder: { name: SECTION, kind: 'VILLAGE_TRANTIBUM' },
        originUnit: { name: SECTION, kind: 'VILLAGE_TRANTIBUM' },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
        warnings: [],
        identityRedacted: false,
        applicant: FULL_REPORTER,
        documents: [{ code: 'reporter-identity', status: 'RECEIVED', fileCount: 1 }],
        availableActions: [
          { id: 'start-assessment', enabled: true },
          { id: 'withdraw', enabled: true },
        ],
      });
      expect(steps(registered)).toEqual([['REGISTERED', 'registered', SECTION]]);

      // Skipped steps and wrong roles change nothing.
      await expectRefused(trantibum, registered, 'submit-for-approval', 'WRONG_STATE', { note: 'x' });
      await expectRefused(kades, registered, 'approve-follow-up', 'WRONG_STATE');
      await expectRefused(perangkat, registered, 'start-assessment', 'FORBIDDEN');
      await expectRefused(kades, registered, 'start-assessment', 'FORBIDDEN');
      await expectRefused(camat, registered, 'start-assessment', 'FORBIDDEN');
      await expectRefused(kader, registered, 'start-assessment', 'NOT_FOUND');
      await expectRefused(kaderPogung, registered, 'start-assessment', 'NOT_FOUND');
      await expectRefused(satpolpp, registered, 'start-assessment', 'NOT_FOUND');
      await expectRefused(polisi, registered, 'start-assessment', 'NOT_FOUND');

      // Deck step 3: the section assesses and identifies the problem.
      let c = await act(trantibum, registered, 'start-assessment');
      expect(c).toMatchObject({ status: 'assessment', holder: { name: SECTION } });
      t.clock.set('2026-11-23T07:00:00Z');
      c = await visit(trantibum, c, {
        kind: 'HOME',
        visitedAt: '2026-11-23T06:00:00Z',
        participants: 'Petugas Trantibumlinmas Desa Gombang, Ketua RT 002',
        findings: 'Korban mengakui kekerasan berulang; suami bersedia dipanggil ke balai desa. Tidak ada senjata.',
        recommendation: 'NEEDS_FOLLOW_UP',
      });
      const noNote = await trantibum.error(ACT, { id: c.id, action: 'submit-for-approval', v: c.version });
      expect(noNote.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.note' }] });
      c = await act(trantibum, c, 'submit-for-approval', {
        note: 'KDRT fisik berulang; korban ingin mediasi dan perjanjian tertulis di desa, belum ingin melapor polisi.',
      });
      expect(c).toMatchObject({
        status: 'awaiting-approval',
        holder: { name: SECTION },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
      });

      // The follow-up needs the kepala desa's approval: nobody else can give it.
      await expectRefused(trantibum, c, 'approve-follow-up', 'FORBIDDEN');
      await expectRefused(perangkat, c, 'approve-follow-up', 'FORBIDDEN');
      await expectRefused(camat, c, 'approve-follow-up', 'FORBIDDEN');
      await expectRefused(trantibum, c, 'report-examination', 'WRONG_STATE', { note: 'x' });
      expect((await read(trantibum, c.id))?.availableActions.map((a) => a.id)).toEqual(['withdraw']);
      expect((await read(kades, c.id))?.availableActions.map((a) => a.id)).toEqual([
        'approve-follow-up',
        'refuse-follow-up',
        'withdraw',
        'close-cannot-be-served',
      ]);

      t.clock.set('2026-11-24T02:00:00Z'); // Tuesday
      c = await act(kades, c, 'approve-follow-up');
      expect(c).toMatchObject({
        status: 'examination',
        holder: { name: SECTION },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
      });

      // Deck step 4: the examination report goes to the kepala desa.
      await expectRefused(kades, c, 'report-examination', 'FORBIDDEN', { note: 'x' });
      await expectRefused(kades, c, 'settle-in-village', 'WRONG_STATE', { note: 'x' });
      c = await act(trantibum, c, 'report-examination', {
        note: 'Mediasi di balai desa 24/11: suami menandatangani pernyataan tidak mengulangi, diawasi Ketua RT dan Linmas.',
      });
      expect(c).toMatchObject({ status: 'examination-reported', holder: { name: SECTION } });
      await expectRefused(trantibum, c, 'settle-in-village', 'FORBIDDEN', { note: 'x' });
      await expectRefused(perangkat, c, 'settle-in-village', 'FORBIDDEN', { note: 'x' });
      const settleNoNote = await kades.error(ACT, { id: c.id, action: 'settle-in-village', v: c.version });
      expect(settleNoNote.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.note' }] });

      t.clock.set('2026-11-25T03:00:00Z'); // Wednesday
      const noKind = await kades.error(ACT, {
        id: c.id,
        action: 'settle-in-village',
        v: c.version,
        input: { note: 'x' },
      });
      expect(noKind.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.settlementKind' }],
      });
      c = await act(kades, c, 'settle-in-village', {
        note: 'Selesai di lingkup desa: pernyataan damai ditandatangani; Linmas memantau satu bulan.',
        settlementKind: 'MUSYAWARAH',
      });
      expect(c).toMatchObject({
        status: 'settled-in-village',
        outcome: 'SETTLED_AT_VILLAGE',
        closedAt: '2026-11-25T03:00:00.000Z',
        holder: { name: SECTION },
        deadline: { dueAt: DUE_30_NOV, state: 'MET' },
        availableActions: [],
      });
      const settledBy = await t.sql.query<{ name: string }>(
        'select u.name from spm_case c join org_unit u on u.id = c.settled_by_id where c.id = $1',
        [c.id],
      );
      expect(settledBy.rows[0]?.name).toBe(SECTION);

      expect(steps(c)).toEqual([
        ['REGISTERED', 'registered', SECTION],
        ['start-assessment', 'assessment', SECTION],
        ['VISIT_RECORDED', null, SECTION],
        ['submit-for-approval', 'awaiting-approval', SECTION],
        ['approve-follow-up', 'examination', SECTION],
        ['report-examination', 'examination-reported', SECTION],
        ['settle-in-village', 'settled-in-village', SECTION],
      ]);
      expect(c.timeline[4]).toMatchObject({
        actorName: 'Kepala Desa Gombang',
        payload: { actingRole: 'KEPALA_DESA' },
      });
      expect(c.timeline[6]).toMatchObject({
        actorName: 'Kepala Desa Gombang',
        payload: { outcome: 'SETTLED_AT_VILLAGE', settlementKind: 'MUSYAWARAH' },
      });
      expect((await eventRows(c.id)).map((e) => e.action ?? e.type)).toEqual(c.timeline.map((e) => e.action ?? e.type));

      const tracked = await t.anonymous().request<{ trackCase: { status: { id: string }; closed: boolean } }>(TRACK, {
        code: c.code,
        last4: '1177',
      });
      expect(tracked.trackCase).toMatchObject({ status: { id: 'Selesai ditangani desa' }, closed: true });
      const closed = await kades.error(ACT, {
        id: c.id,
        action: 'forward-to-police',
        v: c.version,
        input: { note: 'x' },
      });
      expect(closed.extensions?.code).toBe('WRONG_STATE');
    });

    it('forwards to Satpol PP when the village cannot handle it; Satpol PP follows up and completes', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let c = await register(thuggeryInput());
      c = await toExaminationReported(
        c,
        'Pemungutan liar oleh kelompok dari luar desa, berulang tiap malam Minggu; Linmas desa tidak cukup.',
      );
      // Only the kepala desa forwards; nobody at Satpol PP sees it before.
      await expectRefused(trantibum, c, 'forward-to-opd', 'FORBIDDEN', { note: 'x' });
      await expectRefused(perangkat, c, 'forward-to-opd', 'FORBIDDEN', { note: 'x' });
      await expectRefused(satpolpp, c, 'forward-to-opd', 'NOT_FOUND', { note: 'x' });
      expect(await read(satpolpp, c.id)).toBeNull();

      t.clock.set('2026-11-24T03:00:00Z'); // Tuesday
      c = await act(kades, c, 'forward-to-opd', {
        note: 'Perlu penertiban Satpol PP bersama Linmas pada malam Minggu; pedagang bersedia menjadi saksi.',
      });
      expect(c).toMatchObject({
        status: 'forwarded-to-opd',
        holder: { name: SATPOL_PP, kind: 'OPD' },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
      });
      // The village can no longer act; Satpol PP sees the reporter, the police cannot read the case.
      await expectRefused(trantibum, c, 'record-opd-follow-up', 'FORBIDDEN', { note: 'x' });
      await expectRefused(kades, c, 'record-opd-follow-up', 'FORBIDDEN', { note: 'x' });
      await expectRefused(polisi, c, 'record-opd-follow-up', 'NOT_FOUND', { note: 'x' });
      await expectRefused(satpolpp, c, 'complete', 'WRONG_STATE', { note: 'x' });
      expect(await read(satpolpp, c.id)).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      expect(await read(polisi, c.id)).toBeNull();
      expect(await read(opdPendidikan, c.id)).toBeNull();

      t.clock.set('2026-11-26T03:00:00Z'); // Thursday
      c = await act(satpolpp, c, 'record-opd-follow-up', {
        note: 'Patroli gabungan Satpol PP dan Linmas malam Minggu 28/11; tiga orang didata dan dibina.',
      });
      expect(c).toMatchObject({ status: 'opd-follow-up', holder: { name: SATPOL_PP } });
      c = await act(satpolpp, c, 'complete', {
        note: 'Pungutan berhenti; pos pantau Linmas di pasar tiap malam Minggu.',
      });
      expect(c).toMatchObject({
        status: 'completed',
        outcome: 'COMPLETED',
        holder: { name: SATPOL_PP },
        deadline: { state: 'MET' },
        availableActions: [],
      });
      expect(steps(c)).toEqual([
        ['REGISTERED', 'registered', SECTION],
        ['start-assessment', 'assessment', SECTION],
        ['submit-for-approval', 'awaiting-approval', SECTION],
        ['approve-follow-up', 'examination', SECTION],
        ['report-examination', 'examination-reported', SECTION],
        ['forward-to-opd', 'forwarded-to-opd', SATPOL_PP],
        ['record-opd-follow-up', 'opd-follow-up', SATPOL_PP],
        ['complete', 'completed', SATPOL_PP],
      ]);
      expect(c.timeline[5]?.payload).toMatchObject({ actingRole: 'KEPALA_DESA', toHolderId: c.holder.id });
      const tracked = await t.anonymous().request<{ trackCase: { status: { id: string } } }>(TRACK, {
        code: c.code,
        last4: '1177',
      });
      expect(tracked.trackCase.status.id).toBe('Selesai ditindaklanjuti');
    });

    it('forwards to the police; Polsek Cawas sees the reporter and follows up, Satpol PP cannot read the case at all', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let c = await register(drugsInput());
      c = await toExaminationReported(
        c,
        'Dugaan peredaran sabu dari rumah kontrakan; barang bukti plastik klip diamankan.',
      );
      t.clock.set('2026-11-24T03:00:00Z');
      c = await act(kades, c, 'forward-to-police', {
        note: 'Dugaan tindak pidana narkotika: perlu penyelidikan Polsek.',
      });
      expect(c).toMatchObject({
        status: 'forwarded-to-police',
        holder: { name: POLSEK, kind: 'POLICE' },
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 },
      });
      expect(await read(polisi, c.id)).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      expect(await read(satpolpp, c.id)).toBeNull();
      expect((await satpolpp.request<{ caseByCode: unknown }>(CASE_BY_CODE, { code: c.code })).caseByCode).toBeNull();
      await expectRefused(satpolpp, c, 'record-opd-follow-up', 'NOT_FOUND', { note: 'x' });
      await expectRefused(satpolpp, c, 'complete', 'NOT_FOUND', { note: 'x' });
      await expectRefused(kades, c, 'record-police-follow-up', 'FORBIDDEN', { note: 'x' });

      c = await act(polisi, c, 'record-police-follow-up', {
        note: 'Penyelidikan dimulai; rumah kontrakan dalam pengamatan unit Reskrim.',
      });
      expect(c).toMatchObject({ status: 'police-follow-up', holder: { name: POLSEK } });
      const tracked = await t.anonymous().request<{ trackCase: { status: { id: string } } }>(TRACK, {
        code: c.code,
        last4: '1177',
      });
      expect(tracked.trackCase.status.id).toBe('Sedang ditindaklanjuti Kepolisian');
      c = await act(polisi, c, 'complete', { note: 'Dua tersangka diamankan; perkara dilimpahkan ke Satresnarkoba.' });
      expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED', holder: { name: POLSEK } });
      expect(steps(c).slice(-3)).toEqual([
        ['forward-to-police', 'forwarded-to-police', POLSEK],
        ['record-police-follow-up', 'police-follow-up', POLSEK],
        ['complete', 'completed', POLSEK],
      ]);
    });

    it('the police return a complaint that is not theirs; the kepala desa then forwards it to Satpol PP', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let c = await register(
        thuggeryInput({ facts: { incidentLocation: 'Pasar Desa Gombang', ongoingThreat: false } }),
      );
      c = await toExaminationReported(c, 'Pedagang kaki lima memakai bahu jalan dan diminta uang parkir liar.');
      c = await act(kades, c, 'forward-to-police', { note: 'Pungutan parkir liar.' });
      const noReason = await polisi.error(ACT, { id: c.id, action: 'return-not-competent', v: c.version });
      expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
      await expectRefused(kades, c, 'return-not-competent', 'FORBIDDEN', { reason: 'x' });
      c = await act(polisi, c, 'return-not-competent', {
        reason: 'Bukan tindak pidana: penertiban parkir dan PKL adalah wewenang Satpol PP.',
      });
      expect(c).toMatchObject({ status: 'examination-reported', holder: { name: SECTION } });
      c = await act(kades, c, 'forward-to-opd', { note: 'Penertiban parkir liar dan PKL oleh Satpol PP.' });
      expect(c).toMatchObject({ status: 'forwarded-to-opd', holder: { name: SATPOL_PP } });
      expect(steps(c).slice(-3)).toEqual([
        ['forward-to-police', 'forwarded-to-police', POLSEK],
        ['return-not-competent', 'examination-reported', SECTION],
        ['forward-to-opd', 'forwarded-to-opd', SATPOL_PP],
      ]);
      expect(c.timeline.at(-2)).toMatchObject({ type: 'RETURNED', reason: expect.stringMatching(/Satpol PP/) });
      // Both units it went to see the reporter (DESIGN §8: "the unit it is forwarded to").
      expect((await read(polisi, c.id))?.applicant).toEqual(FULL_REPORTER);
      expect((await read(satpolpp, c.id))?.applicant).toEqual(FULL_REPORTER);
    });

    it('ends without follow-up when the kepala desa does not approve, with the reason the reporter can ask about', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let c = await register(neighbourQuarrelInput());
      c = await act(trantibum, c, 'start-assessment');
      c = await act(trantibum, c, 'submit-for-approval', {
        note: 'Hasil pengkajian: pertengkaran antartetangga soal batas pekarangan; tuduhan asusila tidak terbukti.',
      });
      await expectRefused(trantibum, c, 'refuse-follow-up', 'FORBIDDEN', { reason: 'x' });
      await expectRefused(perangkat, c, 'refuse-follow-up', 'FORBIDDEN', { reason: 'x' });
      const noReason = await kades.error(ACT, { id: c.id, action: 'refuse-follow-up', v: c.version });
      expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
      // The refusal is coded: a missing or unknown code is refused in both languages and writes nothing.
      const noCode = await expectRefused(kades, c, 'refuse-follow-up', 'VALIDATION_FAILED', { reason: 'x' });
      expect(noCode.extensions).toMatchObject({ fields: [{ field: 'input.declineReason' }] });
      const unknownCode = await expectRefused(kades, c, 'refuse-follow-up', 'UNKNOWN_REASON_CODE', {
        reason: 'x',
        declineReason: 'NOT_ELIGIBLE',
      });
      expect(unknownCode.extensions?.messages).toMatchObject({
        id: expect.stringContaining('tidak dikenal'),
        en: expect.stringContaining('is not known'),
      });

      t.clock.set('2026-11-24T02:00:00Z');
      c = await act(kades, c, 'refuse-follow-up', {
        reason: 'Bukan gangguan ketertiban umum; diarahkan ke musyawarah RT soal batas pekarangan.',
        declineReason: 'OTHER',
      });
      expect(c).toMatchObject({
        status: 'not-followed-up',
        outcome: 'DECLINED',
        holder: { name: SECTION },
        deadline: { dueAt: DUE_30_NOV, state: 'MET' },
        availableActions: [],
      });
      expect(c.timeline.at(-1)).toMatchObject({
        action: 'refuse-follow-up',
        fromStatus: 'awaiting-approval',
        toStatus: 'not-followed-up',
        reason: 'Bukan gangguan ketertiban umum; diarahkan ke musyawarah RT soal batas pekarangan.',
        payload: { actingRole: 'KEPALA_DESA', outcome: 'DECLINED', declineReason: 'OTHER' },
      });
      const tracked = await t.anonymous().request<{ trackCase: { status: { id: string }; closed: boolean } }>(TRACK, {
        code: c.code,
        last4: '1177',
      });
      expect(tracked.trackCase).toMatchObject({
        status: { id: 'Pengaduan tidak dapat ditindaklanjuti' },
        closed: true,
      });
      const after = await trantibum.error(ACT, {
        id: c.id,
        action: 'report-examination',
        v: c.version,
        input: { note: 'x' },
      });
      expect(after.extensions?.code).toBe('WRONG_STATE');
    });

    it('holds an anonymous complaint in "perlu keputusan" without a clock, with the warning MAY_BE_DISREGARDED, until the section decides to process it', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let c = await register(anonymousLoggingInput());
      expect(c).toMatchObject({
        status: 'needs-decision',
        serviceType: { id: 'illegal-logging' },
        holder: { name: SECTION },
        deadline: { state: 'PAUSED', workingDaysLeft: 5 },
        identityRedacted: false,
        applicant: { name: null, nik: null, phone: null, address: null },
        documents: [{ code: 'reporter-identity', status: 'MISSING', fileCount: 0 }],
        missingDocuments: [],
      });
      expect(c.warnings).toEqual([
        {
          code: 'MAY_BE_DISREGARDED',
          message: {
            id: 'Pelapor tidak menyebutkan identitas dan tidak ada kontak yang bisa dihubungi; pengaduan dapat diabaikan.',
            en: 'The reporter gave no identity and no contact; the complaint may be disregarded.',
          },
        },
      ]);
      // Everyone who reads the case sees the warning (it names nobody).
      expect((await read(perangkat, c.id))?.warnings.map((w) => w.code)).toEqual(['MAY_BE_DISREGARDED']);
      // Without a phone number nobody can track it: there is nothing to check the last 4 digits against.
      expect(
        (await t.anonymous().request<{ trackCase: unknown }>(TRACK, { code: c.code, last4: '0000' })).trackCase,
      ).toBeNull();

      // No clock while nobody has decided: a week later it is neither overdue nor escalated.
      t.clock.set('2026-12-01T02:00:00Z');
      c = (await read(trantibum, c.id)) ?? c;
      expect(c).toMatchObject({ status: 'needs-decision', deadline: { state: 'PAUSED', workingDaysLeft: 5 } });
      await expectRefused(trantibum, c, 'start-assessment', 'WRONG_STATE');
      await expectRefused(trantibum, c, 'decide-to-process', 'VALIDATION_FAILED');
      await expectRefused(perangkat, c, 'decide-to-process', 'FORBIDDEN', { reason: 'x' });

      // "Dapat diabaikan", not "must be": the section decides to process it, and the 5 days start now.
      c = await act(trantibum, c, 'decide-to-process', {
        reason: 'Lokasi jelas dan tanggul terancam; layak dicek walau pelapor anonim.',
      });
      expect(c).toMatchObject({ status: 'registered', deadline: { state: 'ON_TRACK', workingDaysLeft: 5 } });
      expect(c.deadline.dueAt).toBe('2026-12-08T16:59:59.999Z');
      t.clock.set('2026-12-01T03:00:00Z');
      // The section checks the site and the kepala desa approves.
      c = await act(trantibum, c, 'start-assessment');
      t.clock.set('2026-12-01T08:00:00Z');
      c = await visit(trantibum, c, {
        kind: 'FIELD',
        visitedAt: '2026-12-01T07:00:00Z',
        participants: 'Petugas Trantibumlinmas, Linmas Dusun Gombang Kidul',
        findings: 'Tujuh tunggak pohon baru di tanggul; bekas roda truk. Tanggul retak 3 m.',
        recommendation: 'NEEDS_FOLLOW_UP',
      });
      c = await act(trantibum, c, 'submit-for-approval', {
        note: 'Pembalakan liar terbukti di lokasi; tanggul terancam.',
      });
      c = await act(kades, c, 'approve-follow-up');
      expect(c.status).toBe('examination');
      expect(c.warnings.map((w) => w.code)).toEqual(['MAY_BE_DISREGARDED']);
    });

    it('sets an anonymous complaint aside with a reason: declined as incomplete, counted, never overdue', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let c = await register(anonymousLoggingInput());
      expect(c.status).toBe('needs-decision');
      await expectRefused(kades, c, 'set-aside', 'VALIDATION_FAILED');
      c = await act(kades, c, 'set-aside', { reason: 'Tanpa identitas, kontak, dan lokasi yang dapat diperiksa.' });
      expect(c).toMatchObject({ status: 'set-aside', outcome: 'DECLINED', closedAt: '2026-11-23T02:00:00.000Z' });
      const row = await t.sql.query<{ decline_reason: string; closed_on_time: boolean }>(
        'select decline_reason, closed_on_time from spm_case where id = $1',
        [c.id],
      );
      expect(row.rows[0]).toEqual({ decline_reason: 'INCOMPLETE', closed_on_time: true });
    });

    it('does not flag a reporter who gives only a phone number, and keeps that number from the village officer', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      const c = await register(fireHazardInput());
      expect(c.warnings).toEqual([]);
      expect(c.applicant).toMatchObject({ name: 'Darto', nik: null, phone: '+6287833112045' });
      const asPerangkat = await read(perangkat, c.id);
      expect(asPerangkat).toMatchObject({ identityRedacted: true, applicant: null });
      expectNoTraces(asPerangkat, [...phoneOnlyReporterTraces, 'Darto']);
      const tracked = await t
        .anonymous()
        .request<{ trackCase: { code: string } }>(TRACK, { code: c.code, last4: '2045' });
      expect(tracked.trackCase.code).toBe(c.code);
    });
  });

  describe("the reporter's identity on every read path (DESIGN §8)", () => {
    let c: CaseView;

    beforeAll(async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      c = await register(trantibumlinmasInput());
      c = await act(trantibum, c, 'start-assessment');
      t.clock.set('2026-11-23T07:00:00Z');
      c = await visit(trantibum, c, {
        kind: 'HOME',
        visitedAt: '2026-11-23T06:00:00Z',
        participants: 'Petugas Trantibumlinmas Desa Gombang',
        findings: 'Rumah korban dikunjungi; korban memar di lengan, anak-anak aman di rumah nenek.',
        recommendation: 'NEEDS_FOLLOW_UP',
      });
      c = await act(trantibum, c, 'submit-for-approval', { note: 'KDRT berulang; korban meminta perlindungan.' });
    });

    it('case(id): the section and the kepala desa see the reporter; the village officer and the camat see it redacted', async () => {
      for (const client of [trantibum, kades]) {
        const view = await read(client, c.id);
        expect(view).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      }
      for (const client of [perangkat, camat]) {
        const view = await read(client, c.id);
        expect(view).toMatchObject({ id: c.id, status: 'awaiting-approval', identityRedacted: true, applicant: null });
        // A KDRT victim is sealed like the reporter (issue 14): only the relation shows, never the name or NIK.
        expect(view?.beneficiaries).toEqual([
          {
            name: null,
            nik: null,
            nikMasked: false,
            phone: null,
            address: null,
            kkNumber: null,
            relation: victim.relation,
          },
        ]);
        expectNoTraces(view, [...reporterTraces, victim.name, victim.nik]);
      }
      // Those who see the reporter see the victim too.
      for (const client of [trantibum, kades]) {
        expect((await read(client, c.id))?.beneficiaries.map((b) => b.name)).toEqual([victim.name]);
      }
    });

    it('case(id): units the case never went to, another Posyandu, and the admin cannot read it at all', async () => {
      for (const client of [satpolpp, polisi, opdPendidikan, kader, kaderPogung, admin]) {
        expect(await read(client, c.id)).toBeNull();
      }
    });

    it('caseByCode: the same answer as case(id) for every viewer', async () => {
      const byCode = async (client: GraphQLClient) =>
        (await client.request<{ caseByCode: CaseView | null }>(CASE_BY_CODE, { code: c.code.toLowerCase() }))
          .caseByCode;
      expect(await byCode(kades)).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      expect(await byCode(trantibum)).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      for (const client of [perangkat, camat]) {
        const view = await byCode(client);
        expect(view).toMatchObject({ id: c.id, identityRedacted: true, applicant: null });
        expectNoTraces(view, reporterTraces);
      }
      for (const client of [satpolpp, polisi, opdPendidikan, kader, admin]) expect(await byCode(client)).toBeNull();
    });

    it('cases list: every Trantibumlinmas case reaches the village officer and the camat redacted, and no outside unit', async () => {
      // Every complaint in reach, a light page (the full fields on 100 cases exceed the query cost limit).
      const LIGHT = `query ($filter: CaseFilter) { cases(filter: $filter, first: 50) {
        totalCount edges { node { id identityRedacted applicant { name nik phone address } } } } }`;
      type LightPage = {
        cases: {
          totalCount: number;
          edges: Array<{ node: { id: string; identityRedacted: boolean; applicant: Party | null } }>;
        };
      };
      const light = async (client: GraphQLClient) =>
        (await client.request<LightPage>(LIGHT, { filter: { sectorId: 'trantibumlinmas' } })).cases;
      // This complaint with every field: the only one waiting for the kepala desa.
      const full = async (client: GraphQLClient) =>
        (
          await client.request<{ cases: { totalCount: number; edges: Array<{ node: CaseView }> } }>(
            CASES.replace('first: 100', 'first: 5'),
            { filter: { sectorId: 'trantibumlinmas', status: 'awaiting-approval', open: true } },
          )
        ).cases;
      for (const client of [perangkat, camat]) {
        const page = await light(client);
        const nodes = page.edges.map((e) => e.node);
        expect(page.totalCount).toBe(nodes.length);
        expect(nodes.map((n) => n.id)).toContain(c.id);
        expect(nodes.every((n) => n.identityRedacted && n.applicant === null)).toBe(true);
        const own = await full(client);
        expect(own.edges.map((e) => e.node.id)).toEqual([c.id]);
        expect(own.edges[0]?.node).toMatchObject({ identityRedacted: true, applicant: null });
        expectNoTraces(own, reporterTraces);
      }
      expect((await full(kades)).edges[0]?.node).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      const section = await light(trantibum);
      expect(section.edges.every((e) => !e.node.identityRedacted)).toBe(true);
      for (const client of [opdPendidikan, kader, kaderPogung, admin]) {
        expect((await light(client)).edges).toEqual([]);
      }
      // Satpol PP and the police only list what was forwarded to them, never this case.
      for (const client of [satpolpp, polisi]) {
        expect((await light(client)).edges.map((e) => e.node.id)).not.toContain(c.id);
      }
    });

    it('nested fields: documents, visits and every event with its payload carry nothing of the reporter', async () => {
      const view = (await read(perangkat, c.id)) as CaseView;
      expect(view.documents).toEqual([
        expect.objectContaining({ code: 'reporter-identity', status: 'RECEIVED', fileCount: 1 }),
      ]);
      expect(view.visits).toEqual([expect.objectContaining({ kind: 'HOME' })]);
      expect(view.timeline.map((e) => e.action ?? e.type)).toEqual([
        'REGISTERED',
        'start-assessment',
        'VISIT_RECORDED',
        'submit-for-approval',
      ]);
      expect(view.timeline[0]?.payload).toEqual({
        serviceType: 'domestic-violence',
        dueAt: DUE_30_NOV,
        documents: ['reporter-identity'],
      });
      for (const part of [view.documents, view.visits, view.timeline, view.beneficiaries, view.facts]) {
        expectNoTraces(part, reporterTraces);
      }
      // And what is stored for events (the feed, audit and reports read it) names nobody either.
      expectNoTraces(await eventRows(c.id), reporterTraces);
    });

    it('trackCase: the citizen sees the status and deadline, nothing personal', async () => {
      const res = await t
        .anonymous()
        .raw<{ trackCase: Record<string, unknown> }>(TRACK, { code: c.code, last4: '1177' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.trackCase).toEqual({
        code: c.code,
        sector: { id: 'Trantibumlinmas', en: 'Public order and community protection' },
        serviceType: { id: 'Kekerasan dalam rumah tangga (KDRT)', en: 'Domestic violence (KDRT)' },
        status: { id: 'Menunggu persetujuan Kepala Desa', en: 'Waiting for the village head' },
        closed: false,
        registeredAt: '2026-11-23T02:00:00.000Z',
        updatedAt: expect.any(String),
        deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5, timeZone: 'Asia/Jakarta' },
      });
      expectNoTraces(res.data, reporterTraces);
      // Wrong digits: the same answer as an unknown code.
      expect(
        (await t.anonymous().request<{ trackCase: unknown }>(TRACK, { code: c.code, last4: '1178' })).trackCase,
      ).toBeNull();
    });

    it('caseEvents subscription: the village officer and the camat get the change redacted, outside units get nothing', async () => {
      const filter = { caseId: c.id };
      const subs = {
        trantibum: t.subscribe<Notice>(trantibum.token, SUB, { filter }),
        kades: t.subscribe<Notice>(kades.token, SUB, { filter }),
        perangkat: t.subscribe<Notice>(perangkat.token, SUB, { filter }),
        camat: t.subscribe<Notice>(camat.token, SUB, { filter }),
        satpolpp: t.subscribe<Notice>(satpolpp.token, SUB, { filter }),
        polisi: t.subscribe<Notice>(polisi.token, SUB, { filter }),
        admin: t.subscribe<Notice>(admin.token, SUB, { filter }),
      };
      try {
        await pause(400);
        t.clock.set('2026-11-24T02:00:00Z');
        c = await act(kades, c, 'approve-follow-up');

        for (const sub of [subs.trantibum, subs.kades]) {
          const notice = await noticeOf(sub, 'approve-follow-up');
          expect(notice.caseEvents).toMatchObject({
            caseId: c.id,
            event: { toStatus: 'examination', actorName: 'Kepala Desa Gombang' },
            case: { status: 'examination', identityRedacted: false, applicant: FULL_REPORTER },
          });
        }
        for (const sub of [subs.perangkat, subs.camat]) {
          const notice = await noticeOf(sub, 'approve-follow-up');
          expect(notice.caseEvents).toMatchObject({
            caseId: c.id,
            event: { payload: { actingRole: 'KEPALA_DESA' } },
            case: { status: 'examination', identityRedacted: true, applicant: null },
          });
          expectNoTraces(notice, reporterTraces);
        }
        await pause(600);
        expect(subs.satpolpp.received).toEqual([]);
        expect(subs.polisi.received).toEqual([]);
        expect(subs.admin.received).toEqual([]);

        // Forwarded to the police: from now on Polsek Cawas receives the changes, with the reporter.
        c = await act(trantibum, c, 'report-examination', { note: 'Kekerasan berat; korban bersedia melapor.' });
        c = await act(kades, c, 'forward-to-police', { note: 'Dugaan tindak pidana KDRT (UU 23/2004).' });
        // Which earlier events reach Polsek depends on when the feed reads them; the forwarding always does.
        const forwarded = await noticeOf(subs.polisi, 'forward-to-police');
        expect(forwarded.caseEvents).toMatchObject({
          event: { holder: { name: POLSEK } },
          case: { status: 'forwarded-to-police', identityRedacted: false, applicant: FULL_REPORTER },
        });
        for (const sub of [subs.perangkat, subs.camat]) {
          expect((await noticeOf(sub, 'forward-to-police')).caseEvents).toMatchObject({
            case: { status: 'forwarded-to-police', identityRedacted: true, applicant: null },
          });
        }
        await pause(600);
        expectNoTraces(subs.perangkat.received, reporterTraces);
        expectNoTraces(subs.camat.received, reporterTraces);
        expect(subs.satpolpp.received).toEqual([]);
        expect(subs.admin.received).toEqual([]);
      } finally {
        await Promise.all(Object.values(subs).map((s) => s.close()));
      }
    });

    it('after forwarding to the police: Polsek Cawas sees the reporter, Satpol PP cannot read it, the village officer still sees it redacted', async () => {
      expect(c.status).toBe('forwarded-to-police');
      expect(await read(polisi, c.id)).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      expect((await polisi.request<{ caseByCode: CaseView }>(CASE_BY_CODE, { code: c.code })).caseByCode).toMatchObject(
        { applicant: FULL_REPORTER },
      );
      expect(await read(satpolpp, c.id)).toBeNull();
      expect((await satpolpp.request<{ caseByCode: unknown }>(CASE_BY_CODE, { code: c.code })).caseByCode).toBeNull();
      for (const client of [trantibum, kades]) {
        expect(await read(client, c.id)).toMatchObject({ identityRedacted: false, applicant: FULL_REPORTER });
      }
      for (const client of [perangkat, camat]) {
        const view = await read(client, c.id);
        expect(view).toMatchObject({ identityRedacted: true, applicant: null, holder: { name: POLSEK } });
        expectNoTraces(view, reporterTraces);
      }
    });

    it('notifications: an overdue complaint escalated to the village government reaches the village officer redacted', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      let late = await register(trantibumlinmasInput({ serviceType: 'human-trafficking', beneficiaries: [] }));
      late = await act(trantibum, late, 'start-assessment');
      t.clock.set('2026-12-01T02:00:00Z'); // Tuesday after the due Monday
      await t.server.tickDeadlines();
      const NOTES = `{ notifications { kind case { id identityRedacted applicant { name nik phone address } } } }`;
      type Notes = { notifications: Array<{ kind: string; case: CaseView | null }> };
      const forPerangkat = (await perangkat.request<Notes>(NOTES)).notifications.filter((n) => n.case?.id === late.id);
      expect(forPerangkat).toEqual([
        { kind: 'ESCALATED', case: { id: late.id, identityRedacted: true, applicant: null } },
      ]);
      expectNoTraces(forPerangkat, reporterTraces);
      const forKades = (await kades.request<Notes>(NOTES)).notifications.filter((n) => n.case?.id === late.id);
      expect(forKades).toEqual([
        {
          kind: 'ESCALATED',
          case: {
            id: late.id,
            identityRedacted: false,
            applicant: { name: reporter.name, nik: reporter.nik, phone: '+6281329001177', address: reporter.address },
          },
        },
      ]);
      const forSection = (await trantibum.request<Notes>(NOTES)).notifications.filter((n) => n.case?.id === late.id);
      expect(forSection.map((n) => n.kind)).toEqual(['DEADLINE_OVERDUE']);
    });
  });

  describe('the people and files of a confidential complaint name the reporter: hidden like the reporter', () => {
    // People are shared by NIK across cases, so a victim who reports herself appears as a beneficiary too.
    it('a victim who reports herself is not revealed through beneficiaries to the village officer', async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      const c = await register(selfReportInput());
      for (const client of [perangkat, camat]) {
        const view = await read(client, c.id);
        expect(view).toMatchObject({ identityRedacted: true, applicant: null });
        expectNoTraces(view?.beneficiaries, selfReportingVictimTraces);
      }
    });

    // Posts name the scans after the person (deck step 2a: the reporter's KTP or other identity).
    it("the reporter's identity document's file names and note are hidden from the village officer", async () => {
      t.clock.set('2026-11-23T02:00:00Z');
      const c = await register(
        trantibumlinmasInput({
          documents: [
            {
              code: 'reporter-identity',
              fileNames: ['KTP Bambang Riyadi depan.jpg', 'KTP Bambang Riyadi belakang.jpg'],
              note: 'KTP asli ditunjukkan, NIK 3310051203790002',
            },
          ],
        }),
      );
      expect((await read(trantibum, c.id))?.documents[0]?.fileNames).toHaveLength(2);
      for (const client of [perangkat, camat]) {
        const view = await read(client, c.id);
        expect(view).toMatchObject({ identityRedacted: true, applicant: null });
        expectNoTraces(view?.documents, reporterTraces);
      }
    });
  });
});
