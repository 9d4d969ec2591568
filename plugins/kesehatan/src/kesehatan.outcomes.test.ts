import {
  caseSteps,
  outcomeCounts,
  startTestServer,
  TestClock,
  type GraphQLClient,
  type TestServer,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthComplaintInput, monitoringInput } from './kesehatan.fixtures.js';
import kesehatanModule from './kesehatan.module.js';

const FIELDS = `id code status version outcome declineReason settlementKind holder { id name kind }`;

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  outcome: string | null;
  declineReason: string | null;
  settlementKind: string | null;
  holder: { id: string; name: string; kind: string };
}

describe('Kesehatan: every outcome of a complaint and of home-visit monitoring, reached and counted', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let dinkes: GraphQLClient;
  let admin: GraphQLClient;
  const flow = caseSteps<CaseView>({ fields: FIELDS, sql: () => t.sql });
  const { act, expectRefused } = flow;
  const complaint = () => flow.register(kader, healthComplaintInput());
  const atVillage = async () => {
    const c = await act(perangkat, await complaint(), 'start-verification');
    return act(kader, c, 'submit-to-village');
  };
  const atDinkes = async () => act(kades, await atVillage(), 'forward-to-health-opd');

  beforeAll(async () => {
    t = await startTestServer({ plugins: [kesehatanModule], clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, perangkat, kades, dinkes, admin] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('opd.kesehatan'),
      t.as('admin.klaten'),
    ]);
  }, 120_000);
  afterAll(() => t?.close());

  it('COMPLETED by Dinas Kesehatan; DECLINED by it with a code; CANNOT_BE_SERVED by it with a reason', async () => {
    let done = await atDinkes();
    done = await act(dinkes, done, 'record-opd-follow-up', { note: 'Distribusi obat dijadwalkan.' });
    done = await act(dinkes, done, 'complete', { note: 'Obat tersedia kembali.' });
    expect(done).toMatchObject({ outcome: 'COMPLETED' });

    let declined = await atDinkes();
    await expectRefused(dinkes, declined, 'opd-decline', 'UNKNOWN_REASON_CODE', {
      reason: 'x',
      declineReason: 'NOT_AUTHORITY',
    });
    declined = await act(dinkes, declined, 'opd-decline', {
      reason: 'Keluhan yang sama sudah ditindaklanjuti minggu lalu.',
      declineReason: 'DUPLICATE',
    });
    expect(declined).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'DUPLICATE' });

    let closed = await atDinkes();
    closed = await act(dinkes, closed, 'close-cannot-be-served', { reason: 'Pasien sudah pindah ke luar daerah.' });
    expect(closed).toMatchObject({ status: 'cannot-be-served', outcome: 'CANNOT_BE_SERVED' });
  });

  it('the village declines with a code or settles by musyawarah; the applicant withdraws', async () => {
    let declined = await atVillage();
    await expectRefused(perangkat, declined, 'decline', 'VALIDATION_FAILED', { reason: 'x' });
    declined = await act(perangkat, declined, 'decline', {
      reason: 'Keluhan tidak menyebut fasilitas yang dikeluhkan.',
      declineReason: 'INCOMPLETE',
    });
    expect(declined).toMatchObject({ outcome: 'DECLINED', declineReason: 'INCOMPLETE' });

    let settled = await atVillage();
    settled = await act(kades, settled, 'settle-in-village', {
      note: 'Bidan Pustu dan desa sepakat jadwal layanan baru.',
      settlementKind: 'MUSYAWARAH',
    });
    expect(settled).toMatchObject({ status: 'settled-in-village', outcome: 'SETTLED_AT_VILLAGE' });

    let withdrawn = await complaint();
    withdrawn = await act(kader, withdrawn, 'withdraw', { reason: 'Obat sudah didapat di apotek.' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', outcome: 'WITHDRAWN' });
  });

  it('home-visit monitoring stopped is CANNOT_BE_SERVED, never a refusal', async () => {
    let c = await flow.register(kader, monitoringInput());
    c = await act(kader, c, 'stop-monitoring', { reason: 'Keluarga pindah ke Sukoharjo.' });
    expect(c).toMatchObject({ status: 'monitoring-stopped', outcome: 'CANNOT_BE_SERVED', declineReason: null });
  });

  it('the SPM report counts each outcome', async () => {
    expect(await outcomeCounts(admin, 'kesehatan', { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      registered: 7,
      closed: 7,
      completed: 1,
      declined: 2,
      settledAtVillage: 1,
      withdrawn: 1,
      cannotBeServed: 2,
      returned: 0,
    });
  });
});
