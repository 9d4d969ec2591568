import 'reflect-metadata';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { allDocuments, pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import {
  caseSteps,
  startTestServer,
  TestClock,
  villageVerification,
  type GraphQLClient,
  type OutcomeCase,
  type TestServer,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIELDS = `id code status version outcome declineReason settlementKind closedAt
  holder { id name kind } availableActions { id outcome declineReasons settlementKinds }`;
const UNITS = `query ($id: ID!, $search: String) { suggestableUnits(caseId: $id, search: $search) { id name areaCode } }`;
const TRACK = `query ($code: String!, $last4: String!) { trackCase(code: $code, phoneLast4: $last4) {
  closed outcome declineReason { id en } suggestedUnit } }`;
const DINSOS = 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten';

interface Unit {
  id: string;
  name: string;
  areaCode: string;
}

/**
 * The console's unit picker for a "bukan wewenang" answer (issue 14): the units of the case's
 * kabupaten, searchable by name, and the picked id is what performAction stores and tells the citizen.
 */
describe('suggestableUnits: the unit with authority is picked, not typed', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let otherKader: GraphQLClient;
  let n = 0;
  const flow = caseSteps<OutcomeCase>({ fields: FIELDS, sql: () => t.sql });
  const toVillage = villageVerification(
    allDocuments.map((d) => d.code),
    'HOME',
  );
  const atVillage = async () =>
    toVillage(
      await flow.register(kader, pendidikanInput({ description: `Anak tidak mampu membeli seragam (${n++}).` })),
      { kader, perangkat },
    );
  const units = async (client: GraphQLClient, id: string, search?: string) =>
    (await client.request<{ suggestableUnits: Unit[] }>(UNITS, { id, search: search ?? null })).suggestableUnits;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, perangkat, otherKader] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kader.pogung'),
    ]);
  }, 120_000);
  afterAll(() => t?.close());

  it("lists the kabupaten's units by name, without the holder and the viewer's own units, narrowed by a search", async () => {
    const c = await atVillage();
    const all = await units(perangkat, c.id);
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((u) => u.areaCode === '33.10' || u.areaCode.startsWith('33.10.'))).toBe(true);
    expect(all.map((u) => u.name)).toEqual([...all.map((u) => u.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(all.map((u) => u.name)).not.toContain('Pemerintah Desa Gombang');
    const found = await units(perangkat, c.id, '  SOSIAL ');
    expect(found.map((u) => u.name)).toEqual([DINSOS]);
    // A LIKE wildcard is a character like any other.
    expect(await units(perangkat, c.id, '%')).toEqual([]);
    // Out of reach: as if the case did not exist.
    expect((await otherKader.error(UNITS, { id: c.id, search: null })).extensions?.code).toBe('NOT_FOUND');
  });

  it('a "not our authority" decline sends the picked id; the citizen is told the unit, and a closed case offers none', async () => {
    let c = await atVillage();
    const refused = await flow.expectRefused(perangkat, c, 'decline', 'VALIDATION_FAILED', {
      reason: 'Urusan bantuan sosial.',
      declineReason: 'NOT_AUTHORITY',
    });
    expect(refused.extensions).toMatchObject({ fields: [{ field: 'input.suggestedUnitId' }] });
    const [dinsos] = await units(perangkat, c.id, 'sosial');
    c = await flow.act(perangkat, c, 'decline', {
      reason: 'Bantuan ini urusan Dinas Sosial.',
      declineReason: 'NOT_AUTHORITY',
      suggestedUnitId: dinsos!.id,
    });
    expect(c).toMatchObject({ outcome: 'DECLINED', declineReason: 'NOT_AUTHORITY' });
    const tracked = await t.anonymous().request<{ trackCase: Record<string, unknown> }>(TRACK, {
      code: c.code,
      last4: '4321',
    });
    expect(tracked.trackCase).toMatchObject({ closed: true, outcome: 'DECLINED', suggestedUnit: DINSOS });
    expect(await units(perangkat, c.id)).toEqual([]);
  });
});
