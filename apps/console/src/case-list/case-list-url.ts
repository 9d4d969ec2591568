import type {
  CaseFilter,
  CaseOrder,
  CaseOutcome,
  DeadlineState,
  DeclineReason,
  OrgUnitKind,
  SettlementKind,
  SpmRecapCell,
} from '../gql/graphql';

/**
 * The case list's filters as they stand in its URL (`/kasus?…`), so a list can be shared and
 * bookmarked, and every count of the SPM report links to the cases behind it. The parameter names
 * are Indonesian like the routes; each stands for one argument of `cases(filter:)`.
 * `layanan` and `penerima` present but empty mean "not mapped" (the recap's unmapped rows).
 */
export interface CaseListParams {
  sectorIds?: string[];
  /** The sector's case type (`ServiceType.id`). */
  serviceType?: string;
  /** Jenis pelayanan dasar id; '' = cases mapped to none. */
  spmService?: string;
  /** Penerima category; '' = not mapped. */
  penerima?: string;
  status?: string;
  outcome?: CaseOutcome;
  declineReason?: DeclineReason;
  settlementKind?: SettlementKind;
  settledById?: string;
  settledByUnitKind?: OrgUnitKind;
  /** The recap cell the list stands for (docs/reports.md, "Drill-down"). */
  reportCell?: SpmRecapCell;
  deadlineState?: DeadlineState;
  overdue?: boolean;
  areaCode?: string;
  holderId?: string;
  /** Registration date, local, YYYY-MM-DD, inclusive. */
  registeredFrom?: string;
  registeredTo?: string;
  open?: boolean;
  order?: CaseOrder;
}

export const REPORT_CELLS: readonly SpmRecapCell[] = [
  'IN_PROGRESS',
  'OPEN_OVERDUE',
  'COMPLETED_ON_TIME',
  'COMPLETED_LATE',
  'DECLINED',
  'SETTLED_AT_VILLAGE',
  'WITHDRAWN',
  'CANNOT_BE_SERVED',
  'OTHER_CLOSED',
  'RETURNED',
];
export const OUTCOMES: readonly CaseOutcome[] = [
  'COMPLETED',
  'DECLINED',
  'SETTLED_AT_VILLAGE',
  'WITHDRAWN',
  'CANNOT_BE_SERVED',
];
export const DEADLINE_STATES: readonly DeadlineState[] = ['ON_TRACK', 'DUE_SOON', 'OVERDUE', 'PAUSED', 'MET', 'MISSED'];
export const ORDERS: readonly CaseOrder[] = ['REGISTERED', 'REGISTERED_ASC', 'DUE_AT', 'LAST_CHANGE'];
const DECLINE_REASONS: readonly DeclineReason[] = ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'];
const SETTLEMENT_KINDS: readonly SettlementKind[] = ['MUSYAWARAH', 'DIRECT_HELP'];

/** The recap's count columns and the cell each stands for (`received`: every case of the line). */
export const COUNT_CELLS = {
  received: null,
  inProgress: 'IN_PROGRESS',
  openOverdue: 'OPEN_OVERDUE',
  completedOnTime: 'COMPLETED_ON_TIME',
  completedLate: 'COMPLETED_LATE',
  declined: 'DECLINED',
  returned: 'RETURNED',
  settledAtVillage: 'SETTLED_AT_VILLAGE',
  withdrawn: 'WITHDRAWN',
  cannotBeServed: 'CANNOT_BE_SERVED',
  otherClosed: 'OTHER_CLOSED',
} as const satisfies Record<string, SpmRecapCell | null>;
export type CountColumn = keyof typeof COUNT_CELLS;
/** The count columns of a recap line, in the recap's order (the report's table, its sums and links use this one list). */
export const COUNT_COLUMNS = Object.keys(COUNT_CELLS) as CountColumn[];

const NAMES = {
  sectorIds: 'sektor',
  serviceType: 'jenis',
  spmService: 'layanan',
  penerima: 'penerima',
  status: 'status',
  outcome: 'hasil',
  declineReason: 'alasan',
  settlementKind: 'cara',
  settledById: 'diselesaikan',
  settledByUnitKind: 'jenis-unit',
  reportCell: 'kolom',
  deadlineState: 'tenggat',
  overdue: 'lewat-tenggat',
  areaCode: 'wilayah',
  holderId: 'pemegang',
  registeredFrom: 'dari',
  registeredTo: 'sampai',
  open: 'terbuka',
  order: 'urut',
} as const satisfies Record<keyof CaseListParams, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNIT_KIND = /^[A-Z_]{2,40}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function yesNo(value: string | null): boolean | undefined {
  return value === 'ya' ? true : value === 'tidak' ? false : undefined;
}

