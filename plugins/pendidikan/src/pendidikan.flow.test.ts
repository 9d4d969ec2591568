import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocuments, pendidikanInput } from './pendidikan.fixtures.js';
import { pendidikanPlugin } from './pendidikan.plugin.js';

const CASE_FIELDS = `
  id code status version closedAt outcome
  holder { id name kind }
  deadline { dueAt state workingDaysLeft }
  missingDocuments { code }
  documents { code status fileCount }
  availableActions { id enabled blockedBy { en } }
`;

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  closedAt: string | null;
  outcome: string | null;
  holder: { id: string; name: string; kind: string };
  deadline: { dueAt: string; state: string; workingDaysLeft: number };
  missingDocuments: Array<{ code: string }>;
  documents: Array<{ code: string; status: string; fileCount: number }>;
  availableActions: Array<{ id: string; enabled: boolean; blockedBy: Array<{ en: string }> }>;
}

describe('Pendidikan: the whole flow over GraphQL, each step by its role', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let opd: GraphQLClient;
  let otherKader: GraphQLClient;

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 WIB.
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, perangkat, kades, opd, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('opd.pendidikan'),
      t.as('kader.pogung'),
    ]);
  });
  afterAll(() => t?.close());

  const flow = caseSteps<CaseView>({ fields: CASE_FIELDS });
  const { ACT } = flow.operations;
  const { act, review, visit, attach } = flow;
  const register = (input: Record<string, unknown>) => flow.register(kader, input);

  it('registers, verifies with a home visit, submits, forwards to the OPD and completes', async () => {
    const registered = await register(pendidikanInput());
    expect(registered.code).toMatch(/^SPM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(registered.status).toBe('registered');
    expect(registered.holder.name).toBe('Posyandu Gombang');
    expect(registered.deadline).toEqual({ dueAt: '2026-11-30T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 5 });
    expect(registered.missingDocuments).toEqual([]);

    let c = await act(kader, registered, 'start-verification');
    expect(c.status).toBe('verification');

    // Eligibility needs verified documents and a home visit.
    const blocked = c.availableActions.find((a) => a.id === 'declare-eligible');
    expect(blocked?.enabled).toBe(false);
    expect(blocked?.blockedBy.map((b) => b.en).join(' ')).toMatch(/not yet verified.*No home visit/s);

    t.clock.set('2026-11-24T05:00:00Z'); // Tuesday: the joint home visit
    for (const doc of allDocuments) c = await review(perangkat, c, doc.code);
    c = await visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: '2026-11-24T03:00:00Z',
      participants: 'Kader Sri, Kasi Kesra Wahyu',
      findings: 'Rumah sederhana, penghasilan buruh harian, anak aktif sekolah.',
      recommendation: 'ELIGIBLE',
    });
    c = await act(kader, c, 'declare-eligible');
    expect(c.status).toBe('eligible');

    c = await act(kader, c, 'submit-to-village');
    expect(c).toMatchObject({
      status: 'submitted-to-village',
      holder: { name: 'Pemerintah Desa Gombang', kind: 'VILLAGE_GOVERNMENT' },
    });

    // The OPD does not see it yet.
    expect(
      (await opd.request<{ case: unknown }>('query ($id: ID!) { case(id: $id) { id } }', { id: c.id })).case,
    ).toBeNull();

    c = await act(kades, c, 'forward-to-opd');
    expect(c.holder).toMatchObject({ name: 'Dinas Pendidikan Kabupaten Klaten', kind: 'OPD' });

    t.clock.set('2026-11-26T04:00:00Z');
    c = await act(opd, c, 'record-opd-follow-up', { note: 'Masuk daftar penerima bantuan seragam semester genap.' });
    c = await act(opd, c, 'complete', { note: 'Bantuan seragam dan buku diserahkan melalui sekolah.' });
    expect(c).toMatchObject({
      status: 'completed',
      outcome: 'COMPLETED',
      deadline: { state: 'MET' },
      availableActions: [],
    });

    const events = await t.sql.query<{ type: string; action: string | null; to_status: string | null }>(
      'select type, action, to_status from case_event where case_id = $1 order by id',
      [c.id],
    );
    expect(events.rows.map((e) => e.action ?? e.type)).toEqual([
      'REGISTERED',
      'start-verification',
      'DOCUMENT_REVIEWED',
      'DOCUMENT_REVIEWED',
      'DOCUMENT_REVIEWED',
      'VISIT_RECORDED',
      'declare-eligible',
      'submit-to-village',
      'forward-to-opd',
      'record-opd-follow-up',
      'complete',
    ]);
    // The OPD keeps seeing the case it once held; another Posyandu's kader never does.
    expect(
      (await opd.request<{ case: { id: string } }>('query ($id: ID!) { case(id: $id) { id } }', { id: c.id })).case?.id,
    ).toBe(c.id);
    expect(
      (await otherKader.request<{ case: unknown }>('query ($id: ID!) { case(id: $id) { id } }', { id: c.id })).case,
    ).toBeNull();
  });

  it('ends as not eligible with a reason after the home visit', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    let c = await register(pendidikanInput());
    c = await act(kader, c, 'start-verification');
    t.clock.set('2026-11-23T06:00:00Z');
    c = await visit(kader, c, {
      kind: 'HOME',
      visitedAt: '2026-11-23T05:00:00Z',
      participants: 'Kader Sri',
      findings: 'Keluarga sudah menerima PIP untuk tahun ajaran ini.',
      recommendation: 'NOT_ELIGIBLE',
    });
    const noReason = await kader.error(ACT, { id: c.id, action: 'declare-not-eligible', v: c.version });
    expect(noReason.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.reason' }] });
    c = await act(kader, c, 'declare-not-eligible', { reason: 'Sudah menerima Program Indonesia Pintar (PIP).' });
    expect(c).toMatchObject({ status: 'not-eligible', outcome: 'DECLINED', deadline: { state: 'MET' } });
  });

  it('pauses the clock while waiting for documents and resumes with the days left', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const { kkNumber: _kk, ...applicant } = pendidikanInput().applicant;
    let c = await register(pendidikanInput({ applicant, documents: [{ code: 'ktp-copy', fileNames: ['ktp.jpg'] }] }));
    expect(c.missingDocuments.map((d) => d.code)).toEqual(['kk-copy', 'poverty-statement']);
    const guard = await kader.error(ACT, { id: c.id, action: 'start-verification', v: c.version });
    expect(guard.extensions?.code).toBe('GUARD_FAILED');
    expect(guard.extensions?.messages?.en).toMatch(/Family card \(KK\) copy/);

    t.clock.set('2026-11-25T03:00:00Z'); // Wednesday: Thu, Fri, Mon are left
    c = await act(kader, c, 'request-documents', { reason: 'KK dan SKTM belum dibawa.' });
    expect(c.deadline).toMatchObject({ state: 'PAUSED', workingDaysLeft: 3 });

    t.clock.set('2026-12-02T03:00:00Z'); // Wednesday a week later
    for (const doc of allDocuments.slice(1)) {
      c = await attach(kader, c, doc);
    }
    c = await act(kader, c, 'documents-supplied');
    expect(c.deadline).toMatchObject({ dueAt: '2026-12-07T16:59:59.999Z', state: 'ON_TRACK', workingDaysLeft: 3 });
  });

  it('the village returns a case it is not competent for (bukan wewenang) to the Posyandu, with a reason', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    let c = await register(pendidikanInput());
    c = await act(kader, c, 'start-verification');
    for (const doc of allDocuments) c = await review(kader, c, doc.code);
    t.clock.set('2026-11-23T06:00:00Z');
    c = await visit(kader, c, {
      kind: 'HOME',
      visitedAt: '2026-11-23T05:30:00Z',
      participants: 'Kader Sri',
      findings: 'Keluarga layak dibantu, anak bersekolah di SMP swasta.',
      recommendation: 'ELIGIBLE',
    });
    c = await act(kader, c, 'declare-eligible');
    c = await act(kader, c, 'submit-to-village');
    expect(c.holder.kind).toBe('VILLAGE_GOVERNMENT');
    // Only the holder may return it; the kader is offered nothing now.
    expect(c.availableActions).toEqual([]);
    const asVillage = (
      await perangkat.request<{ case: CaseView }>(`query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: c.id })
    ).case;
    expect(asVillage.availableActions.map((a) => a.id)).toEqual([
      'forward-to-opd',
      'decline',
      'settle-at-village',
      'withdraw',
      'close-cannot-be-served',
      'return-not-competent',
    ]);
    c = await act(perangkat, asVillage, 'return-not-competent', {
      reason: 'Sekolah swasta di luar kabupaten; ajukan ke kabupaten asal sekolah.',
    });
    expect(c).toMatchObject({ status: 'eligible', holder: { name: 'Posyandu Gombang' } });
    const last = await t.sql.query<{ type: string; reason: string }>(
      'select type, reason from case_event where case_id = $1 order by id desc limit 1',
      [c.id],
    );
    expect(last.rows[0]).toEqual({
      type: 'RETURNED',
      reason: 'Sekolah swasta di luar kabupaten; ajukan ke kabupaten asal sekolah.',
    });
  });
});
