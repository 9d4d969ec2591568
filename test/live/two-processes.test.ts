import { randomBytes } from 'node:crypto';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import {
  createTestDatabase,
  GraphQLClient,
  startServerProcess,
  subscribe,
  type ServerProcess,
  type TestSubscription,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SUB = `subscription { caseEvents { caseId event { type } case { code applicant { name } } } }`;
type Notice = { caseEvents: { caseId: string; event: { type: string }; case: { code: string } } };

const login = (url: string, username: string) => GraphQLClient.login(url, username, 'posyandu-demo-2026');

/**
 * The same as test/live/case-events.test.ts, with each instance its own operating-system
 * process (as deployed behind a load balancer): nothing is shared but PostgreSQL.
 */
describe('two real server processes on one PostgreSQL form one live system', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  const subs: TestSubscription<Notice>[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const tokenSecret = randomBytes(32).toString('hex');
    [a, b] = await Promise.all([
      startServerProcess({ databaseUrl: db.url, tokenSecret }),
      startServerProcess({ databaseUrl: db.url, tokenSecret }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(subs.map((s) => s.close()));
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('a mutation on process A reaches a subscriber on process B; another Posyandu’s kader gets nothing', async () => {
    const [kaderOnA, villageOnB, otherKaderOnB] = await Promise.all([
      login(a.url, 'kader.gombang'),
      login(b.url, 'perangkat.gombang'),
      login(b.url, 'kader.pogung'),
    ]);
    const village = subscribe<Notice>(b.url, villageOnB.token, SUB, {});
    const other = subscribe<Notice>(b.url, otherKaderOnB.token, SUB, {});
    subs.push(village, other);
    await new Promise((r) => setTimeout(r, 500));

    const registered = await kaderOnA.request<{ registerCase: { id: string; code: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }',
      { input: pendidikanInput() },
    );
    const [notice] = await village.waitFor(1, 15_000);
    expect(notice?.caseEvents).toMatchObject({
      caseId: registered.registerCase.id,
      event: { type: 'REGISTERED' },
      case: { code: registered.registerCase.code },
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(other.received).toEqual([]);
  });

  it('events committed through A reach subscribers of both processes once each, in commit order', async () => {
    const [kaderOnA, villageOnA, villageOnB] = await Promise.all([
      login(a.url, 'kader.gombang'),
      login(a.url, 'perangkat.gombang'),
      login(b.url, 'perangkat.gombang'),
    ]);
    const onA = subscribe<Notice>(a.url, villageOnA.token, SUB, {});
    const onB = subscribe<Notice>(b.url, villageOnB.token, SUB, {});
    subs.push(onA, onB);
    await new Promise((r) => setTimeout(r, 500));
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = await kaderOnA.request<{ registerCase: { id: string } }>(
        'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
        { input: pendidikanInput() },
      );
      ids.push(r.registerCase.id);
    }
    await Promise.all([onA.waitFor(4, 15_000), onB.waitFor(4, 15_000)]);
    // Nothing more comes: each event once on each process.
    await new Promise((r) => setTimeout(r, 700));
    for (const sub of [onA, onB]) {
      expect(sub.received.map((n) => [n.caseEvents.caseId, n.caseEvents.event.type])).toEqual(
        ids.map((id) => [id, 'REGISTERED']),
      );
    }
  });
});
