import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version status } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { id version status } }`;

/** Everything a failed request could have written. */
async function snapshot(t: TestServer): Promise<string> {
  const rows = await t.sql.query(`
    select (select count(*) from spm_case) cases, (select count(*) from case_event) events,
           (select count(*) from person) persons, (select count(*) from case_document) documents,
           (select string_agg(id || ':' || status || ':' || version, ',' order by id) from spm_case) states`);
  return JSON.stringify(rows.rows[0]);
}

describe('bad requests get a coded, bilingual error and change nothing', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let opd: GraphQLClient;
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, opd] = await Promise.all([t.as('kader.gombang'), t.as('opd.pendidikan')]);
    const c = (
      await kader.request<{ registerCase: { id: string; version: number } }>(REGISTER, { input: pendidikanInput() })
    ).registerCase;
    caseId = c.id;
    version = c.version;
  });
  afterAll(() => t?.close());

  async function expectUnchanged(
    run: () => Promise<{ extensions?: { code?: string; messages?: { id: string; en: string } } }>,
    code: string,
  ) {
    const before = await snapshot(t);
    const error = await run();
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.messages?.id).toBeTruthy();
    expect(error.extensions?.messages?.en).toBeTruthy();
    expect(await snapshot(t)).toBe(before);
    return error;
  }

  it('a wrong role: the OPD cannot start the village verification (the case is not even visible to it)', async () => {
    await expectUnchanged(() => opd.error(ACT, { id: caseId, action: 'start-verification', v: version }), 'NOT_FOUND');
  });

  it('a wrong role within reach: the kader cannot forward to the OPD', async () => {
    const e = await expectUnchanged(
      () => kader.error(ACT, { id: caseId, action: 'forward-to-opd', v: version }),
      'WRONG_STATE',
    );
    expect(e.extensions?.messages?.en).toMatch(/cannot be taken while the case is Registered/);
  });

  it('a skipped step: declaring eligible before verification', async () => {
    await expectUnchanged(
      () => kader.error(ACT, { id: caseId, action: 'declare-eligible', v: version }),
      'WRONG_STATE',
    );
  });

  it('a stale expectedVersion', async () => {
    const e = await expectUnchanged(
      () => kader.error(ACT, { id: caseId, action: 'start-verification', v: version - 1 }),
      'VERSION_CONFLICT',
    );
    expect(e.extensions?.messages?.en).toMatch(/Reload/);
  });

  it('an unknown action', async () => {
    await expectUnchanged(() => kader.error(ACT, { id: caseId, action: 'teleport', v: version }), 'VALIDATION_FAILED');
  });

  it('a malformed NIK, naming the field, in both languages', async () => {
    const input = pendidikanInput({ applicant: { ...pendidikanInput().applicant, nik: '3310053208900001' } });
    const e = await expectUnchanged(() => kader.error(REGISTER, { input }), 'VALIDATION_FAILED');
    expect(e.extensions).toMatchObject({
      fields: [
        {
          field: 'applicant.nik',
          messages: { id: expect.stringContaining('Tanggal lahir'), en: expect.stringContaining('birth-date') },
        },
      ],
    });
  });

  it('several bad fields at once are all listed', async () => {
    const input = pendidikanInput({
      applicant: { nik: '12', name: 'S', phone: '555' },
      description: 'short',
      facts: { schoolLevel: 'UNIVERSITAS', unknownQuestion: 1 },
      rt: 'abc',
    });
    const e = (await expectUnchanged(() => kader.error(REGISTER, { input }), 'VALIDATION_FAILED')) as {
      extensions?: { fields?: Array<{ field: string }> };
    };
    expect(e.extensions?.fields?.map((f) => f.field).sort()).toEqual(
      [
        'applicant.name',
        'applicant.nik',
        'applicant.phone',
        'description',
        'facts.schoolLevel',
        'facts.schoolName',
        'facts.studentName',
        'facts.unknownQuestion',
        'rt',
      ].sort(),
    );
  });

  it('a missing required document blocks the verification step', async () => {
    const c = (
      await kader.request<{ registerCase: { id: string; version: number } }>(REGISTER, {
        input: pendidikanInput({ documents: [{ code: 'ktp-copy', fileNames: ['ktp.jpg'] }] }),
      })
    ).registerCase;
    const e = await expectUnchanged(
      () => kader.error(ACT, { id: c.id, action: 'start-verification', v: c.version }),
      'GUARD_FAILED',
    );
    expect(e.extensions?.messages?.id).toMatch(/Fotokopi Kartu Keluarga/);
  });

  it('an unknown sector or service type', async () => {
    await expectUnchanged(
      () => kader.error(REGISTER, { input: pendidikanInput({ sectorId: 'astronomi' }) }),
      'NOT_FOUND',
    );
    await expectUnchanged(
      () => kader.error(REGISTER, { input: pendidikanInput({ serviceType: 'beasiswa-luar-negeri' }) }),
      'VALIDATION_FAILED',
    );
  });

  it('a role that may not register (the OPD) is forbidden', async () => {
    await expectUnchanged(() => opd.error(REGISTER, { input: pendidikanInput() }), 'FORBIDDEN');
  });

  it('no login at all', async () => {
    await expectUnchanged(() => t.anonymous().error(REGISTER, { input: pendidikanInput() }), 'UNAUTHENTICATED');
  });

  it('two concurrent actions on one version: exactly one succeeds', async () => {
    const results = await Promise.all(
      [1, 2].map(() =>
        kader.raw<{ performAction: { version: number } }>(ACT, {
          id: caseId,
          action: 'start-verification',
          v: version,
        }),
      ),
    );
    const ok = results.filter((r) => r.data?.performAction);
    const failed = results.filter((r) => r.errors?.length);
    expect(ok).toHaveLength(1);
    expect(failed[0]?.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    const events = await t.sql.query(
      "select count(*)::int n from case_event where case_id = $1 and action = 'start-verification'",
      [caseId],
    );
    expect(events.rows[0].n).toBe(1);
  });
});
