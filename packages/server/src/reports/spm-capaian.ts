import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText, PluginRegistry } from '@posyandu-spm/core';

/**
 * Capaian SPM (issue 15 item 3): per jenis pelayanan dasar of the SPM, recipients served to
 * standard ÷ sasaran. "Served to standard" = cases of that service completed by their deadline
 * (the report's completedOnTime) registered in the period; the sasaran is the year's, summed over
 * the desa of the area that have one. Never 100 % by default: without a sasaran the percentage is
 * null and `status` says why.
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

/**
 * Served to standard in the area (its own rollup rows), and in the desa with a sasaran (those desa's
 * rows, reached from the targets: nothing is read for a service without one).
 */
const SQL = `with targets as (
    select t.area_code, t.sector_id, t.spm_service, t.target from spm_target t
     where t.year = ? and (t.area_code = ? or t.area_code like ?) and t.sector_id in (?)),
  in_area as (
    select r.sector_id, r.spm_service, sum(r.n)::int as n from spm_recap_rollup r
     where r.area_code = ? and r.month between ? and ? and r.sector_id in (?)
       and r.cell = 'COMPLETED_ON_TIME' and r.spm_service <> ''
     group by 1, 2 having sum(r.n) <> 0),
  with_target as (
    select t.sector_id, t.spm_service, sum(t.target)::int as sasaran, count(*)::int as desa_with_target,
           coalesce(sum((select sum(r.n) from spm_recap_rollup r
                          where r.area_code = t.area_code and r.month between ? and ? and r.sector_id = t.sector_id
                            and r.spm_service = t.spm_service and r.cell = 'COMPLETED_ON_TIME')), 0)::int as served
      from targets t group by 1, 2)
  select coalesce(t.sector_id, s.sector_id) as sector_id, coalesce(t.spm_service, s.spm_service) as spm_service,
         t.sasaran, coalesce(t.desa_with_target, 0) as desa_with_target, coalesce(t.served, 0) as served,
         coalesce(s.n, 0) as served_in_area
    from with_target t full join in_area s on s.sector_id = t.sector_id and s.spm_service = t.spm_service`;

export async function spmCapaian(
  em: EntityManager,
  registry: PluginRegistry,
  scope: { areaCode: string; sectorIds: readonly string[]; year: number; from: string; to: string },
): Promise<Capaian[]> {
  const conn = em.getConnection();
  const like = `${scope.areaCode}.%`;
  const [rows, desa] = await Promise.all([
    conn.execute<
      Array<{
        sector_id: string;
        spm_service: string;
        sasaran: number | null;
        desa_with_target: number;
        served: number;
        served_in_area: number;
      }>
    >(
      SQL,
      [
        scope.year,
        scope.areaCode,
        like,
        [...scope.sectorIds],
        scope.areaCode,
        scope.from,
        scope.to,
        [...scope.sectorIds],
        scope.from,
        scope.to,
      ],
      'all',
    ),
    conn.execute<Array<{ n: number }>>(
      `select count(*)::int as n from area where level = 'DESA' and (code = ? or code like ?)`,
      [scope.areaCode, like],
      'all',
    ),
  ]);
  const desaInArea = desa[0]?.n ?? 0;
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
