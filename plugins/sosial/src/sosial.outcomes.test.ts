import {
  caseSteps,
  outcomeCounts,
  startTestServer,
  TestClock,
  unitId,
  type GraphQLClient,
  type TestServer,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elderlyInput, homeVisit, villageStatementLetter } from './sosial.fixtures.js';
import { sosialPlugin } from './sosial.plugin.js';

const FIELDS = `id code status version outcome declineReason settlementKind
  holder { id name kind } availableActions { id }`;

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  outcome: string | null;
  declineReason: string | null;
  settlementKind: string | null;
  holder: { id: string; name: string; kind: string };
  availableActions: Array<{ id: string }>;
}

describe('Sosial: every outcome is its own state, reached at each level and counted', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let camat: GraphQLClient;
  let opd: GraphQLClient;
  let admin: GraphQLClient;
  const flow = caseSteps<CaseView>({ fields: FIELDS, sql: () => t.sql });
  const { act, expectRefused, visit, attach, review } = flow;
  const register = () => flow.register(kader, elderlyInput());

  /** Recap, home visit, the village's letter checked, forwarded to the kecamatan. */
  async function atVillage(): Promise<CaseView> {
    let c = await register();
    c = await act(kader, c, 'plan-follow-up', { note: 'Rekap; RTL: kunjungan rumah.' });
    c = await visit(kader, c, homeVisit('2026-11-23T02:00:00Z', 'Kondisi sesuai keluhan.'));
    c = await act(kader, c, 'submit-to-village');
    c = await attach(perangkat, c, villageStatementLetter);
    for (const code of ['target-identity-copy', 'complaint-statement', 'village-statement-letter']) {
      c = await review(perangkat, c, code);
    }
    return c;
  }
  const atKecamatan = async () => act(kades, await atVillage(), 'forward-to-kecamatan');

  beforeAll(async () => {
    t = await startTestServer({ plugins: [sosialPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, perangkat, kades, camat, opd, admin] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('camat.cawas'),
      t.as('opd.sosial'),
      t.as('admin.klaten'),
    ]);
  }, 120_000);
  afterAll(() => t?.close());

  it('COMPLETED by Dinas Sosial', async () => {
    let c = await act(camat, await atKecamatan(), 'forward-to-social-opd');
    c = await act(opd, c, 'record-opd-follow-up', { note: 'Masuk program ATENSI.' });
    c = await act(opd, c, 'complete', { note: 'Bantuan ATENSI diserahkan.' });
    expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED' });
  });

  it('DECLINED by the kecamatan with a code; an unknown code is refused and nothing written', async () => {
    let c = await atKecamatan();
    await expectRefused(camat, c, 'decline', 'UNKNOWN_REASON_CODE', { reason: 'x', declineReason: 'LAINNYA' });
    c = await act(camat, c, 'decline', { reason: 'Data kependudukan belum lengkap.', declineReason: 'INCOMPLETE' });
    expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'INCOMPLETE' });
  });

  it('SETTLED_AT_VILLAGE: the village helps directly', async () => {
    let c = await atVillage();
    c = await act(kades, c, 'settle-in-village', { note: 'Sembako dari Dana Desa.', settlementKind: 'DIRECT_HELP' });
    expect(c).toMatchObject({ outcome: 'SETTLED_AT_VILLAGE', settlementKind: 'DIRECT_HELP' });
  });

  it('WITHDRAWN at the Posyandu, CANNOT_BE_SERVED at Dinas Sosial', async () => {
    let w = await register();
    w = await act(kader, w, 'withdraw', { reason: 'Keluarga di Solo merawatnya sekarang.' });
    expect(w).toMatchObject({ status: 'withdrawn', outcome: 'WITHDRAWN' });

    let c = await act(camat, await atKecamatan(), 'forward-to-social-opd');
    await expectRefused(opd, c, 'close-cannot-be-served', 'VALIDATION_FAILED');
    c = await act(opd, c, 'close-cannot-be-served', { reason: 'Sasaran meninggal dunia sebelum bantuan diberikan.' });
    expect(c).toMatchObject({ status: 'cannot-be-served', outcome: 'CANNOT_BE_SERVED' });
  });

  it('Dinas Sosial returns it to the kecamatan, which returns it to the village, which closes it as not its authority', async () => {
    let c = await act(camat, await atKecamatan(), 'forward-to-social-opd');
    const kecamatanId = await unitId(t.sql, 'Kecamatan Cawas');
    await expectRefused(opd, c, 'return-not-competent', 'SUGGESTED_UNIT_INVALID', {
      reason: 'x',
      suggestedUnitId: c.holder.id,
    });
    c = await act(opd, c, 'return-not-competent', {
      reason: 'Kewenangan BPJS Kesehatan.',
      suggestedUnitId: kecamatanId,
    });
    expect(c).toMatchObject({ status: 'with-kecamatan', holder: { name: 'Kecamatan Cawas' } });
    c = await act(camat, c, 'return-not-competent', { reason: 'Perlu surat desa yang baru.' });
    expect(c).toMatchObject({ status: 'village-review', holder: { name: 'Pemerintah Desa Gombang' } });
    const puskesmas = await unitId(t.sql, 'Puskesmas Cawas I');
    c = await act(kades, c, 'decline', {
      reason: 'Diarahkan ke Puskesmas untuk pendaftaran JKN.',
      declineReason: 'NOT_AUTHORITY',
      suggestedUnitId: puskesmas,
    });
    expect(c).toMatchObject({ outcome: 'DECLINED', declineReason: 'NOT_AUTHORITY' });
  });

  it('the SPM report counts each outcome and the returns', async () => {
    expect(await outcomeCounts(admin, 'sosial', { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      registered: 6,
      closed: 6,
      completed: 1,
      declined: 2,
      settledAtVillage: 1,
      withdrawn: 1,
      cannotBeServed: 1,
      returned: 2,
    });
  });
});
