import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LIST = `query ($filter: CaseFilter, $orderBy: CaseOrder) {
  cases(filter: $filter, first: 100, orderBy: $orderBy) { edges { node { code } } } }`;

const APPLICANTS = [
  { nik: '3310055708850003', name: 'Sri Lestari' },
  { nik: '3310051203790002', name: 'Bambang Riyadi' },
  { nik: '3310054106900004', name: 'Wulan Sari' },
];

/** Reads the first sheet of an XLSX as rows of cells (strings and numbers), as spm-recap.test.ts does. */
function xlsxRows(bytes: Uint8Array): Array<Array<string | number | null>> {
  const xlsx = unzipSync(bytes);
  const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']!);
  const strings = [...strFromU8(xlsx['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  const column = (ref: string) => [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/g)].map((row) => {
    const out: Array<string | number | null> = Array.from({ length: 17 }, () => null);
    for (const m of row[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
      if (m[3] !== undefined) out[column(m[1]!)] = /t="s"/.test(m[2]!) ? (strings[Number(m[3])] ?? null) : Number(m[3]);
    }
    return out;
  });
}

/** An XLSX date serial (days since 1899-12-30, no zone) as the wall-clock text the CSV writes. */
function serialText(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 16).replace('T', ' ');
}

/** A plain CSV reader for the export (no quoted commas in these rows). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(','));
}

/** GET /reports/cases (issue 15 item 4): the filtered case list as CSV/XLSX, same rows as cases(filter:). */
describe('case list export', () => {
  let t: TestServer;
  let kader: GraphQLClient;

  const exportOf = (client: GraphQLClient, query: string) =>
    fetch(`${t.url}/reports/cases?${query}`, { headers: { authorization: `Bearer ${client.token}` } });

  beforeAll(async () => {
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock: new TestClock('2026-11-23T02:00:00Z'),
      limits: { maxExportRows: 2 },
    });
    kader = await t.as('kader.gombang');
    const ids: string[] = [];
    for (const applicant of APPLICANTS) {
      t.clock.advance(60_000);
      const r = await kader.request<{ registerCase: { id: string; version: number } }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
        { input: pendidikanInput({ applicant }) },
      );
      ids.push(r.registerCase.id);
      if (ids.length === 1) {
        await kader.request(
          `mutation ($id: ID!, $v: Int!) { performAction(caseId: $id, action: "start-verification", expectedVersion: $v) { id } }`,
          { id: r.registerCase.id, v: r.registerCase.version },
        );
      }
    }
  });
  afterAll(() => t?.close());

  it('exports exactly the rows of cases(filter:) for the viewer, in its order, the NIK masked, CSV = XLSX', async () => {
    const filter = { status: 'registered' };
    const listed = (
      await kader.request<{ cases: { edges: Array<{ node: { code: string } }> } }>(LIST, {
        filter,
        orderBy: 'REGISTERED_ASC',
      })
    ).cases.edges.map((e) => e.node.code);
    expect(listed).toHaveLength(2);

    const csv = await exportOf(kader, 'format=csv&status=registered&orderBy=REGISTERED_ASC');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const body = await csv.text();
    for (const a of APPLICANTS) expect(body).not.toContain(a.nik);
    const [header, ...rows] = csvRows(body);
    expect(header).toEqual([
      'Kode',
      'Sektor',
      'Jenis layanan',
      'Jenis pelayanan dasar',
      'Penerima',
      'Status',
      'Hasil',
      'Alasan / cara penyelesaian',
      'Unit pemegang',
      'Didaftarkan (WIB)',
      'Tenggat (WIB)',
      'Ditutup (WIB)',
      'Lewat tenggat',
      'Nama pemohon',
      'NIK pemohon (disamarkan)',
      'Desa/Kelurahan',
      'Kode wilayah',
    ]);
    expect(rows.map((r) => r[0])).toEqual(listed);
    expect(rows.map((r) => r[13])).toEqual(['Bambang Riyadi', 'Wulan Sari']);
    expect(rows.map((r) => r[14])).toEqual(['3310••••••••0002', '3310••••••••0004']);
    expect(rows.map((r) => r[12])).toEqual(['tidak', 'tidak']);
    // Times in Klaten's wall clock (WIB), not UTC: registered 02:02 and 02:03 UTC on Monday 23
    // November, due at the end of the 5th working day after, not closed.
    expect(rows.map((r) => r.slice(9, 12))).toEqual([
      ['2026-11-23 09:02', '2026-11-30 23:59', ''],
      ['2026-11-23 09:03', '2026-11-30 23:59', ''],
    ]);

    const xlsxResponse = await exportOf(kader, 'format=xlsx&status=registered&orderBy=REGISTERED_ASC');
    expect(xlsxResponse.status).toBe(200);
    const bytes = new Uint8Array(await xlsxResponse.arrayBuffer());
    const xlsx = xlsxRows(bytes);
    // The times are real dates: numbers (date serials) with a date format, the same wall clock as the CSV.
    for (const row of xlsx.slice(1)) for (const i of [9, 10]) expect(typeof row[i]).toBe('number');
    expect(strFromU8(unzipSync(bytes)['xl/styles.xml']!)).toContain('formatCode="yyyy-mm-dd hh:mm"');
    const asText = (r: Array<string | number | null>, i: number) =>
      r[i] === null ? '' : typeof r[i] === 'number' && i >= 9 && i <= 11 ? serialText(r[i]) : String(r[i]);
    expect(xlsx.map((r, n) => r.map((_, i) => (n === 0 ? String(r[i] ?? '') : asText(r, i))))).toEqual([
      header,
      ...rows,
    ]);

    // English headers on request.
    const en = csvRows(await (await exportOf(kader, 'format=csv&status=registered&lang=en')).text());
    expect(en[0]?.[0]).toBe('Code');
    expect(en[0]?.[14]).toBe('Applicant NIK (masked)');
    expect(en[0]?.[9]).toBe('Registered at (WIB)');

    // The download is audited like the report's.
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const audit = await db.query<{ n: number }>(
        `select count(*)::int as n from audit_log where operation = 'reports/cases' and outcome = 'OK'`,
      );
      expect(audit.rows[0]?.n).toBeGreaterThanOrEqual(3);
    } finally {
      await db.end();
    }
  });

  it('a kader of another desa gets none of them', async () => {
    const other = await t.as('kader.pogung');
    const res = await exportOf(other, 'format=csv&status=registered');
    expect(res.status).toBe(200);
    expect(csvRows(await res.text())).toHaveLength(1);
  });

  it('over the row limit: EXPORT_TOO_LARGE (422) in id and en, nothing written', async () => {
    const res = await exportOf(kader, 'format=xlsx');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const error = ((await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0];
    expect(error?.extensions.code).toBe('EXPORT_TOO_LARGE');
    expect(error?.extensions.messages).toMatchObject({
      id: expect.stringContaining('Persempit saringan'),
      en: expect.stringContaining('Narrow the filter'),
    });
    expect(error?.extensions.details).toEqual({ maxRows: 2 });
  });

  it('a bad filter value is the same VALIDATION_FAILED as the GraphQL filter', async () => {
    const graphql = await kader.error(LIST, { filter: { registeredFrom: '23-11-2026' } });
    const res = await exportOf(kader, 'format=csv&registeredFrom=23-11-2026');
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { errors: Array<{ extensions: { code: string; fields: unknown } }> })
      .errors[0];
    expect(error?.extensions.code).toBe(graphql.extensions?.code);
    expect(error?.extensions.code).toBe('VALIDATION_FAILED');
    expect(error?.extensions.fields).toEqual([
      { field: 'filter.registeredFrom', messages: graphql.extensions?.fields?.[0]?.messages },
    ]);
    const outcome = await exportOf(kader, 'format=csv&outcome=LOST');
    expect(outcome.status).toBe(400);
    const body = (await outcome.json()) as { errors: Array<{ extensions: { fields: Array<{ field: string }> } }> };
    expect(body.errors[0]?.extensions.fields.map((f) => f.field)).toEqual(['filter.outcome']);
  });
});
