import { Migration } from '@mikro-orm/migrations';

/**
 * Lists of a kecamatan or a kabupaten in list order (issue 18). The prefix indexes of
 * Migration20261207073000 give the range of a prefix, but ordered by area code first: a kecamatan
 * of ~20 villages read all its ~2,400 cases at 1 M and sorted them for a page of 50 (≈ 100 ms),
 * a kabupaten ~47,000. Keyed by the kecamatan (`left(area_code, 8)`) or kabupaten
 * (`left(area_code, 5)`) code, a page is the first 50 entries of one key, already newest first;
 * the open queue has its own partial pair. The case list asks `left(area_code, n) = ?` for those
 * two prefix lengths (services/case-query.ts).
 */
export class Migration20261207104500 extends Migration {
  override async up(): Promise<void> {
    for (const [level, length] of [
      ['kecamatan', 8],
      ['kabupaten', 5],
    ] as const) {
      this.addSql(`create index "spm_case_${level}_list_index"
        on "spm_case" (left("area_code", ${length}), "registered_at" desc, "id" desc);`);
      this.addSql(`create index "spm_case_open_${level}_list_index"
        on "spm_case" (left("area_code", ${length}), "registered_at" desc, "id" desc) where "closed_at" is null;`);
    }
    // Statistics of the new expressions, so the planner knows how many cases a code holds.
    this.addSql(`analyze "spm_case";`);
  }

  override async down(): Promise<void> {
    for (const level of ['kecamatan', 'kabupaten']) {
      this.addSql(`drop index if exists "spm_case_open_${level}_list_index";`);
      this.addSql(`drop index if exists "spm_case_${level}_list_index";`);
    }
  }
}
