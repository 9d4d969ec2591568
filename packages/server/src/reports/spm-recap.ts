import type { EntityManager } from '@mikro-orm/postgresql';
import {
  areaCodeAt,
  areaLevelOf,
  forbidden,
  isAreaCode,
  ORG_UNIT_AREA_LEVEL,
  ORG_UNIT_KINDS,
  PENERIMA_CATEGORIES,
  reportGrants,
  reportSectorsIn,
  validationFailed,
  type AreaLevel,
  type FieldProblem,
  type OrgUnitKind,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import { DateTime } from 'luxon';
import { recapCounts, type CellCount, type RecapCell, type RecapCounts } from './recap-model.js';
import { spmCapaian, type Capaian } from './spm-capaian.js';

/** A month, a quarter or a year. */
export interface RecapPeriod {
  year: number;
  month?: number | null;
  quarter?: number | null;
}

export interface SpmRecapRequest {
  /** A desa, kecamatan or kabupaten; default: the widest area the reader reads. */
  areaCode?: string | null;
  period: RecapPeriod;
  sectorId?: string | null;
}

export interface RecapRow {
  sectorId: string;
  /** '' when the sector's plugin maps no jenis pelayanan (plugin API older than 1.5). */
  serviceId: string;
  penerima: string;
  counts: RecapCounts;
}

export interface SpmRecapData {
  area: { code: string; name: string; level: AreaLevel };
  /** The government the report is filed by, e.g. "Pemerintah Kabupaten Klaten". */
  governmentUnit: string;
  period: { kind: 'MONTH' | 'QUARTER' | 'YEAR'; year: number; number: number | null; from: string; to: string };
  /** The sectors counted: those the reader reads in the area (and the one asked for). */
  sectorIds: string[];
  generatedAt: Date;
  rows: RecapRow[];
  bySector: Array<{ sectorId: string; counts: RecapCounts }>;
  total: RecapCounts;
  /** Every month of the period, zeros included. */
  trend: Array<{ month: string; counts: RecapCounts }>;
  /** The area's kecamatan (of a kabupaten) or desa (of a kecamatan), zeros included; a desa itself. */
  areas: Array<{ code: string; name: string; counts: RecapCounts }>;
  /**
   * Settlements at village level: first one line per kind of village-level unit (zeros included,
   * no unit), then one per unit and sector, credited to the unit that settled each.
   */
  settlements: Array<{
    unitId: string | null;
    unitName: string | null;
    unitKind: OrgUnitKind;
    sectorId: string | null;
    count: number;
  }>;
  /** Capaian per jenis pelayanan dasar of the SPM (served to standard ÷ the year's sasaran). */
  capaian: Capaian[];
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** The kinds of unit that settle at village level, each a line of the settlements table. */
const VILLAGE_UNIT_KINDS = ORG_UNIT_KINDS.filter((k) => ORG_UNIT_AREA_LEVEL[k] === 'DESA');

function periodOf(p: RecapPeriod): SpmRecapData['period'] {
  if (p.month) {
    const start = DateTime.fromObject({ year: p.year, month: p.month, day: 1 });
    return {
      kind: 'MONTH',
      year: p.year,
      number: p.month,
      from: start.toISODate()!,
      to: start.endOf('month').toISODate()!,
    };
  }
  if (p.quarter) {
    const start = DateTime.fromObject({ year: p.year, month: (p.quarter - 1) * 3 + 1, day: 1 });
    return {
      kind: 'QUARTER',
      year: p.year,
      number: p.quarter,
      from: start.toISODate()!,
      to: start.plus({ months: 2 }).endOf('month').toISODate()!,
    };
  }
  return { kind: 'YEAR', year: p.year, number: null, from: `${p.year}-01-01`, to: `${p.year}-12-31` };
}

function checkRequest(request: SpmRecapRequest, registry: PluginRegistry): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { year } = request.period;
  const month = request.period.month ?? null;
  const quarter = request.period.quarter ?? null;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    problems.push({ field: 'period.year', message: { id: 'Tahun tidak valid.', en: 'Not a valid year.' } });
  }
  if (month !== null && quarter !== null) {
    problems.push({
      field: 'period',
      message: { id: 'Pilih bulan atau triwulan, bukan keduanya.', en: 'Give a month or a quarter, not both.' },
    });
  }
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) {
    problems.push({ field: 'period.month', message: { id: 'Bulan 1–12.', en: 'Month 1–12.' } });
  }
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    problems.push({ field: 'period.quarter', message: { id: 'Triwulan 1–4.', en: 'Quarter 1–4.' } });
  }
  if (request.areaCode && (!isAreaCode(request.areaCode) || areaLevelOf(request.areaCode) === 'PROVINSI')) {
    problems.push({
      field: 'areaCode',
      message: {
        id: 'Kode desa, kecamatan atau kabupaten tidak valid.',
        en: 'Not a desa, kecamatan or kabupaten code.',
      },
    });
  }
  if (request.sectorId && !registry.hasSector(request.sectorId)) {
    problems.push({
      field: 'sectorId',
      message: { id: `Sektor tidak dikenal: ${request.sectorId}.`, en: `Unknown sector: ${request.sectorId}.` },
    });
  }
  return problems;
}

