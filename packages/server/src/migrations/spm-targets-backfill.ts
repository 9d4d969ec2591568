import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { SpmPlugin } from '@posyandu-spm/core';

/** The name it is recorded under in `mikro_orm_migrations`: it runs once per database. */
export const SPM_TARGETS_BACKFILL = 'Migration20261207060100_spm_targets_backfill';

/**
 * One-off: cases registered before their plugin mapped its service types to the SPM (plugin API
 * 1.5) get their jenis pelayanan and penerima from the installed plugins' mappings. It replaced a
 * scan at every start-up. The mapping is plugin data, so the migration is made from the plugins
 * and listed only when the ORM is opened with them (the server, the test template, the CLI); a
 * database migrated without them keeps it pending until it is. One set-based update per mapped
 * service type (and per option of a `byFact` mapping); the rollup triggers move the counts.
 */
export function spmTargetsBackfill(plugins: readonly SpmPlugin[]): MigrationObject {
  class SpmTargetsBackfill extends Migration {
    override async up(): Promise<void> {
      for (const plugin of plugins) {
        for (const type of plugin.serviceTypes) {
          const spm = type.spm;
          if (!spm) continue;
          if ('service' in spm) {
            await this.execute(
              `update "spm_case" set "spm_service" = ?, "penerima" = ?
                where "spm_service" is null and "sector_id" = ? and "service_type_id" = ?`,
              [spm.service, spm.penerima, plugin.id, type.id],
            );
            continue;
          }
          for (const [answer, target] of Object.entries(spm.targets)) {
            await this.execute(
              `update "spm_case" set "spm_service" = ?, "penerima" = ?
                where "spm_service" is null and "sector_id" = ? and "service_type_id" = ? and "facts"->>? = ?`,
              [target.service, target.penerima, plugin.id, type.id, spm.byFact, answer],
            );
          }
        }
      }
    }
  }
  return { name: SPM_TARGETS_BACKFILL, class: SpmTargetsBackfill };
}
