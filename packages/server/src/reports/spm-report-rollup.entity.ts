import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One cell of the SPM report's rollup: how many cases of a desa, registered in a month, of one
 * sector × jenis pelayanan × penerima, are in one cell (open, completed on time with N working
 * days, declined, settled at village level by a unit, …) — or, for `RETURNED`, how many returns
 * they had. Written only by the triggers of migration 20261207020000, in the transaction that
 * changes the case; read by spm-recap.ts. The ORM maps it so schema diffs know the table.
 */
@Entity({ tableName: 'spm_report_rollup' })
@Unique({
  name: 'spm_report_rollup_key',
  properties: [
    'month',
    'areaCode',
    'sectorId',
    'spmService',
    'penerima',
    'cell',
    'reason',
    'creditedUnitId',
    'workingDays',
  ],
})
@Index({ name: 'spm_report_rollup_area_month_index', properties: ['areaCode', 'month'] })
export class SpmReportRollup {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 13 })
  areaCode!: string;

  /** First day of the registration month (local date). */
  @Property({ type: 'date' })
  month!: string;

  @Property({ type: 'string', length: 60 })
  sectorId!: string;

  /** '' when the sector's plugin maps no jenis pelayanan (older than plugin API 1.5). */
  @Property({ type: 'string', length: 60 })
  spmService!: string;

  @Property({ type: 'string', length: 40 })
  penerima!: string;

  @Property({ type: 'string', length: 30 })
  cell!: string;

  /** The decline reason or settlement kind, when the outcome has one; ''. */
  @Property({ type: 'string', length: 40 })
  reason!: string;

  /** The unit a settlement at village level is credited to; the nil uuid otherwise. */
  @Property({ type: 'uuid' })
  creditedUnitId!: string;

  /** Working days from registration to completion (capped at 60); -1 for other cells. */
  @Property({ type: 'smallint' })
  workingDays!: number;

  @Property({ type: 'integer' })
  n!: number;
}
