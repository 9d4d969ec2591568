import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { createTestDatabase, startTestServer, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP = 'psp-replica-test';

/**
 * DATABASE_REPLICA_URL (issue 18, item 6). The "replica" here is the same database through its own
 * connections: named (application_name) so the test sees which statements went there, and read-only
 * (default_transaction_read_only), so a write sent there by mistake would fail.
 */
describe('a read replica serves lists, counts and reports; writes stay on the primary', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestServer;
  let camat: GraphQLClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    const replica = new URL(db.url);
    replica.searchParams.set('application_name', APP);
    replica.searchParams.set('options', '-c default_transaction_read_only=on');
    t = await startTestServer({ plugins: await loadInstalledPlugins(), databaseUrl: db.url, replicaUrl: replica.href });
    camat = await t.as('camat.cawas');
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  /** What the replica's connections ran last. */
  async function replicaQueries(): Promise<string[]> {
    const { rows } = await t.sql.query<{ query: string }>(
      `select query from pg_stat_activity where application_name = $1 and datname = current_database()`,
      [APP],
    );
    return rows.map((r) => r.query);
  }

  it('a registration is written (primary), then the list, its count and the report are read on the replica', async () => {
    const kader = await t.as('kader.gombang');
    const registered = await kader.request<{ registerCase: { id: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      { input: pendidikanInput() },
    );
    const list = await camat.request<{ cases: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      '{ cases(first: 5) { totalCount edges { node { id } } } }',
    );
    expect(list.cases.edges.map((e) => e.node.id)).toContain(registered.registerCase.id);
    expect(list.cases.totalCount).toBeGreaterThan(0);
    const queries = (await replicaQueries()).join('\n');
    expect(queries).toMatch(/from "spm_case"/);

    // The registration's day in the desa's time zone (WIB): from 17:00 UTC that is already tomorrow's date.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const report = await camat.request<{ spmReport: { totals: { registered: number } } }>(
      'query ($d: String!) { spmReport(from: $d, to: $d, areaCode: "33.10.05") { totals { registered } } }',
      { d: today },
    );
    expect(report.spmReport.totals.registered).toBeGreaterThan(0);
    // Nothing on the replica wrote (it is read-only: a write would have failed the requests above).
    const { rows } = await t.sql.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where application_name = $1 and datname = current_database()`,
      [APP],
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
  });
});
