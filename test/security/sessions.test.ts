import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { createTokenService, DEMO_PASSWORD } from '@posyandu-spm/server';
import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) {
  token expiresAt me { id username displayName locale memberships { role orgUnit { name } } } } }`;
const REFRESH = `mutation { refreshToken { token expiresAt me { username } } }`;
const LIST = `{ cases(first: 5) { totalCount } }`;
const EVENTS = `subscription { caseEvents { cursor } }`;

interface Login {
  token: string;
  expiresAt: string;
  me: { id: string; username: string };
}

describe('sessions: login as before, refresh, logout that revokes, role changes on the next request', () => {
  let t: TestServer;

  const login = async (username: string): Promise<Login> =>
    (await t.anonymous().request<{ login: Login }>(LOGIN, { u: username, p: DEMO_PASSWORD })).login;

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    const kader = await t.as('kader.gombang');
    await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
      input: pendidikanInput(),
    });
  });
  afterAll(() => t?.close());

  it('login keeps its shape, opens a session row, and is audited under the user', async () => {
    const started = Date.now();
    const session = await login('perangkat.gombang');
    const finished = Date.now();
    expect(session.me).toMatchObject({
      username: 'perangkat.gombang',
      displayName: 'Wahyu Santoso (Kasi Kesra Desa Gombang)',
    });
    // Tokens live as long as the server is configured (60 minutes in tests), from the moment of login
    // (somewhere between sending and answering, which a loaded machine can stretch; JWT times are whole seconds).
    const expiresAt = new Date(session.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(started + 60 * 60_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(finished + 60 * 60_000 + 1000);
    const rows = await t.sql.query(`select s.generation, s.revoked_at from auth_session s where s.user_id = $1`, [
      session.me.id,
    ]);
    expect(rows.rows).toEqual([{ generation: 1, revoked_at: null }]);
    const audit = await t.sql.query(
      `select outcome, session_id is not null as has_session from audit_log where operation = 'login' and user_id = $1`,
      [session.me.id],
    );
    expect(audit.rows).toEqual([{ outcome: 'OK', has_session: true }]);
    const failed = await t.anonymous().error(LOGIN, { u: 'perangkat.gombang', p: 'wrong' });
    expect(failed.extensions?.code).toBe('INVALID_CREDENTIALS');
    const refused = await t.sql.query(
      `select user_id from audit_log where operation = 'login' and outcome = 'INVALID_CREDENTIALS'`,
    );
    expect(refused.rows).toEqual([{ user_id: null }]);
  });

  it('logout revokes the token from the next request on, over HTTP and for a new live connection; other sessions live on', async () => {
    const first = await login('kader.gombang');
    const second = await login('kader.gombang');
    const client = new GraphQLClient(t.url, first.token);
    expect((await client.request<{ cases: { totalCount: number } }>(LIST)).cases.totalCount).toBe(1);
    expect(await client.request('mutation { logout }')).toEqual({ logout: true });

    const after = await client.raw(LIST);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'REVOKED' } });
    const socket = t.subscribe(first.token, EVENTS);
    expect(await socket.waitForClose()).toBe(4403);
    await socket.close();

    expect(
      (await new GraphQLClient(t.url, second.token).request<{ cases: { totalCount: number } }>(LIST)).cases.totalCount,
    ).toBe(1);
    const live = t.subscribe(second.token, EVENTS);
    await new Promise((r) => setTimeout(r, 300));
    expect(live.closeCode).toBeNull();
    await live.close();
  });

  it('refreshToken gives a new token for the same session; the replaced one works briefly, then is refused', async () => {
    const session = await login('kades.gombang');
    const old = new GraphQLClient(t.url, session.token);
    const refreshed = (await old.request<{ refreshToken: Login }>(REFRESH)).refreshToken;
    expect(refreshed.token).not.toBe(session.token);
    expect(refreshed.me.username).toBe('kades.gombang');
    const fresh = new GraphQLClient(t.url, refreshed.token);
    expect((await fresh.request<{ cases: { totalCount: number } }>(LIST)).cases.totalCount).toBe(1);
    // Within the 30-second grace the replaced token still answers (requests already in flight)…
    expect((await old.raw(LIST)).status).toBe(200);
    // …but it can never refresh again: a stolen old token cannot fork the session.
    expect((await old.error(REFRESH)).extensions?.code).toBe('UNAUTHENTICATED');
    // Once the grace has passed (moved in the row: sessions run on the real clock), it is refused.
    await t.sql.query(
      `update auth_session set previous_valid_until = now() - interval '1 second' where user_id = (select id from app_user where username = 'kades.gombang')`,
    );
    expect((await old.raw(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await fresh.raw(LIST)).status).toBe(200);
    const row = await t.sql.query(`select generation, refreshed_at is not null as refreshed from auth_session
      where user_id = (select id from app_user where username = 'kades.gombang')`);
    expect(row.rows).toEqual([{ generation: 2, refreshed: true }]);
  });

  it('a session ends at its absolute limit however often it is refreshed', async () => {
    const session = await login('camat.cawas');
    await t.sql.query(
      `update auth_session set absolute_expires_at = now() - interval '1 second' where user_id = (select id from app_user where username = 'camat.cawas')`,
    );
    const client = new GraphQLClient(t.url, session.token);
    const res = await client.raw(REFRESH);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'EXPIRED' } });
  });

  it('a token not tied to a session (or signed with another secret) is refused', async () => {
    const user = (await t.sql.query<{ id: string }>(`select id from app_user where username = 'kader.gombang'`))
      .rows[0];
    const sameSecret = createTokenService('test-secret-that-is-long-enough-for-hs256', 60);
    const bare = await sameSecret.sign(user?.id ?? '');
    expect((await new GraphQLClient(t.url, bare.token).raw(LIST)).status).toBe(401);
    const forged = await createTokenService('another-secret-that-is-long-enough-too', 60).sign(user?.id ?? '', {
      id: '00000000-0000-4000-8000-000000000000',
      generation: 1,
    });
    expect((await new GraphQLClient(t.url, forged.token).raw(LIST)).status).toBe(401);
  });

  it('a user whose role is removed loses its reach on the next request; a deactivated user is logged out', async () => {
    const camat = await t.as('camat.cawas');
    expect((await camat.request<{ cases: { totalCount: number } }>(LIST)).cases.totalCount).toBe(1);
    await t.sql.query(
      `delete from membership where user_id = (select id from app_user where username = 'camat.cawas')`,
    );
    expect((await camat.request<{ cases: { totalCount: number } }>(LIST)).cases.totalCount).toBe(0);
    expect(
      (await camat.request<{ me: { memberships: unknown[] } }>('{ me { memberships { role } } }')).me.memberships,
    ).toEqual([]);

    const admin = await t.as('admin.klaten');
    expect((await admin.raw('{ apiKeys { id } }')).errors).toBeUndefined();
    await t.sql.query(
      `delete from membership where user_id = (select id from app_user where username = 'admin.klaten')`,
    );
    expect((await admin.error('{ apiKeys { id } }')).extensions?.code).toBe('FORBIDDEN');

    const perangkat = await t.as('perangkat.gombang');
    await t.sql.query(`update app_user set active = false where username = 'perangkat.gombang'`);
    const res = await perangkat.raw(LIST);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'INACTIVE' } });
  });

  it('refreshToken and logout need a login session: anonymous is UNAUTHENTICATED', async () => {
    expect((await t.anonymous().error(REFRESH)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.anonymous().error('mutation { logout }')).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
