import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isAreaCode,
  ORG_UNIT_KINDS,
  validationFailed,
  type CaseOutcome,
  type FieldProblem,
  type OrgUnitKind,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import { DateTime } from 'luxon';
import { CaseEvent } from '../entities/case-event.entity.js';
import { CaseHolding } from '../entities/case-holding.entity.js';
import { Case } from '../entities/case.entity.js';
import type { CalendarService } from '../services/calendar.service.js';
import { reachCondition } from '../services/case-query.js';

/**
 * The SPM performance report (DESIGN §5 and §7): for the cases registered in a period within the
 * viewer's reach — how many, how many answered within 5 working days, which are overdue now, at
 * which level they were settled, and which units used the time. Counts only: no name, no code.
 * A kabupaten admin, who reads no case, gets the counts of their kabupaten.
 */
export interface ReportCounts {
  registered: number;
  open: number;
  openOverdue: number;
  paused: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  /** Served: COMPLETED or SETTLED_AT_VILLAGE (kept for clients of before API 1.4). */
  resolved: number;
  /** DECLINED (kept for clients of before API 1.4). */
  rejected: number;
  completed: number;
  declined: number;
  settledAtVillage: number;
  withdrawn: number;
  cannotBeServed: number;
}

/** The count each outcome adds to. */
export const OUTCOME_COUNT: Readonly<Record<CaseOutcome, keyof ReportCounts>> = {
  COMPLETED: 'completed',
  DECLINED: 'declined',
  SETTLED_AT_VILLAGE: 'settledAtVillage',
  WITHDRAWN: 'withdrawn',
  CANNOT_BE_SERVED: 'cannotBeServed',
};

export interface SpmReportData {
  from: string;
  to: string;
  areaCode: string | null;
  sectorId: string | null;
  timeZone: string;
  generatedAt: Date;
  totals: ReportCounts;
  bySector: Array<{ sectorId: string; counts: ReportCounts }>;
  /** Closed cases by the kind of unit that held them when they were settled; every kind, zeros included. */
  settledAt: Array<{ unitKind: OrgUnitKind; count: number }>;
  /** Every stretch a kind of unit held one of the cases: how many, and the working days they took in all. */
  timeByHolder: Array<{ unitKind: OrgUnitKind; holdings: number; workingDays: number }>;
  /** Returns (bukan wewenang) on these cases. */
  returned: number;
}

export interface SpmReportRequest {
  from: string;
  to: string;
  areaCode?: string | null;
  sectorId?: string | null;
}

const MAX_DAYS = 366;
const CHUNK = 5000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const zeroCounts = (): ReportCounts => ({
  registered: 0,
  open: 0,
  openOverdue: 0,
  paused: 0,
  closed: 0,
  closedOnTime: 0,
  closedLate: 0,
  resolved: 0,
  rejected: 0,
  completed: 0,
  declined: 0,
  settledAtVillage: 0,
  withdrawn: 0,
  cannotBeServed: 0,
});

/** The viewer's cases, or — for a kabupaten admin, who reads none — every case of their kabupaten. */
export function reportScope(principal: Principal, registry: PluginRegistry): FilterQuery<Case> {
  const adminAreas = principal.memberships.filter((m) => m.role === 'ADMIN').map((m) => m.areaCode);
  const reach = reachCondition(principal, registry);
  if (!adminAreas.length) return reach;
  return { $or: [reach, ...adminAreas.map((a) => ({ area: { code: { $like: `${a}.%` } } }))] };
}

function checkRequest(request: SpmReportRequest, registry: PluginRegistry): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const day = (field: 'from' | 'to') => {
    const value = request[field];
    const parsed = DATE.test(value) ? DateTime.fromISO(value) : null;
    if (!parsed?.isValid) {
      problems.push({
        field,
        message: { id: 'Tanggal harus berformat YYYY-MM-DD.', en: 'The date must be in YYYY-MM-DD form.' },
      });
      return null;
    }
    return parsed;
  };
  const from = day('from');
  const to = day('to');
  if (from && to) {
    const days = to.diff(from, 'days').days;
    if (days < 0) {
      problems.push({
        field: 'to',
        message: { id: 'Tanggal akhir sebelum tanggal awal.', en: 'The end date is before the start date.' },
      });
    } else if (days >= MAX_DAYS) {
      problems.push({
        field: 'to',
        message: {
          id: `Satu laporan mencakup paling lama ${MAX_DAYS} hari.`,
          en: `A report covers at most ${MAX_DAYS} days.`,
        },
      });
    }
  }
  if (request.areaCode && !isAreaCode(request.areaCode)) {
    problems.push({ field: 'areaCode', message: { id: 'Kode wilayah tidak valid.', en: 'Not a valid area code.' } });
  }
  if (request.sectorId && !registry.hasSector(request.sectorId)) {
    problems.push({
      field: 'sectorId',
      message: { id: `Sektor tidak dikenal: ${request.sectorId}.`, en: `Unknown sector: ${request.sectorId}.` },
    });
  }
  return problems;
}

