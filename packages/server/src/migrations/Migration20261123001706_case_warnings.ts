import { Migration } from '@mikro-orm/migrations';

/** Warnings found at registration (MAY_BE_DISREGARDED, PRIOR_CASE); reporters who withhold their name. */
export class Migration20261123001706 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" add column "warnings" jsonb not null default '[]';`);
    this.addSql(`alter table "person" alter column "name" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "spm_case" drop column "warnings";`);
    this.addSql(`update "person" set "name" = '' where "name" is null;`);
    this.addSql(`alter table "person" alter column "name" set not null;`);
  }
}
