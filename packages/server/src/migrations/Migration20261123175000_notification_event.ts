import { Migration } from '@mikro-orm/migrations';

/**
 * Each notification names the case event that caused it (written in the same
 * transaction), so the notification subscription rides the event feed: same
 * order, same cursor, same fan-out across instances.
 */
export class Migration20261123175000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "event_id" bigint null;`);
    this.addSql(`alter table "notification" add constraint "notification_event_id_foreign"
      foreign key ("event_id") references "case_event" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "notification_event_id_index" on "notification" ("event_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "event_id";`);
  }
}