/** The zone the period's dates are read in: the area's, else the viewer's first unit's. */
function reportZone(principal: Principal, areaCode: string | null | undefined, calendars: CalendarService) {
  const area = areaCode ?? principal.memberships[0]?.areaCode ?? '33';
  return calendars.forArea(area);
}

export async function spmReport(
  em: EntityManager,
  principal: Principal,
  calendars: CalendarService,
  registry: PluginRegistry,
  request: SpmReportRequest,
  now: Date,
): Promise<SpmReportData> {
  const problems = checkRequest(request, registry);
  if (problems.length) throw validationFailed(problems);
  const zoneCalendar = await reportZone(principal, request.areaCode, calendars);
  const where: FilterQuery<Case> = {
    $and: [
      reportScope(principal, registry),
      { registeredAt: { $gte: zoneCalendar.startOfDay(request.from), $lte: zoneCalendar.endOfDay(request.to) } },
      ...(request.areaCode
        ? [{ $or: [{ area: request.areaCode }, { area: { code: { $like: `${request.areaCode}.%` } } }] }]
        : []),
      ...(request.sectorId ? [{ sectorId: request.sectorId }] : []),
    ],
  };
  const cases = await em.find(Case, where, {
    fields: [
      'id',
      'sectorId',
      'area',
      'closedAt',
      'closedOnTime',
      'outcome',
      'clockPausedAt',
      'dueAt',
      'settledBy.kind',
    ],
    // Reports read from the replica when one is configured (DATABASE_REPLICA_URL).
    connectionType: 'read',
  });

  const totals = zeroCounts();
  const bySector = new Map<string, ReportCounts>();
  const settledAt = new Map<OrgUnitKind, number>();
  for (const c of cases) {
    const counts = bySector.get(c.sectorId) ?? zeroCounts();
    bySector.set(c.sectorId, counts);
    for (const k of [totals, counts]) {
      k.registered += 1;
      if (c.closedAt) {
        k.closed += 1;
        if (c.closedOnTime) k.closedOnTime += 1;
        else k.closedLate += 1;
        if (c.outcome) k[OUTCOME_COUNT[c.outcome]] += 1;
        if (c.outcome === 'COMPLETED' || c.outcome === 'SETTLED_AT_VILLAGE') k.resolved += 1;
        if (c.outcome === 'DECLINED') k.rejected += 1;
      } else {
        k.open += 1;
        if (c.clockPausedAt) k.paused += 1;
        else if (c.dueAt.getTime() < now.getTime()) k.openOverdue += 1;
      }
    }
    const settled = c.settledBy?.getEntity().kind;
    if (c.closedAt && settled) settledAt.set(settled, (settledAt.get(settled) ?? 0) + 1);
  }

  const areaOf = new Map(cases.map((c) => [c.id, c.area.code]));
  // The last holder's stretch stays open in case_holding: it ends when the case closed (or now).
  const endOf = new Map(cases.map((c) => [c.id, c.closedAt ?? now]));
  const time = new Map<OrgUnitKind, { holdings: number; workingDays: number }>();
  let returned = 0;
  const ids = cases.map((c) => c.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const holdings = await em.find(
      CaseHolding,
      { case: { $in: chunk } },
      { fields: ['case', 'since', 'until', 'orgUnit.kind'], connectionType: 'read' },
    );
    for (const h of holdings) {
      const calendar = await calendars.forArea(areaOf.get(h.case.id) ?? '33');
      const days = calendar.workingDaysBetween(
        calendar.localDate(h.since),
        calendar.localDate(h.until ?? endOf.get(h.case.id) ?? now),
      );
      const kind = h.orgUnit.getEntity().kind;
      const entry = time.get(kind) ?? { holdings: 0, workingDays: 0 };
      entry.holdings += 1;
      entry.workingDays += Math.max(0, days);
      time.set(kind, entry);
    }
    returned += await em.count(CaseEvent, { case: { $in: chunk }, type: 'RETURNED' }, { connectionType: 'read' });
  }

  // Every sector and every kind of unit, zeros included: the report is one table, whoever reads it.
  const sectorIds = request.sectorId ? [request.sectorId] : registry.plugins.map((p) => p.id);
  return {
    from: request.from,
    to: request.to,
    areaCode: request.areaCode ?? null,
    sectorId: request.sectorId ?? null,
    timeZone: zoneCalendar.zone,
    generatedAt: now,
    totals,
    bySector: sectorIds.map((sectorId) => ({ sectorId, counts: bySector.get(sectorId) ?? zeroCounts() })),
    settledAt: ORG_UNIT_KINDS.map((unitKind) => ({ unitKind, count: settledAt.get(unitKind) ?? 0 })),
    timeByHolder: ORG_UNIT_KINDS.map((unitKind) => ({
      unitKind,
      ...(time.get(unitKind) ?? { holdings: 0, workingDays: 0 }),
    })),
    returned,
  };
}
