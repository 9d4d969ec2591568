import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log: one row per mutation (who, through which units or API key,
 * what, on which case, when, and how it ended) and per sensitive read (a full
 * NIK or KK number, a confidential reporter's identity). Append-only by the
 * database itself: a trigger refuses every UPDATE, DELETE and TRUNCATE, whoever
 * sends it, so not even a bug in the server can rewrite history.
 */
export class Migration20261123183000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key,
      "occurred_at" timestamptz not null, "kind" varchar(10) not null, "operation" varchar(100) not null,
      "outcome" varchar(60) not null, "user_id" uuid null, "api_key_id" uuid null, "session_id" uuid null,
      "org_unit_ids" uuid[] not null default '{}', "ip" varchar(64) null, "case_id" uuid null,
      "details" jsonb not null default '{}');`);
    this.addSql(`create index "audit_log_user_id_id_index" on "audit_log" ("user_id", "id");`);
    this.addSql(`create index "audit_log_case_id_id_index" on "audit_log" ("case_id", "id");`);
    this.addSql(`create index "audit_log_api_key_id_id_index" on "audit_log" ("api_key_id", "id");`);
    this.addSql(`create index "audit_log_occurred_at_index" on "audit_log" ("occurred_at");`);
    this.addSql(`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_log";`);
    this.addSql(`drop function if exists audit_log_append_only();`);
  }
}
