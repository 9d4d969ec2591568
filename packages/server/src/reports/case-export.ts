import {
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  DEADLINE_STATES,
  DECLINE_REASON_LABELS,
  DECLINE_REASONS,
  DomainError,
  maskNik,
  PENERIMA_LABELS,
  SETTLEMENT_KIND_LABELS,
  SETTLEMENT_KINDS,
  timeZoneOfArea,
  validationFailed,
  zoneLabel,
  type LocalizedText,
  type PenerimaCategory,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import type { ExportTable } from './table-export.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '../entities/case.entity.js';
import { allListedCases, type CaseListFilter } from '../services/case-query.js';
import type { CaseOrder } from '../services/case-list-order.js';
import { RECAP_CELL_FILTERS } from '../services/case-report-filter.js';
import { sectorName, serviceTypeOfCase, stateOfCase } from '../graphql/types/uninstalled-sector.js';

export type ExportLang = 'id' | 'en';

const ORDERS: readonly CaseOrder[] = ['REGISTERED', 'REGISTERED_ASC', 'DUE_AT', 'LAST_CHANGE'];
const UNIT_KIND = /^[A-Z_]{2,40}$/;

function oneOf<T extends string>(field: string, values: readonly T[], value: string | undefined): T | null {
  if (value === undefined || value === '') return null;
  const found = values.find((v) => v === value);
  if (found) return found;
  throw validationFailed([
    {
      field: `filter.${field}`,
      message: { id: `Nilai tidak dikenal: ${values.join(', ')}.`, en: `Unknown value: ${values.join(', ')}.` },
    },
  ]);
}

function yesNo(field: string, value: string | undefined): boolean | null {
  if (value === undefined || value === '') return null;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw validationFailed([
    { field: `filter.${field}`, message: { id: 'Harus true atau false.', en: 'Must be true or false.' } },
  ]);
}

/**
 * The query string of `GET /reports/cases` as the `cases(filter:, orderBy:)` arguments: the
 * filter's own field names (`sectorIds` and `statuses` comma-separated, booleans `true|false`);
 * every check the GraphQL schema makes on an enum is a VALIDATION_FAILED naming `filter.<field>`,
 * the rest is checked by the list's own conditions (services/case-query.ts).
 */
export function caseExportArgs(query: Readonly<Record<string, string>>): {
  filter: CaseListFilter;
  order: CaseOrder | null;
} {
  const text = (key: string) => (query[key] === undefined || query[key] === '' ? null : query[key]);
  const list = (key: string) => {
    const items = query[key]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return items?.length ? items : null;
  };
  const unitKind = text('settledByUnitKind');
  if (unitKind && !UNIT_KIND.test(unitKind)) {
    throw validationFailed([
      { field: 'filter.settledByUnitKind', message: { id: 'Jenis unit tidak dikenal.', en: 'Unknown unit kind.' } },
    ]);
  }
  const filter: CaseListFilter = {
    sectorId: text('sectorId'),
    sectorIds: list('sectorIds'),
    serviceType: text('serviceType'),
    status: text('status'),
    statuses: list('statuses'),
    // Present and empty: "not mapped" (the recap's unmapped rows), as in the GraphQL filter.
    spmService: query.spmService ?? null,
    penerima: query.penerima ?? null,
    outcome: oneOf('outcome', CASE_OUTCOMES, query.outcome),
    declineReason: oneOf('declineReason', DECLINE_REASONS, query.declineReason),
    settlementKind: oneOf('settlementKind', SETTLEMENT_KINDS, query.settlementKind),
    settledById: text('settledById'),
    settledByUnitKind: unitKind as CaseListFilter['settledByUnitKind'],
    reportCell: oneOf('reportCell', RECAP_CELL_FILTERS, query.reportCell),
    deadlineState: oneOf('deadlineState', DEADLINE_STATES, query.deadlineState),
    overdue: yesNo('overdue', query.overdue),
    open: yesNo('open', query.open),
    escalated: yesNo('escalated', query.escalated),
    inbox: yesNo('inbox', query.inbox),
    areaCode: text('areaCode'),
    holderId: text('holderId'),
    escalatedToId: text('escalatedToId'),
    registeredFrom: text('registeredFrom'),
    registeredTo: text('registeredTo'),
    updatedSince: text('updatedSince'),
  };
  const order = query.orderBy
    ? (ORDERS.find((o) => o === query.orderBy) ??
      (() => {
        throw validationFailed([
          { field: 'orderBy', message: { id: `Urutan: ${ORDERS.join(', ')}.`, en: `Order: ${ORDERS.join(', ')}.` } },
        ]);
      })())
    : null;
  return { filter, order };
}

/** `(zone)` marks the headers of the times, written in the export's zone. */
const HEADER: ReadonlyArray<LocalizedText> = [
  { id: 'Kode', en: 'Code' },
  { id: 'Sektor', en: 'Sector' },
  { id: 'Jenis layanan', en: 'Service type' },
  { id: 'Jenis pelayanan dasar', en: 'Basic service (SPM)' },
  { id: 'Penerima', en: 'Recipient category' },
  { id: 'Status', en: 'Status' },
  { id: 'Hasil', en: 'Outcome' },
  { id: 'Alasan / cara penyelesaian', en: 'Reason / kind of settlement' },
  { id: 'Unit pemegang', en: 'Holder unit' },
  { id: 'Didaftarkan (zone)', en: 'Registered at (zone)' },
  { id: 'Tenggat (zone)', en: 'Due at (zone)' },
  { id: 'Ditutup (zone)', en: 'Closed at (zone)' },
  { id: 'Lewat tenggat', en: 'Overdue' },
  { id: 'Nama pemohon', en: 'Applicant name' },
  { id: 'NIK pemohon (disamarkan)', en: 'Applicant NIK (masked)' },
  { id: 'Desa/Kelurahan', en: 'Village' },
  { id: 'Kode wilayah', en: 'Area code' },
];

/**
 * The zone an export writes its times in: the kabupaten's. Every case of a kabupaten shares its
 * province's zone, so that is the cases' one zone; with no case, the reader's own area's; should a
 * reader reach several zones (a national system), WIB, the national reference — the times stay the
 * same instants, in one named zone, so the column sorts and compares.
 */
export function exportTimeZone(cases: readonly Case[], principal: Principal): string {
  const zones = new Set(cases.map((c) => c.area.getEntity().timeZone || timeZoneOfArea(c.area.getEntity().code)));
  if (zones.size === 0) for (const m of principal.memberships) zones.add(timeZoneOfArea(m.areaCode));
  return zones.size === 1 ? [...zones][0]! : 'Asia/Jakarta';
}

/** The export's rows: one a case, in the list's order; the NIK always masked, never a KK; times in `timeZone`. */
export function caseExportTable(
  cases: readonly Case[],
  registry: PluginRegistry,
  lang: ExportLang,
  now: Date,
  timeZone: string,
): ExportTable & { timeZone: string } {
  const t = (label: LocalizedText | undefined | null) => (label ? label[lang] : null);
  // Per export, not per row: 10,000 rows share a few sectors, service types and states.
  const memo = new Map<string, string | null>();
  const once = (key: string, label: () => LocalizedText | null | undefined) => {
    if (!memo.has(key)) memo.set(key, t(label()));
    return memo.get(key) ?? null;
  };
  const yes = lang === 'id' ? 'ya' : 'yes';
  const no = lang === 'id' ? 'tidak' : 'no';
  return {
    name: lang === 'id' ? 'Daftar kasus' : 'Cases',
    timeZone,
    header: HEADER.map((h) => h[lang].replace('(zone)', `(${zoneLabel(timeZone)})`)),
    rows: cases.map((c) => {
      const applicant = c.applicant.getEntity();
      const overdue = !c.closedAt && !c.clockPausedAt && c.dueAt.getTime() < now.getTime();
      const reason =
        c.outcome === 'DECLINED' && c.declineReason
          ? t(DECLINE_REASON_LABELS[c.declineReason])
          : c.outcome === 'SETTLED_AT_VILLAGE' && c.settlementKind
            ? t(SETTLEMENT_KIND_LABELS[c.settlementKind])
            : null;
      return [
        c.code,
        once(`sector|${c.sectorId}`, () => sectorName(registry, c.sectorId)),
        once(
          `type|${c.sectorId}|${c.serviceTypeId}`,
          () => serviceTypeOfCase(registry, c.sectorId, c.serviceTypeId).name,
        ),
        c.spmService
          ? (once(`spm|${c.sectorId}|${c.spmService}`, () => registry.spmService(c.sectorId, c.spmService!)?.name) ??
            c.spmService)
          : null,
        c.penerima ? (t(PENERIMA_LABELS[c.penerima as PenerimaCategory]) ?? c.penerima) : null,
        once(
          `state|${c.sectorId}|${c.status}|${c.closedAt !== null}`,
          () => stateOfCase(registry, c.sectorId, c.status, c.closedAt !== null).label,
        ),
        c.outcome ? t(CASE_OUTCOME_LABELS[c.outcome]) : null,
        reason,
        c.holder.getEntity().name,
        { at: c.registeredAt, zone: timeZone },
        { at: c.dueAt, zone: timeZone },
        c.closedAt ? { at: c.closedAt, zone: timeZone } : null,
        overdue ? yes : no,
        applicant.name,
        applicant.nik ? maskNik(applicant.nik) : null,
        c.area.getEntity().name,
        c.area.getEntity().code,
      ];
    }),
  };
}

/** The filtered case list as a table, or EXPORT_TOO_LARGE (nothing written) past `maxRows`. */
export async function caseExport(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  query: Readonly<Record<string, string>>,
  options: { now: Date; maxRows: number },
): Promise<ExportTable & { timeZone: string }> {
  const lang: ExportLang = query.lang === 'en' ? 'en' : 'id';
  const { filter, order } = caseExportArgs(query);
  const cases = await allListedCases(em, principal, registry, {
    filter,
    order,
    now: options.now,
    maxRows: options.maxRows,
  });
  if (!cases) {
    throw new DomainError(
      'EXPORT_TOO_LARGE',
      {
        id: `Lebih dari ${options.maxRows} kasus cocok dengan saringan ini. Persempit saringan (misalnya wilayah atau periode) lalu ekspor lagi.`,
        en: `More than ${options.maxRows} cases match this filter. Narrow the filter (e.g. area or period) and export again.`,
      },
      { details: { maxRows: options.maxRows } },
    );
  }
  return caseExportTable(cases, registry, lang, options.now, exportTimeZone(cases, principal));
}
