import { Migration } from '@mikro-orm/migrations';

/**
 * Signed webhooks (issue 17): endpoints per org unit, the deliveries fanned out from `case_event`
 * (the transactional outbox: an event row commits with its change) in commit-safe order, and the
 * log of every attempt.
 */
export class Migration20261207002000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "org_unit_id" uuid not null,
      "url" varchar(2000) not null, "description" varchar(200) not null, "event_types" text[] null,
      "secret" varchar(100) not null, "created_by_id" uuid not null, "created_at" timestamptz not null,
      "disabled_at" timestamptz null,
      "cursor_tx" xid8 not null default pg_snapshot_xmin(pg_current_snapshot()), "cursor_event_id" bigint not null default 0,
      constraint "webhook_endpoint_pkey" primary key ("id"),
      constraint "webhook_endpoint_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id"),
      constraint "webhook_endpoint_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id"));`);
    this.addSql(`create index "webhook_endpoint_org_unit_id_index" on "webhook_endpoint" ("org_unit_id");`);
    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null,
      "event_id" bigint not null, "webhook_id" varchar(60) not null, "event_type" varchar(60) not null,
      "payload" jsonb not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null,
      "locked_until" timestamptz null, "delivered_at" timestamptz null, "dead_at" timestamptz null,
      "last_status" int null, "last_error" text null, "created_at" timestamptz not null,
      constraint "webhook_delivery_pkey" primary key ("id"),
      constraint "webhook_delivery_endpoint_event_unique" unique ("endpoint_id", "event_id"),
      constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade);`);
    this.addSql(`create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at")
      where "delivered_at" is null and "dead_at" is null;`);
    this.addSql(`create table "webhook_attempt" ("id" bigserial primary key, "delivery_id" uuid not null,
      "attempted_at" timestamptz not null, "status" int null, "error" text null, "duration_ms" int not null,
      constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on delete cascade);`);
    this.addSql(`create index "webhook_attempt_delivery_id_index" on "webhook_attempt" ("delivery_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_attempt";`);
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_endpoint";`);
  }
}
