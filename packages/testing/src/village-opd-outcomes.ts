import type { SpmPlugin } from '@posyandu-spm/core';
import { caseSteps, type CaseRef } from './case-steps.js';
import type { GraphQLClient } from './graphql-client.js';
import { outcomeCounts, unitId } from './outcome-report.js';
import { startTestServer, TestClock, type TestServer } from './test-server.js';

/** The test API the scenarios run on (vitest's, passed in: this package does not depend on a runner). */
export interface ScenarioRunner {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>, timeout?: number): void;
  beforeAll(body: () => Promise<void>, timeout?: number): void;
  afterAll(body: () => Promise<void> | void): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- vitest's expect, passed through untouched
  expect: any;
}

export interface OutcomeCase extends CaseRef {
  code: string;
  status: string;
  outcome: string | null;
  declineReason: string | null;
  settlementKind: string | null;
  closedAt: string | null;
  availableActions: Array<{ id: string; declineReasons: string[]; settlementKinds: string[] }>;
}

const FIELDS = `id code status version outcome declineReason settlementKind closedAt
  holder { id name kind }
  availableActions { id outcome declineReasons settlementKinds }`;

export interface VillageOpdOutcomeOptions {
  plugin: SpmPlugin;
  /** The demo OPD user who receives the sector's forwarded cases, and its unit's name. */
  opdUser: string;
  opdUnit: string;
  /** A fresh registration input; `n` makes each applicant distinct. */
  input(n: number): Record<string, unknown>;
  /** The last 4 digits of the applicant's phone in `input`, to track the case as the citizen. */
  phoneLast4: string;
  /**
   * Takes a registered case through verification to the village government ('submitted-to-village'),
   * with the sector's own guards (documents verified, a home or field visit).
   */
  toVillage(c: OutcomeCase, as: { kader: GraphQLClient; perangkat: GraphQLClient }): Promise<OutcomeCase>;
}

const TRACK = `query ($code: String!, $last4: String!) { trackCase(code: $code, phoneLast4: $last4) {
  status { id } closed outcome outcomeLabel { id en } declineReason { id en } closingReason suggestedUnit } }`;

/**
 * Every outcome of a sector whose cases go Posyandu → village → OPD (Pendidikan, Pekerjaan Umum,
 * Perumahan Rakyat), each reached over GraphQL by the role that may take it, stored on the case and
 * counted in the SPM report; returns (bukan wewenang) the village re-routes or closes; every bad
 * input refused with a code and nothing written.
 */
