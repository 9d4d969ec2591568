import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const CREATE = `mutation ($u: String!, $n: String!, $p: String!, $e: String) {
  createUser(username: $u, displayName: $n, password: $p, email: $e) {
    id username displayName email active memberships { role orgUnit { id } } } }`;
const GRANT = `mutation ($user: ID!, $unit: ID!, $role: Role!) {
  grantRole(userId: $user, orgUnitId: $unit, role: $role) { id memberships { role orgUnit { id name } } } }`;
const REVOKE = `mutation ($user: ID!, $unit: ID!, $role: Role!) {
  revokeRole(userId: $user, orgUnitId: $unit, role: $role) { id memberships { role } } }`;
const SET_ACTIVE = `mutation ($user: ID!, $active: Boolean!) { setUserActive(userId: $user, active: $active) { id active } }`;
const USERS = `query ($unit: ID) { users(orgUnitId: $unit) { id username active memberships { role orgUnit { id } } } }`;
const QUEUE = `{ cases(first: 5) { edges { node { id } } } }`;
const PASSWORD = 'Kader-Baru-2026!';

describe('Admin: users, roles and org units — within the admin’s own area, audited', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let units: Record<string, string>;
  let provinceUnit: string;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    admin = await t.as('admin.klaten');
    // A unit outside Kabupaten Klaten (the province), which the Klaten admin does not manage.
    provinceUnit = (
      await t.sql.query<{ id: string }>(
        `insert into org_unit (id, kind, name, area_code, ancestor_ids, services)
         values (gen_random_uuid(), 'OPD', 'Dinas Sosial Provinsi Jawa Tengah', '33', '{}', '{}') returning id`,
      )
    ).rows[0]!.id;
    units = Object.fromEntries(
      (await t.sql.query<{ id: string; name: string }>('select id, name from org_unit')).rows.map((r) => [
        r.name,
        r.id,
      ]),
    );
  });
  afterAll(() => t?.close());

  const create = async (username: string) =>
    (
      await admin.request<{ createUser: { id: string; username: string; active: boolean } }>(CREATE, {
        u: username,
        n: 'Kader Baru Gombang',
        p: PASSWORD,
        e: 'kader.baru@example.org',
      })
    ).createUser;

  it('lists the org units of the admin’s kabupaten only, and refuses another area', async () => {
    const data = await admin.request<{ orgUnits: Array<{ id: string; name: string; areaCode: string }> }>(
      '{ orgUnits { id name areaCode } }',
    );
    expect(data.orgUnits.map((u) => u.name)).toContain('Posyandu Gombang');
    expect(data.orgUnits.every((u) => u.areaCode.startsWith('33.10'))).toBe(true);
    expect(data.orgUnits.some((u) => u.id === provinceUnit)).toBe(false);
    const desa = await admin.request<{ orgUnits: Array<{ areaCode: string }> }>(
      '{ orgUnits(areaCode: "33.10.05.2018") { areaCode } }',
    );
    expect(desa.orgUnits.length).toBeGreaterThan(0);
    expect(new Set(desa.orgUnits.map((u) => u.areaCode))).toEqual(new Set(['33.10.05.2018']));
    expect((await admin.error('{ orgUnits(areaCode: "33.11") { id } }')).extensions?.code).toBe('FORBIDDEN');
  });

  it('every admin operation is FORBIDDEN to a non-admin and needs a login', async () => {
    const kader = await t.as('kader.gombang');
    const camat = await t.as('camat.cawas');
    for (const client of [kader, camat]) {
      expect((await client.error('{ orgUnits { id } }')).extensions?.code).toBe('FORBIDDEN');
      expect((await client.error('{ users { id } }')).extensions?.code).toBe('FORBIDDEN');
      const err = await client.error(CREATE, { u: 'penyusup', n: 'Penyusup', p: PASSWORD });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.extensions?.messages).toEqual({ id: expect.any(String), en: expect.any(String) });
    }
    const anon = new GraphQLClient(t.url);
    expect((await anon.error('{ users { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.sql.query(`select 1 from app_user where username = 'penyusup'`)).rows).toEqual([]);
  });

  it('creates a user with an argon2id hash, audited without the password; refuses a duplicate username', async () => {
    const user = await create('kader.baru');
    expect(user).toMatchObject({ username: 'kader.baru', active: true });
    const row = (await t.sql.query(`select password_hash from app_user where id = $1`, [user.id])).rows[0];
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.sql.query(`select outcome, details from audit_log where operation = 'createUser'`);
    expect(audit.rows).toContainEqual({ outcome: 'OK', details: { userId: user.id } });
    expect(JSON.stringify(audit.rows)).not.toContain(PASSWORD);

    const dup = await admin.error(CREATE, { u: 'Kader.Baru', n: 'Lagi', p: PASSWORD });
    expect(dup.extensions?.code).toBe('VALIDATION_FAILED');
    expect(dup.extensions?.fields).toEqual([
      { field: 'username', messages: { id: 'Nama pengguna sudah dipakai.', en: 'This username is already taken.' } },
    ]);
  });

  it('refuses a weak password, a bad username and e-mail, each naming its field in both languages', async () => {
    const short = await admin.error(CREATE, { u: 'kader.lemah', n: 'Kader Lemah', p: 'pendek' });
    expect(short.extensions?.code).toBe('VALIDATION_FAILED');
    expect(short.extensions?.fields?.[0]).toMatchObject({
      field: 'password',
      messages: { id: expect.stringContaining('Kata sandi'), en: expect.stringContaining('password') },
    });
    const guessable = await admin.error(CREATE, { u: 'kader.lemah', n: 'Kader Lemah', p: 'aaaaaaaaaaaaaaaa' });
    expect(guessable.extensions?.fields?.map((f) => f.field)).toEqual(['password']);
    const bad = await admin.error(CREATE, { u: 'x', n: 'Kader', p: PASSWORD, e: 'bukan-email' });
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['username', 'email']);
  });

  it('grants a role in a unit of the area (the role must fit the unit); refuses a unit of another area', async () => {
    const user = await create('kader.dua');
    const granted = await admin.request<{
      grantRole: { memberships: Array<{ role: string; orgUnit: { name: string } }> };
    }>(GRANT, { user: user.id, unit: units['Posyandu Gombang'], role: 'KADER' });
    expect(granted.grantRole.memberships).toEqual([
      { role: 'KADER', orgUnit: { id: units['Posyandu Gombang'], name: 'Posyandu Gombang' } },
    ]);
    const misfit = await admin.error(GRANT, { user: user.id, unit: units['Posyandu Gombang'], role: 'OPD_OFFICER' });
    expect(misfit.extensions?.code).toBe('VALIDATION_FAILED');
    expect(misfit.extensions?.fields?.[0]?.field).toBe('role');

    const elsewhere = await admin.error(GRANT, { user: user.id, unit: provinceUnit, role: 'OPD_OFFICER' });
    expect(elsewhere.extensions?.code).toBe('FORBIDDEN');
    expect((await admin.error(USERS, { unit: provinceUnit })).extensions?.code).toBe('FORBIDDEN');
    const audit = await t.sql.query(
      `select outcome, details->>'orgUnitId' as unit from audit_log where operation = 'grantRole' order by occurred_at, id`,
    );
    expect(audit.rows).toEqual([
      { outcome: 'OK', unit: units['Posyandu Gombang'] },
      { outcome: 'VALIDATION_FAILED', unit: units['Posyandu Gombang'] },
      { outcome: 'FORBIDDEN', unit: provinceUnit },
    ]);
  });

  it('does not show or manage a user whose roles are in another area', async () => {
    const outsider = (
      await t.sql.query<{ id: string }>(
        `insert into app_user (id, username, display_name, password_hash, locale, active, created_at)
         values (gen_random_uuid(), 'opd.provinsi', 'Petugas Provinsi', 'x', 'id', true, now()) returning id`,
      )
    ).rows[0]!.id;
    await t.sql.query(
      `insert into membership (id, user_id, org_unit_id, role) values (gen_random_uuid(), $1, $2, 'OPD_OFFICER')`,
      [outsider, provinceUnit],
    );
    const list = await admin.request<{ users: Array<{ id: string; username: string }> }>(USERS);
    expect(list.users.map((u) => u.username)).toContain('kader.gombang');
    expect(list.users.some((u) => u.id === outsider)).toBe(false);
    expect((await admin.error(SET_ACTIVE, { user: outsider, active: false })).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await admin.error(GRANT, { user: outsider, unit: units['Posyandu Gombang'], role: 'KADER' })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.sql.query(`select active from app_user where id = $1`, [outsider])).rows[0]).toEqual({
      active: true,
    });
  });

  it('a revoked role stops authorizing on the very next request with the same token', async () => {
    const user = await create('kader.tiga');
    await admin.request(GRANT, { user: user.id, unit: units['Posyandu Gombang'], role: 'KADER' });
    const kader = await t.as('kader.tiga', PASSWORD);
    const me = await kader.request<{ me: { memberships: Array<{ role: string }> } }>('{ me { memberships { role } } }');
    expect(me.me.memberships).toEqual([{ role: 'KADER' }]);

    const byUnit = await admin.request<{ users: Array<{ username: string }> }>(USERS, {
      unit: units['Posyandu Gombang'],
    });
    expect(byUnit.users.map((u) => u.username)).toEqual(expect.arrayContaining(['kader.gombang', 'kader.tiga']));

    const revoked = await admin.request<{ revokeRole: { memberships: unknown[] } }>(REVOKE, {
      user: user.id,
      unit: units['Posyandu Gombang'],
      role: 'KADER',
    });
    expect(revoked.revokeRole.memberships).toEqual([]);
    const after = await kader.request<{ me: { memberships: unknown[] } }>('{ me { memberships { role } } }');
    expect(after.me.memberships).toEqual([]);
    const queue = await kader.request<{ cases: { edges: unknown[] } }>(QUEUE);
    expect(queue.cases.edges).toEqual([]);
    const audit = await t.sql.query(`select outcome, details from audit_log where operation = 'revokeRole'`);
    expect(audit.rows).toEqual([
      { outcome: 'OK', details: { orgUnitId: units['Posyandu Gombang'], userId: user.id, role: 'KADER' } },
    ]);
  });

  it('a second admin whose ADMIN role is revoked is FORBIDDEN on the next request with the same token', async () => {
    const user = await create('admin.kedua');
    await admin.request(GRANT, { user: user.id, unit: units['Pemerintah Kabupaten Klaten'], role: 'ADMIN' });
    const second = await t.as('admin.kedua', PASSWORD);
    expect((await second.request<{ users: unknown[] }>(USERS)).users.length).toBeGreaterThan(0);
    await admin.request(REVOKE, { user: user.id, unit: units['Pemerintah Kabupaten Klaten'], role: 'ADMIN' });
    expect((await second.error(USERS)).extensions?.code).toBe('FORBIDDEN');
  });

  it('a deactivated user is refused on the next request and cannot log in; an admin cannot lock themselves out', async () => {
    const user = await create('kader.empat');
    await admin.request(GRANT, { user: user.id, unit: units['Posyandu Gombang'], role: 'KADER' });
    const kader = await t.as('kader.empat', PASSWORD);
    expect((await kader.request<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(user.id);

    const off = await admin.request<{ setUserActive: { active: boolean } }>(SET_ACTIVE, {
      user: user.id,
      active: false,
    });
    expect(off.setUserActive.active).toBe(false);
    const refused = await kader.raw(QUEUE);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(t.as('kader.empat', PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);

    await admin.request(SET_ACTIVE, { user: user.id, active: true });
    expect((await (await t.as('kader.empat', PASSWORD)).request<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(
      user.id,
    );

    const adminId = (await t.sql.query<{ id: string }>(`select id from app_user where username = 'admin.klaten'`))
      .rows[0]!.id;
    const self = await admin.error(SET_ACTIVE, { user: adminId, active: false });
    expect(self.extensions?.fields?.[0]?.field).toBe('userId');
    const selfRevoke = await admin.error(REVOKE, {
      user: adminId,
      unit: units['Pemerintah Kabupaten Klaten'],
      role: 'ADMIN',
    });
    expect(selfRevoke.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
