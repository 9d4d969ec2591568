import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { demoScript, demoScriptOf } from '@posyandu-spm/api/demo';
import { act, on, register, U } from '@posyandu-spm/api/demo-scenario';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { createLogger, createServer, loadConfig, StartupError, type SpmServer } from '@posyandu-spm/server';
import { dropDatabase, GraphQLClient, recreateDatabase } from '@posyandu-spm/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECTORS = ['pendidikan', 'kesehatan', 'pekerjaan-umum', 'perumahan-rakyat', 'sosial', 'trantibumlinmas'];
const LIST = `query ($filter: CaseFilter) { cases(filter: $filter, first: 100) {
  totalCount edges { node { code status sector { id } deadline { state } escalationLevel } } } }`;
const RECAP = `query ($period: SpmRecapPeriodInput!, $areaCode: String) { spmRecap(period: $period, areaCode: $areaCode) {
  area { name } bySector { sectorId counts { received } }
  total { received openOverdue completedOnTime completedLate declined settledAtVillage withdrawn cannotBeServed returned } } }`;

interface Node {
  code: string;
  status: string;
  sector: { id: string };
  deadline: { state: string } | null;
  escalationLevel: number;
}
type Totals = Record<string, number>;

/**
 * `pnpm start` on an empty database: the demo seed and then the app's demo cases, played over the
 * API as the demo users would. What each demo login sees is asserted as they would see it.
 */
