import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/dataset.js';

/**
 * The small version of `pnpm bench scale` (issue 18, item 7): on 20,000 generated cases over
 * Kabupaten Klaten, each operation sends at most its budget of SQL statements. A budget only
 * goes down: when a change makes an operation cheaper, lower its number here; when a test fails,
 * the statement list it prints shows which read was added. Never timed (speed: `pnpm bench`).
 */
const BUDGET = {
  /**
   * One statement writes the case, its rows, event and audit, and finds the people it names by NIK
   * in the same statement (`on conflict (nik) do update`, registration-parties.ts; was 2 with a read first).
   */
  registerCase: 1,
  /** A page and every nested part it asks, read as plain rows in one statement (services/case-list/). */
  list: 1,
  casePage: 12,
  report: 3,
  /** `cases(first: 1) { totalCount }`: the page and the capped count (and the estimate past 10,000). */
  totalCount: 2,
  totalCountEstimated: 3,
};

const NESTED = `id code status applicant { name nik } documents { code status } holder { name }
  deadline { dueAt state workingDaysLeft }`;
const LIST = `query ($n: Int!, $filter: CaseFilter) { cases(first: $n, filter: $filter) { edges { node { ${NESTED} } } } }`;
const CASE_PAGE = `query ($id: ID!) { case(id: $id) { ${NESTED} sector { id } state { id label { id } }
  beneficiaries { name } timeline { type occurredAt } availableActions { id } area { name } originUnit { name } } }`;
const REPORT = `query ($from: String!, $to: String!, $areaCode: String) {
  spmReport(from: $from, to: $to, areaCode: $areaCode) {
    totals { registered open openOverdue paused closed closedOnTime closedLate onTimeRate }
    bySector { sectorId counts { registered closed } }
    timeByHolder { unitKind holdings workingDays }
  } }`;
const REGISTER = 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code deadline { dueAt } } }';

