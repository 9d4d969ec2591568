import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REGISTER = 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }';
const CASE_FIELDS = `id code status
  sector { id installed name { id en } description { id en } workflow { states { id } actions { id } } }
  serviceType { id name { id en } }
  state { id terminal citizenLabel { id en } }
  availableActions { id }
  documents { code status fileCount }
  missingDocuments { code }
  deadline { dueAt }`;
const LIST = `query { cases(first: 20) { totalCount edges { node { ${CASE_FIELDS} } } } }`;
const OPEN = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} timeline { type } } }`;

type CaseView = {
  id: string;
  code: string;
  sector: { id: string; installed: boolean; name: { id: string; en: string }; workflow: { actions: unknown[] } };
  availableActions: Array<{ id: string }>;
};

/**
 * Issue 14: a sector's plugin removed from a running installation. Its cases must still list
 * and open, read-only, labelled as a sector not installed — never NOT_FOUND for the whole inbox.
 */
describe('cases of a sector whose plugin is no longer installed', () => {
  let before: TestServer;
  let after: TestServer;
  let registered: { id: string; code: string };

  beforeAll(async () => {
    const all = await loadInstalledPlugins();
    before = await startTestServer({ plugins: all });
    const kader = await before.as('kader.gombang');
    registered = (
      await kader.request<{ registerCase: { id: string; code: string } }>(REGISTER, { input: pendidikanInput() })
    ).registerCase;
    // The same database, served again without the pendidikan plugin (its line removed from apps/api).
    after = await startTestServer({
      plugins: all.filter((m) => m.plugin.id !== 'pendidikan'),
      sameDatabaseAs: before,
    });
  });
  afterAll(async () => {
    await after?.close();
    await before?.close();
  });

  it('lists and opens them read-only, labelled in both languages, with no actions', async () => {
    expect(
      (await after.anonymous().request<{ sectors: Array<{ id: string }> }>('{ sectors { id } }')).sectors.map(
        (s) => s.id,
      ),
    ).not.toContain('pendidikan');
    for (const username of ['kader.gombang', 'perangkat.gombang']) {
      const viewer = await after.as(username);
      const list = await viewer.raw<{ cases: { edges: Array<{ node: CaseView }> } }>(LIST);
      expect(list.errors, username).toBeUndefined();
      const listed = list.data?.cases.edges.map((e) => e.node).find((n) => n.id === registered.id);
      expect(listed, username).toMatchObject({
        code: registered.code,
        status: 'registered',
        sector: {
          id: 'pendidikan',
          installed: false,
          name: { id: 'Sektor tidak terpasang (pendidikan)', en: 'Sector not installed (pendidikan)' },
          workflow: { actions: [] },
        },
        serviceType: { id: 'basic-education-cost-aid' },
        state: { id: 'registered', terminal: false, citizenLabel: { id: 'Sedang diproses', en: 'In progress' } },
        availableActions: [],
        missingDocuments: [],
      });
      const opened = await viewer.raw<{
        case: CaseView & { documents: Array<{ code: string }>; timeline: Array<{ type: string }> };
      }>(OPEN, { id: registered.id });
      expect(opened.errors, username).toBeUndefined();
      expect(opened.data?.case.availableActions).toEqual([]);
      expect(opened.data?.case.documents.map((d) => d.code).sort()).toEqual([
        'kk-copy',
        'ktp-copy',
        'poverty-statement',
      ]);
      expect(opened.data?.case.timeline.map((e) => e.type)).toContain('REGISTERED');
    }
    // The server that still has the plugin shows it as before.
    const kaderBefore = await before.as('kader.gombang');
    const withPlugin = await kaderBefore.request<{ case: CaseView }>(OPEN, { id: registered.id });
    expect(withPlugin.case.sector).toMatchObject({ installed: true, name: { id: 'Pendidikan' } });
    expect(withPlugin.case.availableActions.length).toBeGreaterThan(0);
  });

  it('the citizen still tracks the case, the sector named as not installed', async () => {
    const res = await after
      .anonymous()
      .raw<{ trackCase: { sector: { id: string }; status: { en: string } } | null }>(
        'query ($code: String!, $p: String!) { trackCase(code: $code, phoneLast4: $p) { sector { id en } status { id en } } }',
        { code: registered.code, p: '4321' },
      );
    expect(res.errors).toBeUndefined();
    expect(res.data?.trackCase).toEqual({
      sector: { id: 'Sektor tidak terpasang (pendidikan)', en: 'Sector not installed (pendidikan)' },
      status: { id: 'Sedang diproses', en: 'In progress' },
    });
  });
});
