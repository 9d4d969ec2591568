import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code version } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!) {
  performAction(caseId: $id, action: $action, expectedVersion: $v) { id version status } }`;

async function count(t: TestServer, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await t.sql.query<{ n: string }>(sql, params)).rows[0]?.n);
}

describe('safe concurrency: retries and races never duplicate or lose a change', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let otherKader: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    [kader, otherKader] = await Promise.all([t.as('kader.gombang'), t.as('kader.pogung')]);
  });
  afterAll(() => t?.close());

  it('ten concurrent registerCase calls with one idempotency key create exactly one case, and all get it', async () => {
    const key = 'retry-7f3c2a91-0001';
    // A new applicant (new NIK), so the racing calls also race on the person row.
    const input = pendidikanInput({
      idempotencyKey: key,
      applicant: { nik: '3310051203900011', name: 'Budi Santoso', phone: '081227001111' },
    });
    const before = await count(t, 'select count(*) n from spm_case');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => kader.raw<{ registerCase: { id: string } }>(REGISTER, { input })),
    );
    expect(results.map((r) => r.errors ?? [])).toEqual(Array.from({ length: 10 }, () => []));
    const ids = new Set(results.map((r) => r.data?.registerCase.id));
    expect(ids.size).toBe(1);
    expect(await count(t, 'select count(*) n from spm_case')).toBe(before + 1);
    expect(
      await count(t, `select count(*) n from case_event where type = 'REGISTERED' and case_id = $1`, [[...ids][0]]),
    ).toBe(1);
    expect(await count(t, `select count(*) n from person where nik = '3310051203900011'`)).toBe(1);
  });

  it('a later retry with the same key returns the same case; the same key with other data is IDEMPOTENCY_CONFLICT', async () => {
    const input = pendidikanInput({ idempotencyKey: 'retry-later-0002' });
    const first = (await kader.request<{ registerCase: { id: string } }>(REGISTER, { input })).registerCase;
    const again = (await kader.request<{ registerCase: { id: string } }>(REGISTER, { input })).registerCase;
    expect(again.id).toBe(first.id);
    const before = await count(t, 'select count(*) n from spm_case');
    const error = await kader.error(REGISTER, {
      input: { ...input, description: 'Permohonan lain dengan kunci yang sama, tidak boleh jadi kasus.' },
    });
    expect(error.extensions).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
      messages: { id: expect.stringContaining('Kunci'), en: expect.stringContaining('idempotency key') },
      fields: [{ field: 'idempotencyKey' }],
    });
    expect(await count(t, 'select count(*) n from spm_case')).toBe(before);
  });

  it('idempotency keys are scoped per user: another kader with the same key gets their own case', async () => {
    const key = 'shared-looking-key-0003';
    const mine = (
      await kader.request<{ registerCase: { id: string } }>(REGISTER, {
        input: pendidikanInput({ idempotencyKey: key }),
      })
    ).registerCase;
    const theirs = await otherKader.request<{ registerCase: { id: string } }>(REGISTER, {
      input: pendidikanInput({ idempotencyKey: key }),
    });
    expect(theirs.registerCase.id).not.toBe(mine.id);
  });

  it('a malformed idempotency key is VALIDATION_FAILED naming the field', async () => {
    const error = await kader.error(REGISTER, { input: pendidikanInput({ idempotencyKey: 'a b' }) });
    expect(error.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'idempotencyKey' }] });
  });

  it('two concurrent performAction calls with the same expectedVersion: one succeeds, one VERSION_CONFLICT, one event', async () => {
    const c = (
      await kader.request<{ registerCase: { id: string; version: number } }>(REGISTER, { input: pendidikanInput() })
    ).registerCase;
    const eventsBefore = await count(t, 'select count(*) n from case_event where case_id = $1', [c.id]);
    const [a, b] = await Promise.all([
      kader.raw<{ performAction: { version: number } }>(ACT, { id: c.id, action: 'start-verification', v: c.version }),
      kader.raw<{ performAction: { version: number } }>(ACT, { id: c.id, action: 'start-verification', v: c.version }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors?.length ? r.errors[0]?.extensions?.code : 'OK')).sort();
    expect(outcomes).toEqual(['OK', 'VERSION_CONFLICT']);
    expect(await count(t, 'select count(*) n from case_event where case_id = $1', [c.id])).toBe(eventsBefore + 1);
    expect(await count(t, 'select version n from spm_case where id = $1', [c.id])).toBe(c.version + 1);
  });
});
