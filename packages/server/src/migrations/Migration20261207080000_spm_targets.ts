import { Migration } from '@mikro-orm/migrations';

/**
 * Sasaran (issue 15 item 3): the target number of recipients per jenis pelayanan dasar and desa for
 * a year, set by the kabupaten admin or imported from the pendataan, and every change of it (who,
 * when, from what to what, by hand or by which import). Capaian = recipients served to standard ÷
 * sasaran (reports/spm-capaian.ts).
 */
export class Migration20261207080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "spm_target" (
      "id" uuid not null default gen_random_uuid() primary key,
      "year" smallint not null,
      "area_code" varchar(13) not null references "area" ("code"),
      "sector_id" varchar(60) not null,
      "spm_service" varchar(60) not null,
      "target" integer not null check ("target" >= 0),
      "updated_at" timestamptz not null,
      "updated_by_id" uuid not null references "app_user" ("id"));`);
    this.addSql(
      `create unique index "spm_target_key" on "spm_target" ("year", "area_code", "sector_id", "spm_service");`,
    );
    this.addSql(`create index "spm_target_area_index" on "spm_target" ("year", "area_code" varchar_pattern_ops);`);
    this.addSql(`create table "spm_target_change" (
      "id" bigserial primary key,
      "year" smallint not null,
      "area_code" varchar(13) not null,
      "sector_id" varchar(60) not null,
      "spm_service" varchar(60) not null,
      "old_target" integer null,
      "new_target" integer null,
      "source" varchar(20) not null check ("source" in ('MANUAL', 'IMPORT')),
      "file_name" varchar(200) null,
      "changed_at" timestamptz not null,
      "changed_by_id" uuid not null references "app_user" ("id"));`);
    this.addSql(
      `create index "spm_target_change_key_index" on "spm_target_change" ("year", "area_code", "changed_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "spm_target_change";`);
    this.addSql(`drop table if exists "spm_target";`);
  }
}