describe('SQL statements per operation on 20,000 cases stay within their budget', () => {
  let t: TestServer;
  let camat: GraphQLClient;
  let kader: GraphQLClient;
  /** A case registered through the API (with its beneficiary), as the case page reads it. */
  let registeredId: string;

  beforeAll(async () => {
    const plugins = await loadInstalledPlugins();
    t = await startTestServer({ plugins });
    await generateDataset(t.databaseUrl, { cases: 20_000, within: '33.10', plugins: plugins.map((m) => m.plugin) });
    camat = await t.as('camat.cawas');
    kader = await t.as('kader.gombang');
    const registered = await kader.request<{ registerCase: { id: string } }>(REGISTER, {
      input: pendidikanInput({
        applicant: { ...pendidikanInput().applicant, nik: '3310051708909999', kkNumber: null },
      }),
    });
    registeredId = registered.registerCase.id;
  }, 180_000);
  afterAll(() => t?.close());

  /** The statements one call sends (after a first call, so one-time loads do not count). */
  async function statementsOf<T>(call: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    await call();
    t.statements.length = 0;
    const result = await call();
    return { result, statements: [...t.statements] };
  }

  function withinBudget(statements: string[], budget: number): void {
    // On failure the message lists the statements, so the added read is named.
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(budget);
  }

  it('the generated cases are where the server would leave them: nothing to recompute at start-up, an idle first sweep', async () => {
    // A second instance starting under other calendar rules walks every open deadline (checkCalendarAtStartup).
    await t.sql.query(`update calendar_recompute set fingerprint = 'an earlier release'`);
    const second = await startTestServer({ plugins: await loadInstalledPlugins(), sameDatabaseAs: t });
    await second.close();
    const { rows } = await t.sql.query<{ recomputed: number; unplanned: number; due: number }>(
      `select (select count(*)::int from case_event where type = 'DEADLINE_RECOMPUTED') as recomputed,
              (select count(*)::int from spm_case where next_check_at = '-infinity' and id <> $1) as unplanned,
              (select count(*)::int from spm_case where next_check_at <= now()) as due`,
      [registeredId],
    );
    expect(rows[0]).toMatchObject({ recomputed: 0, unplanned: 0 });
    // Only the case registered above and any whose next notice came in the last seconds: one batch at most.
    expect(rows[0]?.due).toBeLessThan(50);
    t.statements.length = 0;
    await t.server.tickDeadlines();
    t.statements.length = 0;
    await t.server.tickDeadlines();
    // The idle sweep: begin, the advisory lock, one indexed read, commit.
    withinBudget(t.statements, 4);
  });

  it('registerCase', async () => {
    let n = 0;
    const register = () => {
      n += 1;
      const nik = `331005170890${String(n).padStart(4, '0')}`;
      return kader.request<{ registerCase: { code: string } }>(REGISTER, {
        input: pendidikanInput({ applicant: { ...pendidikanInput().applicant, nik, kkNumber: null } }),
      });
    };
    const { result, statements } = await statementsOf(register);
    expect(result.registerCase.code).toMatch(/^SPM-/);
    withinBudget(statements, BUDGET.registerCase);
  });

  it('the camat’s case list costs the same at 10 and 100 cases a page, within budget', async () => {
    const page = (n: number) => statementsOf(() => camat.request<{ cases: { edges: unknown[] } }>(LIST, { n }));
    const ten = await page(10);
    const hundred = await page(100);
    expect(ten.result.cases.edges).toHaveLength(10);
    expect(hundred.result.cases.edges).toHaveLength(100);
    expect(hundred.statements.length, hundred.statements.join('\n')).toBe(ten.statements.length);
    withinBudget(hundred.statements, BUDGET.list);
  });

  it('the camat’s open queue at 10 and 100 cases a page, within budget', async () => {
    const page = (n: number) =>
      statementsOf(() => camat.request<{ cases: { edges: unknown[] } }>(LIST, { n, filter: { open: true } }));
    const ten = await page(10);
    const hundred = await page(100);
    expect(ten.result.cases.edges).toHaveLength(10);
    expect(hundred.statements.length, hundred.statements.join('\n')).toBe(ten.statements.length);
    withinBudget(hundred.statements, BUDGET.list);
  });

  it('totalCount: exact for the camat, the labelled estimate for the kabupaten’s 20,000', async () => {
    const COUNT = '{ cases(first: 1) { totalCount totalCountEstimated } }';
    type Count = { cases: { totalCount: number; totalCountEstimated: boolean } };
    const exact = await statementsOf(() => camat.request<Count>(COUNT));
    const { rows } = await t.sql.query<{ n: number }>(
      `select count(*)::int as n from spm_case where area_code like '33.10.05.%'`,
    );
    expect(exact.result.cases).toEqual({ totalCount: rows[0]?.n, totalCountEstimated: false });
    withinBudget(exact.statements, BUDGET.totalCount);

    const coordinator = await t.as('koordinator.klaten');
    const estimate = await statementsOf(() => coordinator.request<Count>(COUNT));
    expect(estimate.result.cases.totalCountEstimated).toBe(true);
    // The planner's figure, from fresh statistics: near the 20,000 generated (and never below the 10,000 counted).
    expect(estimate.result.cases.totalCount).toBeGreaterThan(10_000);
    expect(estimate.result.cases.totalCount).toBeLessThan(40_000);
    withinBudget(estimate.statements, BUDGET.totalCountEstimated);
  });

  it('a case page', async () => {
    const id = registeredId;
    const { result, statements } = await statementsOf(() =>
      camat.request<{ case: { id: string; timeline: unknown[] } | null }>(CASE_PAGE, { id }),
    );
    expect(result.case?.id).toBe(id);
    expect(result.case?.timeline.length).toBeGreaterThan(0);
    withinBudget(statements, BUDGET.casePage);
  });

  it('the SPM report of a kecamatan', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 90 * 86_400_000);
    const { result, statements } = await statementsOf(() =>
      camat.request<{ spmReport: { totals: { registered: number } } }>(REPORT, {
        from: from.toISOString().slice(0, 10),
        to: to.toISOString().slice(0, 10),
        areaCode: '33.10.05',
      }),
    );
    expect(result.spmReport.totals.registered).toBeGreaterThan(0);
    withinBudget(statements, BUDGET.report);
  });
});