/** The grants of a principal, with the facts only the database and the registry know. */
export async function recapGrantsOf(em: EntityManager, principal: Principal, registry: PluginRegistry) {
  const opdUnits = principal.memberships.filter((m) => m.orgUnitKind === 'OPD').map((m) => m.orgUnitId);
  const services = opdUnits.length
    ? await em
        .getConnection()
        .execute<Array<{ id: string; services: string[] }>>(
          'select id, services from org_unit where id in (?)',
          [opdUnits],
          'all',
        )
    : [];
  const sectorIds = registry.plugins.map((p) => p.id);
  return {
    sectorIds,
    grants: reportGrants(principal, {
      sectorIds,
      unitServices: new Map(services.map((s) => [s.id, s.services])),
      sectorsFollowedBy: (kind, role) =>
        registry.plugins
          .filter(
            (p) =>
              p.routes.some((r) => r.unitKind === kind) ||
              p.serviceTypes.some((t) => t.areaReaders?.roles.includes(role)),
          )
          .map((p) => p.id),
    }),
  };
}

/** The area asked for, else the reader's widest; and the sectors they read there. */
export async function recapScope(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  areaCode: string | null | undefined,
  sectorId: string | null | undefined,
): Promise<{ areaCode: string; sectorIds: string[] }> {
  const { sectorIds, grants } = await recapGrantsOf(em, principal, registry);
  const depth = (code: string) => code.split('.').length;
  const area = areaCode ?? [...grants].sort((a, b) => depth(a.areaCode) - depth(b.areaCode))[0]?.areaCode;
  const readable = area ? reportSectorsIn(grants, area, sectorIds) : [];
  if (!area || !readable.length || (sectorId && !readable.includes(sectorId))) {
    throw forbidden({
      id: 'Rekap wilayah atau sektor ini di luar jangkauan Anda.',
      en: 'This area’s or sector’s recap is outside your reach.',
    });
  }
  return { areaCode: area, sectorIds: sectorId ? [sectorId] : readable };
}

interface RollupRow {
  g: number;
  sector_id: string;
  spm_service: string | null;
  penerima: string | null;
  cell: RecapCell;
  reason: string | null;
  working_days: number | null;
  month: string | null;
  child: string | null;
  credited_unit_id: string | null;
  n: number;
}

/**
 * The area's own rollup rows (`area_code = ?`: a kabupaten has rows of its own, no prefix over its
 * desa), two groupings in one scan: per row (with the working days for the median), per month.
 * `g` keeps the codes of the four groupings the recap assembles: 7 rows, 3 months, 5 areas, 6 units.
 */
const ROLLUP_SQL = `select case when grouping("month") = 1 then 7 else 3 end as g, "sector_id", "spm_service", "penerima",
    "cell", "reason", "working_days", to_char("month", 'YYYY-MM') as "month", sum("n")::int as n
  from "spm_recap_rollup"
  where "area_code" = ? and "month" between ? and ? and "sector_id" in (?)
  group by grouping sets (("sector_id", "spm_service", "penerima", "cell", "reason", "working_days"), ("month", "cell"))
  having sum("n") <> 0`;

/**
 * Per child area (a kabupaten's kecamatan, a kecamatan's desa; a desa is its own), and per unit
 * credited with a settlement at village level (the area's own rows), from the slim per-area table.
 */
const areaSql = (
  children: 'parent' | 'self',
) => `select 5 as g, null as "sector_id", "cell", "area_code" as "child", null as "credited_unit_id", sum("n")::int as n
    from "spm_recap_area"
   where ${children === 'parent' ? '"parent_code"' : '"area_code"'} = ? and "month" between ? and ? and "sector_id" in (?)
   group by "area_code", "cell" having sum("n") <> 0
  union all
  select 6, "sector_id", "cell", null, "credited_unit_id", sum("n")::int
    from "spm_recap_area"
   where "area_code" = ? and "month" between ? and ? and "sector_id" in (?) and "cell" = 'SETTLED_AT_VILLAGE'
   group by "sector_id", "cell", "credited_unit_id" having sum("n") <> 0`;

/**
 * Open, running and past due now: same groupings, from the open cases. A kabupaten reads only its
 * overdue cases (`left(area_code, 5) = ?` then `due_at < now`, migration 20261207090000's partial
 * index); a kecamatan or desa reads its open cases by area prefix and registration date.
 */
