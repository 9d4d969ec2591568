import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The SPM recap's rollup (migration 20261207090000): how many cases of an area — a kabupaten, a
 * kecamatan and a desa each have their own rows — registered in a month, of one sector × jenis
 * pelayanan × penerima, are in one cell (open, completed on time with N working days, declined for a
 * reason, …), or for `RETURNED` how many returns they had. Written only by the triggers on
 * `spm_case`, in the transaction that changes the case; read by spm-recap.ts and spm-capaian.ts
 * with `area_code = ?`. The ORM maps it so schema diffs know the table.
 */
@Entity({ tableName: 'spm_recap_rollup' })
export class SpmRecapRollup {
  @PrimaryKey({ type: 'string', length: 13 })
  areaCode!: string;

  /** First day of the registration month (local date). */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'string', length: 60 })
  sectorId!: string;

  /** '' when the sector's plugin maps no jenis pelayanan (older than plugin API 1.5). */
  @PrimaryKey({ type: 'string', length: 60 })
  spmService!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  penerima!: string;

  @PrimaryKey({ type: 'string', length: 30 })
  cell!: string;

  /** The decline reason or settlement kind, when the outcome has one; ''. */
  @PrimaryKey({ type: 'string', length: 40 })
  reason!: string;

  /** Working days from registration to completion (capped at 60); -1 for other cells. */
  @PrimaryKey({ type: 'smallint' })
  workingDays!: number;

  @Property({ type: 'integer' })
  n!: number;
}

/**
 * The recap's per-area rows (migration 20261207090000): an area (kabupaten, kecamatan, desa) with
 * its parent, month, sector, cell and — for settlements at village level — the unit credited. A
 * kabupaten's recap lists its kecamatan with `parent_code = ?` and its settlements per unit from
 * its own rows.
 */
@Entity({ tableName: 'spm_recap_area' })
@Index({ name: 'spm_recap_area_parent_index', properties: ['parentCode', 'month'] })
export class SpmRecapArea {
  @PrimaryKey({ type: 'string', length: 13 })
  areaCode!: string;

  @Property({ type: 'string', length: 13 })
  parentCode!: string;

  @PrimaryKey({ type: 'date' })
  month!: string;

  @PrimaryKey({ type: 'string', length: 60 })
  sectorId!: string;

  @PrimaryKey({ type: 'string', length: 30 })
  cell!: string;

  /** The unit a settlement at village level is credited to; the nil uuid otherwise. */
  @PrimaryKey({ type: 'uuid' })
  creditedUnitId!: string;

  @Property({ type: 'integer' })
  n!: number;
}

/** The backfill's progress (one row): kecamatan filled up to `done_through` (byte order), or all. */
@Entity({ tableName: 'spm_recap_backfill' })
export class SpmRecapBackfill {
  @PrimaryKey({ type: 'smallint' })
  id!: number;

  @Property({ type: 'string', length: 13 })
  doneThrough!: string;

  @Property({ type: 'boolean' })
  complete!: boolean;
}
