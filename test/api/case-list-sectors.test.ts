import { loadInstalledPlugins } from '@posyandu-spm/api';
import { monitoringInput } from '@posyandu-spm/plugin-kesehatan/fixtures';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { elderlyInput } from '@posyandu-spm/plugin-sosial/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LIST = `query ($filter: CaseFilter) { cases(filter: $filter, first: 50) { totalCount edges { node { code sector { id } } } } }`;

/**
 * The case list filtered on several sectors at once (issue 15 item 4): `sectorIds` is any of them,
 * the older `sectorId` still one, both together their intersection; the export takes the same list.
 */
describe('cases(filter: { sectorIds }): several sectors at once, sectorId as before', () => {
  let t: TestServer;
  let camat: GraphQLClient;
  const sectorsOf = async (filter: Record<string, unknown>) => {
    const r = await camat.request<{
      cases: { totalCount: number; edges: Array<{ node: { sector: { id: string } } }> };
    }>(LIST, { filter });
    expect(r.cases.edges).toHaveLength(r.cases.totalCount);
    return r.cases.edges.map((e) => e.node.sector.id).sort();
  };

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    const kader = await t.as('kader.gombang');
    for (const input of [pendidikanInput(), monitoringInput(), monitoringInput(), elderlyInput()]) {
      t.clock.advance(60_000);
      await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, { input });
    }
    camat = await t.as('camat.cawas');
  });
  afterAll(() => t?.close());

  it('lists any of several sectors, one with sectorId as before, and the intersection of both', async () => {
    expect(await sectorsOf({})).toEqual(['kesehatan', 'kesehatan', 'pendidikan', 'sosial']);
    expect(await sectorsOf({ sectorIds: ['pendidikan', 'kesehatan'] })).toEqual([
      'kesehatan',
      'kesehatan',
      'pendidikan',
    ]);
    expect(await sectorsOf({ sectorIds: ['sosial'] })).toEqual(['sosial']);
    expect(await sectorsOf({ sectorId: 'kesehatan' })).toEqual(['kesehatan', 'kesehatan']);
    expect(await sectorsOf({ sectorId: 'kesehatan', sectorIds: ['kesehatan', 'sosial'] })).toEqual([
      'kesehatan',
      'kesehatan',
    ]);
    expect(await sectorsOf({ sectorId: 'pendidikan', sectorIds: ['sosial'] })).toEqual([]);
  });

  it('exports the same several sectors as a file', async () => {
    const res = await fetch(`${t.url}/reports/cases?format=csv&sectorIds=pendidikan,sosial`, {
      headers: { authorization: `Bearer ${camat.token}` },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const lines = (await res.text()).trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.includes('Sosial'))).toBe(true);
  });
});
