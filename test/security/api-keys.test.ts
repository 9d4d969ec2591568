import { createHash } from 'node:crypto';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from './helpers/pendidikan-flow.js';

const CREATE = `mutation ($unit: ID!, $name: String!, $exp: DateTimeISO!) {
  createApiKey(orgUnitId: $unit, name: $name, expiresAt: $exp) {
    secret apiKey { id name prefix status expiresAt lastUsedAt orgUnit { name } createdByName } } }`;
const LIST = `{ cases(first: 20) { edges { node { id applicant { nik } } } } }`;

interface Created {
  secret: string;
  apiKey: { id: string; name: string; prefix: string; status: string; lastUsedAt: string | null };
}

describe('API keys for OPD systems: exactly their unit’s reach, read-only, revocable, expiring', () => {
  let t: TestServer;
  let forwardedId: string;
  let notForwardedId: string;
  let unitIds: Record<string, string>;
  let key: Created;

  const adminCreate = async (unit: string, name = 'SIM Dinas Pendidikan', exp = '2027-06-30T00:00:00Z') =>
    (await t.as('admin.klaten')).request<{ createApiKey: Created }>(CREATE, { unit: unitIds[unit], name, exp });

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    unitIds = Object.fromEntries(
      (await t.sql.query<{ id: string; name: string }>('select id, name from org_unit')).rows.map((r) => [
        r.name,
        r.id,
      ]),
    );
    forwardedId = (await caseForwardedToOpd(t)).id;
    const kader = await t.as('kader.gombang');
    notForwardedId = (
      await kader.request<{ registerCase: { id: string } }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
        { input: pendidikanInput({ applicant: { nik: '3310051203790002', name: 'Bambang Riyadi' } }) },
      )
    ).registerCase.id;
    key = (await adminCreate('Dinas Pendidikan Kabupaten Klaten')).createApiKey;
  });
  afterAll(() => t?.close());

  it('the secret is returned once; only its hash and prefix are stored', async () => {
    expect(key.secret).toMatch(/^psk_[0-9a-f]{12}[A-Za-z0-9_-]{43}$/);
    expect(key.apiKey).toMatchObject({
      name: 'SIM Dinas Pendidikan',
      prefix: key.secret.slice(0, 16),
      status: 'ACTIVE',
      lastUsedAt: null,
      orgUnit: { name: 'Dinas Pendidikan Kabupaten Klaten' },
      createdByName: 'Admin Kabupaten Klaten',
    });
    const row = (await t.sql.query('select * from api_key where id = $1', [key.apiKey.id])).rows[0];
    expect(row.secret_hash).toBe(createHash('sha256').update(key.secret).digest('hex'));
    const everywhere = await t.sql.query(
      `select 1 from api_key a, audit_log l
       where a::text like '%' || $1 || '%' or l::text like '%' || $1 || '%'`,
      [key.secret.slice(16)],
    );
    expect(everywhere.rows).toEqual([]);
    const audit = await t.sql.query(`select outcome, details from audit_log where operation = 'createApiKey'`);
    expect(audit.rows).toEqual([{ outcome: 'OK', details: expect.objectContaining({ apiKeyId: key.apiKey.id }) }]);
  });

  it('reads only the cases routed to its unit (Authorization: Bearer), with the NIK as that unit sees it, audited', async () => {
    const client = new GraphQLClient(t.url, key.secret);
    const data = await client.request<{
      cases: { edges: Array<{ node: { id: string; applicant: { nik: string } } }> };
    }>(LIST);
    expect(data.cases.edges.map((e) => e.node)).toEqual([{ id: forwardedId, applicant: { nik: '3310055708850003' } }]);
    expect(
      (await client.request<{ case: unknown }>(`query ($id: ID!) { case(id: $id) { id } }`, { id: notForwardedId }))
        .case,
    ).toBeNull();
    expect((await client.request<{ me: unknown }>('{ me { id } }')).me).toBeNull();
    const reads = await t.sql.query(
      `select operation, user_id, api_key_id, case_id, org_unit_ids from audit_log where kind = 'READ'
         and api_key_id = $1`,
      [key.apiKey.id],
    );
    expect(reads.rows).toEqual([
      {
        operation: 'NIK_UNMASKED',
        user_id: null,
        api_key_id: key.apiKey.id,
        case_id: forwardedId,
        org_unit_ids: [unitIds['Dinas Pendidikan Kabupaten Klaten']],
      },
    ]);
  });

  it('also works as X-Api-Key, and records when it was last used', async () => {
    t.clock.set('2026-11-23T05:00:00Z');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key.secret },
      body: JSON.stringify({ query: '{ cases(first: 5) { totalCount } }' }),
    });
    expect(await res.json()).toEqual({ data: { cases: { totalCount: 1 } } });
    const row = await t.sql.query<{ last_used_at: Date }>('select last_used_at from api_key where id = $1', [
      key.apiKey.id,
    ]);
    expect(row.rows[0]?.last_used_at.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    const listed = await (
      await t.as('admin.klaten')
    ).request<{ apiKeys: Array<{ id: string; lastUsedAt: string }> }>('{ apiKeys { id lastUsedAt } }');
    expect(listed.apiKeys).toEqual([{ id: key.apiKey.id, lastUsedAt: '2026-11-23T05:00:00.000Z' }]);
  });

  it('a key of another OPD reaches none of these cases', async () => {
    const other = (
      await adminCreate('Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten', 'SIKS-NG')
    ).createApiKey;
    const data = await new GraphQLClient(t.url, other.secret).request<{ cases: { edges: unknown[] } }>(LIST);
    expect(data.cases.edges).toEqual([]);
  });

  it('may not change anything: a mutation with a key is FORBIDDEN and audited under the key', async () => {
    const error = await new GraphQLClient(t.url, key.secret).error(
      `mutation ($id: ID!) { performAction(caseId: $id, action: "record-opd-follow-up", expectedVersion: 1, input: { note: "x" }) { id } }`,
      { id: forwardedId },
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const audit = await t.sql.query(
      `select outcome, case_id from audit_log where operation = 'performAction' and api_key_id = $1`,
      [key.apiKey.id],
    );
    expect(audit.rows).toEqual([{ outcome: 'FORBIDDEN', case_id: forwardedId }]);
  });

  it('receives live events of its unit’s cases over graphql-ws, with the key in connection_init', async () => {
    const live = t.subscribe<{ caseEvents: { caseId: string; event: { action: string } } }>(
      key.secret,
      'subscription { caseEvents { caseId event { action } } }',
    );
    await new Promise((r) => setTimeout(r, 300));
    const opd = await t.as('opd.pendidikan');
    const { case: c } = await opd.request<{ case: { version: number } }>(
      'query ($id: ID!) { case(id: $id) { version } }',
      { id: forwardedId },
    );
    await opd.request(
      `mutation ($id: ID!, $v: Int!) { performAction(caseId: $id, action: "record-opd-follow-up", expectedVersion: $v,
        input: { note: "Masuk daftar penerima bantuan." }) { id } }`,
      { id: forwardedId, v: c.version },
    );
    let notice;
    for (let n = 1; !notice && n <= 20; n += 1) {
      notice = (await live.waitFor(n)).find((e) => e.caseEvents.event.action === 'record-opd-follow-up');
      expect(live.closeCode).toBeNull();
    }
    await live.close();
    expect(notice?.caseEvents).toEqual({ caseId: forwardedId, event: { action: 'record-opd-follow-up' } });
  });

  it('an unknown or malformed key is API_KEY_INVALID (401)', async () => {
    // The real key with its last character changed (to another one: a random key may end in 'A').
    const altered = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    for (const secret of [altered, 'psk_nonsense', `psk_000000000000${'a'.repeat(43)}`]) {
      const res = await new GraphQLClient(t.url, secret).raw(LIST);
      expect(res.status, secret).toBe(401);
      expect(res.errors?.[0]?.extensions?.code, secret).toBe('API_KEY_INVALID');
    }
  });

  it('a revoked key is refused with API_KEY_REVOKED, and the refusal is audited', async () => {
    const doomed = (await adminCreate('Dinas Pendidikan Kabupaten Klaten', 'Old integration')).createApiKey;
    const admin = await t.as('admin.klaten');
    const revoked = await admin.request<{ revokeApiKey: { status: string; revokedAt: string } }>(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { status revokedAt } }',
      { id: doomed.apiKey.id },
    );
    expect(revoked.revokeApiKey).toEqual({ status: 'REVOKED', revokedAt: '2026-11-23T05:00:00.000Z' });
    const res = await new GraphQLClient(t.url, doomed.secret).raw(LIST);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'API_KEY_REVOKED',
      messages: { en: 'This API key has been revoked. Ask the kabupaten admin for a new one.' },
    });
    const audit = await t.sql.query(
      `select kind, outcome from audit_log where operation = 'apiKey' and api_key_id = $1`,
      [doomed.apiKey.id],
    );
    expect(audit.rows).toEqual([{ kind: 'AUTH', outcome: 'API_KEY_REVOKED' }]);
    const listed = await admin.request<{ apiKeys: Array<{ id: string }> }>('{ apiKeys { id } }');
    expect(listed.apiKeys.map((k) => k.id)).not.toContain(doomed.apiKey.id);
  });

  it('an expired key is refused with API_KEY_EXPIRED', async () => {
    const shortLived = (await adminCreate('Dinas Pendidikan Kabupaten Klaten', 'Pilot', '2026-11-30T00:00:00Z'))
      .createApiKey;
    const client = new GraphQLClient(t.url, shortLived.secret);
    expect((await client.raw(LIST)).status).toBe(200);
    t.clock.set('2026-11-30T00:00:01Z');
    const res = await client.raw(LIST);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('API_KEY_EXPIRED');
    t.clock.set('2026-11-23T05:00:00Z');
  });

  it('only an admin creates, lists or revokes keys; bad input is named field by field', async () => {
    const opd = await t.as('opd.pendidikan');
    for (const [query, variables] of [
      [CREATE, { unit: unitIds['Dinas Pendidikan Kabupaten Klaten'], name: 'x', exp: '2027-01-01T00:00:00Z' }],
      ['{ apiKeys { id } }', {}],
      ['mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.apiKey.id }],
    ] as const) {
      expect((await opd.error(query, variables)).extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await t.as('admin.klaten');
    const bad = await admin.error(CREATE, {
      unit: unitIds['Pemerintah Desa Gombang'],
      name: ' x ',
      exp: '2026-11-01T00:00:00Z',
    });
    expect(bad.extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['name', 'expiresAt', 'orgUnitId']);
    const tooLong = await admin.error(CREATE, {
      unit: unitIds['Dinas Pendidikan Kabupaten Klaten'],
      name: 'Two years',
      exp: '2028-11-23T00:00:00Z',
    });
    expect(tooLong.extensions?.fields?.map((f) => f.field)).toEqual(['expiresAt']);
    const missing = await admin.error(CREATE, { unit: 'nope', name: 'Nope', exp: '2027-01-01T00:00:00Z' });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });
});
