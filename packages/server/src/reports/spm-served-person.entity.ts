import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A person served to standard by a case (migration 20261207120000): one row per case completed by
 * its deadline × each of its recipients (its beneficiaries, else its applicant), with the case's
 * kabupaten, kecamatan and desa, registration month, sector, jenis pelayanan and penerima. Written
 * only by the triggers on `spm_case` and `case_beneficiary`; read by spm-capaian.ts as
 * `count(distinct person_id)` for an area level and months. The ORM maps it so schema diffs know
 * the table.
 */
@Entity({ tableName: 'spm_served_person' })
@Index({
  name: 'spm_served_person_kabupaten_index',
  properties: ['kabupatenCode', 'sectorId', 'spmService', 'personId', 'month'],
})
@Index({
  name: 'spm_served_person_kecamatan_index',
  properties: ['kecamatanCode', 'sectorId', 'spmService', 'personId', 'month'],
})
@Index({
  name: 'spm_served_person_desa_index',
  properties: ['desaCode', 'sectorId', 'spmService', 'personId', 'month'],
})
export class SpmServedPerson {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** The register's person (one per NIK when known). */
  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 13 })
  kabupatenCode!: string;

  @Property({ type: 'string', length: 13 })
  kecamatanCode!: string;

  /** The case's own area code (a desa, or a shorter code when the case has no desa). */
  @Property({ type: 'string', length: 13 })
  desaCode!: string;

  /** First day of the registration month (local date). */
  @Property({ type: 'date' })
  month!: string;

  @Property({ type: 'string', length: 60 })
  sectorId!: string;

  @Property({ type: 'string', length: 60 })
  spmService!: string;

  @Property({ type: 'string', length: 40 })
  penerima!: string;

  /** When the case was completed. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  servedAt!: Date;
}

/** The backfill's progress (one row): kecamatan filled up to `done_through` (byte order), or all. */
@Entity({ tableName: 'spm_served_backfill' })
export class SpmServedBackfill {
  @PrimaryKey({ type: 'smallint' })
  id!: number;

  @Property({ type: 'string', length: 13 })
  doneThrough!: string;

  @Property({ type: 'boolean' })
  complete!: boolean;
}

/**
 * Capaian's distinct persons counted ahead (migration 20261207130000): per area (kabupaten,
 * kecamatan, desa) × sector × jenis pelayanan × period (`2026`, `2026-Q2`, `2026-05`), how many
 * persons have at least one row of `spm_served_person` there. Written only by its statement
 * triggers; read by spm-capaian.ts.
 */
@Entity({ tableName: 'spm_served_count' })
export class SpmServedCount {
  @PrimaryKey({ type: 'string', length: 13 })
  areaCode!: string;

  @PrimaryKey({ type: 'string', length: 60 })
  sectorId!: string;

  @PrimaryKey({ type: 'string', length: 60 })
  spmService!: string;

  @PrimaryKey({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'integer' })
  n!: number;
}
