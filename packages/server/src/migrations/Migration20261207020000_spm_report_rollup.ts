import { Migration } from '@mikro-orm/migrations';

/**
 * The SPM report's rollup (issue 15 item 8): one row per desa × registration month × sector ×
 * jenis pelayanan × penerima × outcome cell, with a count. Triggers on `spm_case` and `case_event`
 * keep it in the transaction that changes a case, whatever code path changes it: the old row's
 * cell loses one, the new row's cell gains one. A kabupaten's year is then a sum over a few
 * thousand rows instead of a scan of a million cases (docs/performance.md).
 *
 * The case carries what the trigger cannot compute: its jenis pelayanan and penerima (plugin data,
 * set at registration), its local registration date, and the working days it took (the working
 * calendar lives in TypeScript).
 */
export class Migration20261207020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case"
      add column "spm_service" varchar(60) null,
      add column "penerima" varchar(40) null,
      add column "registered_on" date null,
      add column "working_days_taken" smallint null;`);
    // Cases registered before this migration: their local date in WIB (the zone of every demo area);
    // their jenis pelayanan is filled by the one-off migration made from the installed plugins (migrations/spm-targets-backfill.ts).
    this.addSql(`update "spm_case" set "registered_on" = ("registered_at" at time zone 'Asia/Jakarta')::date;`);
    this.addSql(`create index "spm_case_open_registered_on_index" on "spm_case" ("registered_on", "area_code")
      where "closed_at" is null;`);

    this.addSql(`create table "spm_report_rollup" (
      "id" bigserial primary key,
      "area_code" varchar(13) not null,
      "month" date not null,
      "sector_id" varchar(60) not null,
      "spm_service" varchar(60) not null,
      "penerima" varchar(40) not null,
      "cell" varchar(30) not null,
      "reason" varchar(40) not null,
      "credited_unit_id" uuid not null,
      "working_days" smallint not null,
      "n" integer not null);`);
    this.addSql(`create unique index "spm_report_rollup_key" on "spm_report_rollup"
      ("month", "area_code", "sector_id", "spm_service", "penerima", "cell", "reason", "credited_unit_id", "working_days");`);
    this.addSql(`create index "spm_report_rollup_area_month_index" on "spm_report_rollup"
      ("area_code" varchar_pattern_ops, "month");`);

    // The cell of one case: open, or its outcome (both vocabularies: RESOLVED/REJECTED before
    // issue 14's outcome states, COMPLETED/DECLINED/… after).
    this.addSql(`create function spm_report_apply(c "spm_case", delta integer, event_cell text) returns void
      language plpgsql as $$
      declare
        v_cell text;
        v_reason text := '';
        v_unit uuid := '00000000-0000-0000-0000-000000000000';
        v_days smallint := -1;
      begin
        if c.registered_on is null then return; end if;
        if event_cell is not null then
          v_cell := event_cell;
        elsif c.closed_at is null then
          v_cell := 'OPEN';
        elsif c.outcome in ('COMPLETED', 'RESOLVED') then
          v_cell := case when c.closed_on_time then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end;
          v_days := least(coalesce(c.working_days_taken, -1), 60);
        elsif c.outcome in ('DECLINED', 'REJECTED') then
          v_cell := 'DECLINED';
        elsif c.outcome = 'SETTLED_AT_VILLAGE' then
          v_cell := 'SETTLED_AT_VILLAGE';
          v_unit := coalesce(c.settled_by_id, v_unit);
        elsif c.outcome = 'WITHDRAWN' then
          v_cell := 'WITHDRAWN';
        elsif c.outcome = 'CANNOT_BE_SERVED' then
          v_cell := 'CANNOT_BE_SERVED';
        else
          v_cell := 'OTHER';
        end if;
        insert into "spm_report_rollup" as r ("area_code", "month", "sector_id", "spm_service", "penerima",
            "cell", "reason", "credited_unit_id", "working_days", "n")
          values (c.area_code, date_trunc('month', c.registered_on)::date, c.sector_id, coalesce(c.spm_service, ''),
            coalesce(c.penerima, ''), v_cell, v_reason, v_unit, v_days, delta)
          on conflict ("month", "area_code", "sector_id", "spm_service", "penerima", "cell", "reason",
            "credited_unit_id", "working_days")
          do update set "n" = r."n" + excluded."n";
      end $$;`);
    this.addSql(`create function spm_case_rollup() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old.closed_at, old.outcome, old.closed_on_time, old.settled_by_id, old.spm_service,
            old.penerima, old.area_code, old.registered_on, old.sector_id, old.working_days_taken)
          is not distinct from (new.closed_at, new.outcome, new.closed_on_time, new.settled_by_id, new.spm_service,
            new.penerima, new.area_code, new.registered_on, new.sector_id, new.working_days_taken) then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then perform spm_report_apply(old, -1, null); end if;
        if tg_op in ('UPDATE', 'INSERT') then perform spm_report_apply(new, 1, null); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_case_rollup after insert or update or delete on "spm_case"
      for each row execute function spm_case_rollup();`);
    // A return (bukan wewenang) is an event, not an outcome: counted beside the outcome cells.
    this.addSql(`create function spm_case_event_rollup() returns trigger language plpgsql as $$
      declare c "spm_case";
      begin
        if new.type <> 'RETURNED' then return null; end if;
        select * into c from "spm_case" where "id" = new.case_id;
        if found then perform spm_report_apply(c, 1, 'RETURNED'); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_case_event_rollup after insert on "case_event"
      for each row execute function spm_case_event_rollup();`);

    // The rollup of the cases already there.
    this.addSql(`select spm_report_apply(c, 1, null) from "spm_case" c;`);
    this.addSql(`select spm_report_apply(c, 1, 'RETURNED') from "case_event" e join "spm_case" c on c."id" = e."case_id"
      where e."type" = 'RETURNED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists spm_case_event_rollup on "case_event";`);
    this.addSql(`drop trigger if exists spm_case_rollup on "spm_case";`);
    this.addSql(`drop function if exists spm_case_event_rollup();`);
    this.addSql(`drop function if exists spm_case_rollup();`);
    this.addSql(`drop function if exists spm_report_apply("spm_case", integer, text);`);
    this.addSql(`drop table if exists "spm_report_rollup";`);
    this.addSql(`drop index if exists "spm_case_open_registered_on_index";`);
    this.addSql(`alter table "spm_case" drop column "spm_service", drop column "penerima",
      drop column "registered_on", drop column "working_days_taken";`);
  }
}
