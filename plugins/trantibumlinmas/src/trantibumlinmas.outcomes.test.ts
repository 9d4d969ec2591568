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
import { thuggeryInput, trantibumlinmasInput, victim } from './trantibumlinmas.fixtures.js';
import { trantibumlinmasPlugin } from './trantibumlinmas.plugin.js';

const FIELDS = `id code status version outcome declineReason settlementKind closedAt
  holder { id name kind }
  beneficiaries { name nik relation }
  availableActions { id }`;

interface CaseView {
  id: string;
  code: string;
  status: string;
  version: number;
  outcome: string | null;
  declineReason: string | null;
  settlementKind: string | null;
  holder: { id: string; name: string; kind: string };
  beneficiaries: Array<{ name: string | null; nik: string | null; relation: string }>;
  availableActions: Array<{ id: string }>;
}

const DAMKAR = 'Pemadam Kebakaran dan Penyelamatan Kabupaten Klaten';
const BPBD = 'Badan Penanggulangan Bencana Daerah Kabupaten Klaten';
const PPA = 'UPTD Perlindungan Perempuan dan Anak Kabupaten Klaten';
const SATPOL_PP = 'Satuan Polisi Pamong Praja Kabupaten Klaten';

describe('Trantibumlinmas: routed by category, every outcome reached and counted', () => {
  let t: TestServer;
  let trantibum: GraphQLClient;
  let kades: GraphQLClient;
  let perangkat: GraphQLClient;
  let damkar: GraphQLClient;
  let bpbd: GraphQLClient;
  let ppa: GraphQLClient;
  let satpolpp: GraphQLClient;
  let polisi: GraphQLClient;
  let admin: GraphQLClient;
  const flow = caseSteps<CaseView>({ fields: FIELDS, sql: () => t.sql });
  const { act, expectRefused, read } = flow;
  const register = (input: Record<string, unknown>) => flow.register(trantibum, input);

  /** Deck steps 3–4: assessed, approved by the kepala desa, examined and reported to the kepala desa. */
  async function examined(input: Record<string, unknown>): Promise<CaseView> {
    let c = await register(input);
    c = await act(trantibum, c, 'start-assessment');
    c = await act(trantibum, c, 'submit-for-approval', { note: 'Hasil pengkajian.' });
    c = await act(kades, c, 'approve-follow-up');
    return act(trantibum, c, 'report-examination', { note: 'Perlu penanganan khusus.' });
  }

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 WIB.
    t = await startTestServer({ plugins: [trantibumlinmasPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    [trantibum, kades, perangkat, damkar, bpbd, ppa, satpolpp, polisi, admin] = await Promise.all([
      t.as('trantibum.gombang'),
      t.as('kades.gombang'),
      t.as('perangkat.gombang'),
      t.as('damkar.klaten'),
      t.as('bpbd.klaten'),
      t.as('ppa.klaten'),
      t.as('satpolpp.klaten'),
      t.as('polisi.cawas'),
      t.as('admin.klaten'),
    ]);
  }, 120_000);
  afterAll(() => t?.close());

  it('a fire goes to Damkar, which follows it up and completes it; it can never go to the police', async () => {
    let c = await examined(thuggeryInput({ serviceType: 'fire', description: 'Kebakaran gudang jerami di RT 002.' }));
    expect((await read(kades, c))?.availableActions.map((a) => a.id)).toEqual([
      'settle-in-village',
      'forward-to-fire-service',
      'decline',
      'withdraw',
      'close-cannot-be-served',
    ]);
    const wrong = await expectRefused(kades, c, 'forward-to-police', 'VALIDATION_FAILED', { note: 'x' });
    expect(wrong.extensions?.messages).toMatchObject({ id: expect.stringContaining('tidak berlaku') });
    await expectRefused(kades, c, 'forward-to-opd', 'VALIDATION_FAILED', { note: 'x' });
    c = await act(kades, c, 'forward-to-fire-service', { note: 'Perlu pemeriksaan sisa api dan penyebab.' });
    expect(c.holder).toMatchObject({ name: DAMKAR, kind: 'OPD' });
    c = await act(damkar, c, 'record-opd-follow-up', { note: 'Regu Damkar memeriksa lokasi 23/11.' });
    c = await act(damkar, c, 'complete', { note: 'Sisa api dipadamkan; berita acara pemeriksaan dibuat.' });
    expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED' });
  });

  it('a disaster goes to BPBD, which declines it with a code', async () => {
    let c = await examined(thuggeryInput({ serviceType: 'disaster', description: 'Tanggul sungai retak.' }));
    c = await act(kades, c, 'forward-to-disaster-agency', { note: 'Tanggul retak sepanjang 3 m.' });
    expect(c.holder.name).toBe(BPBD);
    await expectRefused(bpbd, c, 'decline', 'VALIDATION_FAILED', { reason: 'x' });
    c = await act(bpbd, c, 'decline', {
      reason: 'Sudah ditangani dalam laporan BPBD sebelumnya untuk tanggul yang sama.',
      declineReason: 'DUPLICATE',
    });
    expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'DUPLICATE' });
  });

  it('KDRT goes to the police with the kepala desa’s approval, or to UPTD PPA; the victim is sealed from the village officer', async () => {
    let c = await examined(trantibumlinmasInput());
    expect((await read(kades, c))?.availableActions.map((a) => a.id)).toEqual([
      'settle-in-village',
      'forward-to-women-child-protection',
      'forward-to-police',
      'decline',
      'withdraw',
      'close-cannot-be-served',
    ]);
    const asPerangkat = await read(perangkat, c);
    expect(asPerangkat?.beneficiaries).toEqual([{ name: null, nik: null, relation: victim.relation }]);
    expect(JSON.stringify(asPerangkat)).not.toContain(victim.nik);
    c = await act(kades, c, 'forward-to-women-child-protection', { note: 'Korban perlu pendampingan dan rumah aman.' });
    expect(c.holder.name).toBe(PPA);
    // The unit it went to sees the victim; the village officer still does not.
    expect((await read(ppa, c))?.beneficiaries).toEqual([
      expect.objectContaining({ name: victim.name, relation: 'korban' }),
    ]);
    expect((await read(perangkat, c))?.beneficiaries[0]).toMatchObject({ name: null, nik: null });
    c = await act(ppa, c, 'record-opd-follow-up', { note: 'Pendampingan psikologis dimulai.' });
    c = await act(ppa, c, 'close-cannot-be-served', { reason: 'Korban pindah ke luar kabupaten bersama keluarganya.' });
    expect(c).toMatchObject({ status: 'cannot-be-served', outcome: 'CANNOT_BE_SERVED' });
  });

  it('the police return what is Perda (bukan wewenang) naming Satpol PP; the kepala desa forwards it there', async () => {
    let c = await examined(thuggeryInput());
    c = await act(kades, c, 'forward-to-police', { note: 'Pungutan liar di pasar.' });
    const satpolId = await unitId(t.sql, SATPOL_PP);
    c = await act(polisi, c, 'return-not-competent', {
      reason: 'Penertiban pasar adalah tugas Satpol PP.',
      suggestedUnitId: satpolId,
    });
    expect(c).toMatchObject({ status: 'examination-reported', outcome: null });
    c = await act(kades, c, 'forward-to-opd', { note: 'Penertiban oleh Satpol PP.' });
    expect(c.holder.name).toBe(SATPOL_PP);
    c = await act(satpolpp, c, 'record-opd-follow-up', { note: 'Patroli malam Minggu.' });
    c = await act(satpolpp, c, 'complete', { note: 'Pungutan liar berhenti; pedagang membuat pernyataan.' });
    expect(c).toMatchObject({ status: 'completed', outcome: 'COMPLETED' });
  });

  it('a return the kepala desa closes as not the village’s authority; a withdrawal by the reporter', async () => {
    let c = await examined(
      thuggeryInput({ serviceType: 'perda-violation', description: 'Pedagang berjualan di bahu jalan.' }),
    );
    c = await act(kades, c, 'forward-to-opd', { note: 'Penertiban PKL.' });
    c = await act(satpolpp, c, 'return-not-competent', { reason: 'Jalan kabupaten: wewenang Dinas Perhubungan.' });
    expect(c.holder.kind).toBe('VILLAGE_TRANTIBUM');
    const dishub = await unitId(t.sql, 'Pemerintah Kabupaten Klaten');
    c = await act(kades, c, 'decline', {
      reason: 'Diteruskan ke Pemerintah Kabupaten untuk Dinas Perhubungan.',
      declineReason: 'NOT_AUTHORITY',
      suggestedUnitId: dishub,
    });
    expect(c).toMatchObject({ status: 'declined', outcome: 'DECLINED', declineReason: 'NOT_AUTHORITY' });

    let w = await register(thuggeryInput({ serviceType: 'drugs', description: 'Dugaan transaksi narkoba.' }));
    w = await act(trantibum, w, 'start-assessment');
    await expectRefused(trantibum, w, 'withdraw', 'VALIDATION_FAILED');
    w = await act(trantibum, w, 'withdraw', { reason: 'Pelapor mencabut: salah paham, ternyata obat resep.' });
    expect(w).toMatchObject({ status: 'withdrawn', outcome: 'WITHDRAWN' });
  });

  it('settled in the village by musyawarah', async () => {
    let c = await examined(
      thuggeryInput({ serviceType: 'perda-violation', description: 'Suara musik keras tiap malam.' }),
    );
    c = await act(kades, c, 'settle-in-village', {
      note: 'Musyawarah dengan pemilik rumah: musik berhenti pukul 22.00.',
      settlementKind: 'MUSYAWARAH',
    });
    expect(c).toMatchObject({
      status: 'settled-in-village',
      outcome: 'SETTLED_AT_VILLAGE',
      settlementKind: 'MUSYAWARAH',
    });
  });

  it('the SPM report counts each outcome and the returns', async () => {
    expect(await outcomeCounts(admin, 'trantibumlinmas', { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      registered: 7,
      closed: 7,
      completed: 2,
      declined: 2,
      settledAtVillage: 1,
      withdrawn: 1,
      cannotBeServed: 1,
      returned: 2,
    });
  });
});
