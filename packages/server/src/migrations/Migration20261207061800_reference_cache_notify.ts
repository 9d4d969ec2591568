import { Migration } from '@mikro-orm/migrations';

/**
 * Every API instance keeps login sessions, memberships, the calendar and area answers in memory
 * (cache/reference-cache.ts). These triggers announce each change on `spm_reference_cache`,
 * delivered when the writer commits, whatever wrote it (the API, a migration, the CLI, psql),
 * so every instance drops what changed.
 */
export class Migration20261207061800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "spm_reference_changed"() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'auth_session' then
          perform pg_notify('spm_reference_cache', 'session:' || coalesce(new.id, old.id));
        elsif tg_table_name = 'app_user' then
          perform pg_notify('spm_reference_cache', 'user:' || coalesce(new.id, old.id));
        elsif tg_table_name = 'membership' then
          if tg_op <> 'INSERT' then perform pg_notify('spm_reference_cache', 'user:' || old.user_id); end if;
          if tg_op <> 'DELETE' then perform pg_notify('spm_reference_cache', 'user:' || new.user_id); end if;
        elsif tg_table_name = 'org_unit' then
          perform pg_notify('spm_reference_cache', 'org_unit');
        elsif tg_table_name in ('holiday', 'calendar_year', 'calendar_setting') then
          perform pg_notify('spm_reference_cache', 'calendar');
        elsif tg_table_name = 'area' then
          perform pg_notify('spm_reference_cache', 'area');
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "auth_session_reference_changed" after update or delete on "auth_session"
      for each row execute function "spm_reference_changed"();`);
    this.addSql(`create trigger "app_user_reference_changed" after update or delete on "app_user"
      for each row execute function "spm_reference_changed"();`);
    this.addSql(`create trigger "membership_reference_changed" after insert or update or delete on "membership"
      for each row execute function "spm_reference_changed"();`);
    for (const table of ['org_unit', 'holiday', 'calendar_year', 'calendar_setting', 'area']) {
      this
        .addSql(`create trigger "${table}_reference_changed" after insert or update or delete or truncate on "${table}"
        for each statement execute function "spm_reference_changed"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of [
      'auth_session',
      'app_user',
      'membership',
      'org_unit',
      'holiday',
      'calendar_year',
      'calendar_setting',
      'area',
    ]) {
      this.addSql(`drop trigger if exists "${table}_reference_changed" on "${table}";`);
    }
    this.addSql(`drop function if exists "spm_reference_changed"();`);
  }
}
