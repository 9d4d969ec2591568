import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const CREATE = `mutation ($input: OrgUnitInput!) {
  createOrgUnit(input: $input) { id kind name areaCode services parent { id name } } }`;
const UPDATE = `mutation ($id: ID!, $changes: OrgUnitChanges!) {
  updateOrgUnit(id: $id, changes: $changes) { id name services parent { id name } } }`;
const DELETE = `mutation ($id: ID!) { deleteOrgUnit(id: $id) }`;
const GOMBANG = '33.10.05.2018';

interface UnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  ancestor_ids: string[];
}

describe('Admin: the org chart — units bound to an area, escalating to an enclosing parent, one per route', () => {
  let t: TestServer;
  let admin: GraphQLClient;
  let units: Record<string, string>;

  const row = async (id: string): Promise<UnitRow | undefined> =>
    (await t.sql.query<UnitRow>('select id, name, parent_id, ancestor_ids from org_unit where id = $1', [id])).rows[0];
  const unitCount = async () => Number((await t.sql.query('select count(*) from org_unit')).rows[0].count);

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    admin = await t.as('admin.klaten');
    units = Object.fromEntries(
      (await t.sql.query<{ id: string; name: string }>('select id, name from org_unit')).rows.map((r) => [
        r.name,
        r.id,
      ]),
    );
  });
  afterAll(() => t?.close());

  it('adds a second Posyandu to Desa Gombang under its village government, with the whole escalation chain', async () => {
    const data = await admin.request<{
      createOrgUnit: { id: string; kind: string; name: string; areaCode: string; parent: { name: string } };
    }>(CREATE, {
      input: {
        kind: 'POSYANDU',
        name: '  Posyandu   Melati  ',
        areaCode: GOMBANG,
        parentId: units['Pemerintah Desa Gombang'],
      },
    });
    expect(data.createOrgUnit).toMatchObject({
      kind: 'POSYANDU',
      name: 'Posyandu Melati',
      areaCode: GOMBANG,
      parent: { name: 'Pemerintah Desa Gombang' },
    });
    expect((await row(data.createOrgUnit.id))?.ancestor_ids).toEqual([
      units['Pemerintah Desa Gombang'],
      units['Kecamatan Cawas'],
      units['Pemerintah Kabupaten Klaten'],
    ]);
    const listed = await admin.request<{ orgUnits: Array<{ name: string }> }>(
      `{ orgUnits(areaCode: "${GOMBANG}") { name } }`,
    );
    expect(listed.orgUnits.map((u) => u.name)).toContain('Posyandu Melati');
    const audit = await t.sql.query(`select outcome, details from audit_log where operation = 'createOrgUnit'`);
    expect(audit.rows).toEqual([{ outcome: 'OK', details: { orgUnitId: data.createOrgUnit.id } }]);
  });

  it('refuses an area at the wrong level, one not imported, and a parent that does not enclose it — nothing written', async () => {
    const before = await unitCount();
    const wrongLevel = await admin.error(CREATE, {
      input: { kind: 'POSYANDU', name: 'Posyandu Cawas', areaCode: '33.10.05', parentId: units['Kecamatan Cawas'] },
    });
    expect(wrongLevel.extensions?.code).toBe('VALIDATION_FAILED');
    expect(wrongLevel.extensions?.fields).toEqual([
      {
        field: 'areaCode',
        messages: {
          id: 'Unit jenis POSYANDU melayani satu desa/kelurahan; 33.10.05 bukan kode desa/kelurahan.',
          en: 'A unit of kind POSYANDU serves one desa/kelurahan; 33.10.05 is not a desa/kelurahan code.',
        },
      },
    ]);
    const missing = await admin.error(CREATE, {
      input: {
        kind: 'POSYANDU',
        name: 'Posyandu Hantu',
        areaCode: '33.10.05.2999',
        parentId: units['Kecamatan Cawas'],
      },
    });
    expect(missing.extensions?.fields?.[0]?.messages.en).toContain('has not been imported');
    const sideways = await admin.error(CREATE, {
      input: {
        kind: 'POSYANDU',
        name: 'Posyandu Mawar',
        areaCode: GOMBANG,
        parentId: units['Pemerintah Desa Pogung'],
      },
    });
    expect(sideways.extensions?.fields).toEqual([
      {
        field: 'parentId',
        messages: {
          id: `Induk Pemerintah Desa Pogung (33.10.05.2019) tidak mencakup wilayah ${GOMBANG}.`,
          en: `The parent Pemerintah Desa Pogung (33.10.05.2019) does not cover area ${GOMBANG}.`,
        },
      },
    ]);
    const orphan = await admin.error(CREATE, {
      input: { kind: 'POSYANDU', name: 'Posyandu Yatim', areaCode: GOMBANG },
    });
    expect(orphan.extensions?.fields?.map((f) => f.field)).toEqual(['parentId']);
    const blank = await admin.error(CREATE, {
      input: { kind: 'POSYANDU', name: ' ', areaCode: 'bukan', parentId: units['Kecamatan Cawas'] },
    });
    expect(blank.extensions?.fields?.map((f) => f.field)).toEqual(['name', 'areaCode']);
    expect(await unitCount()).toBe(before);
  });

  it('refuses a unit that would make a route ambiguous, naming the unit that already receives it', async () => {
    const secondDesa = await admin.error(CREATE, {
      input: {
        kind: 'VILLAGE_GOVERNMENT',
        name: 'Pemerintah Desa Gombang (ganda)',
        areaCode: GOMBANG,
        parentId: units['Kecamatan Cawas'],
      },
    });
    expect(secondDesa.extensions?.code).toBe('VALIDATION_FAILED');
    expect(secondDesa.extensions?.fields?.[0]?.messages.id).toContain('Pemerintah Desa Gombang sudah menjadi tujuan');
    const secondHousingOpd = await admin.error(CREATE, {
      input: {
        kind: 'OPD',
        name: 'Dinas Perumahan Kedua',
        areaCode: '33.10',
        parentId: units['Pemerintah Kabupaten Klaten'],
        services: ['perumahan-rakyat'],
      },
    });
    expect(secondHousingOpd.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'services',
        messages: expect.objectContaining({
          en: expect.stringContaining(
            'Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Klaten already receives',
          ),
        }),
      }),
    ]);
    const unknown = await admin.error(CREATE, {
      input: {
        kind: 'OPD',
        name: 'Dinas Pariwisata',
        areaCode: '33.10',
        parentId: units['Pemerintah Kabupaten Klaten'],
        services: ['pariwisata'],
      },
    });
    expect(unknown.extensions?.fields?.[0]).toMatchObject({
      field: 'services',
      messages: { en: expect.stringMatching(/^Unknown services: pariwisata\. Choose from: .*pendidikan/) },
    });
  });

  it('moves a unit under another parent and carries the units below it along; refuses a loop', async () => {
    const desa = units['Pemerintah Desa Gombang']!;
    const moved = await admin.request<{ updateOrgUnit: { parent: { name: string } } }>(UPDATE, {
      id: desa,
      changes: { parentId: units['Pemerintah Kabupaten Klaten'] },
    });
    expect(moved.updateOrgUnit.parent.name).toBe('Pemerintah Kabupaten Klaten');
    expect((await row(units['Posyandu Gombang']!))?.ancestor_ids).toEqual([desa, units['Pemerintah Kabupaten Klaten']]);

    await admin.request(UPDATE, { id: desa, changes: { parentId: units['Kecamatan Cawas'] } });
    expect((await row(units['Posyandu Gombang']!))?.ancestor_ids).toEqual([
      desa,
      units['Kecamatan Cawas'],
      units['Pemerintah Kabupaten Klaten'],
    ]);

    const loop = await admin.error(UPDATE, { id: desa, changes: { parentId: units['Posyandu Gombang'] } });
    expect(loop.extensions?.fields?.[0]).toMatchObject({
      field: 'parentId',
      messages: { en: 'Posyandu Gombang is under this unit; a parent must not form a loop.' },
    });
    expect((await row(desa))?.parent_id).toBe(units['Kecamatan Cawas']);
  });

  it('renames a unit and changes its services, checked like a new one', async () => {
    const opd = units['Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Klaten']!;
    const renamed = await admin.request<{ updateOrgUnit: { name: string; services: string[] } }>(UPDATE, {
      id: opd,
      changes: { name: 'Disperkim Klaten', services: ['perumahan-rakyat', 'perumahan-rakyat'] },
    });
    expect(renamed.updateOrgUnit).toMatchObject({ name: 'Disperkim Klaten', services: ['perumahan-rakyat'] });
    const taken = await admin.error(UPDATE, { id: opd, changes: { services: ['perumahan-rakyat', 'sosial'] } });
    expect(taken.extensions?.fields?.[0]?.messages.en).toContain('Dinas Sosial');
    expect((await row(opd))?.name).toBe('Disperkim Klaten');
  });

  it('removes an unused unit; refuses one with members, units below it, or history', async () => {
    const spare = await admin.request<{ createOrgUnit: { id: string } }>(CREATE, {
      input: {
        kind: 'POSYANDU',
        name: 'Posyandu Sementara',
        areaCode: GOMBANG,
        parentId: units['Pemerintah Desa Gombang'],
      },
    });
    expect(await admin.request(DELETE, { id: spare.createOrgUnit.id })).toEqual({ deleteOrgUnit: true });
    expect(await row(spare.createOrgUnit.id)).toBeUndefined();

    const withMembers = await admin.error(DELETE, { id: units['Posyandu Gombang'] });
    expect(withMembers.extensions?.code).toBe('UNIT_IN_USE');
    expect(withMembers.extensions?.messages?.id).toMatch(/^Posyandu Gombang tidak dapat dihapus: 1 pengguna berperan/);
    const withChildren = await admin.error(DELETE, { id: units['Puskesmas Cawas I'] });
    expect(withChildren.extensions?.messages?.en).toContain('1 units are under it');

    // A unit nobody works in any more, but whose API key (history) refers to it, stays.
    const retired = await admin.request<{ createOrgUnit: { id: string } }>(CREATE, {
      input: {
        kind: 'OPD',
        name: 'Badan Pendapatan Daerah',
        areaCode: '33.10',
        parentId: units['Pemerintah Kabupaten Klaten'],
      },
    });
    await admin.request(
      `mutation ($o: ID!) { createApiKey(name: "Sistem pajak lama", orgUnitId: $o, expiresAt: "2027-01-01T00:00:00Z") { apiKey { id } } }`,
      { o: retired.createOrgUnit.id },
    );
    const withHistory = await admin.error(DELETE, { id: retired.createOrgUnit.id });
    expect(withHistory.extensions?.code).toBe('UNIT_IN_USE');
    expect(withHistory.extensions?.messages?.en).toContain('cases or records refer to it');
    expect(await row(retired.createOrgUnit.id)).toBeDefined();
  });

  it('is the admin’s alone, and only within their kabupaten', async () => {
    const kader = await t.as('kader.gombang');
    const input = {
      kind: 'POSYANDU',
      name: 'Posyandu Liar',
      areaCode: GOMBANG,
      parentId: units['Pemerintah Desa Gombang'],
    };
    expect((await kader.error(CREATE, { input })).extensions?.code).toBe('FORBIDDEN');
    expect((await new GraphQLClient(t.url).error(CREATE, { input })).extensions?.code).toBe('UNAUTHENTICATED');
    const otherKabupaten = await admin.error(CREATE, { input: { ...input, areaCode: '33.11.01.2001' } });
    expect(otherKabupaten.extensions?.code).toBe('FORBIDDEN');
    expect((await t.sql.query(`select 1 from org_unit where name = 'Posyandu Liar'`)).rows).toEqual([]);
  });
});
