import { createRequire } from 'node:module';
import path from 'node:path';
import { monitoringInput } from '@posyandu-spm/plugin-kesehatan/fixtures';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { elderlyInput } from '@posyandu-spm/plugin-sosial/fixtures';
import { GraphQLClient, startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

const COUNTS = `received inProgress openOverdue completedOnTime completedLate declined
  declinedByReason { reason count } settledAtVillage settledAtVillageByKind { kind count } withdrawn cannotBeServed otherClosed returned
  medianWorkingDays p90WorkingDays onTimeRate`;
const RECAP = `query ($period: SpmRecapPeriodInput!, $areaCode: String, $sectorId: String) {
  spmRecap(period: $period, areaCode: $areaCode, sectorId: $sectorId) {
    area { code name level } period { kind year number from to label { id en } } sectorIds
    rows { sectorId serviceId serviceName { id } countsTowardSpm penerima penerimaLabel { id } counts { ${COUNTS} } }
    bySector { sectorId counts { received } }
    total { ${COUNTS} }
    trend { month counts { received completedOnTime openOverdue } }
    areas { code name counts { received } }
    settlements { unitName unitKind sectorId count }
  } }`;
const ACT = `mutation ($id: ID!, $action: String!, $v: Int!, $input: ActionInput) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { id version } }`;
const NOVEMBER = { period: { year: 2026, month: 11 } };

interface Step {
  id: string;
  version: number;
}
type Counts = Record<string, unknown>;
interface Recap {
  area: { code: string; name: string; level: string };
  period: { kind: string; from: string; to: string; label: { id: string } };
  sectorIds: string[];
  rows: Array<{
    sectorId: string;
    serviceId: string | null;
    serviceName: { id: string };
    countsTowardSpm: boolean;
    penerima: string | null;
    counts: Counts;
  }>;
  bySector: Array<{ sectorId: string; counts: { received: number } }>;
  total: Counts;
  trend: Array<{ month: string; counts: { received: number; completedOnTime: number; openOverdue: number } }>;
  areas: Array<{ code: string; name: string; counts: { received: number } }>;
  settlements: Array<{ unitName: string; unitKind: string; sectorId: string; count: number }>;
}

const zero = {
  received: 0,
  inProgress: 0,
  openOverdue: 0,
  completedOnTime: 0,
  completedLate: 0,
  declined: 0,
  declinedByReason: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'].map((reason) => ({
    reason,
    count: 0,
  })),
  settledAtVillage: 0,
  settledAtVillageByKind: ['MUSYAWARAH', 'DIRECT_HELP'].map((kind) => ({ kind, count: 0 })),
  withdrawn: 0,
  cannotBeServed: 0,
  otherClosed: 0,
  returned: 0,
  medianWorkingDays: null,
  p90WorkingDays: null,
  onTimeRate: null,
};

/**
 * November 2026 in Kecamatan Cawas: education cases served by the OPD, refused at the Posyandu on
 * time and late, returned by the OPD, left untouched; two health monitoring cases (a pregnant woman
 * and a toddler) left open past their deadline; an elderly-care case in Pogung still within its
 * deadline when the report is read. Read on Wednesday 2 December 2026.
 */
