import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';

describe('sectors: the catalogue a client builds its forms from', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins() });
  });
  afterAll(() => t?.close());

  it('lists pendidikan with its documents, workflow and routes, without login', async () => {
    const data = await t.anonymous().request<{
      sectors: Array<{
        id: string;
        name: { id: string; en: string };
        serviceTypes: Array<{ id: string; documents: Array<{ code: string; required: boolean; minFiles: number }> }>;
        workflow: {
          initialState: string;
          states: Array<{ id: string; terminal: boolean; outcome: string | null }>;
          actions: Array<{ id: string; roles: string[] }>;
        };
        routes: Array<{ id: string; unitKind: string; service: string | null }>;
      }>;
    }>(`{ sectors { id name { id en }
        serviceTypes { id documents { code required minFiles } }
        workflow { initialState states { id terminal outcome } actions { id roles } }
        routes { id unitKind service } } }`);
    const pendidikan = data.sectors.find((s) => s.id === 'pendidikan');
    expect(pendidikan?.name).toEqual({ id: 'Pendidikan', en: 'Education' });
    expect(pendidikan?.serviceTypes.map((s) => s.id)).toEqual([
      'paud-cost-aid',
      'basic-education-cost-aid',
      'equivalency-cost-aid',
      'school-supplies-aid',
    ]);
    expect(pendidikan?.serviceTypes[0]?.documents).toEqual([
      { code: 'ktp-copy', required: true, minFiles: 1 },
      { code: 'kk-copy', required: true, minFiles: 1 },
      { code: 'poverty-statement', required: true, minFiles: 1 },
    ]);
    expect(pendidikan?.workflow.initialState).toBe('registered');
    // Every outcome is its own final state (plugin API 1.4).
    expect(pendidikan?.workflow.states.filter((s) => s.terminal).map((s) => [s.id, s.outcome])).toEqual([
      ['not-eligible', 'DECLINED'],
      ['completed', 'COMPLETED'],
      ['declined', 'DECLINED'],
      ['settled-at-village', 'SETTLED_AT_VILLAGE'],
      ['withdrawn', 'WITHDRAWN'],
      ['cannot-be-served', 'CANNOT_BE_SERVED'],
    ]);
    expect(pendidikan?.workflow.actions.find((a) => a.id === 'forward-to-opd')?.roles).toEqual([
      'VILLAGE_OFFICER',
      'KEPALA_DESA',
    ]);
    expect(pendidikan?.routes).toContainEqual({ id: 'education-opd', unitKind: 'OPD', service: 'pendidikan' });
  });

  it('lists all six SPM sectors of the deck, each with its service types, documents and routes', async () => {
    const data = await t.anonymous().request<{
      sectors: Array<{
        id: string;
        serviceTypes: Array<{ id: string; documents: Array<{ code: string; minFiles: number; maxFiles: number }> }>;
        routes: Array<{ unitKind: string; service: string | null }>;
        workflow: { states: Array<{ terminal: boolean }> };
      }>;
    }>(`{ sectors { id serviceTypes { id documents { code minFiles maxFiles } }
        routes { unitKind service } workflow { states { terminal } } } }`);
    const byId = new Map(data.sectors.map((s) => [s.id, s]));
    /** Every document any of the sector's service types asks for, once, in first-asked order. */
    const documentsOf = (id: string) => {
      const all = (byId.get(id)?.serviceTypes ?? []).flatMap((st) => st.documents);
      return all.filter((d, i) => all.findIndex((e) => e.code === d.code) === i);
    };
    expect([...byId.keys()].sort()).toEqual([
      'kesehatan',
      'pekerjaan-umum',
      'pendidikan',
      'perumahan-rakyat',
      'sosial',
      'trantibumlinmas',
    ]);
    // The deck's document lists: education 3, housing 6 (exactly 3 house photos), social 3,
    // public works 1 letter (+ the construction points, asked as locations), public order 1 (identity).
    expect(documentsOf('pendidikan').map((d) => d.code)).toEqual(['ktp-copy', 'kk-copy', 'poverty-statement']);
    expect(documentsOf('perumahan-rakyat')).toHaveLength(6);
    expect(documentsOf('perumahan-rakyat').find((d) => d.code === 'house-photos')).toMatchObject({
      minFiles: 3,
      maxFiles: 3,
    });
    expect(documentsOf('sosial')).toHaveLength(3);
    expect(documentsOf('pekerjaan-umum').map((d) => d.code)).toEqual(['request-letter']);
    // The deck's eleven categories and Perda enforcement (Satpol PP).
    expect(byId.get('trantibumlinmas')?.serviceTypes).toHaveLength(12);
    expect(byId.get('sosial')?.serviceTypes).toHaveLength(5);
    // Every sector routes to an agency found by kind and service, never by id; public order also to the police.
    for (const [id, service] of [
      ['pendidikan', 'pendidikan'],
      ['pekerjaan-umum', 'pekerjaan-umum'],
      ['perumahan-rakyat', 'perumahan-rakyat'],
      ['sosial', 'sosial'],
      ['kesehatan', 'bpjs-reactivation'],
      ['trantibumlinmas', 'trantibumlinmas'],
    ] as const) {
      expect(byId.get(id)?.routes, id).toContainEqual({ unitKind: 'OPD', service });
      expect(
        byId.get(id)?.workflow.states.some((s) => s.terminal),
        id,
      ).toBe(true);
    }
    expect(byId.get('trantibumlinmas')?.routes).toContainEqual({ unitKind: 'POLICE', service: null });
  });

  it("lists each sector's jenis pelayanan dasar with its penerima and labels, and names them on a case", async () => {
    type Labelled = { id: string; en: string };
    const data = await t.anonymous().request<{
      sectors: Array<{
        id: string;
        spmServices: Array<{
          id: string;
          name: Labelled;
          basis: string;
          countsTowardSpm: boolean;
          penerima: Array<{ id: string; label: Labelled }>;
        }>;
      }>;
    }>(`{ sectors { id spmServices { id name { id en } basis countsTowardSpm penerima { id label { id en } } } } }`);
    const byId = new Map(data.sectors.map((s) => [s.id, s.spmServices]));
    // Every installed plugin declares its services (plugin API 1.5).
    for (const [sector, services] of byId) expect(services.length, sector).toBeGreaterThan(0);
    expect(byId.get('pendidikan')?.map((s) => s.id)).toEqual(['paud', 'pendidikan-dasar', 'pendidikan-kesetaraan']);
    expect(byId.get('pendidikan')?.[1]).toMatchObject({
      name: { id: 'Pendidikan Dasar', en: 'Basic education' },
      countsTowardSpm: true,
      penerima: [{ id: 'CHILD', label: { id: 'Anak usia sekolah (5–18 tahun)', en: 'School-age child (5–18)' } }],
    });
    const kesehatan = new Map(byId.get('kesehatan')?.map((s) => [s.id, s]));
    // A service mapped through a choice fact (the home visit's target group) lists that option's penerima.
    expect(kesehatan.get('kesehatan-usia-lanjut')?.penerima.map((p) => p.id)).toEqual(['ELDERLY']);
    // A supporting service is listed, and says it is not counted as SPM.
    expect(kesehatan.get('kepesertaan-jkn')?.countsTowardSpm).toBe(false);

    const kader = await t.as('kader.gombang');
    const { registerCase } = await kader.request<{ registerCase: { id: string } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      { input: pendidikanInput() },
    );
    const { case: c } = await kader.request<{
      case: { spmService: { id: string; name: Labelled }; penerima: { id: string; label: Labelled } };
    }>(`query ($id: ID!) { case(id: $id) { spmService { id name { id en } } penerima { id label { en } } } }`, {
      id: registerCase.id,
    });
    expect(c).toEqual({
      spmService: { id: 'pendidikan-dasar', name: { id: 'Pendidikan Dasar', en: 'Basic education' } },
      penerima: { id: 'CHILD', label: { en: 'School-age child (5–18)' } },
    });
  });

  it('answers health and readiness probes', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true }, plugins: { ok: true } },
      sectors: ['pendidikan', 'kesehatan', 'pekerjaan-umum', 'perumahan-rakyat', 'sosial', 'trantibumlinmas'],
    });
  });
});
