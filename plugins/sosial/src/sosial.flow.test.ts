import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  disabilityInput,
  disasterVictimInput,
  elderlyInput,
  homelessInput,
  homeVisit,
  intakeDocuments,
  neglectedChildInput,
  villageStatementLetter,
} from './sosial.fixtures.js';
import { sosialPlugin } from './sosial.plugin.js';

const CASE_FIELDS = `
  id code status version closedAt outcome serviceType { id }
  holder { id name kind }
  deadline { dueAt state workingDaysLeft }
  missingDocuments { code }
  documents { code status fileCount }
  beneficiaries { name relation }
  availableActions { id enabled blockedBy { en } }
`;
const PARTIES = `query ($id: ID!) { case(id: $id) {
  applicant { nik nikMasked } beneficiaries { name nik nikMasked } } }`;
const LIST = `{ cases(filter: { sectorId: "sosial" }, first: 100) { edges { node { id } } } }`;
const TRACK =
  'query ($code: String!, $p: String!) { trackCase(code: $code, phoneLast4: $p) { status { id en } closed } }';

const POSYANDU = 'Posyandu Gombang';
const DESA = 'Pemerintah Desa Gombang';
const KECAMATAN = 'Kecamatan Cawas';
const DINSOS = 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten';
/** Due at the end (23:59:59 WIB) of Monday 30 November 2026: 5 working days after Monday 23 November. */
const DUE_30_NOV = '2026-11-30T16:59:59.999Z';
const MON_23_NOV = '2026-11-23T02:00:00Z'; // 09:00 WIB

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  closedAt: string | null;
  outcome: string | null;
  serviceType: { id: string };
  holder: { id: string; name: string; kind: string };
  deadline: { dueAt: string; state: string; workingDaysLeft: number };
  missingDocuments: Array<{ code: string }>;
  documents: Array<{ code: string; status: string; fileCount: number }>;
  beneficiaries: Array<{ name: string; relation: string }>;
  availableActions: Array<{ id: string; enabled: boolean; blockedBy: Array<{ en: string }> }>;
}

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

