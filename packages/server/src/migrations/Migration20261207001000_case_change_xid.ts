import { Migration } from '@mikro-orm/migrations';

/**
 * `spm_case.change_xid`: the id of the transaction that last changed the case, set by a trigger on
 * every insert and update. An integrator polling `cases(filter: { updatedSince })` reads only
 * changes below `pg_snapshot_xmin` (finished transactions) and resumes from there, so a change that
 * commits late with a lower id is never skipped (the event feed's rule, docs/architecture.md).
 */
export class Migration20261207001000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" add column "change_xid" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create function spm_case_change_xid() returns trigger language plpgsql as $$
      begin new.change_xid := pg_current_xact_id(); return new; end $$;`);
    this.addSql(`create trigger spm_case_change_xid before update on "spm_case"
      for each row execute function spm_case_change_xid();`);
    this.addSql(`create index "spm_case_change_xid_index" on "spm_case" ("change_xid", "id");`);
    this.addSql(`create index "spm_case_due_at_id_index" on "spm_case" ("due_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists spm_case_change_xid on "spm_case";`);
    this.addSql(`drop function if exists spm_case_change_xid();`);
    this.addSql(`alter table "spm_case" drop column "change_xid";`);
    this.addSql(`drop index if exists "spm_case_due_at_id_index";`);
  }
}
