import { createRequire } from 'node:module';
import path from 'node:path';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/**
 * Issue 15's acceptance scenario: November 2026 in Kecamatan Cawas, seeded with known outcomes —
 * every outcome state, every decline reason, both kinds of village settlement credited to four
 * different units, returns, overdue open cases, a paused clock, three sectors and four jenis
 * pelayanan × penerima — read on Wednesday 2 December 2026 by the camat. The screen (GraphQL), the
 * CSV, the XLSX, the PDF and the drill-down case lists are all checked against ONE table: EXPECTED.
 *
 * The cases are written straight into `spm_case` (a copy of one registered case with the facts of
 * each scenario case), so the rollup triggers see exactly what a workflow would leave behind.
 */

const GOMBANG = '33.10.05.2018';
const POGUNG = '33.10.05.2019';

/** An open case (in progress, paused, overdue) or a closed one with its outcome and what goes with it. */
interface Cell {
  open?: 'IN_PROGRESS' | 'PAUSED' | 'OVERDUE';
  outcome?: 'COMPLETED' | 'DECLINED' | 'SETTLED_AT_VILLAGE' | 'WITHDRAWN' | 'CANNOT_BE_SERVED';
  onTime?: boolean;
  days?: number;
  reason?: string;
  kind?: string;
  /** The unit that settled at village level. */
  by?: string;
}

interface SeedCase {
  desa: string;
  sector: string;
  type: string;
  service: string;
  penerima: string;
  cell: Cell;
  returns?: number;
  /** Registration day; default 16 November 2026. */
  on?: string;
}

const P = { sector: 'pendidikan', type: 'basic-education-cost-aid', service: 'pendidikan-dasar', penerima: 'CHILD' };
const HAMIL = {
  sector: 'kesehatan',
  type: 'home-visit-monitoring',
  service: 'kesehatan-ibu-hamil',
  penerima: 'PREGNANT_WOMAN',
};
const BALITA = { sector: 'kesehatan', type: 'home-visit-monitoring', service: 'kesehatan-balita', penerima: 'TODDLER' };
const LANSIA = { sector: 'sosial', type: 'elderly-services', service: 'rehsos-lansia', penerima: 'ELDERLY' };

const SCENARIO: SeedCase[] = [
  { desa: GOMBANG, ...P, cell: { outcome: 'COMPLETED', onTime: true, days: 2 } },
  { desa: GOMBANG, ...P, cell: { outcome: 'COMPLETED', onTime: true, days: 4 } },
  { desa: GOMBANG, ...P, cell: { outcome: 'COMPLETED', onTime: false, days: 8 } },
  { desa: GOMBANG, ...P, cell: { outcome: 'DECLINED', reason: 'NOT_ELIGIBLE' } },
  { desa: GOMBANG, ...P, cell: { outcome: 'DECLINED', reason: 'INCOMPLETE' } },
  { desa: GOMBANG, ...P, cell: { outcome: 'DECLINED', reason: 'DUPLICATE' } },
  { desa: GOMBANG, ...P, cell: { open: 'OVERDUE' } },
  { desa: GOMBANG, ...P, cell: { open: 'IN_PROGRESS' }, on: '2026-11-30' },
  { desa: GOMBANG, ...P, cell: { open: 'PAUSED' } },
  { desa: POGUNG, ...P, cell: { outcome: 'DECLINED', reason: 'NOT_AUTHORITY' }, returns: 1 },
  { desa: POGUNG, ...P, cell: { outcome: 'DECLINED', reason: 'OTHER' } },
  { desa: POGUNG, ...P, cell: { outcome: 'COMPLETED', onTime: true, days: 3 } },
  { desa: GOMBANG, ...HAMIL, cell: { outcome: 'SETTLED_AT_VILLAGE', kind: 'MUSYAWARAH', by: 'Posyandu Gombang' } },
  {
    desa: GOMBANG,
    ...HAMIL,
    cell: { outcome: 'SETTLED_AT_VILLAGE', kind: 'DIRECT_HELP', by: 'Pemerintah Desa Gombang' },
  },
  { desa: GOMBANG, ...HAMIL, cell: { outcome: 'WITHDRAWN' } },
  { desa: GOMBANG, ...HAMIL, cell: { outcome: 'CANNOT_BE_SERVED' } },
  { desa: GOMBANG, ...HAMIL, cell: { open: 'OVERDUE' }, returns: 2 },
  {
    desa: POGUNG,
    ...BALITA,
    cell: { outcome: 'SETTLED_AT_VILLAGE', kind: 'DIRECT_HELP', by: 'Pemerintah Desa Pogung' },
  },
  { desa: POGUNG, ...BALITA, cell: { outcome: 'COMPLETED', onTime: false, days: 6 } },
  { desa: POGUNG, ...LANSIA, cell: { outcome: 'SETTLED_AT_VILLAGE', kind: 'MUSYAWARAH', by: 'Posyandu Pogung' } },
  { desa: POGUNG, ...LANSIA, cell: { open: 'OVERDUE' } },
  // October: outside the period.
  { desa: POGUNG, ...LANSIA, cell: { outcome: 'COMPLETED', onTime: true, days: 1 }, on: '2026-10-20' },
];

