import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/**
 * A phone's outbox sends performAction, recordVisit and attachDocument again when the reply
 * was lost after the server committed: with the same idempotencyKey, the replay must answer
 * with the case and change nothing (no second event, visit or version), also when the
 * replays race each other.
 */
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $key: String) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, idempotencyKey: $key) { id version status } }`;
const VISIT = `mutation ($id: ID!, $visit: VisitInput!, $key: String) {
  recordVisit(caseId: $id, visit: $visit, idempotencyKey: $key) { id version visits { id } } }`;
const ATTACH = `mutation ($id: ID!, $doc: DocumentInput!, $key: String) {
  attachDocument(caseId: $id, document: $doc, idempotencyKey: $key) { id version } }`;

async function count(t: TestServer, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await t.sql.query<{ n: string }>(sql, params)).rows[0]?.n);
}

describe('keyed case changes: a replayed performAction, recordVisit or attachDocument never applies twice', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let otherKader: GraphQLClient;
  const events = (id: string) => count(t, 'select count(*) n from case_event where case_id = $1', [id]);

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, otherKader] = await Promise.all([t.as('kader.gombang'), t.as('kader.pogung')]);
  });
  afterAll(() => t?.close());

  const register = async () =>
    (await kader.request<{ registerCase: { id: string; version: number } }>(REGISTER, { input: pendidikanInput() }))
      .registerCase;

  it('performAction sent again with its key (stale expectedVersion and all) answers with the case, once applied', async () => {
    const c = await register();
    const vars = { id: c.id, action: 'start-verification', v: c.version, key: 'outbox-act-00000001' };
    const first = (await kader.request<{ performAction: { version: number; status: string } }>(ACT, vars))
      .performAction;
    const eventsAfter = await events(c.id);
    const again = (await kader.request<{ performAction: { version: number; status: string } }>(ACT, vars))
      .performAction;
    expect(again).toEqual(first);
    expect(first.status).toBe('verification');
    expect(await events(c.id)).toBe(eventsAfter);
    // Without the key the same stale call is still refused by its version guard.
    const stale = await kader.error(ACT, { ...vars, key: null });
    expect(stale.extensions?.code).toBe('VERSION_CONFLICT');
  });

  it('ten racing replays of one recordVisit record one visit', async () => {
    const c = await register();
    await kader.request(ACT, { id: c.id, action: 'start-verification', v: c.version, key: null });
    const visit = {
      kind: 'HOME',
      visitedAt: '2026-11-23T02:00:00.000Z',
      participants: 'Kader Gombang',
      findings: 'Anak bersekolah, keluarga tidak mampu membeli seragam.',
      recommendation: 'ELIGIBLE',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        kader.raw<{ recordVisit: { visits: { id: string }[] } }>(VISIT, {
          id: c.id,
          visit,
          key: 'outbox-visit-0000002',
        }),
      ),
    );
    expect(results.map((r) => r.errors ?? [])).toEqual(Array.from({ length: 10 }, () => []));
    expect(await count(t, 'select count(*) n from visit where case_id = $1', [c.id])).toBe(1);
    expect(
      await count(t, `select count(*) n from case_event where case_id = $1 and type = 'VISIT_RECORDED'`, [c.id]),
    ).toBe(1);
  });

  it('attachDocument replayed writes one event; the same key with other arguments is IDEMPOTENCY_CONFLICT', async () => {
    const c = await register();
    const vars = { id: c.id, doc: { code: 'ktp-copy', fileNames: ['ktp.jpg'] }, key: 'outbox-attach-000003' };
    const first = (await kader.request<{ attachDocument: { version: number } }>(ATTACH, vars)).attachDocument;
    const eventsAfter = await events(c.id);
    const again = (await kader.request<{ attachDocument: { version: number } }>(ATTACH, vars)).attachDocument;
    expect(again.version).toBe(first.version);
    expect(await events(c.id)).toBe(eventsAfter);
    const conflict = await kader.error(ATTACH, { ...vars, doc: { code: 'ktp-copy', fileNames: ['lain.jpg'] } });
    expect(conflict.extensions).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', fields: [{ field: 'idempotencyKey' }] });
    expect(await events(c.id)).toBe(eventsAfter);
  });

  it('a key is the user’s own: another kader’s same key is a change of their own, checked as usual', async () => {
    const c = await register();
    const key = 'outbox-shared-000004';
    await kader.request(ACT, { id: c.id, action: 'start-verification', v: c.version, key });
    // Kader Pogung cannot read this case: NOT_FOUND, not the receipt of Kader Gombang's change.
    const error = await otherKader.error(ACT, { id: c.id, action: 'start-verification', v: c.version, key });
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('a refused change leaves no receipt: corrected and sent again with its key, it applies', async () => {
    const c = await register();
    const key = 'outbox-retry-0000005';
    const refused = await kader.error(ACT, { id: c.id, action: 'start-verification', v: c.version + 7, key });
    expect(refused.extensions?.code).toBe('VERSION_CONFLICT');
    const ok = (
      await kader.request<{ performAction: { status: string } }>(ACT, {
        id: c.id,
        action: 'start-verification',
        v: c.version,
        key,
      })
    ).performAction;
    expect(ok.status).toBe('verification');
  });

  it('a malformed key is VALIDATION_FAILED naming the field', async () => {
    const c = await register();
    const error = await kader.error(ACT, { id: c.id, action: 'start-verification', v: c.version, key: 'a b' });
    expect(error.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'idempotencyKey' }] });
  });
});
