import { describe, expect, it } from 'vitest';
import {
  caseExportHref,
  caseFilterOf,
  caseListHref,
  drillDownHref,
  paramsFromSearch,
  type CaseListParams,
} from './case-list-url';

const read = (href: string) => paramsFromSearch(new URL(href, 'http://local').searchParams);
const line = {
  sectorIds: ['pendidikan', 'sosial'],
  spmService: null,
  penerima: null,
  areaCode: '33.10.05',
  registeredFrom: '2026-12-01',
  registeredTo: '2026-12-31',
  reportCell: null,
  settledById: null,
  settledByUnitKind: null,
};

describe('the case list URL', () => {
  it('keeps every filter through a round trip, in Indonesian parameter names', () => {
    const params: CaseListParams = {
      sectorIds: ['pendidikan'],
      serviceType: 'basic-education-cost-aid',
      spmService: 'pendidikan-dasar',
      penerima: 'CHILD',
      status: 'verification',
      outcome: 'DECLINED',
      declineReason: 'NOT_ELIGIBLE',
      settlementKind: 'MUSYAWARAH',
      settledById: '6a0f1f52-0000-4000-8000-000000000002',
      settledByUnitKind: 'POSYANDU',
      reportCell: 'DECLINED',
      deadlineState: 'MET',
      overdue: false,
      areaCode: '33.10.05',
      holderId: '6a0f1f52-0000-4000-8000-000000000001',
      registeredFrom: '2026-12-01',
      registeredTo: '2026-12-31',
      open: false,
      order: 'REGISTERED_ASC',
    };
    const href = caseListHref(params);
    expect(href).toMatch(/^\/kasus\?sektor=pendidikan&jenis=basic-education-cost-aid&layanan=pendidikan-dasar&/);
    expect(href).toContain('&kolom=DECLINED&tenggat=MET&lewat-tenggat=tidak&wilayah=33.10.05&');
    expect(read(href)).toEqual(params);
  });

  it('leaves out what is unknown or malformed, and keeps "not mapped" apart from "any"', () => {
    expect(
      read('/kasus?hasil=MAYBE&tenggat=SOON&kolom=x&dari=1-12-2026&urut=RANDOM&terbuka=mungkin&sektor=%20&alasan=NO'),
    ).toEqual({});
    expect(caseListHref({})).toBe('/kasus');
    const unmapped = caseListHref({ spmService: '', penerima: '' });
    expect(unmapped).toBe('/kasus?layanan=&penerima=');
    expect(read(unmapped)).toEqual({ spmService: '', penerima: '' });
  });

  it('gives one sector as sectorId (its types and states can be chosen) and several as sectorIds', () => {
    expect(caseFilterOf({ sectorIds: ['sosial'], order: 'DUE_AT', overdue: true })).toEqual({
      sectorId: 'sosial',
      overdue: true,
    });
    expect(caseFilterOf({ sectorIds: ['sosial', 'pendidikan'] })).toEqual({ sectorIds: ['sosial', 'pendidikan'] });
  });

  it("drills a recap count down to its line's filter and its cell", () => {
    expect(read(drillDownHref(line, 'openOverdue'))).toEqual({
      sectorIds: ['pendidikan', 'sosial'],
      areaCode: '33.10.05',
      registeredFrom: '2026-12-01',
      registeredTo: '2026-12-31',
      reportCell: 'OPEN_OVERDUE',
    });
    expect(read(drillDownHref(line, 'received')).reportCell).toBeUndefined();
    expect(read(drillDownHref({ ...line, spmService: '', penerima: 'CHILD' }, 'received'))).toMatchObject({
      spmService: '',
      penerima: 'CHILD',
    });
    // A settlements line carries its own cell and unit.
    const settled = { ...line, reportCell: 'SETTLED_AT_VILLAGE' as const, settledById: 'u1' };
    expect(read(drillDownHref(settled, 'settledAtVillage'))).toMatchObject({
      reportCell: 'SETTLED_AT_VILLAGE',
      settledById: 'u1',
    });
  });

  it('exports the same filter and order as GET /reports/cases parameters', () => {
    const href = caseExportHref(
      { sectorIds: ['pendidikan', 'sosial'], penerima: '', overdue: true, areaCode: '33.10.05', order: 'DUE_AT' },
      'xlsx',
      'en',
    );
    const search = new URL(href, 'http://x').searchParams;
    expect(href.startsWith('/reports/cases?')).toBe(true);
    expect(Object.fromEntries(search)).toEqual({
      format: 'xlsx',
      lang: 'en',
      sectorIds: 'pendidikan,sosial',
      penerima: '',
      overdue: 'true',
      areaCode: '33.10.05',
      orderBy: 'DUE_AT',
    });
    expect(caseExportHref({ sectorIds: ['pendidikan'] }, 'csv', 'id')).toBe(
      '/reports/cases?format=csv&sectorId=pendidikan',
    );
  });
});
