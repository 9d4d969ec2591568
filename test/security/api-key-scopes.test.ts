import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { sosialPlugin } from '../../plugins/sosial/src/sosial.plugin.js';
import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from './helpers/pendidikan-flow.js';

const CREATE = `mutation ($unit: ID!, $name: String!, $exp: DateTimeISO!, $scope: ApiKeyScope, $sectors: [String!]) {
  createApiKey(orgUnitId: $unit, name: $name, expiresAt: $exp, scope: $scope, sectorIds: $sectors) {
    secret apiKey { id scope sectorIds status expiresAt } } }`;
const ROTATE = `mutation ($id: ID!, $exp: DateTimeISO!, $hours: Int) {
  rotateApiKey(id: $id, expiresAt: $exp, overlapHours: $hours) { secret apiKey { id name scope sectorIds expiresAt } } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $note: String) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: { note: $note }) { id version status } }`;
const CASE = `query ($id: ID!) { case(id: $id) { id version status
  timeline { action actorName } inbox { actedOn } } }`;

interface Created {
  secret: string;
  apiKey: { id: string; scope: string; sectorIds: string[] | null; status: string; expiresAt: string };
}

describe('API keys with scopes: READ reads, ACT works as an officer of its unit, per sector, rotated without downtime', () => {
  let t: TestServer;
  let opdUnit: string;
  let caseId: string;
  const key = async (scope: 'READ' | 'ACT', sectors: string[] | null = null, name = 'SIM Dinas Pendidikan') =>
    (
      await (
        await t.as('admin.klaten')
      ).request<{ createApiKey: Created }>(CREATE, {
        unit: opdUnit,
        name,
        exp: '2027-06-30T00:00:00Z',
        scope,
        sectors,
      })
    ).createApiKey;

  beforeAll(async () => {
    t = await startTestServer({
      plugins: [pendidikanPlugin, sosialPlugin],
      clock: new TestClock('2026-11-23T02:00:00Z'),
    });
    opdUnit = (
      await t.sql.query<{ id: string }>(`select id from org_unit where name = 'Dinas Pendidikan Kabupaten Klaten'`)
    ).rows[0]!.id;
    caseId = (await caseForwardedToOpd(t)).id;
  });
  afterAll(() => t?.close());

  it('a READ key is refused every change with FORBIDDEN, audited with the person who made it; nothing changes', async () => {
    const read = await key('READ');
    expect(read.apiKey).toMatchObject({ scope: 'READ', sectorIds: null });
    const client = new GraphQLClient(t.url, read.secret);
    const before = (await client.request<{ case: { version: number } }>(CASE, { id: caseId })).case;
    const error = await client.error(ACT, { id: caseId, action: 'record-opd-follow-up', v: before.version, note: 'x' });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.messages).toMatchObject({ en: expect.stringContaining('scope READ') });
    const after = (await client.request<{ case: { version: number } }>(CASE, { id: caseId })).case;
    expect(after.version).toBe(before.version);
    const admin = (await t.sql.query<{ id: string }>(`select id from app_user where username = 'admin.klaten'`))
      .rows[0]!.id;
    const audit = await t.sql.query(
      `select outcome, details->>'keyCreatedBy' as by from audit_log where operation = 'performAction' and api_key_id = $1`,
      [read.apiKey.id],
    );
    expect(audit.rows).toEqual([{ outcome: 'FORBIDDEN', by: admin }]);
  });

  it('an ACT key takes the OPD officer’s steps through the same workflow; the timeline names the key', async () => {
    const act = await key('ACT');
    t.clock.advance(60_000);
    const client = new GraphQLClient(t.url, act.secret);
    let c = (await client.request<{ case: { version: number } }>(CASE, { id: caseId })).case;
    // What an officer of the education OPD may not do, the key may not do either.
    const wrong = await client.error(ACT, { id: caseId, action: 'forward-to-opd', v: c.version });
    expect(['FORBIDDEN', 'WRONG_STATE', 'VALIDATION_FAILED']).toContain(wrong.extensions?.code);
    c = (
      await client.request<{ performAction: { version: number; status: string } }>(ACT, {
        id: caseId,
        action: 'record-opd-follow-up',
        v: c.version,
        note: 'Masuk daftar penerima bantuan PIP.',
      })
    ).performAction;
    expect(c).toMatchObject({ status: 'opd-follow-up' });
    const seen = (
      await client.request<{
        case: { timeline: Array<{ action: string | null; actorName: string | null }>; inbox: { actedOn: boolean } };
      }>(CASE, { id: caseId })
    ).case;
    expect(seen.timeline.at(-1)).toEqual({
      action: 'record-opd-follow-up',
      actorName: 'SIM Dinas Pendidikan (sistem)',
    });
    expect(seen.inbox.actedOn).toBe(true);
    const event = await t.sql.query(
      `select e.api_key_id, u.username from case_event e join app_user u on u.id = e.actor_id
        where e.case_id = $1 and e.action = 'record-opd-follow-up'`,
      [caseId],
    );
    expect(event.rows).toEqual([{ api_key_id: act.apiKey.id, username: 'admin.klaten' }]);
    // Administration stays with people.
    const admin = await client.error('mutation { logout }');
    expect(admin.extensions?.code).toBe('FORBIDDEN');
  });

  it('a key limited to another sector reaches none of its unit’s Pendidikan cases', async () => {
    const sosialOnly = await key('ACT', ['sosial'], 'Only sosial');
    expect(sosialOnly.apiKey.sectorIds).toEqual(['sosial']);
    const client = new GraphQLClient(t.url, sosialOnly.secret);
    expect((await client.request<{ case: unknown }>(CASE, { id: caseId })).case).toBeNull();
    const list = await client.request<{ cases: { totalCount: number } }>('{ cases { totalCount } }');
    expect(list.cases.totalCount).toBe(0);
    const bad = await (
      await t.as('admin.klaten')
    ).error(CREATE, { unit: opdUnit, name: 'Bad', exp: '2027-01-01T00:00:00Z', sectors: ['nope'] });
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['sectorIds']);
  });

  it('rotation: the new key works at once, the old one until the overlap ends, then API_KEY_EXPIRED', async () => {
    const old = await key('ACT', null, 'SIM rotasi');
    const admin = await t.as('admin.klaten');
    const rotated = (
      await admin.request<{ rotateApiKey: Created & { apiKey: { name: string } } }>(ROTATE, {
        id: old.apiKey.id,
        exp: '2027-11-01T00:00:00Z',
        hours: 2,
      })
    ).rotateApiKey;
    expect(rotated.apiKey).toMatchObject({ name: 'SIM rotasi', scope: 'ACT', sectorIds: null });
    expect(rotated.secret).not.toBe(old.secret);
    for (const secret of [old.secret, rotated.secret]) {
      expect((await new GraphQLClient(t.url, secret).raw('{ cases { totalCount } }')).status).toBe(200);
    }
    t.clock.advance(2 * 3_600_000 + 1000);
    const res = await new GraphQLClient(t.url, old.secret).raw('{ cases { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('API_KEY_EXPIRED');
    expect((await new GraphQLClient(t.url, rotated.secret).raw('{ cases { totalCount } }')).status).toBe(200);
  });
});
