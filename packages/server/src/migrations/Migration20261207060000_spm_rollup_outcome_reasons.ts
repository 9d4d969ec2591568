import { Migration } from '@mikro-orm/migrations';

/**
 * The rollup counts declines by their reason and village settlements by their kind (issue 15
 * item 1): `spm_report_apply` writes `decline_reason` / `settlement_kind` into the rollup's
 * `reason`, and the case trigger moves a case's count when either changes. The rollup is rebuilt
 * from the cases and their returns, so declines counted before carry their reason too.
 */
export class Migration20261207060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function spm_report_apply(c "spm_case", delta integer, event_cell text) returns void
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
        elsif c.outcome = 'COMPLETED' then
          v_cell := case when c.closed_on_time then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end;
          v_days := least(coalesce(c.working_days_taken, -1), 60);
        elsif c.outcome = 'DECLINED' then
          v_cell := 'DECLINED';
          v_reason := coalesce(c.decline_reason, '');
        elsif c.outcome = 'SETTLED_AT_VILLAGE' then
          v_cell := 'SETTLED_AT_VILLAGE';
          v_reason := coalesce(c.settlement_kind, '');
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
    this.addSql(`create or replace function spm_case_rollup() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old.closed_at, old.outcome, old.closed_on_time, old.settled_by_id, old.spm_service,
            old.penerima, old.area_code, old.registered_on, old.sector_id, old.working_days_taken,
            old.decline_reason, old.settlement_kind)
          is not distinct from (new.closed_at, new.outcome, new.closed_on_time, new.settled_by_id, new.spm_service,
            new.penerima, new.area_code, new.registered_on, new.sector_id, new.working_days_taken,
            new.decline_reason, new.settlement_kind) then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then perform spm_report_apply(old, -1, null); end if;
        if tg_op in ('UPDATE', 'INSERT') then perform spm_report_apply(new, 1, null); end if;
        return null;
      end $$;`);
    // Rebuilt in one statement each: grouped sums instead of a row-by-row upsert per case.
    this.addSql(`truncate "spm_report_rollup";`);
    this.addSql(`insert into "spm_report_rollup" ("area_code", "month", "sector_id", "spm_service", "penerima", "cell",
        "reason", "credited_unit_id", "working_days", "n")
      select area_code, month, sector_id, spm_service, penerima, cell, reason, unit, days, count(*)::int
        from (select c.area_code, date_trunc('month', c.registered_on)::date as month, c.sector_id,
                coalesce(c.spm_service, '') as spm_service, coalesce(c.penerima, '') as penerima,
                case when c.closed_at is null then 'OPEN'
                     when c.outcome = 'COMPLETED' then case when c.closed_on_time then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end
                     when c.outcome in ('DECLINED', 'SETTLED_AT_VILLAGE', 'WITHDRAWN', 'CANNOT_BE_SERVED') then c.outcome
                     else 'OTHER' end as cell,
                case when c.closed_at is null then ''
                     when c.outcome = 'DECLINED' then coalesce(c.decline_reason, '')
                     when c.outcome = 'SETTLED_AT_VILLAGE' then coalesce(c.settlement_kind, '')
                     else '' end as reason,
                case when c.closed_at is not null and c.outcome = 'SETTLED_AT_VILLAGE'
                     then coalesce(c.settled_by_id, '00000000-0000-0000-0000-000000000000')
                     else '00000000-0000-0000-0000-000000000000' end as unit,
                case when c.closed_at is not null and c.outcome = 'COMPLETED'
                     then least(coalesce(c.working_days_taken, -1), 60) else -1 end::smallint as days
              from "spm_case" c where c.registered_on is not null) x
       group by 1, 2, 3, 4, 5, 6, 7, 8, 9
      union all
      select c.area_code, date_trunc('month', c.registered_on)::date, c.sector_id, coalesce(c.spm_service, ''),
          coalesce(c.penerima, ''), 'RETURNED', '', '00000000-0000-0000-0000-000000000000', -1, count(*)::int
        from "case_event" e join "spm_case" c on c."id" = e."case_id"
       where e."type" = 'RETURNED' and c.registered_on is not null
       group by 1, 2, 3, 4, 5;`);
  }

  override async down(): Promise<void> {
    // Nothing to undo: the earlier code reads the same cells and already lists rows by reason.
  }
}
