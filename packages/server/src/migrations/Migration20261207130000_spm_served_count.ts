import { Migration } from '@mikro-orm/migrations';

/** As migration 20261207120000: the fact rows of served cases `c`. */
const FACTS = `select c.id, r.person_id, left(c.area_code, 5), left(c.area_code, 8), c.area_code,
         date_trunc('month', c.registered_on)::date, c.sector_id, c.spm_service, coalesce(c.penerima, ''), c.closed_at
    from "spm_case" c cross join lateral spm_case_recipients(c.id, c.applicant_id, c.penerima) r`;
const COLUMNS = `("case_id", "person_id", "kabupaten_code", "kecamatan_code", "desa_code", "month", "sector_id",
  "spm_service", "penerima", "served_at")`;
const SERVED = `c.closed_at is not null and c.outcome = 'COMPLETED' and c.closed_on_time
  and c.registered_on is not null and c.spm_service is not null`;

/** The area levels of `spm_served_person`, each with its column. */
const LEVELS = ['kabupaten_code', 'kecamatan_code', 'desa_code'] as const;
/** A case's row counts at a level only when its area reaches that deep (a case of a kecamatan has no desa). */
const DEPTH: Record<(typeof LEVELS)[number], number> = { kabupaten_code: 5, kecamatan_code: 8, desa_code: 13 };

/**
 * The keys a set of fact rows `t` touches: per area level × the recap's periods (the year
 * `2026`, the quarter `2026-Q2`, the month `2026-05`) with their first and last month, per person,
 * with how many of the rows of `t` fall in it.
 */
const keys = (level: (typeof LEVELS)[number], t: string) => `select r.${level} as area_code, r.sector_id, r.spm_service,
         p.period, p.m_from, p.m_to, r.person_id, count(*)::int as rows
    from ${t} r cross join lateral (values
      (to_char(r.month, 'YYYY'), date_trunc('year', r.month)::date, (date_trunc('year', r.month) + interval '11 months')::date),
      (to_char(r.month, 'YYYY-"Q"Q'), date_trunc('quarter', r.month)::date, (date_trunc('quarter', r.month) + interval '2 months')::date),
      (to_char(r.month, 'YYYY-MM'), r.month, r.month)) p(period, m_from, m_to)
   where length(r.desa_code) >= ${DEPTH[level]}
   group by 1, 2, 3, 4, 5, 6, 7`;

/**
 * The persons of `t` (the transition table) who have no other row in a key's area and period: new
 * to the count when `t` was inserted (all their rows there are in `t`), gone from it when `t` was
 * deleted (none left). One index range per key (the level's index: area, sector, service, person, month).
 */
const deltas = (t: string, inserted: boolean) =>
  LEVELS.map(
    (level) => `select k.area_code, k.sector_id, k.spm_service, k.period, count(*)::int as n
      from (${keys(level, t)}) k
     where (select count(*) from "spm_served_person" s
             where s.${level} = k.area_code and s.sector_id = k.sector_id and s.spm_service = k.spm_service
               and s.person_id = k.person_id and s.month between k.m_from and k.m_to) = ${inserted ? 'k.rows' : '0'}
     group by 1, 2, 3, 4`,
  ).join('\n    union all\n    ');

/** Locks the counters a transition table touches (in key order, so two writers never deadlock). */
const lockCounters = (
  t: string,
) => `insert into "spm_served_count" as c ("area_code", "sector_id", "spm_service", "period", "n")
      select area_code, sector_id, spm_service, period, 0 from (
        ${LEVELS.map((level) => `select area_code, sector_id, spm_service, period from (${keys(level, t)}) k`).join(' union ')}) u
       order by 1, 2, 3, 4
      on conflict ("area_code", "sector_id", "spm_service", "period") do update set "n" = c."n"`;