/**
 * THE expected table. Columns: jenis pelayanan, penerima, then received, in progress, open overdue,
 * completed on time, completed late, declined, returned, settled at village, withdrawn, cannot be
 * served, median and p90 working days, on-time % — then declined not eligible, incomplete, not our
 * authority, duplicate, other reason, settled by musyawarah, by direct help.
 */
const MAIN = [
  'received',
  'inProgress',
  'openOverdue',
  'completedOnTime',
  'completedLate',
  'declined',
  'returned',
  'settledAtVillage',
  'withdrawn',
  'cannotBeServed',
  'medianWorkingDays',
  'p90WorkingDays',
  'onTimeRatePercent',
] as const;
const REASONS = ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'] as const;
const KINDS = ['MUSYAWARAH', 'DIRECT_HELP'] as const;
type Figure = number | string | null;
type Line = [string, string, ...Figure[]];
// prettier-ignore
const EXPECTED: Line[] = [
  // service, penerima,                        rec prog over onT late decl ret sett wdr cbs med p90  %     NE INC NA DUP OTH MUS DH
  //                                                                                                          sasaran served capaian% status
  ['Pendidikan Dasar', 'Anak usia sekolah (5–18 tahun)', 12, 2, 1, 3, 1, 5, 1, 0, 0, 0, 3, 8, 60,  1, 1, 1, 1, 1, 0, 0, 15, 3, 20, 'PARTIAL_TARGET'],
  ['Pelayanan kesehatan ibu hamil', 'Ibu hamil',         5, 0, 1, 0, 0, 0, 2, 2, 1, 1, null, null, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, null, 'ZERO_TARGET'],
  ['Pelayanan kesehatan balita', 'Balita',               2, 0, 0, 0, 1, 0, 0, 1, 0, 0, 6, 6, 0,    0, 0, 0, 0, 0, 0, 1, null, 0, null, 'NO_TARGET'],
  ['Rehabilitasi sosial dasar lanjut usia terlantar di luar panti', 'Lanjut usia',
                                                          2, 0, 1, 0, 0, 0, 0, 1, 0, 0, null, null, 0, 0, 0, 0, 0, 0, 1, 0, null, 0, null, 'NO_TARGET'],
];
// prettier-ignore
const TOTAL: Figure[] = [21, 2, 3, 3, 2, 5, 3, 4, 1, 1, 4, 8, 37.5, 1, 1, 1, 1, 1, 2, 2, null, null, null, null];
/** Sasaran of 2026 set by the kabupaten admin: two of Cawas' desa for Pendidikan Dasar, 0 for ibu hamil in Gombang. */
const SASARAN: Array<[string, string, string, number]> = [
  [GOMBANG, 'pendidikan', 'pendidikan-dasar', 10],
  [POGUNG, 'pendidikan', 'pendidikan-dasar', 5],
  [GOMBANG, 'kesehatan', 'kesehatan-ibu-hamil', 0],
];
const CAPAIAN_LABELS: Record<string, string> = {
  OK: '',
  NO_TARGET: 'Sasaran belum ditetapkan',
  PARTIAL_TARGET: 'Sasaran baru ditetapkan untuk sebagian desa: capaian dihitung untuk desa tersebut saja',
  ZERO_TARGET: 'Sasaran 0: capaian tidak dapat dihitung',
};
const AREAS: Array<[string, number]> = [
  [GOMBANG, 14],
  [POGUNG, 7],
];
/** The cases behind the "returned" count (returns are events: a case returned twice is one case). */
const RETURNED_CASES: Record<string, number> = {
  'Pendidikan Dasar': 1,
  'Pelayanan kesehatan ibu hamil': 1,
  total: 2,
};
/** Settlements at village level per unit, credited to the unit that settled. */
const SETTLED_BY: Array<[string, string, number]> = [
  ['Pemerintah Desa Gombang', 'kesehatan', 1],
  ['Pemerintah Desa Pogung', 'kesehatan', 1],
  ['Posyandu Gombang', 'kesehatan', 1],
  ['Posyandu Pogung', 'sosial', 1],
];

