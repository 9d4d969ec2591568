import { Migration } from '@mikro-orm/migrations';

/**
 * The progress of the start-up deadline recompute (issue 18, services/calendar-recompute.ts), one
 * row: `fingerprint`, the calendar rules every open deadline follows; `target` and `done_through`,
 * a recompute under way towards other rules and the last case id it has committed (cases are
 * walked by id, a short transaction per batch). No row: the next start recomputes once.
 */
export class Migration20261207103000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "calendar_recompute" (
      "id" smallint not null default 1 check ("id" = 1),
      "fingerprint" text null,
      "target" text null,
      "done_through" uuid null,
      "updated_at" timestamptz null,
      constraint "calendar_recompute_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_recompute";`);
  }
}
