import { Migration } from '@mikro-orm/migrations';

/** The nil uuid: "no unit" in the rollup keys (a key column cannot be null). */
const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The rollup rows of one case, shared by the trigger (one case, ±1) and the backfill (a batch,
 * grouped): the levels of its area (kabupaten, kecamatan, desa: the code's first 5, 8, 13
 * characters, each with its parent's length) × its cells (its outcome cell, and its returns).
 */
/**
 * The cases of one backfill batch: a kecamatan ($1, an index range of the area-prefix index), or
 * ($1 null) those outside every kecamatan. Run with EXECUTE: planned for the value at hand.
 */
const BATCH = `c.registered_on is not null and ($1::text is null
  and not exists (select 1 from "area" a where a."level" = 'KECAMATAN' and a."code" = left(c."area_code", 8))
  or c."area_code" ~>=~ $1::text and c."area_code" ~<~ ($1::text || '/'))`;

const LEVELS = `(values (5, 2), (8, 5), (13, 8)) l("len", "parent_len")`;

/**
 * The kabupaten's recap over a year of 1 M cases in well under a second (issue 15 item 8,
 * docs/performance.md): the rollup of migration 20261207020000 was keyed by desa, so a kabupaten
 * summed ≈ 540 k rows (a prefix over 400 desa × 12 months × jenis pelayanan × penerima × cell ×
 * working days) in 1.2–1.6 s. Now:
 *
 * - `spm_recap_rollup`: the same cells keyed by the kabupaten, the kecamatan AND the desa of the
 *   case (three rows per cell): any area's recap reads `area_code = ?`, ≈ 17 k rows for a
 *   kabupaten's year, whatever the number of desa;
 * - `spm_recap_area`: per area × parent × month × sector × cell × credited unit, no jenis
 *   pelayanan: a kabupaten's kecamatan (or a kecamatan's desa) read `parent_code = ?`, and the
 *   settlements per unit read the area's own rows.
 *
 * Returns (bukan wewenang) are now counted from `spm_case.returned_count` (kept by the case_event
 * trigger), so they move with the case when its area, jenis pelayanan or sector changes and leave
 * with it when it is deleted; before, the rollup kept them where the case was when it was returned.
 *
 * The triggers keep both tables in the transaction that changes the case. Filling them for the
 * cases already there is NOT done here (one transaction over a million cases holds back every live
 * feed on the cluster, docs/operations.md): `spm_recap_backfill_step()` fills one kecamatan per
 * short transaction and `migrate()` (db/orm.ts) calls it until it answers true; until a case's
 * kecamatan is filled, the triggers leave its changes to the backfill (`spm_recap_ready`).
 */
export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists spm_case_event_rollup on "case_event";`);
    this.addSql(`drop trigger if exists spm_case_rollup on "spm_case";`);
    this.addSql(`drop function if exists spm_case_event_rollup();`);
    this.addSql(`drop function if exists spm_case_rollup();`);
    this.addSql(`drop function if exists spm_report_apply("spm_case", integer, text);`);
    this.addSql(`drop table if exists "spm_report_rollup";`);

    // How many times the case was returned (bukan wewenang): few cases, one statement.
    this.addSql(`alter table "spm_case" add column "returned_count" integer not null default 0;`);
    this.addSql(`alter table "spm_case" disable trigger "spm_case_change_xid";`);
    this.addSql(`update "spm_case" c set "returned_count" = x.n
      from (select "case_id", count(*)::int as n from "case_event" where "type" = 'RETURNED' group by 1) x
     where c."id" = x."case_id";`);
    this.addSql(`alter table "spm_case" enable trigger "spm_case_change_xid";`);

    this.addSql(`create table "spm_recap_rollup" (
      "area_code" varchar(13) not null,
      "month" date not null,
      "sector_id" varchar(60) not null,
      "spm_service" varchar(60) not null,
      "penerima" varchar(40) not null,
      "cell" varchar(30) not null,
      "reason" varchar(40) not null,
      "working_days" smallint not null,
      "n" integer not null,
      constraint "spm_recap_rollup_pkey" primary key ("area_code", "month", "sector_id", "spm_service", "penerima",
        "cell", "reason", "working_days"));`);
    this.addSql(`create table "spm_recap_area" (
      "area_code" varchar(13) not null,
      "parent_code" varchar(13) not null,
      "month" date not null,
      "sector_id" varchar(60) not null,
      "cell" varchar(30) not null,
      "credited_unit_id" uuid not null,
      "n" integer not null,
      constraint "spm_recap_area_pkey" primary key ("area_code", "month", "sector_id", "cell", "credited_unit_id"));`);
    this.addSql(`create index "spm_recap_area_parent_index" on "spm_recap_area" ("parent_code", "month");`);
    // A kabupaten's live "open and overdue" count reads its overdue cases only: its code, then due_at
    // (the index of migration 20261207081000 reads every open case of the period by area prefix:
    // ≈ 200 k entries for the bench's kabupaten year, against ≈ 49 k overdue here).
    this.addSql(`create index "spm_case_open_running_kabupaten_due_index" on "spm_case" (left("area_code", 5), "due_at")
      include ("registered_on", "sector_id", "spm_service", "penerima", "area_code")
      where "closed_at" is null and "clock_paused_at" is null;`);
    // One row: the backfill's progress. Kecamatan are filled in byte order ("C"), the rest last.
    this.addSql(`create table "spm_recap_backfill" (
      "id" smallint primary key default 1 check ("id" = 1),
      "done_through" varchar(13) collate "C" not null default '',
      "complete" boolean not null default false);`);
    this.addSql(`insert into "spm_recap_backfill" ("complete") select not exists (select 1 from "spm_case");`);

    // The cells of one case (its outcome; its returns, when it has any), with n per case.
    // Columns, not the row: PostgreSQL 18 fails to plan the inlined function over a whole-row
    // argument in the backfill's grouped insert ("variable not found in subplan target list").
    this.addSql(`create function spm_recap_cells(closed_at timestamptz, outcome text, closed_on_time boolean,
        decline_reason text, settlement_kind text, settled_by_id uuid, working_days_taken smallint, returned_count integer)
      returns table ("cell" text, "reason" text, "unit" uuid, "days" smallint, "n" integer)
      language sql immutable as $$
      select case when closed_at is null then 'OPEN'
                  when outcome = 'COMPLETED' then case when closed_on_time then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end
                  when outcome in ('DECLINED', 'SETTLED_AT_VILLAGE', 'WITHDRAWN', 'CANNOT_BE_SERVED') then outcome
                  else 'OTHER' end,
             case when closed_at is null then ''
                  when outcome = 'DECLINED' then coalesce(decline_reason, '')
                  when outcome = 'SETTLED_AT_VILLAGE' then coalesce(settlement_kind, '')
                  else '' end,
             case when closed_at is not null and outcome = 'SETTLED_AT_VILLAGE' then coalesce(settled_by_id, ${NIL})
                  else ${NIL} end,
             (case when closed_at is not null and outcome = 'COMPLETED'
                   then least(coalesce(working_days_taken, -1), 60) else -1 end)::smallint,
             1
      union all
      select 'RETURNED', '', ${NIL}, (-1)::smallint, returned_count where returned_count <> 0 $$;`);

    // Whether the triggers keep a case's rollup rows yet: its kecamatan is filled (or everything is).
    this.addSql(`create function spm_recap_ready(case_area text) returns boolean language sql stable as $$
      select s.complete or exists (select 1 from "area" a where a."level" = 'KECAMATAN' and a."code" = left(case_area, 8)
                                     and a."code" collate "C" <= s.done_through)
        from "spm_recap_backfill" s $$;`);

    this.addSql(`create function spm_recap_apply(c "spm_case", delta integer) returns void language plpgsql as $$
      begin
        if c.registered_on is null or not spm_recap_ready(c.area_code) then return; end if;
        insert into "spm_recap_rollup" as r ("area_code", "month", "sector_id", "spm_service", "penerima", "cell",
            "reason", "working_days", "n")
          select left(c.area_code, l.len), date_trunc('month', c.registered_on)::date, c.sector_id,
                 coalesce(c.spm_service, ''), coalesce(c.penerima, ''), x.cell, x.reason, x.days, x.n * delta
            from spm_recap_cells(c.closed_at, c.outcome, c.closed_on_time, c.decline_reason, c.settlement_kind, c.settled_by_id, c.working_days_taken, c.returned_count) x, ${LEVELS}
           where length(c.area_code) >= l.len
          on conflict ("area_code", "month", "sector_id", "spm_service", "penerima", "cell", "reason", "working_days")
          do update set "n" = r."n" + excluded."n";
        insert into "spm_recap_area" as r ("area_code", "parent_code", "month", "sector_id", "cell",
            "credited_unit_id", "n")
          select left(c.area_code, l.len), left(c.area_code, l.parent_len), date_trunc('month', c.registered_on)::date,
                 c.sector_id, x.cell, x.unit, x.n * delta
            from spm_recap_cells(c.closed_at, c.outcome, c.closed_on_time, c.decline_reason, c.settlement_kind, c.settled_by_id, c.working_days_taken, c.returned_count) x, ${LEVELS}
           where length(c.area_code) >= l.len
          on conflict ("area_code", "month", "sector_id", "cell", "credited_unit_id")
          do update set "n" = r."n" + excluded."n";
      end $$;`);
    this.addSql(`create function spm_case_recap() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old.closed_at, old.outcome, old.closed_on_time, old.settled_by_id, old.spm_service,
            old.penerima, old.area_code, old.registered_on, old.sector_id, old.working_days_taken,
            old.decline_reason, old.settlement_kind, old.returned_count)
          is not distinct from (new.closed_at, new.outcome, new.closed_on_time, new.settled_by_id, new.spm_service,
            new.penerima, new.area_code, new.registered_on, new.sector_id, new.working_days_taken,
            new.decline_reason, new.settlement_kind, new.returned_count) then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then perform spm_recap_apply(old, -1); end if;
        if tg_op in ('UPDATE', 'INSERT') then perform spm_recap_apply(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_case_recap after insert or update or delete on "spm_case"
      for each row execute function spm_case_recap();`);
    // A return counts on its case: the case's update moves it in the rollup (and takes the lock the
    // backfill waits for, so a return is never missed by both).
    this.addSql(`create function spm_case_event_recap() returns trigger language plpgsql as $$
      begin
        if new.type = 'RETURNED' then
          update "spm_case" set "returned_count" = "returned_count" + 1 where "id" = new.case_id;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_case_event_recap after insert on "case_event"
      for each row execute function spm_case_event_recap();`);

    // One batch of the backfill: the next kecamatan with cases, then (last) every case outside a
    // kecamatan of the area table. The caller sets a short lock_timeout and retries.
    this.addSql(`create function spm_recap_backfill_step() returns boolean language plpgsql as $$
      declare
        s "spm_recap_backfill";
        v_kec text;
      begin
        select * into s from "spm_recap_backfill" for update;
        if s.complete then return true; end if;
        -- No case of the batch changes while it is counted; writers wait for this transaction.
        lock table "spm_case" in share mode;
        select a."code" into v_kec from "area" a
         where a."level" = 'KECAMATAN' and a."code" collate "C" > s.done_through
           and exists (select 1 from "spm_case" c where c."area_code" ~>=~ a."code" and c."area_code" ~<~ (a."code" || '/'))
         order by a."code" collate "C" limit 1;
        execute $q$insert into "spm_recap_rollup" as r ("area_code", "month", "sector_id", "spm_service", "penerima",
            "cell", "reason", "working_days", "n")
          select left(c.area_code, l.len), date_trunc('month', c.registered_on)::date, c.sector_id,
                 coalesce(c.spm_service, ''), coalesce(c.penerima, ''), x.cell, x.reason, x.days, sum(x.n)
            from "spm_case" c cross join lateral spm_recap_cells(c.closed_at, c.outcome, c.closed_on_time, c.decline_reason, c.settlement_kind, c.settled_by_id, c.working_days_taken, c.returned_count) x, ${LEVELS}
           where length(c.area_code) >= l.len and ${BATCH}
           group by 1, 2, 3, 4, 5, 6, 7, 8
          on conflict ("area_code", "month", "sector_id", "spm_service", "penerima", "cell", "reason", "working_days")
          do update set "n" = r."n" + excluded."n"$q$ using v_kec;
        execute $q$insert into "spm_recap_area" as r ("area_code", "parent_code", "month", "sector_id", "cell",
            "credited_unit_id", "n")
          select left(c.area_code, l.len), left(c.area_code, l.parent_len), date_trunc('month', c.registered_on)::date,
                 c.sector_id, x.cell, x.unit, sum(x.n)
            from "spm_case" c cross join lateral spm_recap_cells(c.closed_at, c.outcome, c.closed_on_time, c.decline_reason, c.settlement_kind, c.settled_by_id, c.working_days_taken, c.returned_count) x, ${LEVELS}
           where length(c.area_code) >= l.len and ${BATCH}
           group by 1, 2, 3, 4, 5, 6
          on conflict ("area_code", "month", "sector_id", "cell", "credited_unit_id")
          do update set "n" = r."n" + excluded."n"$q$ using v_kec;
        if v_kec is null then
          update "spm_recap_backfill" set "complete" = true;
        else
          update "spm_recap_backfill" set "done_through" = v_kec;
        end if;
        return false;
      end $$;`);
  }

  override async down(): Promise<void> {
    // Back to the desa-keyed rollup: re-run Migration20261207060000's functions and rebuild after this.
    this.addSql(`drop trigger if exists spm_case_event_recap on "case_event";`);
    this.addSql(`drop trigger if exists spm_case_recap on "spm_case";`);
    this.addSql(`drop index if exists "spm_case_open_running_kabupaten_due_index";`);
    this.addSql(`drop function if exists spm_recap_backfill_step();`);
    this.addSql(`drop function if exists spm_case_event_recap();`);
    this.addSql(`drop function if exists spm_case_recap();`);
    this.addSql(`drop function if exists spm_recap_apply("spm_case", integer);`);
    this.addSql(`drop function if exists spm_recap_ready(text);`);
    this.addSql(
      `drop function if exists spm_recap_cells(timestamptz, text, boolean, text, text, uuid, smallint, integer);`,
    );
    this.addSql(`drop table if exists "spm_recap_backfill";`);
    this.addSql(`drop table if exists "spm_recap_area";`);
    this.addSql(`drop table if exists "spm_recap_rollup";`);
    this.addSql(`alter table "spm_case" drop column "returned_count";`);
  }
}
