import type { EntityManager } from '@mikro-orm/postgresql';
import { spmTargetOf, type SpmPlugin } from '@posyandu-spm/core';

const BATCH = 1000;

/**
 * Cases registered before their plugin mapped its service types to the SPM (plugin API 1.5), or
 * before this server knew the mapping, get their jenis pelayanan and penerima at start-up; the
 * rollup triggers move their counts in the same statement. Returns how many cases were filled.
 * A case whose type or answers map to nothing stays unmapped (reported as such).
 */
export async function backfillSpmTargets(em: EntityManager, plugins: readonly SpmPlugin[]): Promise<number> {
  const conn = em.getConnection();
  const mapped = plugins.filter((p) => p.serviceTypes.some((t) => t.spm));
  if (!mapped.length) return 0;
  let filled = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await conn.execute<
      Array<{ id: string; sector_id: string; service_type_id: string; facts: Record<string, unknown> }>
    >(
      `select id, sector_id, service_type_id, facts from spm_case
        where spm_service is null and sector_id in (?) and id > ? order by id limit ${BATCH}`,
      [mapped.map((p) => p.id), after],
      'all',
    );
    if (!rows.length) return filled;
    after = rows[rows.length - 1]!.id;
    for (const r of rows) {
      const type = plugins.find((p) => p.id === r.sector_id)?.serviceTypes.find((t) => t.id === r.service_type_id);
      const target = spmTargetOf(type?.spm, r.facts ?? {});
      if (!target) continue;
      await conn.execute('update spm_case set spm_service = ?, penerima = ? where id = ?', [
        target.service,
        target.penerima,
        r.id,
      ]);
      filled += 1;
    }
  }
}
