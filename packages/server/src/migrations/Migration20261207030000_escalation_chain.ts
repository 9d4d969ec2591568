import { Migration } from '@mikro-orm/migrations';

/**
 * The escalation chain per kabupaten (issue 14): the due-soon notice and the levels (the holder's
 * head, the SPM coordination unit, the Sekda), each with its working-day window; how far a case
 * has escalated; and the deadline sweep's `next_check_at` (issue 18): the instant a case's next
 * notice is due, so the sweep reads only rows that change state.
 *
 * A trigger sets `next_check_at` to -infinity ("look at it on the next sweep") whenever the due
 * instant, the holder, the pause or the closing changes — whatever code path changed it — and
 * clears it on a closed or paused case; the sweep then computes the exact instant with the area's
 * working-day calendar and stores it.
 */
const ORG_UNIT_KINDS = [
  'POSYANDU',
  'VILLAGE_GOVERNMENT',
  'VILLAGE_TRANTIBUM',
  'PUSTU',
  'PUSKESMAS',
  'KECAMATAN',
  'KABUPATEN',
  'OPD',
  'POLICE',
  'SPM_COORDINATION',
]
  .map((k) => `'${k}'`)
  .join(', ');
const ROLES = [
  'KADER',
  'VILLAGE_OFFICER',
  'KEPALA_DESA',
  'TRANTIBUM_OFFICER',
  'KECAMATAN_OFFICER',
  'OPD_OFFICER',
  'POLICE_OFFICER',
  'HEALTH_WORKER',
  'UNIT_HEAD',
  'SPM_COORDINATOR',
  'REGIONAL_SECRETARY',
  'ADMIN',
]
  .map((r) => `'${r}'`)
  .join(', ');

export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    // The SPM coordination unit, and the roles that answer for escalations.
    this.addSql(`alter table "org_unit" drop constraint if exists "org_unit_kind_check";`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_kind_check" check ("kind" in (${ORG_UNIT_KINDS}));`);
    this.addSql(`alter table "membership" drop constraint if exists "membership_role_check";`);
    this.addSql(`alter table "membership" add constraint "membership_role_check" check ("role" in (${ROLES}));`);
    this.addSql(`create table "escalation_chain" ("kabupaten_code" varchar(13) not null,
      "due_soon_working_days" smallint not null default 1, "updated_at" timestamptz not null,
      "updated_by_id" uuid null,
      constraint "escalation_chain_pkey" primary key ("kabupaten_code"),
      constraint "escalation_chain_kabupaten_code_foreign" foreign key ("kabupaten_code") references "area" ("code"),
      constraint "escalation_chain_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id"));`);
    this.addSql(`create table "escalation_level" ("id" uuid not null, "kabupaten_code" varchar(13) not null,
      "position" smallint not null, "target" varchar(20) not null, "unit_id" uuid null,
      "window_working_days" smallint not null,
      constraint "escalation_level_pkey" primary key ("id"),
      constraint "escalation_level_position_unique" unique ("kabupaten_code", "position"),
      constraint "escalation_level_kabupaten_code_foreign" foreign key ("kabupaten_code")
        references "escalation_chain" ("kabupaten_code") on delete cascade,
      constraint "escalation_level_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id"));`);
    this.addSql(`create index "escalation_level_unit_id_index" on "escalation_level" ("unit_id");`);

    this.addSql(`alter table "spm_case" add column "escalation_level" smallint not null default 0,
      add column "next_check_at" timestamptz null;`);
    this.addSql(`update "spm_case" set "escalation_level" = 1 where "deadline_notice" = 'OVERDUE';`);
    this.addSql(`update "spm_case" set "next_check_at" = '-infinity'
      where "closed_at" is null and "clock_paused_at" is null;`);
    this.addSql(`create index "spm_case_next_check_index" on "spm_case" ("next_check_at")
      where "next_check_at" is not null;`);
    this.addSql(`create function spm_case_next_check() returns trigger language plpgsql as $$
      begin
        if new.closed_at is not null or new.clock_paused_at is not null then
          new.next_check_at := null;
        elsif tg_op = 'INSERT'
          or new.due_at is distinct from old.due_at
          or new.holder_id is distinct from old.holder_id
          or old.closed_at is not null
          or old.clock_paused_at is not null then
          new.next_check_at := '-infinity';
        end if;
        return new;
      end $$;`);
    this
      .addSql(`create trigger spm_case_next_check before insert or update of due_at, holder_id, closed_at, clock_paused_at
      on "spm_case" for each row execute function spm_case_next_check();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists spm_case_next_check on "spm_case";`);
    this.addSql(`drop function if exists spm_case_next_check();`);
    this.addSql(`drop index if exists "spm_case_next_check_index";`);
    this.addSql(`alter table "spm_case" drop column "escalation_level", drop column "next_check_at";`);
    this.addSql(`drop table if exists "escalation_level";`);
    this.addSql(`drop table if exists "escalation_chain";`);
  }
}