/**
 * Capaian's distinct persons, counted ahead (issue 15 item 8 with item 3): a kabupaten's year at
 * 1 M cases read all 382 k rows of its served persons for `count(distinct person_id)` (808 ms warm
 * on the loaded 2-vCPU machine, docs/performance.md). The recap asks only months, quarters and
 * years, so the distinct counts themselves are kept per area level (kabupaten, kecamatan, desa) ×
 * sector × jenis pelayanan × period (`2026`, `2026-Q2`, `2026-05`) in `spm_served_count`, and a
 * recap reads one row per service.
 *
 * Statement triggers on `spm_served_person` (with their transition tables: a backfill statement may
 * insert two rows of one person) keep them: a person counts in a period while they have at least
 * one row there. Each statement first locks the counters it touches — an upsert, in key order — and
 * only then looks for the person's other rows, so of two transactions adding the same person the
 * second waits for the first and sees its row: never counted twice, never missed.
 *
 * Existing rows are counted by filling `spm_served_person` again through its backfill (one
 * kecamatan per short transaction, `migrate()`): it is emptied here and its progress reset.
 */
export class Migration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "spm_served_count" (
      "area_code" varchar(13) not null,
      "sector_id" varchar(60) not null,
      "spm_service" varchar(60) not null,
      "period" varchar(7) not null,
      "n" integer not null,
      constraint "spm_served_count_pkey" primary key ("area_code", "sector_id", "spm_service", "period"));`);
    this.addSql(`create function spm_served_count_added() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from added) then return null; end if;
        ${lockCounters('added')};
        update "spm_served_count" c set "n" = c."n" + d.n
          from (${deltas('added', true)}) d
         where c.area_code = d.area_code and c.sector_id = d.sector_id and c.spm_service = d.spm_service
           and c.period = d.period and d.n <> 0;
        return null;
      end $$;`);
    this.addSql(`create function spm_served_count_removed() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from removed) then return null; end if;
        ${lockCounters('removed')};
        update "spm_served_count" c set "n" = c."n" - d.n
          from (${deltas('removed', false)}) d
         where c.area_code = d.area_code and c.sector_id = d.sector_id and c.spm_service = d.spm_service
           and c.period = d.period and d.n <> 0;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_served_count_added after insert on "spm_served_person"
      referencing new table as added for each statement execute function spm_served_count_added();`);
    this.addSql(`create trigger spm_served_count_removed after delete on "spm_served_person"
      referencing old table as removed for each statement execute function spm_served_count_removed();`);
    // The backfill by desa: with the counters, a kecamatan's served rows (≈ 13 k at 1 M cases) made
    // a transaction of 17–23 s on the loaded bench machine; a desa is ≈ 1/20 of that.
    this.addSql(`create or replace function spm_served_backfill_step() returns boolean language plpgsql as $$
      declare
        s "spm_served_backfill";
        v_desa text;
      begin
        select * into s from "spm_served_backfill" for update;
        if s.complete then return true; end if;
        -- No case or beneficiary of the batch changes while it is read; writers wait for this transaction.
        lock table "spm_case", "case_beneficiary" in share mode;
        select a."code" into v_desa from "area" a
         where a."level" = 'DESA' and a."code" collate "C" > s.done_through
           and exists (select 1 from "spm_case" c where c."area_code" = a."code")
         order by a."code" collate "C" limit 1;
        execute $q$insert into "spm_served_person" ${COLUMNS}
          ${FACTS} where ${SERVED} and ($1::text is null
            and not exists (select 1 from "area" a where a."level" = 'DESA' and a."code" = c."area_code")
            or c."area_code" = $1::text)
          on conflict do nothing$q$ using v_desa;
        if v_desa is null then
          update "spm_served_backfill" set "complete" = true;
        else
          update "spm_served_backfill" set "done_through" = v_desa;
        end if;
        return false;
      end $$;`);
    // Counted again from the cases, one desa per transaction, by migrate()'s backfill.
    this.addSql(`truncate "spm_served_person";`);
    this.addSql(
      `update "spm_served_backfill" set "complete" = not exists (select 1 from "spm_case"), "done_through" = '';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists spm_served_count_removed on "spm_served_person";`);
    this.addSql(`drop trigger if exists spm_served_count_added on "spm_served_person";`);
    this.addSql(`drop function if exists spm_served_count_removed();`);
    this.addSql(`drop function if exists spm_served_count_added();`);
    this.addSql(`drop table if exists "spm_served_count";`);
  }
}
