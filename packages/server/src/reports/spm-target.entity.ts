import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A sasaran: how many recipients of a jenis pelayanan dasar a desa is to serve in a year (issue 15
 * item 3). Written by reports/spm-targets.ts only (raw SQL, with its history row in the same
 * transaction); the ORM maps it so schema diffs know the table (migration 20261207080000).
 */
@Entity({ tableName: 'spm_target' })
@Unique({ name: 'spm_target_key', properties: ['year', 'areaCode', 'sectorId', 'spmService'] })
@Index({ name: 'spm_target_area_index', properties: ['year', 'areaCode'] })
export class SpmTarget {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'smallint' })
  year!: number;

  /** A desa. */
  @Property({ type: 'string', length: 13 })
  areaCode!: string;

  @Property({ type: 'string', length: 60 })
  sectorId!: string;

  @Property({ type: 'string', length: 60 })
  spmService!: string;

  @Property({ type: 'integer' })
  target!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'uuid' })
  updatedById!: string;
}

/** One change of a sasaran: its history (who changed what when, by hand or by an import). */
@Entity({ tableName: 'spm_target_change' })
@Index({ name: 'spm_target_change_key_index', properties: ['year', 'areaCode', 'changedAt'] })
export class SpmTargetChange {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'string', length: 13 })
  areaCode!: string;

  @Property({ type: 'string', length: 60 })
  sectorId!: string;

  @Property({ type: 'string', length: 60 })
  spmService!: string;

  /** null: there was none. */
  @Property({ type: 'integer', nullable: true })
  oldTarget!: number | null;

  /** null: cleared. */
  @Property({ type: 'integer', nullable: true })
  newTarget!: number | null;

  @Property({ type: 'string', length: 20 })
  source!: 'MANUAL' | 'IMPORT';

  @Property({ type: 'string', length: 200, nullable: true })
  fileName!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt!: Date;

  @Property({ type: 'uuid' })
  changedById!: string;
}