describe('the demo cases (SEED_DEMO_CASES): every login of the demo has something to see', () => {
  const name = `psp_demo_cases_${randomBytes(5).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'psp-demo-'));
  let databaseUrl: string;
  let server: SpmServer;
  let url: string;
  let sql: pg.Pool;
  const plugins = loadInstalledPlugins();

  const start = async () => {
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      TOKEN_SECRET: 'demo-cases-test-secret-long-enough-for-hs256',
      CONSOLE_DIR: 'none',
      DEADLINE_CHECK_SECONDS: '0',
      OUTBOX_SECONDS: '0',
      WEBHOOK_SECONDS: '0',
    });
    const s = await createServer({
      plugins: await plugins,
      config,
      log: createLogger('silent'),
      demo: { script: demoScript },
    });
    url = (await s.listen()).url;
    return s;
  };
  const as = (username: string) => GraphQLClient.login(url, username, 'posyandu-demo-2026');
  const list = async (username: string, filter: Record<string, unknown>) =>
    (
      await (
        await as(username)
      ).request<{ cases: { totalCount: number; edges: Array<{ node: Node }> } }>(LIST, { filter })
    ).cases;
  const caseCount = async () => Number((await sql.query('select count(*) n from spm_case')).rows[0].n);

  beforeAll(async () => {
    databaseUrl = await recreateDatabase(name);
    sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    server = await start();
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await sql?.end();
    await dropDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives the kader an open queue at the Posyandu: new, waiting for documents, being monitored', async () => {
    const queue = await list('kader.gombang', { open: true });
    expect(queue.totalCount).toBeGreaterThanOrEqual(5);
    expect(queue.edges.map((e) => e.node.status)).toEqual(
      expect.arrayContaining(['registered', 'awaiting-documents', 'monitoring']),
    );
  });

  it("fills Dinas Pendidikan's inbox, one case of it overdue", async () => {
    const inbox = await list('opd.pendidikan', { inbox: true });
    expect(inbox.totalCount).toBeGreaterThanOrEqual(2);
    expect(inbox.edges.some((e) => e.node.deadline?.state === 'OVERDUE')).toBe(true);
    expect(inbox.edges.some((e) => e.node.deadline?.state !== 'OVERDUE')).toBe(true);
  });

  it("puts overdue cases of several OPDs in the coordinator's escalation queue, at level 1 and beyond", async () => {
    const queue = await list('koordinator.klaten', { escalated: true, open: true });
    expect(queue.totalCount).toBeGreaterThanOrEqual(3);
    expect(new Set(queue.edges.map((e) => e.node.sector.id)).size).toBeGreaterThanOrEqual(3);
    const levels = queue.edges.map((e) => e.node.escalationLevel);
    expect(levels).toContain(1);
    expect(Math.max(...levels)).toBeGreaterThanOrEqual(2);
  });

  it('counts every outcome in the SPM recap of Kabupaten Klaten, in every sector', async () => {
    const admin = await as('admin.klaten');
    // The demo plays the last six weeks: read every month they touch.
    const months = new Map<string, { year: number; month: number }>();
    for (let daysAgo = 0; daysAgo <= 60; daysAgo += 1) {
      const d = new Date(Date.now() + 7 * 3600_000 - daysAgo * 86_400_000);
      months.set(`${d.getUTCFullYear()}-${d.getUTCMonth()}`, { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    }
    const total: Totals = {};
    const bySector: Totals = {};
    for (const period of months.values()) {
      const r = (
        await admin.request<{
          spmRecap: {
            area: { name: string };
            total: Totals;
            bySector: Array<{ sectorId: string; counts: { received: number } }>;
          };
        }>(RECAP, { period, areaCode: '33.10' })
      ).spmRecap;
      expect(r.area.name).toMatch(/Klaten/);
      for (const [k, v] of Object.entries(r.total)) total[k] = (total[k] ?? 0) + v;
      for (const s of r.bySector) bySector[s.sectorId] = (bySector[s.sectorId] ?? 0) + s.counts.received;
    }
    expect(total.received).toBe(await caseCount());
    for (const key of [
      'openOverdue',
      'completedOnTime',
      'completedLate',
      'declined',
      'settledAtVillage',
      'withdrawn',
      'cannotBeServed',
      'returned',
    ]) {
      expect(total[key], key).toBeGreaterThan(0);
    }
    for (const sector of SECTORS) expect(bySector[sector], sector).toBeGreaterThanOrEqual(5);
  });

  it('keeps an anonymous complaint waiting for a decision and seals the KDRT victim from the village', async () => {
    const post = await list('trantibum.gombang', {});
    expect(post.edges.map((e) => e.node.status)).toContain('needs-decision');
    const village = await as('perangkat.gombang');
    const parties = await village.request<{
      cases: { edges: Array<{ node: { serviceType: { id: string }; beneficiaries: Array<{ name: string | null }> } }> };
    }>(`{ cases(filter: { sectorId: "trantibumlinmas" }, first: 50) {
      edges { node { serviceType { id } beneficiaries { name } } } } }`);
    const kdrt = parties.cases.edges.filter((e) => e.node.serviceType.id === 'domestic-violence');
    for (const e of kdrt) expect(e.node.beneficiaries.every((b) => b.name !== 'Endang Pertiwi')).toBe(true);
  });

  it("holds the Posyandu's last open day, its toddlers weighed and measured, for the /hari-buka recap", async () => {
    const session = (
      await sql.query<{ id: string; status: string }>('select id, status from kesehatan_open_day_session')
    ).rows;
    expect(session).toHaveLength(1);
    const recap = await (
      await as('bidan.gombang')
    ).request<{ kesehatanOpenDayRecap: { visitors: number; childrenWeighed: number; childrenAtRisk: number } }>(
      'query ($s: ID!) { kesehatanOpenDayRecap(sessionId: $s) { visitors childrenWeighed childrenAtRisk } }',
      { s: session[0]?.id },
    );
    expect(recap.kesehatanOpenDayRecap).toEqual({ visitors: 6, childrenWeighed: 6, childrenAtRisk: 0 });
  });

  it('adds nothing on the next start of the same database', async () => {
    const before = await caseCount();
    const events = Number((await sql.query('select count(*) n from case_event')).rows[0].n);
    await server.close();
    server = await start();
    expect(await caseCount()).toBe(before);
    expect(Number((await sql.query('select count(*) n from case_event')).rows[0].n)).toBe(events);
  }, 120_000);
});

describe('a demo script that fails stops the start, naming the case, the step and the error', () => {
  const name = `psp_demo_fail_${randomBytes(5).toString('hex')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'psp-demo-fail-'));
  afterAll(async () => {
    await dropDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses with DEMO_CASES_FAILED rather than serving half a scenario', async () => {
    const databaseUrl = await recreateDatabase(name);
    const broken = demoScriptOf([
      {
        sectorId: 'pendidikan',
        key: 'broken',
        shows: 'a step the workflow refuses',
        steps: [on(2, '09:00', U.kader, register(pendidikanInput())), on(1, '09:00', U.kader, act('forward-to-opd'))],
      },
    ]);
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      TOKEN_SECRET: 'demo-cases-test-secret-long-enough-for-hs256',
      CONSOLE_DIR: 'none',
    });
    const failure = await createServer({
      plugins: await loadInstalledPlugins(),
      config,
      log: createLogger('silent'),
      demo: { script: broken },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as StartupError).faults).toEqual([
      expect.objectContaining({
        code: 'DEMO_CASES_FAILED',
        message: expect.stringMatching(/case pendidikan\/broken, step 2 \(kader\.gombang: forward-to-opd\): \w+/),
        remedy: expect.stringContaining('SEED_DEMO_CASES=false'),
      }),
    ]);
  }, 300_000);
});
