import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const IMPORT = `mutation ($format: String!, $content: String!, $fileName: String, $dryRun: Boolean) {
  importSpmTargets(format: $format, content: $content, fileName: $fileName, dryRun: $dryRun) { rows changed unchanged } }`;
const SET = `mutation ($input: SpmTargetInput!) { setSpmTarget(input: $input) { rows changed unchanged } }`;
const TARGETS = `query ($year: Int!, $areaCode: String) { spmTargets(year: $year, areaCode: $areaCode) {
  areaCode sectorId serviceId target updatedBy } }`;
const HISTORY = `query ($year: Int!) { spmTargetHistory(year: $year) {
  areaCode serviceId oldTarget newTarget source fileName changedBy } }`;
const CAPAIAN = `query { spmRecap(period: { year: 2026 }, areaCode: "33.10.05") {
  capaian { sectorId serviceId sasaran served servedInArea rate status statusLabel { id en } desaWithTarget desaInArea } } }`;

const GOMBANG = '33.10.05.2018';
const POGUNG = '33.10.05.2019';

/** Sasaran (issue 15 item 3): set by the kabupaten admin, imported from CSV/XLSX row by row, with history. */
describe('sasaran SPM: set, imported, kept with history, and capaian that never invents 100 %', () => {
  let t: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-03-02T02:00:00Z') });
    admin = await t.as('admin.klaten');
  });
  afterAll(() => t?.close());

  it('imports a CSV of the pendataan, and says where nothing has a sasaran instead of 100 %', async () => {
    const before = await admin.request<{ spmRecap: { capaian: Array<Record<string, unknown>> } }>(CAPAIAN);
    const dasar = before.spmRecap.capaian.find((c) => c.serviceId === 'pendidikan-dasar');
    expect(dasar).toMatchObject({ sasaran: null, rate: null, status: 'NO_TARGET' });
    expect((dasar?.statusLabel as { id: string }).id).toBe('Sasaran belum ditetapkan');

    const csv = [
      'tahun;kode_desa;nama_desa;sektor;jenis_pelayanan;sasaran',
      `2026;${GOMBANG};Gombang;pendidikan;pendidikan-dasar;40`,
      `2026;${POGUNG};Pogung;pendidikan;pendidikan-dasar;25`,
      `2026;${GOMBANG};Gombang;kesehatan;kesehatan-ibu-hamil;12`,
    ].join('\r\n');
    const result = await admin.request<{ importSpmTargets: Record<string, number> }>(IMPORT, {
      format: 'CSV',
      content: csv,
      fileName: 'pendataan-2026.csv',
    });
    expect(result.importSpmTargets).toEqual({ rows: 3, changed: 3, unchanged: 0 });
    const after = await admin.request<{ spmRecap: { capaian: Array<Record<string, unknown>> } }>(CAPAIAN);
    const row = (id: string) => after.spmRecap.capaian.find((c) => c.serviceId === id);
    // Cawas has more desa than the two with a sasaran: capaian counts those two, and says so.
    expect(row('pendidikan-dasar')).toMatchObject({ sasaran: 65, served: 0, rate: 0, status: 'PARTIAL_TARGET' });
    expect(row('pendidikan-dasar')?.desaWithTarget).toBe(2);
    expect(row('kesehatan-ibu-hamil')).toMatchObject({ sasaran: 12, desaWithTarget: 1 });
    expect(row('kepesertaan-jkn'), 'supporting services have no capaian').toBeUndefined();
    expect(row('paud')).toMatchObject({ sasaran: null, rate: null, status: 'NO_TARGET' });

    // The same file again changes nothing and writes no history.
    const again = await admin.request<{ importSpmTargets: Record<string, number> }>(IMPORT, {
      format: 'CSV',
      content: csv,
    });
    expect(again.importSpmTargets).toEqual({ rows: 3, changed: 0, unchanged: 3 });
  });

  it('checks every row and column and writes nothing when one is bad', async () => {
    const csv = [
      'tahun,kode_desa,sektor,jenis_pelayanan,sasaran',
      `2026,${GOMBANG},pendidikan,pendidikan-dasar,99`,
      `20x6,${GOMBANG},pendidikan,paud,10`,
      `2026,33.10.05.9999,pendidikan,paud,10`,
      `2026,${POGUNG},pendidikan,kepesertaan-jkn,10`,
      `2026,${POGUNG},kesehatan,kesehatan-balita,-3`,
      `2026,${GOMBANG},pendidikan,pendidikan-dasar,41`,
      `2026,${POGUNG},sihir,paud,1`,
    ].join('\n');
    const error = await admin.error(IMPORT, { format: 'CSV', content: csv });
    expect(error.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error.extensions?.fields?.map((f) => f.field)).toEqual([
      'rows[3].tahun',
      'rows[4].kode_desa',
      'rows[5].jenis_pelayanan',
      'rows[6].sasaran',
      'rows[7]',
      'rows[8].sektor',
    ]);
    const messages = error.extensions?.fields?.map((f) => f.messages) ?? [];
    expect(messages[1]).toEqual({
      id: '[UNKNOWN_DESA] Baris 4, kolom kode_desa: "33.10.05.9999" bukan kode desa yang dikenal.',
      en: '[UNKNOWN_DESA] Row 4, column kode_desa: "33.10.05.9999" is not a known desa code.',
    });
    expect(messages[4]?.en).toBe('[DUPLICATE_ROW] Row 7: the same target is already on row 2.');
    const targets = await admin.request<{ spmTargets: Array<{ areaCode: string; serviceId: string; target: number }> }>(
      TARGETS,
      { year: 2026 },
    );
    expect(targets.spmTargets.find((x) => x.areaCode === GOMBANG && x.serviceId === 'pendidikan-dasar')?.target).toBe(
      40,
    );
    const missing = await admin.error(IMPORT, { format: 'CSV', content: 'tahun,desa,sasaran\n2026,x,1' });
    expect(missing.extensions?.fields?.[0]?.field).toBe('rows[1]');
  });

  it('imports an XLSX, sets and clears one by hand, and keeps who changed what when', async () => {
    const xlsx = await writeXlsxFile(
      [
        ['tahun', 'kode_desa', 'sektor', 'jenis_pelayanan', 'sasaran'].map((value) => ({ value })),
        [
          { value: 2026, type: Number },
          { value: POGUNG },
          { value: 'sosial' },
          { value: 'rehsos-lansia' },
          { value: 7, type: Number },
        ],
      ],
      {},
    ).toBuffer();
    const imported = await admin.request<{ importSpmTargets: Record<string, number> }>(IMPORT, {
      format: 'XLSX',
      content: Buffer.from(xlsx).toString('base64'),
      fileName: 'lansia.xlsx',
    });
    expect(imported.importSpmTargets).toEqual({ rows: 1, changed: 1, unchanged: 0 });

    t.clock.advance(60_000);
    await admin.request(SET, {
      input: { year: 2026, areaCode: GOMBANG, sectorId: 'pendidikan', serviceId: 'pendidikan-dasar', target: 45 },
    });
    await admin.request(SET, {
      input: { year: 2026, areaCode: GOMBANG, sectorId: 'kesehatan', serviceId: 'kesehatan-ibu-hamil', target: null },
    });
    const history = await admin.request<{ spmTargetHistory: Array<Record<string, unknown>> }>(HISTORY, { year: 2026 });
    expect(history.spmTargetHistory.slice(0, 3)).toEqual([
      expect.objectContaining({
        serviceId: 'kesehatan-ibu-hamil',
        oldTarget: 12,
        newTarget: null,
        source: 'MANUAL',
        changedBy: 'admin.klaten',
      }),
      expect.objectContaining({ serviceId: 'pendidikan-dasar', oldTarget: 40, newTarget: 45, source: 'MANUAL' }),
      expect.objectContaining({
        serviceId: 'rehsos-lansia',
        oldTarget: null,
        newTarget: 7,
        source: 'IMPORT',
        fileName: 'lansia.xlsx',
      }),
    ]);
    expect(history.spmTargetHistory).toHaveLength(6);
  });

  it('lets only the kabupaten admin change sasaran, and refuses a bad one naming the field', async () => {
    const camat = await t.as('camat.cawas');
    const input = { year: 2026, areaCode: GOMBANG, sectorId: 'pendidikan', serviceId: 'paud', target: 3 };
    expect((await camat.error(SET, { input })).extensions?.code).toBe('FORBIDDEN');
    expect((await camat.error(IMPORT, { format: 'CSV', content: 'x' })).extensions?.code).toBe('FORBIDDEN');
    // The camat reads the sasaran of the kecamatan (they read its recap).
    const read = await camat.request<{ spmTargets: unknown[] }>(TARGETS, { year: 2026 });
    expect(read.spmTargets.length).toBeGreaterThan(0);
    const bad = await admin.error(SET, { input: { ...input, serviceId: 'kepesertaan-jkn', target: -1 } });
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['serviceId', 'target']);
  });
});
