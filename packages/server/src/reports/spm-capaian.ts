import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText, PluginRegistry } from '@posyandu-spm/core';

/**
 * Capaian SPM (issue 15 item 3): per jenis pelayanan dasar of the SPM, recipients served to
 * standard ÷ sasaran. A recipient is a PERSON (the register's person: one per NIK), counted once
 * however many of their cases were served: the distinct people for whom a case of that service,
 * registered in the area and the period, was completed by its deadline (the report's
 * completedOnTime; who the recipients of a case are: migration 20261207120000). The sasaran is the
 * year's, summed over the desa of the area that have one. Never 100 % by default: without a
 * sasaran the percentage is null and `status` says why.
 */
export type CapaianStatus = 'OK' | 'NO_TARGET' | 'PARTIAL_TARGET' | 'ZERO_TARGET';

export interface Capaian {
  sectorId: string;
  serviceId: string;
  /** Sum of the sasaran of the desa that have one; null when none has. */
  sasaran: number | null;
  /** Served to standard in the desa that have a sasaran (the numerator). */
  served: number;
  /** Served to standard in every desa of the area. */
  servedInArea: number;
  /** served ÷ sasaran; null when there is no sasaran or it is 0. */
  rate: number | null;
  status: CapaianStatus;
  desaWithTarget: number;
  desaInArea: number;
}

export const CAPAIAN_STATUS_LABELS: Record<CapaianStatus, LocalizedText> = {
  OK: { id: 'Sasaran ditetapkan untuk semua desa', en: 'Target set for every desa' },
  NO_TARGET: { id: 'Sasaran belum ditetapkan', en: 'No target set' },
  PARTIAL_TARGET: {
    id: 'Sasaran baru ditetapkan untuk sebagian desa: capaian dihitung untuk desa tersebut saja',
    en: 'Target set for some desa only: achievement counts those desa only',
  },
  ZERO_TARGET: { id: 'Sasaran 0: capaian tidak dapat dihitung', en: 'Target is 0: no achievement rate' },
};

/** The column of `spm_served_person` that holds an area of the code's length. */
function levelColumn(areaCode: string): string {
  if (areaCode.length === 5) return 'kabupaten_code';
  if (areaCode.length === 8) return 'kecamatan_code';
  return 'desa_code';
}

/**
 * The recap's period as `spm_served_count` keys it — `2026`, `2026-Q2`, `2026-05` — or null for
 * another range of months.
 */
export function countedPeriod(from: string, to: string): string | null {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(ty, tm, 0)).toISOString().slice(0, 10);
  if (fy !== ty || fd !== 1 || to !== last) return null;
  if (fm === 1 && tm === 12) return String(fy);
  if (fm === tm) return `${fy}-${String(fm).padStart(2, '0')}`;
  if (tm - fm === 2 && fm % 3 === 1) return `${fy}-Q${(fm + 2) / 3}`;
  return null;
}

/**
 * The sasaran per service, the distinct persons served to standard in the area, and — only for a
 * service whose sasaran covers some desa of the area, not all — the distinct persons served in
 * those desa. The area's count is one row of `spm_served_count` per service (kept by triggers for
 * every area level × month, quarter and year: migration 20261207130000); another range of months
 * counts `spm_served_person` through the index of the area's level (area, sector, service, person,
 * month). The desa with a sasaran are read by that index, desa by desa.
 */
