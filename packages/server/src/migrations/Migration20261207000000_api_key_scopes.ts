import { Migration } from '@mikro-orm/migrations';

/**
 * API keys that may act (issue 17): a scope (`READ`, `ACT`) and an optional list of sectors
 * per key; case events name the key that took them (with the person who made it as actor).
 */
export class Migration20261207000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "scope" varchar(10) not null default 'READ',
      add column "sector_ids" text[] null;`);
    this.addSql(`alter table "case_event" add column "api_key_id" uuid null;`);
    this.addSql(`alter table "case_event" add constraint "case_event_api_key_id_foreign"
      foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_event" drop column "api_key_id";`);
    this.addSql(`alter table "api_key" drop column "scope", drop column "sector_ids";`);
  }
}
