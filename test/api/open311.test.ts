import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CREATE_KEY = `mutation ($unit: ID!, $scope: ApiKeyScope) {
  createApiKey(orgUnitId: $unit, name: "Portal Lapor Desa", expiresAt: "2027-06-30T00:00:00Z", scope: $scope) { secret } }`;

/** A request as a GeoReport v2 client posts it: form-encoded, attributes as attribute[code]. */
function requestForm(apiKey: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    api_key: apiKey,
    jurisdiction_id: '33.10',
    service_code: 'pendidikan.basic-education-cost-aid',
    first_name: 'Siti',
    last_name: 'Aminah',
    phone: '0812-2700-4321',
    description: 'Anak kelas 4 SD tidak mampu membayar seragam dan buku.',
    'attribute[nik]': '3310055708850003',
    'attribute[studentName]': 'Dewi Lestari',
    'attribute[schoolName]': 'SD Negeri 1 Gombang',
    'attribute[schoolLevel]': 'SD',
    ...extra,
  });
}

/** Open311 GeoReport v2 at /open311/v2, tried with raw HTTP as the specification writes it (issue 17). */
describe('Open311 GeoReport v2: services, posting a request with an API key, reading it back', () => {
  let t: TestServer;
  let act: string;
  let read: string;
  const open311 = (path: string, init?: RequestInit) => fetch(`${t.url}/open311/v2/${path}`, init);
  const post = (form: URLSearchParams, format = 'json') =>
    open311(`requests.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });

  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin], clock: new TestClock('2026-11-23T02:00:00Z') });
    const unit = (await t.sql.query<{ id: string }>(`select id from org_unit where name = 'Posyandu Gombang'`)).rows[0]!
      .id;
    const admin = await t.as('admin.klaten');
    act = (await admin.request<{ createApiKey: { secret: string } }>(CREATE_KEY, { unit, scope: 'ACT' })).createApiKey
      .secret;
    read = (await admin.request<{ createApiKey: { secret: string } }>(CREATE_KEY, { unit, scope: 'READ' })).createApiKey
      .secret;
  });
  afterAll(() => t?.close());

  it('lists the installed service types as services, in JSON and XML', async () => {
    const res = await open311('services.json?jurisdiction_id=33.10');
    expect(res.status).toBe(200);
    const services = (await res.json()) as Array<Record<string, unknown>>;
    expect(services.map((s) => s.service_code)).toEqual(
      expect.arrayContaining(['pendidikan.basic-education-cost-aid', 'pendidikan.paud-cost-aid']),
    );
    expect(services[0]).toMatchObject({ metadata: true, type: 'realtime', group: 'Pendidikan' });
    const xml = await (await open311('services.xml')).text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>pendidikan\./);
    expect((await open311('services.json?jurisdiction_id=99.99')).status).toBe(404);
  });

  it('describes a service with its attributes: the NIK, then the plugin’s facts with their values', async () => {
    const res = await open311('services/pendidikan.basic-education-cost-aid.json');
    const definition = (await res.json()) as {
      service_code: string;
      attributes: Array<{ code: string; datatype: string; required: boolean; values?: Array<{ key: string }> }>;
    };
    expect(definition.service_code).toBe('pendidikan.basic-education-cost-aid');
    expect(definition.attributes.map((a) => a.code)).toEqual(
      expect.arrayContaining(['nik', 'studentName', 'schoolName', 'schoolLevel']),
    );
    const level = definition.attributes.find((a) => a.code === 'schoolLevel');
    expect(level).toMatchObject({ datatype: 'singlevaluelist', required: true });
    expect(level?.values?.map((v) => v.key)).toEqual(['PAUD', 'SD', 'SMP', 'KESETARAAN']);
    const missing = await open311('services/pendidikan.no-such.json');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([{ code: 404, description: 'service_code: no such service' }]);
  });

  it('posts a request with an ACT key, and reads it back by id and by status and date', async () => {
    const res = await post(requestForm(act));
    expect(res.status).toBe(201);
    const [created] = (await res.json()) as Array<{ service_request_id: string; service_notice: string }>;
    expect(created?.service_request_id).toMatch(/^SPM-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const byId = await open311(`requests/${created?.service_request_id}.json?api_key=${act}`);
    const [request] = (await byId.json()) as Array<Record<string, unknown>>;
    expect(request).toMatchObject({
      service_request_id: created?.service_request_id,
      status: 'open',
      service_code: 'pendidikan.basic-education-cost-aid',
      agency_responsible: 'Posyandu Gombang',
      requested_datetime: '2026-11-23T02:00:00.000Z',
      address_id: expect.stringMatching(/^33\.10\./),
    });
    expect(String(request?.status_notes)).toContain('/');
    const listed = await open311(`requests.json?status=open&start_date=2026-11-01T00:00:00Z&api_key=${act}`);
    expect(((await listed.json()) as Array<{ service_request_id: string }>).map((r) => r.service_request_id)).toEqual([
      created?.service_request_id,
    ]);
    const closed = await open311(`requests.json?status=closed&api_key=${act}`);
    expect(await closed.json()).toEqual([]);
    const xml = await (await open311(`requests/${created?.service_request_id}.xml?api_key=${act}`)).text();
    expect(xml).toContain(`<service_requests><request><service_request_id>${created?.service_request_id}`);
    // The case is a real case: in the kader's queue, registered through the same checks and audited.
    const audit = await t.sql.query(
      `select outcome, case_id is not null as has_case from audit_log where operation = 'open311.postRequest'`,
    );
    expect(audit.rows).toEqual([{ outcome: 'OK', has_case: true }]);
    const kader = await t.as('kader.gombang');
    const found = await kader.request<{ caseByCode: { facts: Record<string, unknown> } }>(
      'query ($c: String!) { caseByCode(code: $c) { facts } }',
      { c: created?.service_request_id },
    );
    expect(found.caseByCode.facts).toMatchObject({ schoolLevel: 'SD', studentName: 'Dewi Lestari' });
  });

  it('invalid attributes get Open311-shaped errors, field by field, and nothing is written', async () => {
    const before = (await t.sql.query('select count(*)::int as n from spm_case')).rows[0].n as number;
    const bad = await post(
      requestForm(act, {
        'attribute[schoolLevel]': 'UNIVERSITAS',
        'attribute[nik]': '1234',
        'attribute[shoeSize]': '42',
      }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual([
      { code: 400, description: 'attribute[shoeSize]: not an attribute of this service' },
    ]);
    const invalid = await post(requestForm(act, { 'attribute[schoolLevel]': 'UNIVERSITAS', 'attribute[nik]': '1234' }));
    expect(invalid.status).toBe(400);
    const errors = (await invalid.json()) as Array<{ code: number; description: string }>;
    expect(errors.every((e) => e.code === 400)).toBe(true);
    expect(errors.map((e) => e.description.split(':')[0])).toEqual(
      expect.arrayContaining(['attribute[nik]', 'attribute[schoolLevel]']),
    );
    const xml = await post(requestForm(act, { 'attribute[nik]': '1234' }), 'xml');
    expect(await xml.text()).toMatch(/<errors><error><code>400<\/code><description>attribute\[nik\]: /);
    const readOnly = await post(requestForm(read));
    expect(readOnly.status).toBe(403);
    expect(((await readOnly.json()) as Array<{ code: number }>)[0]?.code).toBe(403);
    const anonymous = await post(requestForm(''));
    expect(anonymous.status).toBe(401);
    expect((await t.sql.query('select count(*)::int as n from spm_case')).rows[0].n).toBe(before);
  });
});