const sql = (level: string, counted: boolean) => `with targets as (
    select t.area_code, t.sector_id, t.spm_service, t.target from spm_target t
     where t.year = ? and (t.area_code = ? or t.area_code like ?) and t.sector_id in (?)),
  desa as (select count(*)::int as n from area where level = 'DESA' and (code = ? or code like ?)),
  with_target as (
    select t.sector_id, t.spm_service, sum(t.target)::int as sasaran, count(*)::int as desa_with_target
      from targets t group by 1, 2),
  in_area as (${
    counted
      ? `select c.sector_id, c.spm_service, c.n from spm_served_count c
     where c.area_code = ? and c.period = ? and c.sector_id in (?) and c.n <> 0`
      : `select s.sector_id, s.spm_service, count(distinct s.person_id)::int as n from spm_served_person s
     where s.${level} = ? and s.month between ? and ? and s.sector_id in (?)
     group by 1, 2`
  }),
  partial as (
    select s.sector_id, s.spm_service, count(distinct s.person_id)::int as n
      from spm_served_person s
      join targets t on t.area_code = s.desa_code and t.sector_id = s.sector_id and t.spm_service = s.spm_service
     where s.${level} = ? and s.month between ? and ?
       and (t.sector_id, t.spm_service) in (select w.sector_id, w.spm_service from with_target w, desa
                                             where w.desa_with_target < desa.n)
     group by 1, 2)
  select coalesce(t.sector_id, s.sector_id) as sector_id, coalesce(t.spm_service, s.spm_service) as spm_service,
         t.sasaran, coalesce(t.desa_with_target, 0) as desa_with_target, (select n from desa) as desa_in_area,
         case when t.desa_with_target is null then 0
              when t.desa_with_target < (select n from desa) then coalesce(p.n, 0)
              else coalesce(s.n, 0) end as served,
         coalesce(s.n, 0) as served_in_area
    from with_target t
    full join in_area s on s.sector_id = t.sector_id and s.spm_service = t.spm_service
    left join partial p on p.sector_id = t.sector_id and p.spm_service = t.spm_service`;

export async function spmCapaian(
  em: EntityManager,
  registry: PluginRegistry,
  scope: { areaCode: string; sectorIds: readonly string[]; year: number; from: string; to: string },
): Promise<Capaian[]> {
  const conn = em.getConnection();
  const like = `${scope.areaCode}.%`;
  const sectors = [...scope.sectorIds];
  const period = countedPeriod(scope.from, scope.to);
  const rows = await conn.execute<
    Array<{
      sector_id: string;
      spm_service: string;
      sasaran: number | null;
      desa_with_target: number;
      desa_in_area: number;
      served: number;
      served_in_area: number;
    }>
  >(
    sql(levelColumn(scope.areaCode), period !== null),
    [
      scope.year,
      scope.areaCode,
      like,
      sectors,
      scope.areaCode,
      like,
      scope.areaCode,
      ...(period !== null ? [period] : [scope.from, scope.to]),
      sectors,
      scope.areaCode,
      scope.from,
      scope.to,
    ],
    'all',
  );
  const desaInArea = rows[0]?.desa_in_area ?? (await desaCount(em, scope.areaCode));
  const byKey = new Map(rows.map((r) => [`${r.sector_id}|${r.spm_service}`, r]));
  const out: Capaian[] = [];
  for (const sectorId of scope.sectorIds) {
    for (const service of registry.sector(sectorId).spmServices ?? []) {
      if (!service.spm) continue;
      const r = byKey.get(`${sectorId}|${service.id}`);
      const withTarget = r?.desa_with_target ?? 0;
      const sasaran = withTarget ? (r?.sasaran ?? 0) : null;
      const status: CapaianStatus =
        sasaran === null
          ? 'NO_TARGET'
          : sasaran === 0
            ? 'ZERO_TARGET'
            : withTarget < desaInArea
              ? 'PARTIAL_TARGET'
              : 'OK';
      out.push({
        sectorId,
        serviceId: service.id,
        sasaran,
        served: r?.served ?? 0,
        servedInArea: r?.served_in_area ?? 0,
        rate: sasaran ? (r?.served ?? 0) / sasaran : null,
        status,
        desaWithTarget: withTarget,
        desaInArea,
      });
    }
  }
  return out;
}

/** The desa of the area, when nothing was served nor targeted there (the capaian statement gave no row). */
async function desaCount(em: EntityManager, areaCode: string): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<Array<{ n: number }>>(
      `select count(*)::int as n from area where level = 'DESA' and (code = ? or code like ?)`,
      [areaCode, `${areaCode}.%`],
      'all',
    );
  return rows[0]?.n ?? 0;
}
