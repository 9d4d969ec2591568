import { Migration } from '@mikro-orm/migrations';

/** E-mail addresses for notifications, and the transactional outbox that delivers them. */
export class Migration20261123005000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "email" varchar(320) null;`);
    this.addSql(`create table "outbox_message" ("id" uuid not null, "channel" varchar(20) not null,
      "recipient" varchar(320) not null, "subject" varchar(300) not null, "body" text not null,
      "deliver_after" timestamptz not null, "attempts" int not null default 0, "last_error" text null,
      "locked_until" timestamptz null, "sent_at" timestamptz null, "created_at" timestamptz not null,
      constraint "outbox_message_pkey" primary key ("id"));`);
    this.addSql(
      `create index "outbox_message_pending_index" on "outbox_message" ("deliver_after") where "sent_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_message";`);
    this.addSql(`alter table "app_user" drop column "email";`);
  }
}
