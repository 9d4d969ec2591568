import { Migration } from '@mikro-orm/migrations';

/** The deadline clock's memory of what it announced, escalation, and in-app notifications. */
export class Migration20261123004000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" add column "deadline_notice" varchar(10) not null default 'NONE',
      add column "escalated_to_id" uuid null;`);
    this
      .addSql(`alter table "spm_case" add constraint "spm_case_escalated_to_id_foreign" foreign key ("escalated_to_id")
      references "org_unit" ("id") on update cascade on delete set null;`);
    // The clock's scan: open, running cases near or past their due time.
    this.addSql(`create index "spm_case_open_due_index" on "spm_case" ("due_at")
      where "closed_at" is null and "clock_paused_at" is null;`);
    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "case_id" uuid not null,
      "kind" varchar(40) not null, "message" jsonb not null, "created_at" timestamptz not null,
      "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id")
      references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_case_id_foreign" foreign key ("case_id")
      references "spm_case" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop index if exists "spm_case_open_due_index";`);
    this.addSql(`alter table "spm_case" drop constraint if exists "spm_case_escalated_to_id_foreign";`);
    this.addSql(`alter table "spm_case" drop column "deadline_notice", drop column "escalated_to_id";`);
  }
}