const COUNTS = `received inProgress openOverdue completedOnTime completedLate declined returned settledAtVillage
  withdrawn cannotBeServed medianWorkingDays p90WorkingDays onTimeRate
  declinedByReason { reason count } settledAtVillageByKind { kind count }`;
const FILTER = `filter { sectorIds spmService penerima areaCode registeredFrom registeredTo reportCell settledById settledByUnitKind }`;
const RECAP = `query { spmRecap(period: { year: 2026, month: 11 }) {
  rows { sectorId serviceId serviceName { id } penerimaLabel { id } counts { ${COUNTS} } ${FILTER} }
  capaian { sectorId serviceId sasaran served rate status }
  total { ${COUNTS} } totalFilter { sectorIds spmService penerima areaCode registeredFrom registeredTo reportCell settledById settledByUnitKind }
  areas { code counts { received } ${FILTER} }
  settlements { unitId unitName unitKind sectorId count ${FILTER} }
  trend { month counts { received } } } }`;

interface Counts {
  [k: string]: unknown;
  onTimeRate: number | null;
  declinedByReason: Array<{ reason: string; count: number }>;
  settledAtVillageByKind: Array<{ kind: string; count: number }>;
}
type CaseFilter = Record<string, unknown>;
interface Recap {
  rows: Array<{
    sectorId: string;
    serviceId: string | null;
    serviceName: { id: string };
    penerimaLabel: { id: string };
    counts: Counts;
    filter: CaseFilter;
  }>;
  capaian: Array<{
    sectorId: string;
    serviceId: string;
    sasaran: number | null;
    served: number;
    rate: number | null;
    status: string;
  }>;
  total: Counts;
  totalFilter: CaseFilter;
  areas: Array<{ code: string; counts: { received: number }; filter: CaseFilter }>;
  settlements: Array<{
    unitId: string | null;
    unitName: string | null;
    unitKind: string;
    sectorId: string | null;
    count: number;
    filter: CaseFilter;
  }>;
  trend: Array<{ month: string; counts: { received: number } }>;
}

/** A recap's counts (and its jenis pelayanan's capaian) as one line of the expected table. */
function figures(c: Counts, capaian?: Recap['capaian'][number]): Figure[] {
  const rate = c.onTimeRate === null ? null : Math.round(c.onTimeRate * 1000) / 10;
  const achieved = capaian?.rate === null || capaian?.rate === undefined ? null : Math.round(capaian.rate * 1000) / 10;
  return [
    ...MAIN.slice(0, 12).map((k) => c[k] as Figure),
    rate,
    ...REASONS.map((r) => c.declinedByReason.find((x) => x.reason === r)?.count ?? NaN),
    ...KINDS.map((k) => c.settledAtVillageByKind.find((x) => x.kind === k)?.count ?? NaN),
    ...(capaian ? [capaian.sasaran, capaian.served, achieved, capaian.status] : [null, null, null, null]),
  ];
}

