import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('sectors: the catalogue a client builds its forms from', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
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
          states: Array<{ id: string; terminal: boolean }>;
          actions: Array<{ id: string; roles: string[] }>;
        };
        routes: Array<{ id: string; unitKind: string; service: string | null }>;
      }>;
    }>(`{ sectors { id name { id en }
        serviceTypes { id documents { code required minFiles } }
        workflow { initialState states { id terminal } actions { id roles } }
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
    expect(pendidikan?.workflow.states.filter((s) => s.terminal).map((s) => s.id)).toEqual([
      'not-eligible',
      'completed',
    ]);
    expect(pendidikan?.workflow.actions.find((a) => a.id === 'forward-to-opd')?.roles).toEqual([
      'VILLAGE_OFFICER',
      'KEPALA_DESA',
    ]);
    expect(pendidikan?.routes).toContainEqual({ id: 'education-opd', unitKind: 'OPD', service: 'pendidikan' });
  });

  it('answers health and readiness probes', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toMatchObject({ status: 'ready', sectors: ['pendidikan'] });
  });
});
