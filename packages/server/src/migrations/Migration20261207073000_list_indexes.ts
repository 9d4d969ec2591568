import { Migration } from '@mikro-orm/migrations';

/**
 * Lists at scale (issue 18, item 4). A kecamatan or kabupaten reads its cases by area-code prefix
 * (`area_code like '33.10.05.%'`): the btree of the initial migration compares by collation and
 * cannot serve a prefix, so every list and count scanned the table (361 ms at 300 k cases). With
 * `text_pattern_ops` the prefix is a range of the index, ordered as the list is; the open queue
 * (`closed_at is null`, about a tenth of the cases) gets its own partial index.
 */
export class Migration20261207073000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "spm_case_area_prefix_index"
      on "spm_case" ("area_code" text_pattern_ops, "registered_at" desc, "id" desc);`);
    this.addSql(`create index "spm_case_open_area_prefix_index"
      on "spm_case" ("area_code" text_pattern_ops, "registered_at" desc, "id" desc) where "closed_at" is null;`);
    // The plain area index is kept: equality (a desa's cases) and the foreign key use it.
    this.addSql(`analyze "spm_case";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "spm_case_open_area_prefix_index";`);
    this.addSql(`drop index if exists "spm_case_area_prefix_index";`);
  }
}
