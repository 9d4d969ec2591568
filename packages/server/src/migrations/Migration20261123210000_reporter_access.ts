import { Migration } from '@mikro-orm/migrations';

/** Time-limited access to a confidential reporter's identity, kept on the case (DESIGN §8). */
export class Migration20261123210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" add column "reporter_access" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "spm_case" drop column "reporter_access";`);
  }
}
