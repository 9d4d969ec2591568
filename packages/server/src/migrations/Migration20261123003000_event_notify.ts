import { Migration } from '@mikro-orm/migrations';

/**
 * Wakes every server instance when a transaction that wrote case events
 * commits. NOTIFY is delivered only at commit, so nothing uncommitted is ever
 * announced; one notification per statement, with no payload, because readers
 * take the events from the table (see live/event-feed.ts).
 */
export class Migration20261123003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function case_event_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('case_events', '');
        return null;
      end $$;`);
    this.addSql(`create trigger case_event_notify after insert on case_event
      for each statement execute function case_event_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists case_event_notify on case_event;`);
    this.addSql(`drop function if exists case_event_notify();`);
  }
}
