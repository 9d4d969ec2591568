import { randomBytes } from 'node:crypto';
import { createTestDatabase, GraphQLClient, startServerProcess, type ServerProcess } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const login = (url: string, username: string) => GraphQLClient.login(url, username, 'posyandu-demo-2026');
const DUE = `query { dueDate(areaCode: "33.10.05", registeredAt: "2026-06-08T02:00:00Z") { dueDate } }`;

/** Polls `probe` until it returns true (the other instance heard the change), or fails after 5 s. */
async function eventually(probe: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 5_000;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error('the other instance never saw the change');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Sessions, memberships and the calendar are kept in each instance's memory (issue 18): a change
 * made through one process must reach the other one's cache through PostgreSQL NOTIFY.
 */
describe('the reference cache of two server processes on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    const tokenSecret = randomBytes(32).toString('hex');
    [a, b] = await Promise.all([
      startServerProcess({ databaseUrl: db.url, tokenSecret }),
      startServerProcess({ databaseUrl: db.url, tokenSecret }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('a logout through A ends the session on B, which had it cached', async () => {
    const onA = await login(a.url, 'camat.cawas');
    const onB = new GraphQLClient(b.url, onA.token);
    for (let i = 0; i < 3; i += 1) {
      expect(await onB.request<{ me: { username: string } }>('{ me { username } }')).toEqual({
        me: { username: 'camat.cawas' },
      });
    }
    await onA.request('mutation { logout }');
    // A itself refuses at once (dropped locally, not waiting for its own notification).
    expect((await onA.error('{ me { username } }')).extensions?.code).toBe('UNAUTHENTICATED');
    await eventually(async () => {
      const answer = await onB.raw<{ me?: unknown }>('{ me { username } }');
      return answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
    });
  });

  it('a user deactivated through A is refused on B', async () => {
    const admin = await login(a.url, 'admin.klaten');
    const kader = await login(b.url, 'kader.pogung');
    const me = await kader.request<{ me: { id: string } }>('{ me { id } }');
    await kader.request('{ me { username } }');
    await admin.request('mutation ($u: ID!) { setUserActive(userId: $u, active: false) { id } }', { u: me.me.id });
    await eventually(async () => {
      const answer = await kader.raw<{ me?: unknown }>('{ me { username } }');
      return answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
    });
  });

  it('a day off added through A moves the due date B computes', async () => {
    const anonymousB = new GraphQLClient(b.url);
    const before = (await anonymousB.request<{ dueDate: { dueDate: string } }>(DUE)).dueDate.dueDate;
    // B answers from its cache now (the same again).
    expect((await anonymousB.request<{ dueDate: { dueDate: string } }>(DUE)).dueDate.dueDate).toBe(before);
    const admin = await login(a.url, 'admin.klaten');
    await admin.request(`mutation ($input: HolidayInput!) { addHoliday(input: $input) { id } }`, {
      input: {
        date: before,
        kind: 'REGIONAL',
        areaCode: '33.10',
        nameId: 'Libur daerah uji',
        nameEn: 'Test regional day off',
        legalBasis: 'Keputusan Bupati Klaten (uji, bukan dokumen nyata)',
      },
    });
    await eventually(
      async () => (await anonymousB.request<{ dueDate: { dueDate: string } }>(DUE)).dueDate.dueDate > before,
    );
  });
});
