import { raw, type FilterQuery, type QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  caseReach,
  validationFailed,
  type CaseOutcome,
  type DeadlineState,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import { Case } from '../entities/case.entity.js';
import { inboxCondition } from './case-inbox.js';
import { changeWindow, decodeCursor, orderByOf, parseUpdatedSince, type CaseOrder } from './case-list-order.js';
import { reportFilterConditions, type CaseReportFilter } from './case-report-filter.js';
import { isUuid } from './ids.js';

export interface CaseListFilter extends CaseReportFilter {
  sectorId?: string | null;
  status?: string | null;
  deadlineState?: DeadlineState | string | null;
  areaCode?: string | null;
  holderId?: string | null;
  escalatedToId?: string | null;
  open?: boolean | null;
  /** Escalated (level 1 or further of the kabupaten's chain told), or never escalated. */
  escalated?: boolean | null;
  /** Held by, or escalated to, one of the viewer's units (services/case-inbox.ts). */
  inbox?: boolean | null;
  /** Closed cases with that outcome (CASE_OUTCOMES). */
  outcome?: CaseOutcome | null;
  serviceType?: string | null;
  /** Any of these workflow states. */
  statuses?: readonly string[] | null;
  /** Changed since this instant or `chg_…` token (services/case-list-order.ts), inclusive. */
  updatedSince?: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The access policy's reach as a database condition: the list shows exactly
 * the cases `canReadCase` would allow (see @posyandu-spm/core access/policy.ts).
 */
export function reachCondition(
  principal: Principal,
  registry: PluginRegistry,
  options: { listOrder?: boolean; counting?: boolean } = {},
): FilterQuery<Case> {
  const reach = caseReach(principal);
  const or: FilterQuery<Case>[] = [];
  if (reach.unitIds.length) {
    or.push({ originUnit: { $in: reach.unitIds } }, { heldByUnitIds: { $overlap: reach.unitIds } });
  }
  if (reach.areaCodes.length) or.push({ area: { $in: reach.areaCodes } });
  for (const prefix of reach.areaPrefixes) {
    or.push(
      options.counting
        ? areaPrefixForCounting(prefix)
        : options.listOrder
          ? areaPrefixInListOrder(prefix)
          : { area: { code: { $like: `${prefix}.%` } } },
    );
  }
  if (reach.routedUnitIds.length) {
    or.push(
      { heldByUnitIds: { $overlap: reach.routedUnitIds } },
      { holder: { ancestorIds: { $overlap: reach.routedUnitIds } } },
    );
  }
  // Service types with area readers: their cases in the areas the principal covers in one of those roles.
  for (const grant of registry.areaReaderGrants()) {
    const areas = [...new Set(reach.coveredAreas.filter((a) => grant.roles.includes(a.role)).map((a) => a.areaCode))];
    for (const area of areas) {
      or.push({
        sectorId: grant.sectorId,
        serviceTypeId: grant.serviceTypeId,
        $or: [{ area }, { area: { code: { $like: `${area}.%` } } }],
      });
    }
  }
  // No reach (an admin): a condition that matches nothing.
  if (!or.length) return { id: { $in: [] } };
  // An API key limited to some sectors sees only their cases.
  return reach.sectorIds ? { $or: or, sectorId: { $in: [...reach.sectorIds] } } : { $or: or };
}

/** Prefix lengths with an index in list order (Migration20261207104500): a kecamatan, a kabupaten. */
const LEVEL_LENGTHS: ReadonlySet<number> = new Set([8, 5]);

/**
 * The cases within a kecamatan or kabupaten as `left(area_code, n) = code`, which the indexes of
 * Migration20261207104500 serve newest first (a page reads its 50 entries, a count one key range);
 * as the access policy's isWithinArea, it also holds the area's own code. Other prefixes (a
 * province) stay `like`. A new raw fragment per call: MikroORM forgets one once a query used it.
 */
function areaPrefixInListOrder(prefix: string): FilterQuery<Case> {
  if (!LEVEL_LENGTHS.has(prefix.length)) return { area: { code: { $like: `${prefix}.%` } } };
  return { [raw((alias: string) => `left(${alias}."area_code", ${prefix.length})`)]: prefix };
}

/**
 * The same cases as areaPrefixInListOrder, shaped for an exact count: `left(area_code, n) = code`
 * alone is an index scan of the list index that visits every row (the expression's column is not in
 * the index, so no index-only scan), and the planner may prefer a whole scan of the area_code index
 * filtered row by row (97 ms for a kabupaten's 10,001 at 1 M cases). With `area_code like 'code%'`
 * beside it the count is an index-only range scan of the text_pattern_ops index (6–12 ms); `left`
 * keeps the meaning exact ('33.10%' alone would also take '33.100…'). Only for counting: the two
 * together make the planner's row estimate far too low for `totalCount`'s estimate.
 */
function areaPrefixForCounting(prefix: string): FilterQuery<Case> {
  if (!LEVEL_LENGTHS.has(prefix.length)) return { area: { code: { $like: `${prefix}.%` } } };
  return { $and: [areaPrefixInListOrder(prefix), { area: { code: { $like: `${prefix}%` } } }] };
}

/** Deadline states as conditions on the stored clock (dueAt is the end of the due day). */
function deadlineCondition(state: string, now: Date): FilterQuery<Case> {
  const open = { closedAt: null, clockPausedAt: null };
  switch (state) {
    case 'OVERDUE':
      return { ...open, dueAt: { $lt: now } };
    case 'DUE_SOON':
      return { ...open, dueAt: { $gte: now, $lt: new Date(now.getTime() + DAY_MS) } };
    case 'ON_TRACK':
      return { ...open, dueAt: { $gte: new Date(now.getTime() + DAY_MS) } };
    case 'PAUSED':
      return { closedAt: null, clockPausedAt: { $ne: null } };
    case 'MET':
      return { closedAt: { $ne: null }, closedOnTime: true };
    case 'MISSED':
      return { closedAt: { $ne: null }, closedOnTime: false };
    default:
      throw validationFailed([
        {
          field: 'filter.deadlineState',
          message: { id: 'Status tenggat tidak dikenal.', en: 'Unknown deadline state.' },
        },
      ]);
  }
}

export function filterCondition(filter: CaseListFilter | null | undefined, now: Date): FilterQuery<Case>[] {
  const and: FilterQuery<Case>[] = [];
  if (!filter) return and;
  if (filter.sectorId) and.push({ sectorId: filter.sectorId });
  if (filter.serviceType) and.push({ serviceTypeId: filter.serviceType });
  if (filter.status) and.push({ status: filter.status });
  if (filter.statuses?.length) and.push({ status: { $in: [...filter.statuses] } });
  if (filter.outcome) and.push({ outcome: filter.outcome });
  if (filter.deadlineState) and.push(deadlineCondition(filter.deadlineState, now));
  if (filter.areaCode) {
    and.push({ $or: [{ area: filter.areaCode }, { area: { code: { $like: `${filter.areaCode}.%` } } }] });
  }
  for (const [field, value] of [
    ['holderId', filter.holderId],
    ['escalatedToId', filter.escalatedToId],
  ] as const) {
    if (!value) continue;
    if (!isUuid(value)) {
      throw validationFailed([
        { field: `filter.${field}`, message: { id: 'Id unit tidak valid.', en: 'Not a valid org unit id.' } },
      ]);
    }
    and.push(field === 'holderId' ? { holder: value } : { escalatedTo: value });
  }
  if (filter.escalated === true) and.push({ escalationLevel: { $gte: 1 } });
  if (filter.escalated === false) and.push({ escalationLevel: 0 });
  if (filter.open === true) and.push({ closedAt: null });
  if (filter.open === false) and.push({ closedAt: { $ne: null } });
  and.push(...reportFilterConditions(filter, now));
  return and;
}

/** How many cases match: exact up to COUNT_EXACT_UP_TO, the planner's estimate above it. */
export interface CaseTotal {
  count: number;
  estimated: boolean;
}

/**
 * Up to this many matching cases are counted exactly (an index range, a few milliseconds); past
 * it the count is the planner's estimate, labelled as such (`totalCountEstimated`): a province
 * with a million cases does not count them on every page.
 */
export const COUNT_EXACT_UP_TO = 10_000;

export interface CasePage<T = Case> {
  cases: T[];
  hasNextPage: boolean;
  countTotal: () => Promise<CaseTotal>;
  /** With `updatedSince`: the token to poll with next time, once the last page is read. */
  nextUpdatedSince: string | null;
}

/**
 * What `cases(filter:)` matches for this principal: its reach, the filter, the inbox and the change
 * window. Built per query (a raw fragment in a condition, filter.reportCell RETURNED, serves one query).
 */
async function caseListConditions(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  filter: CaseListFilter | null | undefined,
  now: Date,
): Promise<{
  conditions: (options?: { counting?: boolean }) => FilterQuery<Case>[];
  changes: Awaited<ReturnType<typeof changeWindow>> | null;
}> {
  const updatedSince = filter?.updatedSince;
  const changes = updatedSince ? await changeWindow(em, parseUpdatedSince(updatedSince)) : null;
  const conditions = (options: { counting?: boolean } = {}): FilterQuery<Case>[] => [
    reachCondition(principal, registry, { listOrder: true, counting: options.counting }),
    ...filterCondition(filter, now),
    ...(filter?.inbox ? [inboxCondition(principal)] : []),
    ...(changes ? [changes.condition] : []),
  ];
  // Validates the filter before anything is read (a malformed value is VALIDATION_FAILED).
  conditions();
  return { conditions, changes };
}

/**
 * Every case of `cases(filter:, orderBy:)` for this principal, in the list's order, for an export
 * (GET /reports/cases): the same conditions as listCases, at most `maxRows`, else null (nothing read
 * beyond the count of maxRows + 1).
 */
export async function allListedCases(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  options: { filter?: CaseListFilter | null; now: Date; order?: CaseOrder | null; maxRows: number },
): Promise<Case[] | null> {
  const { conditions, changes } = await caseListConditions(em, principal, registry, options.filter, options.now);
  const order: CaseOrder = options.order ?? (changes ? 'LAST_CHANGE' : 'REGISTERED');
  const rows = await em.find(
    Case,
    { $and: conditions() },
    {
      orderBy: orderByOf(order),
      limit: options.maxRows + 1,
      populate:
        order === 'LAST_CHANGE' ? ['holder', 'changeXid', 'applicant', 'area'] : ['holder', 'applicant', 'area'],
      connectionType: 'read',
    },
  );
  return rows.length > options.maxRows ? null : rows;
}

/** What one page of `cases(filter:, first:, after:, orderBy:)` asks of the database. */
export interface CasePageQuery {
  /** The matching cases after the cursor: read `first + 1` of them in `order`. */
  where: FilterQuery<Case>;
  order: CaseOrder;
  first: number;
  /** The matching cases, cursor aside (a new condition per call: raw fragments serve one query). */
  matching: () => FilterQuery<Case>;
  /** The same cases as `matching`, shaped for an exact count (areaPrefixForCounting). */
  counting: () => FilterQuery<Case>;
  nextUpdatedSince: string | null;
}

export interface CasePageOptions {
  filter?: CaseListFilter | null;
  first: number;
  after?: string | null;
  now: Date;
  /** Default: newest first; LAST_CHANGE when polling with `updatedSince`. */
  order?: CaseOrder | null;
}

/**
 * The conditions of one page for this principal: its reach (the access policy as SQL), the filter,
 * the cursor. Both readers of a page use it: listCases (entities) and the list's read model
 * (services/case-list/, plain rows), so they cannot list different cases.
 */
export async function casePageQuery(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  options: CasePageOptions,
): Promise<CasePageQuery> {
  if (!Number.isInteger(options.first) || options.first < 1 || options.first > 100) {
    throw validationFailed([
      { field: 'first', message: { id: 'first harus 1–100.', en: 'first must be between 1 and 100.' } },
    ]);
  }
  const { conditions, changes } = await caseListConditions(em, principal, registry, options.filter, options.now);
  const base = conditions();
  const order: CaseOrder = options.order ?? (changes ? 'LAST_CHANGE' : 'REGISTERED');
  return {
    where: { $and: options.after ? [...base, decodeCursor(options.after, order)] : base },
    order,
    first: options.first,
    matching: () => ({ $and: conditions() }),
    counting: () => ({ $and: conditions({ counting: true }) }),
    nextUpdatedSince: changes?.next ?? null,
  };
}

/** The page's cases, `hasNextPage` and its count, from `first + 1` rows read in the page's order. */
export function casePage<T>(em: EntityManager, query: CasePageQuery, rows: T[]): CasePage<T> {
  return {
    cases: rows.slice(0, query.first),
    hasNextPage: rows.length > query.first,
    countTotal: once(() => countCases(em, query.counting(), query.matching())),
    nextUpdatedSince: query.nextUpdatedSince,
  };
}

/** One page of the cases the principal may read, newest first, as entities. */
export async function listCases(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  options: CasePageOptions,
): Promise<CasePage<Case>> {
  const query = await casePageQuery(em, principal, registry, options);
  const rows = await em.find(Case, query.where, {
    orderBy: orderByOf(query.order),
    limit: query.first + 1,
    // Every field policy needs the holder (access facts, deadline zone): joined here, no later loads.
    populate: query.order === 'LAST_CHANGE' ? ['holder', 'changeXid'] : ['holder'],
    // The read replica when one is configured (DATABASE_REPLICA_URL), else the primary.
    connectionType: 'read',
  });
  return casePage(em, query, rows);
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= fn());
}

/** Counts the matching cases exactly up to COUNT_EXACT_UP_TO, else estimates (one statement, two past it). */
async function countCases(
  em: EntityManager,
  counting: FilterQuery<Case>,
  matching: FilterQuery<Case>,
): Promise<CaseTotal> {
  const qb = em
    .createQueryBuilder(Case, 'c')
    .select('c.id')
    .where(counting as QBFilterQuery<Case>);
  const connection = em.getConnection('read');
  const knex = connection.getKnex();
  const [row] = await connection.execute<Array<{ n: number }>>(
    knex.raw('select count(*)::int as n from ? as matching', [
      qb
        .clone()
        .limit(COUNT_EXACT_UP_TO + 1)
        .getKnexQuery(),
    ]),
  );
  const n = row?.n ?? 0;
  if (n <= COUNT_EXACT_UP_TO) return { count: n, estimated: false };
  const [plan] = await connection.execute<Array<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>>(
    knex.raw('explain (format json) ?', [
      em
        .createQueryBuilder(Case, 'c')
        .select('c.id')
        .where(matching as QBFilterQuery<Case>)
        .getKnexQuery(),
    ]),
  );
  const planned = plan?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? n;
  return { count: Math.max(n, Math.round(planned)), estimated: true };
}
