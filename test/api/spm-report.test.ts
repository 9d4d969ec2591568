import { strFromU8, unzipSync } from 'fflate';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const REPORT = `query ($from: String!, $to: String!, $areaCode: String, $sectorId: String) {
  spmReport(from: $from, to: $to, areaCode: $areaCode, sectorId: $sectorId) {
    from to timeZone returned
    totals { registered open openOverdue paused closed closedOnTime closedLate resolved rejected onTimeRate }
    bySector { sectorId name { id en } counts { registered closed } }
    settledAt { unitKind label { id } count }
    timeByHolder { unitKind holdings workingDays averageWorkingDays }
  } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { id version } }`;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

interface Step {
  id: string;
  version: number;
}
interface Report {
  totals: Record<string, number | null>;
  returned: number;
  bySector: Array<{ sectorId: string; counts: { registered: number; closed: number } }>;
  settledAt: Array<{ unitKind: string; count: number }>;
  timeByHolder: Array<{ unitKind: string; holdings: number; workingDays: number; averageWorkingDays: number }>;
}

/**
 * Five education cases of November 2026 in Kecamatan Cawas, each taken somewhere different, and one
 * of October; the report is read on Wednesday 2 December, when the open ones are past their deadline.
 */
describe('the SPM report: cases of a period in the viewer’s reach — on time, overdue, where settled, who used the time', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let perangkat: GraphQLClient;
  let opd: GraphQLClient;

  const act = async (client: GraphQLClient, c: Step, action: string, input?: Record<string, unknown>) =>
    (await client.request<{ performAction: Step }>(ACT, { id: c.id, action, v: c.version, input })).performAction;
  const register = async (client: GraphQLClient) =>
    (
      await client.request<{ registerCase: Step }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
        { input: pendidikanInput() },
      )
    ).registerCase;
  const notEligible = async (c: Step) => {
    c = await act(kader, c, 'start-verification');
    c = (
      await kader.request<{ recordVisit: Step }>(
        `mutation ($id: ID!, $visit: VisitInput!) { recordVisit(caseId: $id, visit: $visit) { id version } }`,
        {
          id: c.id,
          visit: {
            kind: 'HOME',
            visitedAt: t.clock.now().toISOString(),
            participants: 'Kader Sri',
            findings: 'Keluarga mampu; anak sudah menerima beasiswa sekolah.',
            recommendation: 'NOT_ELIGIBLE',
          },
        },
      )
    ).recordVisit;
    return act(kader, c, 'declare-not-eligible', { reason: 'Sudah menerima beasiswa dari sekolah.' });
  };
  const report = (client: GraphQLClient, vars: Record<string, unknown> = NOVEMBER) =>
    client.request<{ spmReport: Report }>(REPORT, vars).then((r) => r.spmReport);

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-10-15T02:00:00Z') });
    [kader, perangkat, opd] = [
      await t.as('kader.gombang'),
      await t.as('perangkat.gombang'),
      await t.as('opd.pendidikan'),
    ];
    const kaderPogung = await t.as('kader.pogung');
    await register(kader); // October: outside the period.

    t.clock.set('2026-11-23T02:00:00Z'); // Monday 23 November, 09:00 WIB; due Monday 30 November.
    const served = await caseForwardedToOpd(t); // A: to the education OPD…
    const returned = await caseForwardedToOpd(t); // D: to the OPD, which returns it (bukan wewenang)
    const refused = await register(kader); // B: found not eligible at the Posyandu the next day
    const lateRefusal = await register(kader); // C2: found not eligible after the deadline
    await register(kader); // C: never touched — overdue by the report
    await register(kaderPogung); // E: another desa of the same kecamatan

    t.clock.set('2026-11-24T02:00:00Z');
    await notEligible(refused);
    await act(opd, returned, 'return-not-competent', { reason: 'Bantuan seragam adalah wewenang Dinas Sosial.' });
    t.clock.set('2026-11-25T02:00:00Z'); // Wednesday: the OPD took 2 working days.
    const followedUp = await act(opd, served, 'record-opd-follow-up', { note: 'Bantuan seragam dan buku disetujui.' });
    await act(opd, followedUp, 'complete', { note: 'Bantuan diserahkan ke sekolah.' });
    t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 1 December: one working day late.
    await notEligible(lateRefusal);
    t.clock.set('2026-12-02T02:00:00Z');
  });
  afterAll(() => t?.close());

  it('counts for the village officer every November case of Desa Gombang, by what became of it', async () => {
    const r = await report(perangkat);
    expect(r.totals).toEqual({
      registered: 5,
      open: 2, // C, and D back at the village
      openOverdue: 2,
      paused: 0,
      closed: 3,
      closedOnTime: 2,
      closedLate: 1,
      resolved: 1,
      rejected: 2,
      onTimeRate: 2 / 5, // the two open overdue cases count as misses
    });
    expect(r.returned).toBe(1);
    expect(r.bySector).toContainEqual({
      sectorId: 'pendidikan',
      name: { id: 'Pendidikan', en: 'Education' },
      counts: { registered: 5, closed: 3 },
    });
    // Every sector is a row, zeros included.
    expect(r.bySector.map((s) => s.sectorId).sort()).toEqual([
      'kesehatan',
      'pekerjaan-umum',
      'pendidikan',
      'perumahan-rakyat',
      'sosial',
      'trantibumlinmas',
    ]);
    expect(r.bySector.find((s) => s.sectorId === 'sosial')?.counts).toEqual({ registered: 0, closed: 0 });
    // The lowest level that could: two refusals at the Posyandu, one case served by the OPD.
    expect(r.settledAt).toEqual(
      expect.arrayContaining([
        { unitKind: 'POSYANDU', label: { id: 'Posyandu' }, count: 2 },
        { unitKind: 'OPD', label: { id: 'OPD (dinas)' }, count: 1 },
      ]),
    );
    expect(r.settledAt.filter((k) => k.count > 0)).toHaveLength(2);
    const opdTime = r.timeByHolder.find((h) => h.unitKind === 'OPD');
    // A: 23 → 25 November (2 working days); D: 23 → 24 November (1).
    expect(opdTime).toEqual({ unitKind: 'OPD', holdings: 2, workingDays: 3, averageWorkingDays: 1.5 });
  });

  it('gives each viewer only the cases they reach: the camat the kecamatan, the OPD what came to it, the admin the kabupaten', async () => {
    expect((await report(await t.as('camat.cawas'))).totals.registered).toBe(6);
    expect((await report(opd)).totals).toMatchObject({ registered: 2, closed: 1, resolved: 1 });
    expect((await report(await t.as('kader.pogung'))).totals.registered).toBe(1);
    expect((await report(await t.as('admin.klaten'))).totals.registered).toBe(6);
    expect((await report(await t.as('polisi.cawas'))).totals.registered).toBe(0);
    expect((await report(perangkat, { from: '2026-10-01', to: '2026-10-31' })).totals.registered).toBe(1);
    const anonymous = await new GraphQLClient(t.url).error(REPORT, NOVEMBER);
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('narrows to a desa or a sector, and refuses dates and filters it cannot read, naming each field', async () => {
    const camat = await t.as('camat.cawas');
    expect((await report(camat, { ...NOVEMBER, areaCode: '33.10.05.2019' })).totals.registered).toBe(1);
    expect((await report(camat, { ...NOVEMBER, sectorId: 'sosial' })).totals.registered).toBe(0);
    const bad = await camat.error(REPORT, {
      from: '2026-11-31',
      to: '2025-01-01',
      areaCode: 'Cawas',
      sectorId: 'pariwisata',
    });
    expect(bad.extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['from', 'areaCode', 'sectorId']);
    const backwards = await camat.error(REPORT, { from: '2026-11-30', to: '2026-11-01' });
    expect(backwards.extensions?.fields).toEqual([
      {
        field: 'to',
        messages: { id: 'Tanggal akhir sebelum tanggal awal.', en: 'The end date is before the start date.' },
      },
    ]);
    const tooLong = await camat.error(REPORT, { from: '2025-01-01', to: '2026-11-30' });
    expect(tooLong.extensions?.fields?.[0]?.messages.en).toBe('A report covers at most 366 days.');
  });
});

