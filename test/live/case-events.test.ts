import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const SUB = `subscription ($after: String, $filter: CaseEventFilter) {
  caseEvents(after: $after, filter: $filter) { cursor caseId event { id type action } case { code status applicant { name } } } }`;
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`;
const ATTACH = `mutation ($id: ID!, $d: DocumentInput!) { attachDocument(caseId: $id, document: $d) { id version } }`;

interface Notice {
  caseEvents: {
    cursor: string;
    caseId: string;
    event: { id: string; type: string; action: string | null };
    case: { code: string; status: string; applicant: { name: string } | null };
  };
}

describe('caseEvents over graphql-ws, across two server instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  let kaderA: GraphQLClient;
  let kaderB: GraphQLClient;
  let villageOnB: GraphQLClient;
  let otherKaderOnB: GraphQLClient;

  beforeAll(async () => {
    const clock = new TestClock('2026-11-23T02:00:00Z');
    a = await startTestServer({ plugins: await loadInstalledPlugins(), clock });
    b = await startTestServer({ plugins: await loadInstalledPlugins(), clock, sameDatabaseAs: a });
    [kaderA, kaderB, villageOnB, otherKaderOnB] = await Promise.all([
      a.as('kader.gombang'),
      b.as('kader.gombang'),
      b.as('perangkat.gombang'),
      b.as('kader.pogung'),
    ]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('a subscriber on B receives a case registered on A; a kader of another Posyandu receives nothing', async () => {
    const village = b.subscribe<Notice>(villageOnB.token, SUB);
    const other = b.subscribe<Notice>(otherKaderOnB.token, SUB);
    await new Promise((r) => setTimeout(r, 300));
    const c = (
      await kaderA.request<{ registerCase: { id: string; code: string } }>(REGISTER, { input: pendidikanInput() })
    ).registerCase;
    const [notice] = await village.waitFor(1);
    expect(notice?.caseEvents).toMatchObject({
      caseId: c.id,
      event: { id: expect.stringMatching(/^\d+$/), type: 'REGISTERED', action: null },
      case: { code: c.code, status: 'registered', applicant: { name: 'Siti Aminah' } },
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(other.received).toEqual([]);
    await Promise.all([village.close(), other.close()]);
  });

  it('resumes from a cursor: exactly the 100 changes made while away, in commit order, then live ones', async () => {
    const first = b.subscribe<Notice>(kaderB.token, SUB);
    // Without `after` the subscription starts at what B has read when it is in place: let it be in
    // place before the registration commits (registerCase may now be quicker than the socket's handshake).
    await new Promise((r) => setTimeout(r, 300));
    const c = (
      await kaderA.request<{ registerCase: { id: string; version: number } }>(REGISTER, { input: pendidikanInput() })
    ).registerCase;
    const [seen] = await first.waitFor(1);
    const cursor = seen?.caseEvents.cursor as string;
    await first.close();

    // 100 changes while disconnected, alternating between the two instances, some concurrently.
    let version = c.version;
    for (let i = 0; i < 50; i += 1) {
      for (const client of [kaderA, kaderB]) {
        const res = await client.request<{ attachDocument: { version: number } }>(ATTACH, {
          id: c.id,
          d: { code: 'ktp-copy', fileNames: [`ktp-${i}.jpg`] },
        });
        version = res.attachDocument.version;
      }
    }
    expect(version).toBe(c.version + 100);
    const committed = await a.sql.query<{ id: string }>(
      `select id::text from case_event where case_id = $1 and type = 'DOCUMENT_ATTACHED' order by tx_id, id`,
      [c.id],
    );
    expect(committed.rows).toHaveLength(100);

    const resumed = b.subscribe<Notice>(kaderB.token, SUB, { after: cursor });
    const replayed = await resumed.waitFor(100, 20_000);
    expect(replayed.map((n) => n.caseEvents.event.type)).toEqual(Array(100).fill('DOCUMENT_ATTACHED'));
    const cursors = replayed.map((n) => n.caseEvents.cursor);
    expect(new Set(cursors).size).toBe(100);

    // Then live: one more change arrives after the 100, once.
    await kaderA.request(ATTACH, { id: c.id, d: { code: 'kk-copy', fileNames: ['kk.jpg'] } });
    const all = await resumed.waitFor(101);
    expect(all[100]?.caseEvents.event.type).toBe('DOCUMENT_ATTACHED');
    await new Promise((r) => setTimeout(r, 500));
    expect(resumed.received).toHaveLength(101);
    await resumed.close();
  });

  it('filters by case id', async () => {
    const c1 = (await kaderA.request<{ registerCase: { id: string } }>(REGISTER, { input: pendidikanInput() }))
      .registerCase;
    // Without `after` a subscription starts from what B has read so far: let B's feed pass c1's registration.
    await new Promise((r) => setTimeout(r, 500));
    const sub = b.subscribe<Notice>(kaderB.token, SUB, { filter: { caseId: c1.id } });
    await new Promise((r) => setTimeout(r, 300));
    await kaderA.request(REGISTER, { input: pendidikanInput() });
    await kaderA.request(ATTACH, { id: c1.id, d: { code: 'kk-copy', fileNames: ['kk.jpg'] } });
    const [n] = await sub.waitFor(1);
    expect(n?.caseEvents.caseId).toBe(c1.id);
    await new Promise((r) => setTimeout(r, 400));
    expect(sub.received).toHaveLength(1);
    await sub.close();
  });

  it('closes the socket with 4403 without a valid token', async () => {
    const none = b.subscribe<Notice>(null, SUB);
    const forged = b.subscribe<Notice>('not-a-token', SUB);
    expect(await none.waitForClose()).toBe(4403);
    expect(await forged.waitForClose()).toBe(4403);
  });

  it('refuses queries and mutations over the socket', async () => {
    const sub = b.subscribe<unknown>(kaderB.token, '{ sectors { id } }');
    await sub.waitFor(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.errors)).toMatch(/Only subscriptions run over WebSocket/);
    await sub.close();
  });

  it('rejects a malformed cursor with a coded error', async () => {
    const sub = b.subscribe<unknown>(kaderB.token, SUB, { after: 'garbage' });
    await sub.waitFor(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.errors)).toMatch(/VALIDATION_FAILED|cursor/);
    await sub.close();
  });
});