describe('Sosial: Posyandu → village → kecamatan → Dinas Sosial over GraphQL, each step by its role', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let camat: GraphQLClient;
  let opd: GraphQLClient;
  let otherOpd: GraphQLClient;
  let otherKader: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [sosialPlugin], clock: new TestClock(MON_23_NOV) });
    [kader, perangkat, kades, camat, opd, otherOpd, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('camat.cawas'),
      t.as('opd.sosial'),
      t.as('opd.pendidikan'),
      t.as('kader.pogung'),
    ]);
  });
  afterAll(() => t?.close());

  const flow = caseSteps<CaseView, EventView>({ fields: CASE_FIELDS, sql: () => t.sql });
  const { REGISTER, REVIEW } = flow.operations;
  const { act, review, visit, attach, read, expectRefused } = flow;
  const register = (input: Record<string, unknown>) => flow.register(kader, input);

  async function listed(client: GraphQLClient, c: CaseView): Promise<boolean> {
    const data = await client.request<{ cases: { edges: Array<{ node: { id: string } }> } }>(LIST);
    return data.cases.edges.some((e) => e.node.id === c.id);
  }

  /** The case's `timeline` (its events), read by the kecamatan, which reaches every case of Cawas. */
  const timeline = (c: CaseView) => flow.timeline(camat, c);

  /** Deck steps 1–4 and the village's part of step 5, for paths that start at the kecamatan. */
  async function toKecamatan(input: Record<string, unknown>): Promise<CaseView> {
    t.clock.set(MON_23_NOV);
    let c = await register(input);
    c = await act(kader, c, 'plan-follow-up', { note: 'Rekap pendataan; RTL: kunjungan rumah Selasa bersama desa.' });
    t.clock.set('2026-11-24T03:00:00Z');
    c = await visit(
      kader,
      c,
      homeVisit('2026-11-24T02:00:00Z', 'Kondisi sasaran sesuai keluhan; perlu tindak lanjut.'),
    );
    c = await act(kader, c, 'submit-to-village');
    c = await attach(perangkat, c, villageStatementLetter);
    for (const code of ['target-identity-copy', 'complaint-statement', 'village-statement-letter']) {
      c = await review(perangkat, c, code);
    }
    return act(kades, c, 'forward-to-kecamatan');
  }

  it('takes “no” for an answer to a required yes/no (lives alone, needs daily care); only no answer is refused', async () => {
    const facts = { ...elderlyInput().facts, livesAlone: false, needsDailyCare: false };
    const c = await register(elderlyInput({ facts }));
    const stored = await t.sql.query('select facts from spm_case where id = $1', [c.id]);
    expect(stored.rows[0].facts).toMatchObject({ livesAlone: false, needsDailyCare: false });

    const count = async () => (await t.sql.query('select count(*)::int n from spm_case')).rows[0].n as number;
    const before = await count();
    const { livesAlone: _unanswered, ...rest } = facts;
    const error = await kader.error(REGISTER, { input: elderlyInput({ facts: rest }) });
    expect(error.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error.extensions?.fields).toEqual([
      { field: 'facts.livesAlone', messages: { id: 'Tinggal sendiri wajib diisi.', en: 'Lives alone is required.' } },
    ]);
    expect(await count()).toBe(before);
  });

  it('lists the five social services of the deck, each asking the three items of step 2', async () => {
    const data = await t.anonymous().request<{
      sectors: Array<{
        id: string;
        intakeUnitKinds: string[];
        serviceTypes: Array<{ id: string; documents: Array<{ code: string; required: boolean }> }>;
        routes: Array<{ id: string; unitKind: string; service: string | null }>;
      }>;
    }>(`{ sectors { id intakeUnitKinds serviceTypes { id documents { code required } }
          routes { id unitKind service } } }`);
    const sector = data.sectors.find((s) => s.id === 'sosial');
    expect(sector?.intakeUnitKinds).toEqual(['POSYANDU']);
    expect(sector?.serviceTypes.map((s) => s.id)).toEqual([
      'disability-services',
      'neglected-child-services',
      'elderly-services',
      'homeless-and-beggar-services',
      'disaster-victim-protection',
    ]);
    for (const type of sector?.serviceTypes ?? []) {
      expect(type.documents).toEqual([
        { code: 'target-identity-copy', required: true },
        { code: 'complaint-statement', required: true },
        { code: 'village-statement-letter', required: true },
      ]);
    }
    expect(sector?.routes).toEqual([
      { id: 'village-government', unitKind: 'VILLAGE_GOVERNMENT', service: null },
      { id: 'kecamatan', unitKind: 'KECAMATAN', service: null },
      { id: 'social-opd', unitKind: 'OPD', service: 'sosial' },
    ]);
  });

  it('serves an elderly woman living alone: recap, home visit, village, kecamatan, Dinas Sosial, completed on time', async () => {
    t.clock.set(MON_23_NOV);
    // Deck step 1: only a kader of a Posyandu registers.
    expect((await opd.error(REGISTER, { input: elderlyInput() })).extensions?.code).toBe('FORBIDDEN');

    const registered = await register(elderlyInput());
    expect(registered).toMatchObject({
      status: 'registered',
      serviceType: { id: 'elderly-services' },
      holder: { name: POSYANDU, kind: 'POSYANDU' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 5 },
      // Step 2c comes from the village later; the kader recorded 2a and 2b.
      missingDocuments: [{ code: 'village-statement-letter' }],
      beneficiaries: [{ name: 'Painem', relation: 'tetangga' }],
    });
    expect(registered.documents).toEqual([
      { code: 'target-identity-copy', status: 'RECEIVED', fileCount: 2 },
      { code: 'complaint-statement', status: 'RECEIVED', fileCount: 2 },
      { code: 'village-statement-letter', status: 'MISSING', fileCount: 0 },
    ]);

    // Another Posyandu's kader and the social agency cannot even see it yet.
    expect(await read(otherKader, registered)).toBeNull();
    expect(await listed(otherKader, registered)).toBe(false);
    expect(await read(opd, registered)).toBeNull();
    expect(await listed(opd, registered)).toBe(false);
    await expectRefused(otherKader, registered, 'plan-follow-up', 'NOT_FOUND', { note: 'x' });
    await expectRefused(opd, registered, 'plan-follow-up', 'NOT_FOUND', { note: 'x' });

    // Skipping steps 3–4: no submitting to the village before the recap and the home visit.
    await expectRefused(kader, registered, 'submit-to-village', 'WRONG_STATE');
    // Deck step 3 is the kader's: the village officer may not draw up the plan, and a plan needs a note.
    await expectRefused(perangkat, registered, 'plan-follow-up', 'FORBIDDEN', { note: 'x' });
    const noNote = await expectRefused(kader, registered, 'plan-follow-up', 'VALIDATION_FAILED');
    expect(noNote.extensions?.fields?.map((f) => f.field)).toEqual(['input.note']);

    let c = await act(kader, registered, 'plan-follow-up', {
      note: 'Rekap: lansia tunggal, belum terdaftar DTSEN. RTL: kunjungan rumah bersama desa dan TKSK, usulan ATENSI lansia.',
    });
    expect(c).toMatchObject({ status: 'home-visit', holder: { name: POSYANDU } });

    // Deck step 4: without the home visit the kader cannot hand it to the village.
    const guard = await expectRefused(kader, c, 'submit-to-village', 'GUARD_FAILED');
    expect(guard.extensions?.messages?.en).toBe('No home visit has been recorded.');
    t.clock.set('2026-11-24T03:00:00Z'); // Tuesday
    c = await visit(
      perangkat,
      c,
      homeVisit(
        '2026-11-24T02:00:00Z',
        'Mbah Painem tinggal sendiri di rumah bambu, dapur kosong, berjalan dengan tongkat. Layak diusulkan ke Dinas Sosial.',
      ),
    );
    expect(c.deadline).toEqual({ dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 4 });
    // Only the kader hands the recap to the village.
    await expectRefused(perangkat, c, 'submit-to-village', 'FORBIDDEN');
    c = await act(kader, c, 'submit-to-village');
    expect(c).toMatchObject({
      status: 'village-review',
      holder: { name: DESA, kind: 'VILLAGE_GOVERNMENT' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK' },
      availableActions: [], // the kader still sees it, but the village acts now
    });
    await expectRefused(kader, c, 'forward-to-kecamatan', 'FORBIDDEN');
    expect(await read(opd, c)).toBeNull();

    // Deck step 5: the village cannot skip the kecamatan, nor forward before its statement letter is valid.
    t.clock.set('2026-11-25T03:00:00Z'); // Wednesday
    await expectRefused(perangkat, c, 'forward-to-social-opd', 'WRONG_STATE');
    const asVillage = (await read(kades, c)) as CaseView;
    expect(asVillage.availableActions.map((a) => a.id)).toEqual([
      'declare-not-eligible',
      'settle-in-village',
      'forward-to-kecamatan',
      'decline',
      'withdraw',
      'close-cannot-be-served',
      'return-not-competent',
    ]);
    expect(asVillage.availableActions.find((a) => a.id === 'forward-to-kecamatan')?.blockedBy).toEqual([
      {
        en:
          'Required documents are not yet verified as valid: Identity copy of the person concerned (KTP, child ID card or KK), ' +
          'Written description of the complaint, Statement letter of the village government for follow-up above the village.',
      },
    ]);
    await expectRefused(kades, c, 'forward-to-kecamatan', 'GUARD_FAILED');
    // The kecamatan, the village's parent unit, cannot take the village's step either.
    await expectRefused(camat, c, 'forward-to-kecamatan', 'FORBIDDEN');

    c = await attach(perangkat, c, villageStatementLetter);
    expect(c.missingDocuments).toEqual([]);
    for (const code of ['target-identity-copy', 'complaint-statement', 'village-statement-letter']) {
      c = await review(perangkat, c, code);
    }
    c = await act(kades, c, 'forward-to-kecamatan');
    expect(c).toMatchObject({
      status: 'with-kecamatan',
      holder: { name: KECAMATAN, kind: 'KECAMATAN' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 3 },
    });
    // Still not the agency's: only once the kecamatan forwards it.
    expect(await read(opd, c)).toBeNull();
    expect(await listed(opd, c)).toBe(false);
    await expectRefused(kades, c, 'forward-to-social-opd', 'FORBIDDEN');
    await expectRefused(opd, c, 'forward-to-social-opd', 'NOT_FOUND');

    // The kecamatan forwards or hands back; it has no closing of its own.
    t.clock.set('2026-11-26T02:00:00Z'); // Thursday
    const asKecamatan = (await read(camat, c)) as CaseView;
    expect(asKecamatan.availableActions.map((a) => a.id)).toEqual([
      'forward-to-social-opd',
      'decline',
      'withdraw',
      'close-cannot-be-served',
      'return-not-competent',
    ]);
    await expectRefused(camat, c, 'settle-in-village', 'WRONG_STATE', { note: 'x' });
    c = await act(camat, asKecamatan, 'forward-to-social-opd');
    expect(c).toMatchObject({
      status: 'with-social-opd',
      holder: { name: DINSOS, kind: 'OPD' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 2 },
    });
    expect((await read(opd, c))?.id).toBe(c.id);
    expect(await listed(opd, c)).toBe(true);
    // The agency needs the full NIKs (DTSEN registration); the kecamatan only passes the case on.
    type Parties = {
      case: {
        applicant: { nik: string; nikMasked: boolean };
        beneficiaries: Array<{ nik: string; nikMasked: boolean }>;
      };
    };
    const forOpd = (await opd.request<Parties>(PARTIES, { id: c.id })).case;
    expect(forOpd.beneficiaries).toEqual([{ name: 'Painem', nik: '3310055203470003', nikMasked: false }]);
    const forCamat = (await camat.request<Parties>(PARTIES, { id: c.id })).case;
    expect(forCamat.applicant.nikMasked).toBe(true);
    expect(forCamat.beneficiaries[0]?.nikMasked).toBe(true);
    expect(JSON.stringify(forCamat)).not.toContain('3310055203470003');
    expect(JSON.stringify(forCamat)).not.toContain('3310050408790002');
    const tracked = await t.anonymous().request<{ trackCase: { status: { id: string; en: string } } }>(TRACK, {
      code: c.code,
      p: '4410',
    });
    expect(tracked.trackCase.status).toEqual({ id: 'Diproses Dinas Sosial', en: 'With the social agency' });

    // The agency follows up, with a note; nobody else may, and another agency cannot see it.
    await expectRefused(camat, c, 'record-opd-follow-up', 'FORBIDDEN', { note: 'x' });
    await expectRefused(otherOpd, c, 'record-opd-follow-up', 'NOT_FOUND', { note: 'x' });
    await expectRefused(opd, c, 'complete', 'WRONG_STATE', { note: 'x' });
    t.clock.set('2026-11-27T03:00:00Z'); // Friday
    c = await act(opd, c, 'record-opd-follow-up', {
      note: 'Didaftarkan ke DTSEN; diusulkan ATENSI lansia dan permakanan; pendamping lansia ditugaskan.',
    });
    expect(c).toMatchObject({ status: 'opd-follow-up', deadline: { state: 'ON_TRACK', workingDaysLeft: 1 } });
    c = await act(opd, c, 'complete', {
      note: 'Paket permakanan harian berjalan sejak 27 November; kunjungan pendamping dua kali sepekan.',
    });
    expect(c).toMatchObject({
      status: 'completed',
      outcome: 'COMPLETED',
      holder: { name: DINSOS },
      deadline: { state: 'MET' },
      availableActions: [],
      closedAt: '2026-11-27T03:00:00.000Z',
    });

    const events = await timeline(c);
    expect(events.map((e) => [e.action ?? e.type, e.toStatus, e.holder?.name])).toEqual([
      ['REGISTERED', 'registered', POSYANDU],
      ['plan-follow-up', 'home-visit', POSYANDU],
      ['VISIT_RECORDED', null, POSYANDU],
      ['submit-to-village', 'village-review', DESA],
      ['DOCUMENT_ATTACHED', null, DESA],
      ['DOCUMENT_REVIEWED', null, DESA],
      ['DOCUMENT_REVIEWED', null, DESA],
      ['DOCUMENT_REVIEWED', null, DESA],
      ['forward-to-kecamatan', 'with-kecamatan', KECAMATAN],
      ['forward-to-social-opd', 'with-social-opd', DINSOS],
      ['record-opd-follow-up', 'opd-follow-up', DINSOS],
      ['complete', 'completed', DINSOS],
    ]);
    expect(events[1]?.note).toMatch(/^Rekap: lansia tunggal/);
    expect(events[2]?.payload).toMatchObject({ kind: 'HOME', recommendation: 'ELIGIBLE' });
    expect(events[8]?.payload).toMatchObject({ actingRole: 'KEPALA_DESA' });
    expect(events[9]?.payload).toMatchObject({ actingRole: 'KECAMATAN_OFFICER' });
    expect(events[11]?.payload).toMatchObject({ actingRole: 'OPD_OFFICER', outcome: 'COMPLETED' });

    // The agency keeps seeing the case it once held; the other Posyandu and another agency never do.
    expect((await read(opd, c))?.id).toBe(c.id);
    expect(await read(otherKader, c)).toBeNull();
    expect(await read(otherOpd, c)).toBeNull();
    const settled = await t.sql.query<{ settled_by: string; closed_on_time: boolean }>(
      `select u.name as settled_by, c.closed_on_time from spm_case c join org_unit u on u.id = c.settled_by_id
        where c.id = $1`,
      [c.id],
    );
    expect(settled.rows[0]).toEqual({ settled_by: DINSOS, closed_on_time: true });
  });

  it('ends as not eligible, with a reason, after the home visit finds no disaster damage', async () => {
    t.clock.set(MON_23_NOV);
    let c = await register(disasterVictimInput());
    c = await act(kader, c, 'plan-follow-up', { note: 'RTL: cek kerusakan rumah bersama desa dan TKSK.' });

    // Not before the home visit.
    const noVisit = await expectRefused(kader, c, 'declare-not-eligible', 'GUARD_FAILED', { reason: 'x' });
    expect(noVisit.extensions?.messages?.en).toBe('No home visit has been recorded.');

    t.clock.set('2026-11-23T07:00:00Z');
    c = await visit(
      kader,
      c,
      homeVisit(
        '2026-11-23T06:00:00Z',
        'Atap rusak karena kayu usuk lapuk dimakan rayap, bukan karena angin; BPBD tidak mencatat rumah ini terdampak.',
        'NOT_ELIGIBLE',
      ),
    );
    // Only the kader and the village decide; the kecamatan (a parent unit) may not.
    await expectRefused(camat, c, 'declare-not-eligible', 'FORBIDDEN', { reason: 'Bukan korban bencana.' });
    const noReason = await expectRefused(kader, c, 'declare-not-eligible', 'VALIDATION_FAILED');
    expect(noReason.extensions?.fields?.map((f) => f.field)).toEqual(['input.reason']);

    const reason =
      'Kerusakan bukan akibat bencana (usuk lapuk); dirujuk ke usulan rehabilitasi rumah tidak layak huni (SPM Perumahan).';
    c = await act(kader, c, 'declare-not-eligible', { reason });
    expect(c).toMatchObject({
      status: 'not-eligible',
      outcome: 'DECLINED',
      holder: { name: POSYANDU },
      deadline: { dueAt: DUE_30_NOV, state: 'MET' },
      availableActions: [],
    });
    expect((await timeline(c)).at(-1)).toMatchObject({
      type: 'ACTION_TAKEN',
      action: 'declare-not-eligible',
      fromStatus: 'home-visit',
      toStatus: 'not-eligible',
      reason,
      payload: { outcome: 'DECLINED', actingRole: 'KADER' },
    });
    const tracked = await t.anonymous().request<{ trackCase: { status: { en: string }; closed: boolean } }>(TRACK, {
      code: c.code,
      p: '2244',
    });
    expect(tracked.trackCase).toEqual({
      status: { id: 'Tidak memenuhi kriteria layanan', en: 'Not eligible for the service' },
      closed: true,
    });
    // Closed: nothing more, for anyone.
    await expectRefused(kader, c, 'submit-to-village', 'WRONG_STATE');
  });

  it('the kecamatan hands a wheelchair request back to the village, which settles it itself', async () => {
    let c = await toKecamatan(disabilityInput());
    expect(c).toMatchObject({ status: 'with-kecamatan', holder: { name: KECAMATAN } });

    // Only the holder returns a case: the village no longer holds it.
    await expectRefused(perangkat, c, 'return-not-competent', 'FORBIDDEN', { reason: 'x' });
    t.clock.set('2026-11-25T03:00:00Z');
    const reason =
      'Kursi roda anak dapat dipenuhi dari anggaran bantuan sosial Dana Desa 2026; tidak perlu ke Dinas Sosial.';
    const noReason = await expectRefused(camat, c, 'return-not-competent', 'VALIDATION_FAILED');
    expect(noReason.extensions?.fields?.map((f) => f.field)).toEqual(['input.reason']);
    c = await act(camat, c, 'return-not-competent', { reason });
    expect(c).toMatchObject({
      status: 'village-review',
      holder: { name: DESA, kind: 'VILLAGE_GOVERNMENT' },
      deadline: { dueAt: DUE_30_NOV, state: 'ON_TRACK', workingDaysLeft: 3 },
    });
    expect((await timeline(c)).at(-1)).toMatchObject({
      type: 'RETURNED',
      action: 'return-not-competent',
      fromStatus: 'with-kecamatan',
      toStatus: 'village-review',
      holder: { name: DESA },
      reason,
    });

    // Back with the village: the kader cannot settle it, the village must say what it did.
    await expectRefused(kader, c, 'settle-in-village', 'FORBIDDEN', { note: 'x' });
    await expectRefused(camat, c, 'settle-in-village', 'FORBIDDEN', { note: 'x' });
    await expectRefused(kades, c, 'settle-in-village', 'VALIDATION_FAILED');
    const note = 'Kursi roda anak diserahkan Kepala Desa pada 25 November dari Dana Desa; Dimas kembali bersekolah.';
    c = await act(kades, c, 'settle-in-village', { note, settlementKind: 'DIRECT_HELP' });
    expect(c).toMatchObject({
      status: 'settled-in-village',
      outcome: 'SETTLED_AT_VILLAGE',
      holder: { name: DESA },
      deadline: { state: 'MET' },
      availableActions: [],
    });
    expect((await timeline(c)).at(-1)).toMatchObject({ action: 'settle-in-village', note });
    const settled = await t.sql.query<{ settled_by: string }>(
      'select u.name as settled_by from spm_case c join org_unit u on u.id = c.settled_by_id where c.id = $1',
      [c.id],
    );
    expect(settled.rows[0]?.settled_by).toBe(DESA);
    // The social agency never held it, so never sees it.
    expect(await read(opd, c)).toBeNull();
  });

  it('pauses the clock for the written complaint and forwards a beggar without identity, the identity copy waived', async () => {
    t.clock.set(MON_23_NOV);
    let c = await register(homelessInput({ documents: [] }));
    expect(c.missingDocuments.map((d) => d.code)).toEqual([
      'target-identity-copy',
      'complaint-statement',
      'village-statement-letter',
    ]);
    expect(c.beneficiaries).toEqual([{ name: 'Pak Gimin (nama panggilan)', relation: 'tidak ada hubungan' }]);

    // Wednesday: Thu, Fri and Mon are left when the clock stops.
    t.clock.set('2026-11-25T03:00:00Z');
    await expectRefused(perangkat, c, 'request-documents', 'FORBIDDEN', { reason: 'x' });
    c = await act(kader, c, 'request-documents', {
      reason: 'Uraian keluhan tertulis belum ditandatangani pelapor (Bu Tugiyem).',
    });
    expect(c).toMatchObject({ status: 'awaiting-documents', deadline: { state: 'PAUSED', workingDaysLeft: 3 } });
    const tracked = await t.anonymous().request<{ trackCase: { status: { en: string } } }>(TRACK, {
      code: c.code,
      p: '9120',
    });
    expect(tracked.trackCase.status.en).toBe('Waiting for your documents');

    // A week later the statement comes; the clock restarts with the 3 days kept: due Monday 7 December.
    t.clock.set('2026-12-02T03:00:00Z');
    c = await attach(kader, c, intakeDocuments[1] as { code: string; fileNames: string[] });
    // The beggar has no identity at all: the kader waives the copy (a reason is required).
    await expectRefused(kader, c, 'documents-supplied', 'GUARD_FAILED');
    const noWhy = await kader.error(REVIEW, { id: c.id, code: 'target-identity-copy', status: 'WAIVED' });
    expect(noWhy.extensions?.code).toBe('VALIDATION_FAILED');
    c = await review(
      kader,
      c,
      'target-identity-copy',
      'WAIVED',
      'Sasaran tidak memiliki identitas; perekaman data kependudukan dimintakan lewat Dinas Sosial.',
    );
    c = await act(kader, c, 'documents-supplied');
    expect(c).toMatchObject({
      status: 'registered',
      deadline: { dueAt: '2026-12-07T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 3 },
    });

    c = await act(kader, c, 'plan-follow-up', { note: 'RTL: temui sasaran di pasar bersama desa dan TKSK.' });
    c = await visit(
      kader,
      c,
      homeVisit(
        '2026-12-02T02:30:00Z',
        'Sasaran tidur di los pasar, tidak punya KTP/KK, mengaku dari Wonogiri; kondisi lemah, butuh rujukan.',
      ),
    );
    c = await act(kader, c, 'submit-to-village');

    // The village checks the written complaint and issues its letter.
    c = await review(perangkat, c, 'complaint-statement');
    c = await attach(perangkat, c, villageStatementLetter);
    c = await review(perangkat, c, 'village-statement-letter');
    c = await act(perangkat, c, 'forward-to-kecamatan');
    expect(c).toMatchObject({ status: 'with-kecamatan', holder: { name: KECAMATAN } });
    c = await act(camat, c, 'forward-to-social-opd');
    expect(c).toMatchObject({
      status: 'with-social-opd',
      holder: { name: DINSOS },
      deadline: { dueAt: '2026-12-07T16:59:59.999Z', state: 'ON_TRACK' },
    });
    expect((await read(opd, c))?.documents).toEqual([
      { code: 'target-identity-copy', status: 'WAIVED', fileCount: 0 },
      { code: 'complaint-statement', status: 'VALID', fileCount: 2 },
      { code: 'village-statement-letter', status: 'VALID', fileCount: 1 },
    ]);
    const clock = (await timeline(c))
      .filter((e) => e.type === 'ACTION_TAKEN' && e.payload.clock)
      .map((e) => [e.action, e.payload.clock, e.payload.remainingWorkingDays ?? null]);
    expect(clock).toEqual([
      ['request-documents', 'paused', 3],
      ['documents-supplied', 'resumed', null],
    ]);
  });

  it('Dinas Sosial declines, with a reason, a child already covered by its programmes', async () => {
    let c = await toKecamatan(neglectedChildInput());
    t.clock.set('2026-11-25T03:00:00Z');
    c = await act(camat, c, 'forward-to-social-opd');
    const asOpd = (await read(opd, c)) as CaseView;
    expect(asOpd.availableActions.map((a) => a.id)).toEqual([
      'record-opd-follow-up',
      'decline-at-opd',
      'withdraw',
      'close-cannot-be-served',
      'return-not-competent',
    ]);
    await expectRefused(camat, c, 'decline-at-opd', 'FORBIDDEN', { reason: 'x' });
    await expectRefused(opd, c, 'decline-at-opd', 'VALIDATION_FAILED');
    const reason =
      'Ayu sudah menerima PKH dan ATENSI YAPI 2026 melalui neneknya; tidak dapat menerima bantuan ganda. Pendamping PKH diminta memantau.';
    c = await act(opd, c, 'decline-at-opd', { reason });
    expect(c).toMatchObject({
      status: 'not-eligible',
      outcome: 'DECLINED',
      holder: { name: DINSOS },
      deadline: { state: 'MET' },
      availableActions: [],
    });
    expect((await timeline(c)).at(-1)).toMatchObject({
      action: 'decline-at-opd',
      fromStatus: 'with-social-opd',
      toStatus: 'not-eligible',
      reason,
      payload: { actingRole: 'OPD_OFFICER', outcome: 'DECLINED' },
    });
  });

  it('the kader cannot plan the follow-up while the identity copy and written complaint are missing', async () => {
    t.clock.set(MON_23_NOV);
    const c = await register(elderlyInput({ documents: [] }));
    await expectRefused(kader, c, 'plan-follow-up', 'GUARD_FAILED', { note: 'Rekap dan RTL.' });
  });
});
