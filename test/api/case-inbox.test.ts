import { allDocuments, pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { caseSteps, startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/**
 * The routed unit's inbox (issue 6): `cases(filter: { inbox: true })` lists what one of the
 * viewer's units holds now or was escalated to as overdue, and `Case.inbox` says why, since
 * when, from whom, and whether the unit has acted on it yet (a new arrival until it has).
 */
const FIELDS = `
  id code status version
  holder { id name }
  inbox { reason since actedOn unit { name } receivedFrom { name } }
  availableActions { id enabled }
`;

interface InboxView {
  id: string;
  code: string;
  status: string;
  version: number;
  holder: { id: string; name: string };
  inbox: {
    reason: 'HELD' | 'ESCALATED';
    since: string;
    actedOn: boolean;
    unit: { name: string };
    receivedFrom: { name: string } | null;
  } | null;
}

const INBOX = `query ($f: CaseFilter) { cases(filter: $f, first: 50) { totalCount edges { node { ${FIELDS} } } } }`;

describe('the inbox of routed units: held or escalated, new until the unit acts', () => {
  // Monday 23 November 2026, 09:00 WIB; due at the end of Monday 30 November.
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let kades: GraphQLClient;
  let opd: GraphQLClient;
  let camat: GraphQLClient;
  const flow = caseSteps<InboxView>({ fields: FIELDS });

  async function inbox(client: GraphQLClient, filter: Record<string, unknown> = {}): Promise<InboxView[]> {
    const res = await client.request<{ cases: { edges: Array<{ node: InboxView }> } }>(INBOX, {
      f: { inbox: true, open: true, ...filter },
    });
    return res.cases.edges.map((e) => e.node);
  }

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock });
    [kader, perangkat, kades, opd, camat] = await Promise.all([
      t.as('kader.gombang'),
      t.as('perangkat.gombang'),
      t.as('kades.gombang'),
      t.as('opd.pendidikan'),
      t.as('camat.cawas'),
    ]);
  });
  afterAll(() => t?.close());

  let forwarded: InboxView;
  let stuck: InboxView;

  it('lists a case forwarded to the OPD as a new arrival held by it, received from the village', async () => {
    let c = await flow.register(kader, pendidikanInput());
    clock.set('2026-11-23T03:00:00Z');
    c = await flow.act(kader, c, 'start-verification');
    c = await flow.reviewAll(
      perangkat,
      c,
      allDocuments.map((d) => d.code),
    );
    c = await flow.visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: '2026-11-23T02:30:00Z',
      participants: 'Kader Sri',
      findings: 'Layak dibantu.',
      recommendation: 'ELIGIBLE',
    });
    c = await flow.act(kader, c, 'declare-eligible');
    clock.set('2026-11-23T03:30:00Z');
    c = await flow.act(kader, c, 'submit-to-village');
    expect((await inbox(perangkat)).map((x) => [x.id, x.inbox?.reason, x.inbox?.actedOn])).toContainEqual([
      c.id,
      'HELD',
      false,
    ]);
    clock.set('2026-11-23T04:00:00Z');
    forwarded = await flow.act(kades, c, 'forward-to-opd');

    const opdInbox = await inbox(opd);
    expect(opdInbox.map((x) => x.id)).toEqual([forwarded.id]);
    expect(opdInbox[0]?.inbox).toEqual({
      reason: 'HELD',
      since: '2026-11-23T04:00:00.000Z',
      actedOn: false,
      unit: { name: 'Dinas Pendidikan Kabupaten Klaten' },
      receivedFrom: { name: 'Pemerintah Desa Gombang' },
    });
    // The village no longer holds it: gone from its inbox, though it still reads the case.
    expect((await inbox(perangkat)).map((x) => x.id)).not.toContain(forwarded.id);
    expect((await flow.read(perangkat, forwarded))?.inbox).toBeNull();
  });

  it('stops being new once a member of the OPD records the follow-up', async () => {
    clock.set('2026-11-24T03:00:00Z');
    await flow.act(opd, forwarded, 'record-opd-follow-up', { note: 'Masuk daftar penerima bantuan.' });
    const [entry] = await inbox(opd);
    expect(entry?.inbox).toMatchObject({ reason: 'HELD', actedOn: true });
  });

  it('tells each viewer whether they may work on the case (attach documents, record visits) as the server rules', async () => {
    const MAY = 'query ($id: ID!) { case(id: $id) { mayWork } }';
    const mayWork = async (client: GraphQLClient) =>
      (await client.request<{ case: { mayWork: boolean } }>(MAY, { id: forwarded.id })).case.mayWork;
    expect([await mayWork(opd), await mayWork(kader), await mayWork(perangkat)]).toEqual([true, false, false]);
    // What mayWork promises is what attachDocument does: the kader is refused, the OPD is let through.
    const ATTACH = `mutation ($id: ID!, $doc: DocumentInput!) { attachDocument(caseId: $id, document: $doc) { id } }`;
    const doc = { code: 'ktp-copy', fileNames: ['ktp-baru.jpg'] };
    const refused = await kader.raw(ATTACH, { id: forwarded.id, doc });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await opd.raw(ATTACH, { id: forwarded.id, doc });
    expect(accepted.errors).toBeUndefined();
  });

  it('lists an overdue case under the Posyandu as escalated in the village government inbox', async () => {
    stuck = await flow.register(kader, pendidikanInput({ description: 'Belum ada yang memverifikasi.' }));
    expect((await inbox(perangkat)).map((x) => x.id)).not.toContain(stuck.id);

    // Registered Tuesday 24 November: due at the end of Tuesday 1 December, WIB. (The forwarded
    // case, due a day earlier and still with the OPD, goes overdue too.)
    clock.set('2026-12-01T17:00:00Z');
    expect(await t.server.tickDeadlines()).toMatchObject({ overdue: 2 });

    const escalated = (await inbox(perangkat)).find((x) => x.id === stuck.id);
    expect(escalated?.holder.name).toBe('Posyandu Gombang');
    expect(escalated?.inbox).toEqual({
      reason: 'ESCALATED',
      since: '2026-12-01T17:00:00.000Z',
      actedOn: false,
      unit: { name: 'Pemerintah Desa Gombang' },
      receivedFrom: null,
    });
    // The Posyandu holds it: in the kader's inbox as held, not escalated.
    expect((await inbox(kader)).find((x) => x.id === stuck.id)?.inbox?.reason).toBe('HELD');
    // The kecamatan reads it but it is neither held by nor escalated to the kecamatan.
    expect((await inbox(camat)).map((x) => x.id)).not.toContain(stuck.id);
    expect((await flow.read(camat, stuck))?.inbox).toBeNull();
  });

  it('stops being new for the village once a village officer acts on the escalated case', async () => {
    clock.set('2026-12-02T02:00:00Z');
    await flow.act(perangkat, (await flow.read(perangkat, stuck))!, 'start-verification');
    expect((await inbox(perangkat)).find((x) => x.id === stuck.id)?.inbox).toMatchObject({
      reason: 'ESCALATED',
      actedOn: true,
    });
  });

  it('combines with the other filters: sector and overdue only', async () => {
    expect((await inbox(perangkat, { deadlineState: 'OVERDUE' })).map((x) => x.id)).toEqual([stuck.id]);
    expect(await inbox(opd, { sectorId: 'sosial' })).toEqual([]);
    expect((await inbox(opd, { sectorId: 'pendidikan' })).map((x) => x.id)).toEqual([forwarded.id]);
  });
});