export function describeVillageOpdOutcomes(v: ScenarioRunner, o: VillageOpdOutcomeOptions): void {
  const { describe, it, beforeAll, afterAll, expect } = v;
  describe(`${o.plugin.name.en}: every outcome is its own state, reached, stored and counted`, () => {
    let t: TestServer;
    let kader: GraphQLClient;
    let perangkat: GraphQLClient;
    let kades: GraphQLClient;
    let opd: GraphQLClient;
    let admin: GraphQLClient;
    let dinsosId: string;
    let villageId: string;
    let n = 0;
    const flow = caseSteps<OutcomeCase>({ fields: FIELDS, sql: () => t.sql });
    const { act, expectRefused } = flow;
    const register = () => flow.register(kader, o.input(n++));
    const atVillage = async () => o.toVillage(await register(), { kader, perangkat });
    const atOpd = async () => act(kades, await atVillage(), 'forward-to-opd');
    const row = async (c: CaseRef) =>
      (
        await t.sql.query<{
          outcome: string;
          decline_reason: string | null;
          settlement_kind: string | null;
          settled_by: string;
        }>(
          `select c.outcome, c.decline_reason, c.settlement_kind, u.name as settled_by
           from spm_case c left join org_unit u on u.id = c.settled_by_id where c.id = $1`,
          [c.id],
        )
      ).rows[0];
    const track = async (c: OutcomeCase) =>
      (
        await t
          .anonymous()
          .request<{ trackCase: Record<string, unknown> }>(TRACK, { code: c.code, last4: o.phoneLast4 })
      ).trackCase;

    beforeAll(async () => {
      // Monday 23 November 2026, 09:00 WIB.
      t = await startTestServer({ plugins: [o.plugin], clock: new TestClock('2026-11-23T02:00:00Z') });
      [kader, perangkat, kades, opd, admin] = await Promise.all([
        t.as('kader.gombang'),
        t.as('perangkat.gombang'),
        t.as('kades.gombang'),
        t.as(o.opdUser),
        t.as('admin.klaten'),
      ]);
      dinsosId = await unitId(t.sql, 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten');
      villageId = await unitId(t.sql, 'Pemerintah Desa Gombang');
    }, 120_000);
    afterAll(() => t?.close());

    it('COMPLETED: the OPD accepts, follows up and completes with its evidence', async () => {
      let c = await atOpd();
      c = await act(opd, c, 'record-opd-follow-up', { note: 'Diterima; masuk daftar penerima.' });
      await expectRefused(opd, c, 'complete', 'VALIDATION_FAILED');
      c = await act(opd, c, 'complete', { note: 'Bantuan diserahkan; berita acara serah terima No. 12/2026.' });
      expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED', declineReason: null });
      expect(await row(c)).toMatchObject({ outcome: 'COMPLETED', settled_by: o.opdUnit });
    });

    it('DECLINED by the village with a code: a duplicate of a request already in progress', async () => {
      let c = await register();
      const asVillage = (await flow.read(perangkat, c)) as OutcomeCase;
      expect(asVillage.availableActions.find((a) => a.id === 'decline')?.declineReasons).toEqual([
        'NOT_ELIGIBLE',
        'INCOMPLETE',
        'NOT_AUTHORITY',
        'DUPLICATE',
        'OTHER',
      ]);
      // Bad inputs: a coded error in both languages, and nothing written.
      await expectRefused(perangkat, c, 'decline', 'VALIDATION_FAILED', { declineReason: 'DUPLICATE' });
      const noCode = await expectRefused(perangkat, c, 'decline', 'VALIDATION_FAILED', { reason: 'Ganda' });
      expect(noCode.extensions).toMatchObject({ fields: [{ field: 'input.declineReason' }] });
      const unknown = await expectRefused(perangkat, c, 'decline', 'UNKNOWN_REASON_CODE', {
        reason: 'Ganda',
        declineReason: 'SUDAH_ADA',
      });
      expect(unknown.extensions?.messages).toMatchObject({
        id: expect.stringContaining('"SUDAH_ADA" tidak dikenal'),
        en: expect.stringContaining('"SUDAH_ADA" is not known'),
      });
      c = await act(perangkat, c, 'decline', {
        reason: 'Permohonan yang sama sudah diproses dengan kode sebelumnya.',
        declineReason: 'DUPLICATE',
      });
      expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'DUPLICATE' });
      expect(await track(c)).toMatchObject({
        closed: true,
        outcome: 'DECLINED',
        declineReason: { id: 'Permohonan ganda', en: 'Duplicate' },
        closingReason: 'Permohonan yang sama sudah diproses dengan kode sebelumnya.',
      });
    });

    it('DECLINED by the OPD with a code; "not our authority" is a return, not one of its codes', async () => {
      let c = await atOpd();
      await expectRefused(opd, c, 'opd-decline', 'UNKNOWN_REASON_CODE', {
        reason: 'x',
        declineReason: 'NOT_AUTHORITY',
      });
      await expectRefused(kades, c, 'opd-decline', 'FORBIDDEN', { reason: 'x', declineReason: 'NOT_ELIGIBLE' });
      c = await act(opd, c, 'opd-decline', {
        reason: 'Penghasilan keluarga di atas batas program tahun ini.',
        declineReason: 'NOT_ELIGIBLE',
      });
      expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'NOT_ELIGIBLE' });
      expect(await row(c)).toMatchObject({ decline_reason: 'NOT_ELIGIBLE', settled_by: o.opdUnit });
    });

    it('SETTLED_AT_VILLAGE: the village settles it itself, saying how', async () => {
      let c = await atVillage();
      await expectRefused(kades, c, 'settle-at-village', 'VALIDATION_FAILED', { note: 'x' });
      await expectRefused(kades, c, 'settle-at-village', 'UNKNOWN_REASON_CODE', {
        note: 'x',
        settlementKind: 'GOTONG',
      });
      await expectRefused(kader, c, 'settle-at-village', 'FORBIDDEN', { note: 'x', settlementKind: 'MUSYAWARAH' });
      c = await act(kades, c, 'settle-at-village', {
        note: 'Dibantu langsung dari Dana Desa pos bantuan sosial.',
        settlementKind: 'DIRECT_HELP',
      });
      expect(c).toMatchObject({
        status: 'settled-at-village',
        outcome: 'SETTLED_AT_VILLAGE',
        settlementKind: 'DIRECT_HELP',
      });
      expect(await row(c)).toMatchObject({ settlement_kind: 'DIRECT_HELP', settled_by: 'Pemerintah Desa Gombang' });
    });

    it('WITHDRAWN: the applicant withdraws; the kader records it with the reason', async () => {
      let c = await register();
      await expectRefused(kader, c, 'withdraw', 'VALIDATION_FAILED');
      c = await act(kader, c, 'withdraw', { reason: 'Pemohon sudah mendapat bantuan dari sekolah.' });
      expect(c).toMatchObject({ status: 'withdrawn', outcome: 'WITHDRAWN', availableActions: [] });
    });

    it('CANNOT_BE_SERVED: the OPD closes it with a reason the citizen reads', async () => {
      let c = await atOpd();
      c = await act(opd, c, 'record-opd-follow-up', { note: 'Diterima.' });
      await expectRefused(opd, c, 'close-cannot-be-served', 'VALIDATION_FAILED');
      c = await act(opd, c, 'close-cannot-be-served', {
        reason: 'Anggaran program tahun 2026 sudah habis; ajukan lagi Januari.',
      });
      expect(c).toMatchObject({ status: 'cannot-be-served', outcome: 'CANNOT_BE_SERVED' });
      expect(await track(c)).toMatchObject({
        closed: true,
        outcome: 'CANNOT_BE_SERVED',
        outcomeLabel: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
        closingReason: 'Anggaran program tahun 2026 sudah habis; ajukan lagi Januari.',
      });
    });

    it('a return (bukan wewenang) names the unit with authority; the village re-routes it and the OPD completes', async () => {
      let c = await atOpd();
      // A suggested unit that does not exist, or is the returning unit itself, is refused; nothing is written.
      const ghost = await expectRefused(opd, c, 'return-not-competent', 'SUGGESTED_UNIT_INVALID', {
        reason: 'Bukan wewenang',
        suggestedUnitId: '00000000-0000-4000-8000-000000000000',
      });
      expect(ghost.extensions?.messages).toMatchObject({
        id: expect.stringContaining('tidak ditemukan'),
        en: expect.stringContaining('does not exist'),
      });
      await expectRefused(opd, c, 'return-not-competent', 'SUGGESTED_UNIT_INVALID', {
        reason: 'Bukan wewenang',
        suggestedUnitId: c.holder.id,
      });
      await expectRefused(opd, c, 'return-not-competent', 'SUGGESTED_UNIT_INVALID', {
        reason: 'Bukan wewenang',
        suggestedUnitId: 'dinas-sosial',
      });
      c = await act(opd, c, 'return-not-competent', {
        reason: 'Data pemohon perlu dicek ulang oleh desa sebelum diajukan.',
        suggestedUnitId: dinsosId,
      });
      expect(c).toMatchObject({
        status: 'submitted-to-village',
        outcome: null,
        holder: { name: 'Pemerintah Desa Gombang' },
      });
      const returned = await t.sql.query<{ type: string; payload: Record<string, unknown> }>(
        'select type, payload from case_event where case_id = $1 order by id desc limit 1',
        [c.id],
      );
      expect(returned.rows[0]).toMatchObject({
        type: 'RETURNED',
        payload: { declineReason: 'NOT_AUTHORITY', suggestedUnitId: dinsosId },
      });
      // Back with the village, which re-routes it; the OPD then completes it.
      c = await act(kades, c, 'forward-to-opd');
      c = await act(opd, c, 'record-opd-follow-up', { note: 'Data sudah dicek desa.' });
      c = await act(opd, c, 'complete', { note: 'Bantuan diserahkan.' });
      expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED' });
    });

    it('a return the village closes: declined as not its authority, naming where to go instead', async () => {
      let c = await atOpd();
      c = await act(opd, c, 'return-not-competent', {
        reason: 'Bukan wewenang dinas kami.',
        suggestedUnitId: dinsosId,
      });
      expect(c.holder).toMatchObject({ name: 'Pemerintah Desa Gombang' });
      await expectRefused(kades, c, 'decline', 'VALIDATION_FAILED', { reason: 'x', declineReason: 'NOT_AUTHORITY' });
      await expectRefused(kades, c, 'decline', 'SUGGESTED_UNIT_INVALID', {
        reason: 'x',
        declineReason: 'NOT_AUTHORITY',
        suggestedUnitId: villageId,
      });
      c = await act(kades, c, 'decline', {
        reason: 'Ditangani Dinas Sosial; silakan datang ke kantor Dinas Sosial Klaten.',
        declineReason: 'NOT_AUTHORITY',
        suggestedUnitId: dinsosId,
      });
      expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'NOT_AUTHORITY' });
      expect(await track(c)).toMatchObject({
        declineReason: { id: 'Bukan wewenang', en: 'Not our authority' },
        suggestedUnit: 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
      });
    });

    it('the SPM report counts each outcome on its own, and the returns', async () => {
      expect(await outcomeCounts(admin, o.plugin.id, { from: '2026-11-01', to: '2026-11-30' })).toEqual({
        registered: n,
        closed: n,
        completed: 2,
        declined: 3,
        settledAtVillage: 1,
        withdrawn: 1,
        cannotBeServed: 1,
        returned: 2,
      });
    });
  });
}

/**
 * The usual way to the village: the kader starts verification, the village officer checks every
 * document and records the visit of `kind` and declares the case eligible, the kader submits it.
 */
export function villageVerification(documentCodes: readonly string[], kind: 'HOME' | 'FIELD') {
  const { act, review, visit } = caseSteps<OutcomeCase>({ fields: FIELDS });
  return async (c: OutcomeCase, as: { kader: GraphQLClient; perangkat: GraphQLClient }): Promise<OutcomeCase> => {
    let x = await act(as.kader, c, 'start-verification');
    for (const code of documentCodes) x = await review(as.perangkat, x, code);
    x = await visit(as.perangkat, x, {
      kind,
      visitedAt: '2026-11-23T02:00:00Z',
      participants: 'Kader Sri, Kasi Kesra Wahyu',
      findings: 'Sesuai dengan permohonan.',
      recommendation: 'ELIGIBLE',
    });
    x = await act(as.perangkat, x, 'declare-eligible');
    return act(as.kader, x, 'submit-to-village');
  };
}
