import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/**
 * Registered Friday 13 February 2026, 09:00 WIB: the weekend, cuti bersama on
 * Monday 16 and Imlek on Tuesday 17 do not count, so it is due at the end of
 * Tuesday 24 February. Two instances run the clock at every instant.
 */
describe('the deadline clock: DUE_SOON and OVERDUE at the right instants, exactly once across instances', () => {
  const clock = new TestClock('2026-02-13T02:00:00Z');
  let a: TestServer;
  let b: TestServer;
  let kader: GraphQLClient;
  let village: GraphQLClient;
  let caseId: string;

  beforeAll(async () => {
    a = await startTestServer({ plugins: await loadInstalledPlugins(), clock });
    b = await startTestServer({ plugins: await loadInstalledPlugins(), clock, sameDatabaseAs: a });
    [kader, village] = await Promise.all([a.as('kader.gombang'), b.as('perangkat.gombang')]);
    caseId = (
      await kader.request<{ registerCase: { id: string; deadline: { dueAt: string } } }>(
        'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id deadline { dueAt } } }',
        { input: pendidikanInput() },
      )
    ).registerCase.id;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function tickBoth(at: string) {
    clock.set(at);
    const [x, y] = await Promise.all([a.server.tickDeadlines(), b.server.tickDeadlines()]);
    return { dueSoon: x.dueSoon + y.dueSoon, overdue: x.overdue + y.overdue };
  }

  async function clockEvents(): Promise<string[]> {
    const res = await a.sql.query<{ type: string }>(
      `select type from case_event where case_id = $1 and type like 'DEADLINE_%' order by id`,
      [caseId],
    );
    return res.rows.map((r) => r.type);
  }

  it('stays quiet through the weekend, the holidays and the day before the due day', async () => {
    for (const at of ['2026-02-14T05:00:00Z', '2026-02-16T05:00:00Z', '2026-02-17T05:00:00Z', '2026-02-23T16:59:59Z']) {
      expect(await tickBoth(at)).toEqual({ dueSoon: 0, overdue: 0 });
    }
    expect(await clockEvents()).toEqual([]);
  });

  it('announces DUE_SOON once at 00:00 WIB of Tuesday 24 February, to the holder', async () => {
    expect(await tickBoth('2026-02-23T17:00:01Z')).toEqual({ dueSoon: 1, overdue: 0 });
    expect(await tickBoth('2026-02-24T10:00:00Z')).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await clockEvents()).toEqual(['DEADLINE_DUE_SOON']);
    const notes = await kader.request<{ notifications: Array<{ kind: string; message: { en: string } }> }>(
      '{ notifications(unreadOnly: true) { kind message { en } } }',
    );
    expect(notes.notifications).toEqual([
      {
        kind: 'DEADLINE_DUE_SOON',
        message: { en: expect.stringMatching(/^Today is the last working day for case SPM-/) },
      },
    ]);
  });

  it('announces OVERDUE once after 23:59:59 WIB and escalates to the village, which sees it in its queue', async () => {
    expect(await tickBoth('2026-02-24T16:59:59Z')).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await tickBoth('2026-02-24T17:00:00Z')).toEqual({ dueSoon: 0, overdue: 1 });
    expect(await tickBoth('2026-02-25T03:00:00Z')).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await clockEvents()).toEqual(['DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE']);

    const queue = await village.request<{
      me: { memberships: Array<{ orgUnit: { id: string } }> };
    }>('{ me { memberships { orgUnit { id } } } }');
    const villageUnit = queue.me.memberships[0]?.orgUnit.id;
    const escalated = await village.request<{
      cases: { edges: Array<{ node: { id: string; escalatedTo: { name: string }; deadline: { state: string } } }> };
    }>(
      'query ($f: CaseFilter) { cases(filter: $f) { edges { node { id escalatedTo { name } deadline { state } } } } }',
      {
        f: { escalatedToId: villageUnit },
      },
    );
    expect(escalated.cases.edges.map((e) => e.node)).toEqual([
      { id: caseId, escalatedTo: { name: 'Pemerintah Desa Gombang' }, deadline: { state: 'OVERDUE' } },
    ]);
    const notes = await village.request<{ notifications: Array<{ id: string; kind: string; case: { id: string } }> }>(
      '{ notifications { id kind case { id } } }',
    );
    expect(notes.notifications).toEqual([{ id: expect.any(String), kind: 'ESCALATED', case: { id: caseId } }]);
    const marked = await village.request<{ markNotificationsRead: number }>(
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: notes.notifications.map((n) => n.id) },
    );
    expect(marked.markNotificationsRead).toBe(1);
    expect(
      (await village.request<{ notifications: unknown[] }>('{ notifications(unreadOnly: true) { id } }')).notifications,
    ).toEqual([]);
  });
});