const overdueSql = (
  kabupaten: boolean,
) => `select grouping("month", "child")::int as g, "sector_id", "spm_service", "penerima",
    to_char("month", 'YYYY-MM') as "month", "child", count(*)::int as n
  from (select c."sector_id", coalesce(c."spm_service", '') as "spm_service", coalesce(c."penerima", '') as "penerima",
          date_trunc('month', c."registered_on")::date as "month", substr(c."area_code", 1, ?) as "child"
          from "spm_case" c
         where c."closed_at" is null and c."clock_paused_at" is null and c."due_at" < ?
           and c."registered_on" between ? and ?
           and ${kabupaten ? 'left(c."area_code", 5) = ?' : '(c."area_code" = ? or c."area_code" like ?)'}
           and c."sector_id" in (?)) c
  group by grouping sets (("sector_id", "spm_service", "penerima"), ("month"), ("child"))`;

/** The length of a child area's code: a kabupaten's kecamatan (33.10 → 33.10.05), a kecamatan's desa. */
const childLength = (code: string) => code.length + (areaLevelOf(code) === 'KECAMATAN' ? 5 : 3);

export async function spmRecap(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  request: SpmRecapRequest,
  now: Date,
): Promise<SpmRecapData> {
  const problems = checkRequest(request, registry);
  if (problems.length) throw validationFailed(problems);
  const scope = await recapScope(em, principal, registry, request.areaCode, request.sectorId);
  const conn = em.getConnection();
  const areaRow = (
    await conn.execute<Array<{ code: string; name: string; level: AreaLevel; kabupaten: string | null }>>(
      'select code, name, level, (select k.name from area k where k.code = ?) as kabupaten from area where code = ?',
      [areaCodeAt(scope.areaCode, 'KABUPATEN'), scope.areaCode],
      'all',
    )
  )[0];
  if (!areaRow) {
    throw validationFailed([{ field: 'areaCode', message: { id: 'Wilayah tidak dikenal.', en: 'Unknown area.' } }]);
  }
  const period = periodOf(request.period);
  const like = `${scope.areaCode}.%`;
  const child = childLength(scope.areaCode);
  const sectors = scope.sectorIds;
  const [rollup, byArea, overdue, children, capaian] = await Promise.all([
    conn.execute<RollupRow[]>(ROLLUP_SQL, [scope.areaCode, period.from, period.to, sectors], 'all'),
    conn.execute<RollupRow[]>(
      areaSql(areaRow.level === 'DESA' ? 'self' : 'parent'),
      [scope.areaCode, period.from, period.to, sectors, scope.areaCode, period.from, period.to, sectors],
      'all',
    ),
    conn.execute<RollupRow[]>(
      overdueSql(areaRow.level === 'KABUPATEN'),
      [
        child,
        now.toISOString(),
        period.from,
        period.to,
        ...(areaRow.level === 'KABUPATEN' ? [scope.areaCode] : [scope.areaCode, like]),
        scope.sectorIds,
      ],
      'all',
    ),
    areaRow.level === 'DESA'
      ? Promise.resolve([{ code: areaRow.code, name: areaRow.name }])
      : conn.execute<Array<{ code: string; name: string }>>(
          'select code, name from area where parent_code = ? order by code',
          [scope.areaCode],
          'all',
        ),
    spmCapaian(em, registry, { ...scope, year: period.year, from: period.from, to: period.to }),
  ]);
  const { kabupaten, ...area } = areaRow;
  const assembled = await assembleRecap({
    registry,
    area,
    governmentUnit: `Pemerintah ${kabupaten ?? area.name}`,
    period,
    sectorIds: scope.sectorIds,
    now,
    rollup: [...rollup, ...byArea],
    overdue,
    children,
    unitsOf: async (ids) =>
      ids.length
        ? conn.execute<Array<{ id: string; name: string; kind: OrgUnitKind }>>(
            'select id, name, kind from org_unit where id in (?)',
            [ids],
            'all',
          )
        : [],
  });
  return { ...assembled, capaian };
}

