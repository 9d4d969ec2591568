import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const LIST = `query ($n: Int!) { cases(first: $n) { edges { node {
  id code applicant { name nik } documents { code status } holder { name } deadline { dueAt state workingDaysLeft }
} } } }`;

describe('cases(first: N) costs the same number of SQL statements for 5 and 50 cases (no N+1)', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    const kader = await t.as('kader.gombang');
    for (let i = 0; i < 50; i += 1) {
      const nik = `331005170890${String(i + 1).padStart(4, '0')}`;
      await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
        input: pendidikanInput({ applicant: { ...pendidikanInput().applicant, nik, kkNumber: null } }),
      });
    }
  }, 120_000);
  afterAll(() => t?.close());

  async function statementsFor(n: number, query = LIST): Promise<string[]> {
    const client = await t.as('kader.gombang');
    t.statements.length = 0;
    const data = await client.request<{ cases: { edges: unknown[] } }>(query, { n });
    expect(data.cases.edges).toHaveLength(n);
    return [...t.statements];
  }

  it('is equal and small', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty.length).toBe(five.length);
    expect(five.length).toBeLessThanOrEqual(10);
  });

  it('stays equal with the inbox entry of each case (one batched statement)', async () => {
    const INBOX = `query ($n: Int!) { cases(first: $n, filter: { inbox: true }) { edges { node {
      id inbox { reason since actedOn unit { name } receivedFrom { name } }
    } } } }`;
    const five = await statementsFor(5, INBOX);
    const fifty = await statementsFor(50, INBOX);
    expect(fifty.length).toBe(five.length);
    expect(five.filter((sql) => sql.includes('case_holding'))).toHaveLength(1);
  });
});
