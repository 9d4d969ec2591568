import { Migration } from '@mikro-orm/migrations';
import { shippedDecreeSql } from '../seed/shipped-decree.sql.js';

/**
 * The years whose SKB 3 Menteri is loaded (DESIGN §7): deadlines counting days of
 * any other year are provisional. Loads the shipped 2025 and 2026 decrees on every
 * installation — before this, only the demo seed put them in the holiday table.
 */
export class Migration20261206233000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "calendar_year" ("year" int not null, "legal_basis" varchar(400) not null, "loaded_at" timestamptz not null, "loaded_by_id" uuid null, constraint "calendar_year_pkey" primary key ("year"));`,
    );
    this.addSql(
      `alter table "calendar_year" add constraint "calendar_year_loaded_by_id_foreign" foreign key ("loaded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    for (const year of [2025, 2026]) for (const sql of shippedDecreeSql(year)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_year" cascade;`);
  }
}