/** Reads the list's filters from its URL; unknown or malformed values are left out. */
export function paramsFromSearch(search: URLSearchParams): CaseListParams {
  const get = (key: keyof typeof NAMES) => search.get(NAMES[key])?.trim() || null;
  const params: CaseListParams = {};
  const sectors = get('sectorIds')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (sectors?.length) params.sectorIds = sectors;
  for (const key of ['serviceType', 'status', 'areaCode', 'holderId', 'settledById'] as const) {
    const value = get(key);
    if (value) params[key] = value;
  }
  // Present and empty: "not mapped", a row of its own in the recap.
  for (const key of ['spmService', 'penerima'] as const) {
    const value = search.get(NAMES[key]);
    if (value !== null) params[key] = value.trim();
  }
  const outcome = oneOf(OUTCOMES, get('outcome'));
  if (outcome) params.outcome = outcome;
  const reason = oneOf(DECLINE_REASONS, get('declineReason'));
  if (reason) params.declineReason = reason;
  const kind = oneOf(SETTLEMENT_KINDS, get('settlementKind'));
  if (kind) params.settlementKind = kind;
  const unitKind = get('settledByUnitKind');
  if (unitKind && UNIT_KIND.test(unitKind)) params.settledByUnitKind = unitKind as OrgUnitKind;
  const cell = oneOf(REPORT_CELLS, get('reportCell'));
  if (cell) params.reportCell = cell;
  const deadline = oneOf(DEADLINE_STATES, get('deadlineState'));
  if (deadline) params.deadlineState = deadline;
  const order = oneOf(ORDERS, get('order'));
  if (order) params.order = order;
  for (const key of ['registeredFrom', 'registeredTo'] as const) {
    const value = get(key);
    if (value && DATE.test(value)) params[key] = value;
  }
  const overdue = yesNo(get('overdue'));
  if (overdue !== undefined) params.overdue = overdue;
  const open = yesNo(get('open'));
  if (open !== undefined) params.open = open;
  return params;
}

/** The URL of the case list with these filters (parameters in a fixed order, empty ones left out). */
export function caseListHref(params: CaseListParams): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(NAMES) as Array<keyof CaseListParams>) {
    const value = params[key];
    if (value === undefined || value === null) continue;
    if (value === '' && key !== 'spmService' && key !== 'penerima') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(NAMES[key], value.join(','));
    } else search.set(NAMES[key], typeof value === 'boolean' ? (value ? 'ya' : 'tidak') : value);
  }
  const query = search.toString();
  return query ? `/kasus?${query}` : '/kasus';
}

/** The `cases(filter:)` argument for the list's filters. */
export function caseFilterOf(params: CaseListParams): CaseFilter {
  const { order: _order, sectorIds, ...rest } = params;
  const filter: CaseFilter = { ...rest };
  // One sector is the plain `sectorId` (its service types and states can then be chosen).
  if (sectorIds?.length === 1) filter.sectorId = sectorIds[0];
  else if (sectorIds?.length) filter.sectorIds = sectorIds;
  return filter;
}

/** What `spmRecap` gives each of its lines: the case-list filter behind its counts. */
export interface RecapLineFilter {
  sectorIds: string[];
  spmService?: string | null;
  penerima?: string | null;
  areaCode: string;
  registeredFrom: string;
  registeredTo: string;
  reportCell?: SpmRecapCell | null;
  settledById?: string | null;
  settledByUnitKind?: OrgUnitKind | null;
}

/** The case list behind one count of a recap line (docs/reports.md, "Drill-down"). */
export function drillDownHref(line: RecapLineFilter, column: CountColumn): string {
  const cell = COUNT_CELLS[column] ?? line.reportCell ?? undefined;
  return caseListHref({
    sectorIds: line.sectorIds,
    ...(line.spmService === null || line.spmService === undefined ? {} : { spmService: line.spmService }),
    ...(line.penerima === null || line.penerima === undefined ? {} : { penerima: line.penerima }),
    areaCode: line.areaCode,
    registeredFrom: line.registeredFrom,
    registeredTo: line.registeredTo,
    ...(cell ? { reportCell: cell } : {}),
    ...(line.settledById ? { settledById: line.settledById } : {}),
    ...(line.settledByUnitKind ? { settledByUnitKind: line.settledByUnitKind } : {}),
  });
}

/**
 * The export of the list (`GET /reports/cases`, docs/reports.md): the same `cases(filter:, orderBy:)`
 * arguments as query parameters (lists comma-separated, booleans true/false; '' kept for "not mapped").
 */
export function caseExportHref(params: CaseListParams, format: 'csv' | 'xlsx', lang: 'id' | 'en'): string {
  const search = new URLSearchParams({ format });
  if (lang === 'en') search.set('lang', 'en');
  for (const [key, value] of Object.entries(caseFilterOf(params))) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) search.set(key, value.join(','));
    else search.set(key, String(value));
  }
  if (params.order) search.set('orderBy', params.order);
  return `/reports/cases?${search}`;
}