describe('the SPM recap: per sector × jenis pelayanan × penerima, for the area and period a reader may see', () => {
  let t: TestServer;
  let kader: GraphQLClient;

  const act = async (client: GraphQLClient, c: Step, action: string, input?: Record<string, unknown>) =>
    (await client.request<{ performAction: Step }>(ACT, { id: c.id, action, v: c.version, input })).performAction;
  const register = async (client: GraphQLClient, input: Record<string, unknown>) =>
    (
      await client.request<{ registerCase: Step }>(
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
        { input },
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
  const recap = (client: GraphQLClient, vars: Record<string, unknown> = NOVEMBER) =>
    client.request<{ spmRecap: Recap }>(RECAP, vars).then((r) => r.spmRecap);
  const row = (r: Recap, serviceId: string, penerima: string) =>
    r.rows.find((x) => x.serviceId === serviceId && x.penerima === penerima)?.counts;

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins(), clock: new TestClock('2026-10-15T02:00:00Z') });
    kader = await t.as('kader.gombang');
    const opd = await t.as('opd.pendidikan');
    await register(kader, pendidikanInput()); // October: outside November.

    t.clock.set('2026-11-23T02:00:00Z'); // Monday 23 November, 09:00 WIB; due Monday 30 November.
    const served = await caseForwardedToOpd(t);
    const returned = await caseForwardedToOpd(t, { serviceType: 'paud-cost-aid' });
    const refused = await register(kader, pendidikanInput());
    const lateRefusal = await register(kader, pendidikanInput());
    await register(kader, monitoringInput({ facts: { ...monitoringInput().facts, targetGroup: 'PREGNANT' } }));
    await register(kader, monitoringInput());
    t.clock.set('2026-11-27T02:00:00Z'); // Friday: Pogung's elderly case, due Friday 4 December.
    await register(await t.as('kader.pogung'), elderlyInput());

    t.clock.set('2026-11-24T02:00:00Z');
    await notEligible(refused);
    await act(opd, returned, 'return-not-competent', { reason: 'Bantuan PAUD adalah wewenang desa.' });
    t.clock.set('2026-11-25T02:00:00Z'); // Wednesday: 2 working days after registration.
    const followedUp = await act(opd, served, 'record-opd-follow-up', { note: 'Bantuan seragam disetujui.' });
    await act(opd, followedUp, 'complete', { note: 'Bantuan diserahkan ke sekolah.' });
    t.clock.set('2026-12-01T02:00:00Z'); // Tuesday 1 December: 6 working days, one late.
    await notEligible(lateRefusal);
    t.clock.set('2026-12-02T02:00:00Z');
  });
  afterAll(() => t?.close());

  it('counts every cell of the kecamatan’s November for the camat, by jenis pelayanan and penerima', async () => {
    const r = await recap(await t.as('camat.cawas'));
    expect(r.area).toEqual({ code: '33.10.05', name: expect.any(String), level: 'KECAMATAN' });
    expect(r.period).toMatchObject({
      kind: 'MONTH',
      from: '2026-11-01',
      to: '2026-11-30',
      label: { id: 'November 2026' },
    });
    expect(row(r, 'pendidikan-dasar', 'CHILD')).toEqual({
      ...zero,
      received: 3,
      completedOnTime: 1, // served by the OPD in 2 working days
      declined: 2, // refused on time, and refused late
      declinedByReason: zero.declinedByReason.map((r) => (r.reason === 'NOT_ELIGIBLE' ? { ...r, count: 2 } : r)),
      medianWorkingDays: 2,
      p90WorkingDays: 2,
      onTimeRate: 1,
    });
    expect(row(r, 'paud', 'CHILD')).toEqual({ ...zero, received: 1, openOverdue: 1, returned: 1, onTimeRate: 0 });
    expect(row(r, 'kesehatan-ibu-hamil', 'PREGNANT_WOMAN')).toEqual({
      ...zero,
      received: 1,
      openOverdue: 1,
      onTimeRate: 0,
    });
    expect(row(r, 'kesehatan-balita', 'TODDLER')).toEqual({ ...zero, received: 1, openOverdue: 1, onTimeRate: 0 });
    expect(row(r, 'rehsos-lansia', 'ELDERLY')).toEqual({ ...zero, received: 1, inProgress: 1 });
    // Every row a mapping can produce is there, zeros included; supporting services say they are not SPM.
    expect(row(r, 'rehsos-disabilitas', 'PERSON_WITH_DISABILITY')).toEqual(zero);
    expect(r.rows.find((x) => x.serviceId === 'kepesertaan-jkn')?.countsTowardSpm).toBe(false);
    expect(r.rows.find((x) => x.serviceId === 'rehsos-lansia')?.countsTowardSpm).toBe(true);
    // On-time rate counts the open overdue cases: 1 on time ÷ (1 completed + 3 open overdue).
    expect(r.total).toMatchObject({ received: 7, completedOnTime: 1, openOverdue: 3, onTimeRate: 0.25 });
    expect(r.bySector.find((s) => s.sectorId === 'pendidikan')?.counts.received).toBe(4);
    expect(r.areas.filter((a) => a.counts.received > 0).map((a) => [a.code, a.counts.received])).toEqual([
      ['33.10.05.2018', 6],
      ['33.10.05.2019', 1],
    ]);
    expect(r.trend).toEqual([{ month: '2026-11', counts: { received: 7, completedOnTime: 1, openOverdue: 3 } }]);
  });

  /**
   * One expected table for the screen, the CSV, the XLSX and the PDF: jenis pelayanan, penerima, then
   * received, in progress, open overdue, completed on time, completed late, declined, returned,
   * settled at village, withdrawn, cannot be served, median and p90 working days, on-time %.
   */
  const EXPECTED: Array<[string, string, ...Array<number | null>]> = [
    ['Pendidikan Dasar', 'Anak usia sekolah (5–18 tahun)', 3, 0, 0, 1, 0, 2, 0, 0, 0, 0, 2, 2, 100],
    ['Pendidikan Anak Usia Dini (PAUD)', 'Anak usia sekolah (5–18 tahun)', 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, null, null, 0],
    ['Pelayanan kesehatan ibu hamil', 'Ibu hamil', 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, null, null, 0],
    ['Pelayanan kesehatan balita', 'Balita', 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, null, null, 0],
    [
      'Rehabilitasi sosial dasar lanjut usia terlantar di luar panti',
      'Lanjut usia',
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      null,
      null,
      null,
    ],
  ];
  const TOTAL = [7, 1, 3, 1, 0, 2, 1, 0, 0, 0, 2, 2, 25];
  const download = (client: GraphQLClient, format: string) =>
    fetch(`${t.url}/reports/spm-recap?year=2026&month=11&format=${format}`, {
      headers: { authorization: `Bearer ${client.token}` },
    });

  it('shows on screen, in the CSV, the XLSX and the PDF the same figures, row by row', async () => {
    const camat = await t.as('camat.cawas');
    const screen = await camat.request<{
      spmRecap: {
        rows: Array<{
          serviceName: { id: string };
          penerimaLabel: { id: string };
          counts: Record<string, number | null>;
        }>;
      };
    }>(
      `query { spmRecap(period: { year: 2026, month: 11 }) { rows { serviceName { id } penerimaLabel { id }
        counts { received inProgress openOverdue completedOnTime completedLate declined returned settledAtVillage
          withdrawn cannotBeServed medianWorkingDays p90WorkingDays onTimeRate } } } }`,
    );
    for (const [service, penerima, ...figures] of EXPECTED) {
      const row = screen.spmRecap.rows.find((r) => r.serviceName.id === service && r.penerimaLabel.id === penerima);
      const c = row?.counts ?? {};
      const rate = c.onTimeRate === null || c.onTimeRate === undefined ? null : Math.round(c.onTimeRate * 1000) / 10;
      expect([...Object.values(c).slice(0, 12), rate], service).toEqual(figures);
    }

    const csv = await download(camat, 'csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'wilayah,periode,sektor,jenis_pelayanan,spm,penerima,received,inProgress,openOverdue,completedOnTime,completedLate,declined,returned,settledAtVillage,withdrawn,cannotBeServed,medianWorkingDays,p90WorkingDays,onTimeRatePercent,declined_NOT_ELIGIBLE,declined_INCOMPLETE,declined_NOT_AUTHORITY,declined_DUPLICATE,declined_OTHER,settled_MUSYAWARAH,settled_DIRECT_HELP,sasaran,dilayaniSesuaiStandar,capaianPercent,statusCapaian',
    );
    for (const [service, penerima, ...figures] of EXPECTED) {
      const line = lines.find((l) => l.includes(`,${service},`) && l.includes(`,${penerima},`));
      expect(line?.split(',').slice(6, 19), service).toEqual(figures.map((f) => (f === null ? '' : String(f))));
    }
    expect(
      lines
        .find((l) => l.includes(',Semua sektor,Jumlah,'))
        ?.split(',')
        .slice(6, 19),
    ).toEqual(TOTAL.map(String));

    const xlsx = unzipSync(new Uint8Array(await (await download(camat, 'xlsx')).arrayBuffer()));
    const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']!);
    const strings = [...strFromU8(xlsx['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const column = (ref: string) => [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const cells = (rowXml: string) => {
      const out: Array<string | number | null> = Array.from({ length: 30 }, () => null);
      for (const m of rowXml.matchAll(/<c r="([A-Z]+)\d+"( t="s")?[^>]*?(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
        if (m[3] !== undefined) out[column(m[1]!)] = m[2] ? (strings[Number(m[3])] ?? null) : Number(m[3]);
      }
      return out;
    };
    const sheetRows = [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/g)].map((m) => cells(m[1]!));
    for (const [service, penerima, ...figures] of EXPECTED) {
      const row = sheetRows.find((r) => r[3] === service && r[5] === penerima);
      expect(row?.slice(6, 19), service).toEqual(figures);
    }

    const pdf = new Uint8Array(await (await download(camat, 'pdf')).arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const fonts = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;
    const doc = await getDocument({ data: pdf, useSystemFonts: false, standardFontDataUrl: fonts }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('PEMERINTAH KABUPATEN KLATEN');
    expect(flat).toContain('LAPORAN PENERAPAN STANDAR PELAYANAN MINIMAL (SPM)');
    expect(flat).toContain('Periode: November 2026');
    expect(flat).toContain('Koordinator Tim Penerapan SPM');
    for (const [service, penerima, ...figures] of EXPECTED) {
      const pdfPenerima = penerima.replace('–', '-');
      expect(flat, service).toContain(
        `${service} ${pdfPenerima} ${figures.map((f) => (f === null ? '-' : String(f))).join(' ')}`,
      );
    }
    expect(flat).toContain(`JUMLAH SEMUA SEKTOR ${TOTAL.join(' ')}`);
  });

  it('gives a year its twelve months, and a quarter its three', async () => {
    const camat = await t.as('camat.cawas');
    const year = await recap(camat, { period: { year: 2026 } });
    expect(year.trend.map((m) => [m.month, m.counts.received])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 0],
      ['2026-04', 0],
      ['2026-05', 0],
      ['2026-06', 0],
      ['2026-07', 0],
      ['2026-08', 0],
      ['2026-09', 0],
      ['2026-10', 1],
      ['2026-11', 7],
      ['2026-12', 0],
    ]);
    const q4 = await recap(camat, { period: { year: 2026, quarter: 4 } });
    expect(q4.period).toMatchObject({ from: '2026-10-01', to: '2026-12-31', label: { id: 'Triwulan IV 2026' } });
    expect(q4.total).toMatchObject({ received: 8 });
  });

  it('reaches: Dinas Kesehatan reads kesehatan across the kabupaten, the OPD its sector, the admin everything', async () => {
    const dinkes = await recap(await t.as('opd.kesehatan'));
    expect(dinkes.area.code).toBe('33.10');
    expect(dinkes.sectorIds).toEqual(['kesehatan']);
    expect(dinkes.total.received).toBe(2);
    const pendidikan = await recap(await t.as('opd.pendidikan'));
    expect([pendidikan.sectorIds, pendidikan.total.received]).toEqual([['pendidikan'], 4]);
    const admin = await recap(await t.as('admin.klaten'));
    expect([admin.area.code, admin.total.received, admin.sectorIds.length]).toEqual(['33.10', 7, 6]);
    expect(admin.areas.find((a) => a.code === '33.10.05')?.counts.received).toBe(7);
    const coordinator = await recap(await t.as('koordinator.klaten'));
    expect([coordinator.area.code, coordinator.total.received, coordinator.sectorIds.length]).toEqual(['33.10', 7, 6]);
    const desa = await recap(await t.as('perangkat.gombang'));
    expect([desa.area.code, desa.total.received, desa.areas.map((a) => [a.code, a.counts.received])]).toEqual([
      '33.10.05.2018',
      6,
      [['33.10.05.2018', 6]],
    ]);
    const bidan = await recap(await t.as('bidan.gombang'));
    expect([bidan.sectorIds, bidan.total.received]).toEqual([['kesehatan'], 2]);
  });

  it('refuses an area or sector outside the reader’s reach, and a bad period, naming each field', async () => {
    const dinkes = await t.as('opd.kesehatan');
    expect((await dinkes.error(RECAP, { ...NOVEMBER, sectorId: 'pendidikan' })).extensions?.code).toBe('FORBIDDEN');
    const desa = await t.as('perangkat.gombang');
    expect((await desa.error(RECAP, { ...NOVEMBER, areaCode: '33.10.05' })).extensions?.code).toBe('FORBIDDEN');
    expect((await desa.error(RECAP, { ...NOVEMBER, areaCode: '33.10.05.2019' })).extensions?.code).toBe('FORBIDDEN');
    const bad = await desa.error(RECAP, { period: { year: 2026, month: 13, quarter: 2 }, areaCode: 'Gombang' });
    expect(bad.extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.extensions?.fields?.map((f) => f.field)).toEqual(['period', 'period.month', 'areaCode']);
    const anonymous = await new GraphQLClient(t.url).error(RECAP, NOVEMBER);
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
