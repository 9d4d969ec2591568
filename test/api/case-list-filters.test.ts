import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LIST = `query ($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
  cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    edges { cursor node { id code status } } pageInfo { hasNextPage endCursor } nextUpdatedSince totalCount } }`;

interface Page {
  edges: Array<{ cursor: string; node: { id: string; code: string; status: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nextUpdatedSince: string | null;
  totalCount: number;
}

const xid = (token: string | null) => Number(token?.replace(/^chg_/, '') ?? NaN);

const APPLICANTS = [
  { nik: '3310055708850003', name: 'Sri Lestari' },
  { nik: '3310051203790002', name: 'Bambang Riyadi' },
  { nik: '3310054106900004', name: 'Wulan Sari' },
  { nik: '3310050101800005', name: 'Joko Susilo' },
];

/** Filters and orders an integrator polls with (issue 17): updatedSince never misses a change. */
describe('cases(filter, orderBy): polling filters for integrators', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  const ids: string[] = [];
  const list = async (variables: Record<string, unknown>) =>
    (await kader.request<{ cases: Page }>(LIST, variables)).cases;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    kader = await t.as('kader.gombang');
    for (const applicant of APPLICANTS) {
      t.clock.advance(60_000);
      const input = pendidikanInput({ applicant });
      ids.push(
        (
          await kader.request<{ registerCase: { id: string } }>(
            `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
            { input },
          )
        ).registerCase.id,
      );
    }
  });
  afterAll(() => t?.close());

  it('by status, several statuses, service type and outcome; sorted by due date with its own cursor', async () => {
    const c = await kader.request<{ case: { version: number } }>('query ($id: ID!) { case(id: $id) { version } }', {
      id: ids[0],
    });
    await kader.request(
      `mutation ($id: ID!, $v: Int!) { performAction(caseId: $id, action: "start-verification", expectedVersion: $v) { id } }`,
      { id: ids[0], v: c.case.version },
    );
    expect((await list({ filter: { status: 'verification' } })).edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect((await list({ filter: { statuses: ['verification', 'registered'] } })).totalCount).toBe(4);
    expect((await list({ filter: { serviceType: 'no-such-type' } })).totalCount).toBe(0);
    expect((await list({ filter: { outcome: 'COMPLETED' } })).totalCount).toBe(0);
    const first = await list({ orderBy: 'DUE_AT', first: 2 });
    const second = await list({ orderBy: 'DUE_AT', first: 2, after: first.pageInfo.endCursor });
    // Registered the same day, so due the same moment: ties go by id.
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual([...ids].sort());
    // A cursor of one order is not valid in another.
    const wrong = await kader.error(LIST, { after: first.pageInfo.endCursor });
    expect(wrong.extensions?.code).toBe('VALIDATION_FAILED');
  });

  /**
   * Polls as an integrator does: every page from `since`, then again from nextUpdatedSince, until
   * `wanted` were all seen (another database's long transaction on the same server may hold the
   * horizon back for a while: bounded retries).
   */
  async function pollUntil(since: string, wanted: readonly string[]): Promise<{ seen: string[]; next: string }> {
    const seen: string[] = [];
    let token = since;
    for (let round = 0; round < 100 && !wanted.every((id) => seen.includes(id)); round += 1) {
      if (round) await new Promise((r) => setTimeout(r, 200));
      let after: string | null = null;
      let page: Page;
      do {
        page = await list({ filter: { updatedSince: token }, first: 3, after });
        seen.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.endCursor;
      } while (page.pageInfo.hasNextPage);
      expect(page.nextUpdatedSince).toMatch(/^chg_\d+$/);
      expect(xid(page.nextUpdatedSince)).toBeGreaterThanOrEqual(token.startsWith('chg_') ? xid(token) : 0);
      token = page.nextUpdatedSince as string;
    }
    return { seen, next: token };
  }

  it('updatedSince: pages in commit order, then resumes from nextUpdatedSince (inclusive)', async () => {
    const { seen, next } = await pollUntil('2026-11-23T00:00:00Z', ids);
    expect(new Set(seen)).toEqual(new Set(ids));
    // ids[0] changed last (start-verification): after the others whenever they come in one poll.
    expect(seen.lastIndexOf(ids[0] as string)).toBeGreaterThan(seen.indexOf(ids[1] as string));
    const quiet = await list({ filter: { updatedSince: next } });
    expect(quiet.edges.map((e) => e.node.id)).toEqual([]);
    const bad = await kader.error(LIST, { filter: { updatedSince: 'yesterday' } });
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['filter.updatedSince']);
  });

  it('a change that commits late with a lower transaction id is not skipped', async () => {
    const start = (await pollUntil('2026-11-23T00:00:00Z', ids)).next;
    // Transaction A changes ids[1] and stays open; then B changes ids[2] through the API and commits.
    const a = new pg.Client({ connectionString: t.databaseUrl });
    await a.connect();
    try {
      await a.query('begin');
      await a.query(`update spm_case set description = description || ' ' where id = $1`, [ids[1]]);
      const aXid = Number((await a.query<{ x: string }>('select pg_current_xact_id()::text as x')).rows[0]?.x);
      const b = await kader.request<{ case: { version: number } }>('query ($id: ID!) { case(id: $id) { version } }', {
        id: ids[2],
      });
      await kader.request(
        `mutation ($id: ID!, $v: Int!) { performAction(caseId: $id, action: "start-verification", expectedVersion: $v) { id } }`,
        { id: ids[2], v: b.case.version },
      );
      // While A is open, B's later change is held back too: handing it out now would move the
      // cursor past A's lower transaction id.
      const during = await list({ filter: { updatedSince: start } });
      expect(during.edges.map((e) => e.node.id)).not.toContain(ids[2]);
      expect(xid(during.nextUpdatedSince)).toBeLessThanOrEqual(aXid);
      await a.query('commit');
    } finally {
      await a.end();
    }
    const { seen } = await pollUntil(start, [ids[1] as string, ids[2] as string]);
    expect(seen).toEqual(expect.arrayContaining([ids[1], ids[2]]));
  });
});