async function assembleRecap(input: {
  registry: PluginRegistry;
  area: SpmRecapData['area'];
  governmentUnit: string;
  period: SpmRecapData['period'];
  sectorIds: string[];
  now: Date;
  rollup: RollupRow[];
  overdue: RollupRow[];
  children: Array<{ code: string; name: string }>;
  unitsOf: (ids: string[]) => Promise<Array<{ id: string; name: string; kind: OrgUnitKind }>>;
}): Promise<Omit<SpmRecapData, 'capaian'>> {
  const { registry, rollup, overdue } = input;
  const cellOf = (r: RollupRow): CellCount => ({
    cell: r.cell,
    reason: r.reason ?? '',
    workingDays: r.working_days ?? -1,
    n: r.n,
  });
  const rowKey = (r: { sector_id: string; spm_service: string | null; penerima: string | null }) =>
    `${r.sector_id}|${r.spm_service ?? ''}|${r.penerima ?? ''}`;

  const groups = new Map<string, { cells: CellCount[]; overdue: number }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { cells: [], overdue: 0 }));
    return g;
  };
  for (const r of rollup) {
    if (r.g === 7) group(`row:${rowKey(r)}`).cells.push(cellOf(r));
    else if (r.g === 3) group(`month:${r.month}`).cells.push(cellOf(r));
    else if (r.g === 5) group(`area:${r.child}`).cells.push(cellOf(r));
  }
  for (const r of overdue) {
    if (r.g === 3) group(`row:${rowKey(r)}`).overdue += r.n;
    else if (r.g === 1) group(`month:${r.month}`).overdue += r.n;
    else if (r.g === 2) group(`area:${r.child}`).overdue += r.n;
  }

  // Rows: every (service, penerima) a mapping of the sector can produce, then any other with cases.
  const rowKeys: string[] = [];
  for (const sectorId of input.sectorIds) {
    const plugin = registry.sector(sectorId);
    const services = (plugin.spmServices ?? []).map((s) => s.id);
    const pairs = new Set<string>();
    for (const t of plugin.serviceTypes) {
      const targets = !t.spm ? [] : 'service' in t.spm ? [t.spm] : Object.values(t.spm.targets);
      for (const target of targets) pairs.add(`${sectorId}|${target.service}|${target.penerima}`);
    }
    for (const key of groups.keys()) {
      if (key.startsWith(`row:${sectorId}|`)) pairs.add(key.slice(4));
    }
    const order = (key: string) => {
      const [, service = '', penerima = ''] = key.split('|');
      const s = services.indexOf(service);
      return (s < 0 ? services.length : s) * 100 + PENERIMA_CATEGORIES.indexOf(penerima as never);
    };
    rowKeys.push(...[...pairs].sort((a, b) => order(a) - order(b)));
  }
  const rows: RecapRow[] = rowKeys.map((key) => {
    const [sectorId = '', serviceId = '', penerima = ''] = key.split('|');
    const g = groups.get(`row:${key}`);
    return { sectorId, serviceId, penerima, counts: recapCounts(g?.cells ?? [], g?.overdue ?? 0) };
  });
  const combined = (keys: string[]) => {
    const parts = keys.map((k) => groups.get(`row:${k}`));
    return recapCounts(
      parts.flatMap((p) => p?.cells ?? []),
      parts.reduce((a, p) => a + (p?.overdue ?? 0), 0),
    );
  };
  const bySector = input.sectorIds.map((sectorId) => ({
    sectorId,
    counts: combined(rowKeys.filter((k) => k.startsWith(`${sectorId}|`))),
  }));

  const months: string[] = [];
  for (let m = DateTime.fromISO(input.period.from); m.toISODate()! <= input.period.to; m = m.plus({ months: 1 })) {
    months.push(m.toFormat('yyyy-MM'));
  }
  const countsOf = (key: string) => {
    const g = groups.get(key);
    return recapCounts(g?.cells ?? [], g?.overdue ?? 0);
  };

  const settledRows = rollup.filter(
    (r) => r.g === 6 && r.cell === 'SETTLED_AT_VILLAGE' && r.credited_unit_id && r.credited_unit_id !== NIL_UUID,
  );
  const units = new Map(
    (await input.unitsOf([...new Set(settledRows.map((r) => r.credited_unit_id as string))])).map((u) => [u.id, u]),
  );
  const perUnit = settledRows
    .map((r) => {
      const unit = units.get(r.credited_unit_id as string);
      return {
        unitId: r.credited_unit_id as string,
        unitName: unit?.name ?? '',
        unitKind: unit?.kind ?? ('VILLAGE_GOVERNMENT' as OrgUnitKind),
        sectorId: r.sector_id,
        count: r.n,
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName) || a.sectorId.localeCompare(b.sectorId));
  const kinds = VILLAGE_UNIT_KINDS.map((unitKind) => ({
    unitId: null,
    unitName: null,
    unitKind,
    sectorId: null,
    count: perUnit.filter((u) => u.unitKind === unitKind).reduce((a, u) => a + u.count, 0),
  }));
  const settlements = [...kinds, ...perUnit];

  return {
    area: input.area,
    governmentUnit: input.governmentUnit,
    period: input.period,
    sectorIds: input.sectorIds,
    generatedAt: input.now,
    rows,
    bySector,
    total: combined(rowKeys),
    trend: months.map((month) => ({ month, counts: countsOf(`month:${month}`) })),
    areas: input.children.map((c) => ({ code: c.code, name: c.name, counts: countsOf(`area:${c.code}`) })),
    settlements,
  };
}