/** The drill-down filter of each figure that counts cases (not median, p90, rate). */
const CELL_FILTERS: Array<[number, CaseFilter]> = [
  [0, {}],
  [1, { reportCell: 'IN_PROGRESS' }],
  [2, { reportCell: 'OPEN_OVERDUE' }],
  [3, { reportCell: 'COMPLETED_ON_TIME' }],
  [4, { reportCell: 'COMPLETED_LATE' }],
  [5, { reportCell: 'DECLINED' }],
  [6, { reportCell: 'RETURNED' }],
  [7, { reportCell: 'SETTLED_AT_VILLAGE' }],
  [8, { reportCell: 'WITHDRAWN' }],
  [9, { reportCell: 'CANNOT_BE_SERVED' }],
  ...REASONS.map((declineReason, i): [number, CaseFilter] => [13 + i, { reportCell: 'DECLINED', declineReason }]),
  ...KINDS.map((settlementKind, i): [number, CaseFilter] => [
    18 + i,
    { reportCell: 'SETTLED_AT_VILLAGE', settlementKind },
  ]),
];

describe('issue 15 acceptance: one seeded scenario, one expected table — screen, CSV, XLSX, PDF, drill-down', () => {
  let t: TestServer;
  let camat: GraphQLClient;

  const unitId = async (name: string) =>
    (await t.sql.query<{ id: string }>('select id from org_unit where name = $1', [name])).rows[0]!.id;
  const count = async (client: GraphQLClient, filter: CaseFilter) =>
    (
      await client.request<{ cases: { totalCount: number } }>(
        'query ($filter: CaseFilter) { cases(filter: $filter, first: 1) { totalCount } }',
        { filter },
      )
    ).cases.totalCount;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2025-06-02T02:00:00Z') });
    const kader = await t.as('kader.gombang');
    // One registered case (June 2025, outside the period) lends its row to every scenario case.
    const model = (
      await kader.request<{ registerCase: { id: string } }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
        { input: pendidikanInput() },
      )
    ).registerCase.id;
    const posyandu: Record<string, string> = {
      [GOMBANG]: await unitId('Posyandu Gombang'),
      [POGUNG]: await unitId('Posyandu Pogung'),
    };
    for (const [i, c] of SCENARIO.entries()) {
      const on = c.on ?? '2026-11-16';
      const registeredAt = `${on}T02:00:00Z`;
      // Due five working days later; "now" is 2 December: a due date in the past makes an open case overdue.
      const dueAt = c.cell.open === 'IN_PROGRESS' ? '2026-12-07T16:59:59Z' : '2026-11-23T16:59:59Z';
      const closed = c.cell.outcome !== undefined;
      // Each case is for a person of its own: capaian counts persons (three children served on time → 3).
      const applicant = crypto.randomUUID();
      await t.sql.query(`insert into person (id, name, created_at) values ($1, $2, now())`, [applicant, `Warga ${i}`]);
      const row: Record<string, unknown> = {
        id: crypto.randomUUID(),
        applicant_id: applicant,
        code: `ACC-${String(i).padStart(4, '0')}`,
        sector_id: c.sector,
        service_type_id: c.type,
        status: closed ? 'closed' : 'submitted',
        area_code: c.desa,
        origin_unit_id: posyandu[c.desa],
        holder_id: posyandu[c.desa],
        held_by_unit_ids: [posyandu[c.desa]],
        registered_at: registeredAt,
        registered_on: on,
        due_at: dueAt,
        clock_paused_at: c.cell.open === 'PAUSED' ? '2026-11-18T02:00:00Z' : null,
        spm_service: c.service,
        penerima: c.penerima,
        closed_at: closed ? '2026-11-27T02:00:00Z' : null,
        outcome: c.cell.outcome ?? null,
        closed_on_time: closed ? (c.cell.onTime ?? true) : null,
        working_days_taken: c.cell.days ?? null,
        decline_reason: c.cell.reason ?? null,
        settlement_kind: c.cell.kind ?? null,
        settled_by_id: c.cell.by ? await unitId(c.cell.by) : null,
        idempotency_key: null,
      };
      await t.sql.query(
        `insert into spm_case select (jsonb_populate_record(null::spm_case, to_jsonb(m) || $2::jsonb)).*
           from spm_case m where m.id = $1`,
        [model, JSON.stringify(row)],
      );
      for (let r = 0; r < (c.returns ?? 0); r++) {
        await t.sql.query(
          `insert into case_event (case_id, type, action, payload, occurred_at)
           values ($1, 'RETURNED', 'return-not-competent', '{}', '2026-11-20T02:00:00Z')`,
          [row.id],
        );
      }
    }
    const admin = await t.as('admin.klaten');
    for (const [areaCode, sectorId, serviceId, target] of SASARAN) {
      await admin.request(`mutation ($input: SpmTargetInput!) { setSpmTarget(input: $input) { changed } }`, {
        input: { year: 2026, areaCode, sectorId, serviceId, target },
      });
    }
    t.clock.set('2026-12-02T02:00:00Z'); // Wednesday 2 December 2026, 09:00 WIB.
    camat = await t.as('camat.cawas');
  });
  afterAll(() => t?.close());

  const recap = async () => (await camat.request<{ spmRecap: Recap }>(RECAP)).spmRecap;
  const line = (r: Recap, service: string, penerima: string) =>
    r.rows.find((x) => x.serviceName.id === service && x.penerimaLabel.id === penerima);

  it('on screen (GraphQL): every cell of every row, the total, the areas, the settlements per unit', async () => {
    const r = await recap();
    for (const [service, penerima, ...expected] of EXPECTED) {
      const x = line(r, service, penerima)!;
      const capaian = r.capaian.find((c) => c.sectorId === x.sectorId && c.serviceId === x.serviceId);
      expect(figures(x.counts, capaian), service).toEqual(expected);
    }
    // Every other row of every sector is there with zeros.
    const others = r.rows.filter((x) => !EXPECTED.some(([s, p]) => s === x.serviceName.id && p === x.penerimaLabel.id));
    expect(others.length).toBeGreaterThan(10);
    for (const x of others) expect(x.counts.received, x.serviceName.id).toBe(0);
    expect(figures(r.total)).toEqual(TOTAL);
    expect(r.areas.filter((a) => a.counts.received).map((a) => [a.code, a.counts.received])).toEqual(AREAS);
    expect(r.trend.map((m) => [m.month, m.counts.received])).toEqual([['2026-11', 21]]);
    expect(
      r.settlements.filter((s) => s.unitId).map((s) => [s.unitName, s.sectorId, s.count]),
      'credited to the unit that settled',
    ).toEqual(SETTLED_BY);
    expect(r.settlements.filter((s) => !s.unitId && s.count).map((s) => [s.unitKind, s.count])).toEqual([
      ['POSYANDU', 2],
      ['VILLAGE_GOVERNMENT', 2],
    ]);
  });

  const download = (format: string) =>
    fetch(`${t.url}/reports/spm-recap?year=2026&month=11&format=${format}`, {
      headers: { authorization: `Bearer ${camat.token}` },
    });
  const asText = (f: Figure) => (f === null ? '' : String(f));

  it('in the CSV: the same rows and total', async () => {
    const lines = (await (await download('csv')).text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.split(',').slice(6)).toEqual([
      ...MAIN,
      ...REASONS.map((r) => `declined_${r}`),
      ...KINDS.map((k) => `settled_${k}`),
      'sasaran',
      'dilayaniSesuaiStandar',
      'capaianPercent',
      'statusCapaian',
    ]);
    for (const [service, penerima, ...expected] of EXPECTED) {
      const found = lines.find((l) => l.split(',')[3] === service && l.split(',')[5] === penerima);
      expect(found?.split(',').slice(6), service).toEqual(expected.map(asText));
    }
    const total = lines.find((l) => l.includes(',Semua sektor,Jumlah,'));
    expect(total?.split(',').slice(6)).toEqual(TOTAL.map(asText));
  });

  it('in the XLSX: the same rows and total', async () => {
    const xlsx = unzipSync(new Uint8Array(await (await download('xlsx')).arrayBuffer()));
    const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']!);
    const strings = [...strFromU8(xlsx['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const column = (ref: string) => [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const cells = (rowXml: string) => {
      const out: Array<string | number | null> = Array.from({ length: 6 + TOTAL.length }, () => null);
      for (const m of rowXml.matchAll(/<c r="([A-Z]+)\d+"( t="s")?[^>]*?(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
        if (m[3] !== undefined) out[column(m[1]!)] = m[2] ? (strings[Number(m[3])] ?? null) : Number(m[3]);
      }
      return out;
    };
    const rows = [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/g)].map((m) => cells(m[1]!));
    for (const [service, penerima, ...expected] of EXPECTED) {
      expect(rows.find((r) => r[3] === service && r[5] === penerima)?.slice(6), service).toEqual(expected);
    }
    expect(rows.find((r) => r[2] === 'Semua sektor')?.slice(6)).toEqual(TOTAL);
  });

  it('in the PDF: the main table and the detail table carry the same figures', async () => {
    const pdf = new Uint8Array(await (await download('pdf')).arrayBuffer());
    const fonts = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;
    const doc = await getDocument({ data: pdf, useSystemFonts: false, standardFontDataUrl: fonts }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
    }
    const flat = text.replace(/\s+/g, ' ');
    const pdfText = (f: Figure) => (f === null ? '-' : String(f));
    for (const [service, penerima, ...expected] of EXPECTED) {
      const lead = `${service} ${penerima.replace('–', '-')}`;
      expect(flat, service).toContain(`${lead} ${expected.slice(0, 13).map(pdfText).join(' ')}`);
      expect(flat, `${service} (rincian)`).toContain(`${lead} ${expected.slice(13, 20).map(pdfText).join(' ')}`);
      const [sasaran, served, achieved, status] = expected.slice(20);
      const label = CAPAIAN_LABELS[String(status)];
      expect(flat, `${service} (capaian)`).toContain(
        `${service} ${label ? `${label} ` : ''}${pdfText(sasaran ?? null)} ${pdfText(served ?? null)} ${pdfText(achieved ?? null)}`,
      );
    }
    expect(flat).toContain(`JUMLAH SEMUA SEKTOR ${TOTAL.slice(0, 13).map(pdfText).join(' ')}`);
    expect(flat).toContain(`JUMLAH SEMUA SEKTOR (RINCIAN) ${TOTAL.slice(13, 20).map(pdfText).join(' ')}`);
    for (const [unit, sector, n] of SETTLED_BY) expect(flat).toContain(`${unit} (${sector}): ${n}`);
    // Dated in Klaten's wall clock (WIB), not UTC.
    const wib = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', dateStyle: 'short', timeStyle: 'short' });
    expect(flat).toContain(`Dibuat ${wib.format(t.clock.now())} WIB.`);
    expect(flat).toContain(`Klaten, ${wib.format(t.clock.now()).slice(0, 10)}`);
  });

  it('drills down: each count of each row and of the total is the totalCount of its case list', async () => {
    const r = await recap();
    const targets: Array<[string, CaseFilter, Figure[]]> = [
      ...EXPECTED.map(([s, p, ...expected]): [string, CaseFilter, Figure[]] => [s, line(r, s, p)!.filter, expected]),
      ['total', r.totalFilter, TOTAL],
    ];
    for (const [name, filter, expected] of targets) {
      const got: Array<[number, number]> = [];
      for (const [index, extra] of CELL_FILTERS) got.push([index, await count(camat, { ...filter, ...extra })]);
      // "Returned" counts returns; its list shows the cases returned (the ibu hamil case twice, listed once).
      const want = CELL_FILTERS.map(([index]) => [index, index === 6 ? (RETURNED_CASES[name] ?? 0) : expected[index]]);
      expect(got, name).toEqual(want);
    }
    for (const a of r.areas) expect(await count(camat, a.filter), a.code).toBe(a.counts.received);
    for (const s of r.settlements.filter((x) => x.count)) {
      expect(await count(camat, s.filter), s.unitName ?? s.unitKind).toBe(s.count);
    }
  });

  it('drills down only into what the reader may open: Pogung’s kader sees none of Gombang’s cases', async () => {
    const r = await recap();
    const gombang = r.areas.find((a) => a.code === GOMBANG)!.filter;
    expect(await count(camat, gombang)).toBe(14);
    expect(await count(await t.as('kader.pogung'), gombang)).toBe(0);
    expect(await count(await t.as('kader.gombang'), gombang)).toBe(14);
  });

  it('refuses a malformed drill-down filter, naming the field', async () => {
    const error = await camat.error('query ($f: CaseFilter) { cases(filter: $f) { totalCount } }', {
      f: { registeredFrom: '1 Nov 2026', settledById: 'posyandu' },
    });
    expect(error.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['filter.settledById']);
  });
});
