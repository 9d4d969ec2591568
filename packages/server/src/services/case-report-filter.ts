import { raw, type FilterQuery } from '@mikro-orm/core';
import { validationFailed, type DeclineReason, type OrgUnitKind, type SettlementKind } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { isUuid } from './ids.js';

/**
 * The SPM recap's cells as case-list filters (issue 15 item 4): a count of `spmRecap` drills down
 * to `cases(filter: { …the row's filter, reportCell })`, and the conditions below are the report's
 * own definitions (migration 20261207090000's `spm_recap_cells`, and the live overdue count of
 * reports/spm-recap.ts), so the list behind a count has exactly that many cases for a reader who
 * may open them all.
 */
export const RECAP_CELL_FILTERS = [
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
] as const;
export type RecapCellFilter = (typeof RECAP_CELL_FILTERS)[number];

/** The report filters of the case list; every one is optional and they combine with AND. */
export interface CaseReportFilter {
  /** Any of these sectors (a recap's total or area row spans the sectors the reader reads). */
  sectorIds?: readonly string[] | null;
  /** Jenis pelayanan dasar id; '' = cases their plugin maps to none. */
  spmService?: string | null;
  /** Penerima category; '' = not mapped. */
  penerima?: string | null;
  reportCell?: RecapCellFilter | null;
  declineReason?: DeclineReason | null;
  settlementKind?: SettlementKind | null;
  /** The unit a village-level settlement is credited to. */
  settledById?: string | null;
  /** Settled at village level by a unit of this kind (the recap's settlements line of a kind). */
  settledByUnitKind?: OrgUnitKind | null;
  /** Local registration date from (inclusive), YYYY-MM-DD: the report's period. */
  registeredFrom?: string | null;
  /** Local registration date to (inclusive), YYYY-MM-DD. */
  registeredTo?: string | null;
  /** true: open, clock running, past due now (= reportCell OPEN_OVERDUE); false: every other case. */
  overdue?: boolean | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMPLETED_OUTCOMES = ['DECLINED', 'SETTLED_AT_VILLAGE', 'WITHDRAWN', 'CANNOT_BE_SERVED'] as const;

function overdueCondition(now: Date): FilterQuery<Case> {
  return { closedAt: null, clockPausedAt: null, dueAt: { $lt: now } };
}

function cellCondition(cell: RecapCellFilter, now: Date): FilterQuery<Case> {
  const closed = { closedAt: { $ne: null } };
  switch (cell) {
    case 'IN_PROGRESS':
      return { closedAt: null, $or: [{ clockPausedAt: { $ne: null } }, { dueAt: { $gte: now } }] };
    case 'OPEN_OVERDUE':
      return overdueCondition(now);
    case 'COMPLETED_ON_TIME':
      return { ...closed, outcome: 'COMPLETED', closedOnTime: true };
    case 'COMPLETED_LATE':
      // The rollup counts a completion without an on-time mark as late.
      return { ...closed, outcome: 'COMPLETED', $or: [{ closedOnTime: false }, { closedOnTime: null }] };
    case 'OTHER_CLOSED':
      return { ...closed, $or: [{ outcome: null }, { outcome: { $nin: ['COMPLETED', ...COMPLETED_OUTCOMES] } }] };
    case 'RETURNED':
      // A new raw fragment per call: MikroORM forgets a fragment once a query used it.
      return {
        [raw(
          (alias: string) =>
            `exists (select 1 from "case_event" e where e."case_id" = ${alias}."id" and e."type" = 'RETURNED')`,
        )]: true,
      };
    default:
      return { ...closed, outcome: cell };
  }
}

/** The conditions of the report filters; a malformed value is a VALIDATION_FAILED naming its field. */
export function reportFilterConditions(filter: CaseReportFilter, now: Date): FilterQuery<Case>[] {
  const and: FilterQuery<Case>[] = [];
  if (filter.sectorIds) and.push({ sectorId: { $in: [...filter.sectorIds] } });
  if (filter.spmService !== null && filter.spmService !== undefined) {
    and.push({ spmService: filter.spmService === '' ? null : filter.spmService });
  }
  if (filter.penerima !== null && filter.penerima !== undefined) {
    and.push({ penerima: filter.penerima === '' ? null : filter.penerima });
  }
  if (filter.reportCell) and.push(cellCondition(filter.reportCell, now));
  if (filter.declineReason) and.push({ outcome: 'DECLINED', declineReason: filter.declineReason });
  if (filter.settlementKind) and.push({ outcome: 'SETTLED_AT_VILLAGE', settlementKind: filter.settlementKind });
  if (filter.settledById) {
    if (!isUuid(filter.settledById)) {
      throw validationFailed([
        { field: 'filter.settledById', message: { id: 'Id unit tidak valid.', en: 'Not a valid org unit id.' } },
      ]);
    }
    and.push({ outcome: 'SETTLED_AT_VILLAGE', settledBy: filter.settledById });
  }
  if (filter.settledByUnitKind) {
    and.push({ outcome: 'SETTLED_AT_VILLAGE', settledBy: { kind: filter.settledByUnitKind } });
  }
  for (const [field, value] of [
    ['registeredFrom', filter.registeredFrom],
    ['registeredTo', filter.registeredTo],
  ] as const) {
    if (!value) continue;
    if (!DATE.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())) {
      throw validationFailed([
        {
          field: `filter.${field}`,
          message: { id: 'Tanggal harus berbentuk YYYY-MM-DD.', en: 'The date must be YYYY-MM-DD.' },
        },
      ]);
    }
    and.push({ registeredOn: field === 'registeredFrom' ? { $gte: value } : { $lte: value } });
  }
  if (filter.overdue === true) and.push(overdueCondition(now));
  if (filter.overdue === false) {
    and.push({ $or: [{ closedAt: { $ne: null } }, { clockPausedAt: { $ne: null } }, { dueAt: { $gte: now } }] });
  }
  return and;
}
