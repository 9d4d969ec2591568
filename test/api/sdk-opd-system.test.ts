import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKER = path.join(ROOT, 'packages/sdk/src/examples/opd-inbox-worker.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface WorkerReport {
  inbox?: string[];
  nextUpdatedSince?: string;
  accepted?: string;
  attached?: number;
  completed?: { status: string; outcome: string };
  error?: { step: string; code: string; message: string };
}

/** Runs the SDK example as an OPD's own system would: another process, an API key, nothing else. */
async function runWorker(url: string, apiKey: string): Promise<WorkerReport> {
  const run = await promisify(execFile)(TSX, [WORKER], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SPM_URL: url,
      SPM_API_KEY: apiKey,
      SINCE: '2026-11-01T00:00:00Z',
      ACCEPT_ACTION: 'record-opd-follow-up',
      COMPLETE_ACTION: 'complete',
      DOCUMENT_CODE: 'ktp-copy',
    },
    timeout: 120_000,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as WorkerReport;
}

describe('an OPD system written with @posyandu-spm/sdk, in its own process (issue 17 acceptance)', () => {
  let t: TestServer;
  let caseId: string;
  let code: string;
  const keys: Record<'READ' | 'ACT', { secret: string; id: string }> = {} as never;
  const state = async () =>
    (
      await t.sql.query<{ status: string; version: number; outcome: string | null; events: number }>(
        `select status, version, outcome, (select count(*)::int from case_event e where e.case_id = c.id) as events
           from spm_case c where id = $1`,
        [caseId],
      )
    ).rows[0];

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    caseId = (await caseForwardedToOpd(t)).id;
    code = (await t.sql.query<{ code: string }>('select code from spm_case where id = $1', [caseId])).rows[0]!.code;
    t.clock.advance(60_000);
    const unit = (
      await t.sql.query<{ id: string }>(`select id from org_unit where name = 'Dinas Pendidikan Kabupaten Klaten'`)
    ).rows[0]!.id;
    const admin = await t.as('admin.klaten');
    for (const scope of ['READ', 'ACT'] as const) {
      const made = await admin.request<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
        `mutation ($unit: ID!, $scope: ApiKeyScope) { createApiKey(orgUnitId: $unit, name: "SIM Dinas Pendidikan", expiresAt: "2027-06-30T00:00:00Z", scope: $scope) {
          secret apiKey { id } } }`,
        { unit, scope },
      );
      keys[scope] = { secret: made.createApiKey.secret, id: made.createApiKey.apiKey.id };
    }
  }, 180_000);
  afterAll(() => t?.close());

  it('a READ key lists the inbox but is refused the change with a coded FORBIDDEN; nothing changes', async () => {
    const before = await state();
    let report: WorkerReport = {};
    // The inbox lists only changes of finished transactions: another database's long transaction may hold it back a moment.
    for (let i = 0; i < 30 && !report.inbox?.length; i += 1) report = await runWorker(t.url, keys.READ.secret);
    expect(report.inbox).toEqual([code]);
    expect(report.nextUpdatedSince).toMatch(/^chg_\d+$/);
    expect(report.error).toMatchObject({ step: 'accept', code: 'FORBIDDEN' });
    expect(await state()).toEqual(before);
  }, 240_000);

  it('an ACT key accepts the case, attaches a document file and completes it, named in the history', async () => {
    const report = await runWorker(t.url, keys.ACT.secret);
    expect(report.error).toBeUndefined();
    expect(report).toMatchObject({
      inbox: [code],
      accepted: 'opd-follow-up',
      attached: 1,
      completed: { status: 'completed', outcome: 'COMPLETED' },
    });
    expect(await state()).toMatchObject({ status: 'completed', outcome: 'COMPLETED' });
    const written = await t.sql.query(
      `select type, action, api_key_id from case_event where case_id = $1 and api_key_id is not null order by id`,
      [caseId],
    );
    expect(written.rows).toEqual([
      { type: 'ACTION_TAKEN', action: 'record-opd-follow-up', api_key_id: keys.ACT.id },
      { type: 'DOCUMENT_ATTACHED', action: null, api_key_id: keys.ACT.id },
      { type: 'ACTION_TAKEN', action: 'complete', api_key_id: keys.ACT.id },
    ]);
    const file = await t.sql.query(`select content_type, document_code from case_file where case_id = $1`, [caseId]);
    expect(file.rows).toEqual([{ content_type: 'application/pdf', document_code: 'ktp-copy' }]);
  }, 240_000);
});