describe('the SPM report as a file: GET /reports/spm (CSV or XLSX), for the same viewers', () => {
  let t: TestServer;
  let perangkat: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-11-23T02:00:00Z') });
    perangkat = await t.as('perangkat.gombang');
    await (
      await t.as('kader.gombang')
    ).request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
      input: pendidikanInput(),
    });
  });
  afterAll(() => t?.close());

  const download = (query: string, token: string | null) =>
    fetch(`${t.url}/reports/spm?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('downloads a CSV a spreadsheet opens: UTF-8 with a BOM, one row per number, Indonesian and English labels', async () => {
    const res = await download('from=2026-11-01&to=2026-11-30&format=csv', perangkat.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="laporan-spm-2026-11-01-2026-11-30.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('bagian,kunci,uraian,description,nilai');
    expect(lines).toContain('total,registered,Kasus terdaftar,Cases registered,1');
    expect(lines).toContain('total,openOverdue,Berjalan dan lewat tenggat,Open and overdue,0');
    expect(lines).toContain('sektor:pendidikan,registered,Kasus terdaftar,Cases registered,1');
  });

  it('downloads an XLSX workbook with the same numbers as numbers', async () => {
    const res = await download('from=2026-11-01&to=2026-11-30&format=xlsx', perangkat.token);
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Laporan SPM"');
    expect(`${sheet}${strings}`).toContain('Kasus terdaftar');
    // The "registered" total is a numeric cell holding 1, not the text "1".
    expect(sheet).toMatch(/<c r="E6"[^>]*><v>1<\/v><\/c>/);
  });

  it('refuses a stranger and bad parameters with coded bilingual JSON', async () => {
    const anonymous = await download('from=2026-11-01&to=2026-11-30', null);
    expect(anonymous.status).toBe(401);
    const bad = await download('from=2026-11-01&to=2026-11-30&format=pdf', perangkat.token);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: Array<{ extensions: { code: string; fields: unknown[] } }> };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'format', messages: { id: 'Format: csv atau xlsx.', en: 'Format: csv or xlsx.' } }],
    });
    const backwards = await download('from=2026-11-30&to=2026-11-01', perangkat.token);
    expect(backwards.status).toBe(400);
  });
});
