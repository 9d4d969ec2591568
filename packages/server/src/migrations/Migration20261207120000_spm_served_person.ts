import { Migration } from '@mikro-orm/migrations';

/**
 * Whether a case is served to standard (docs/reports.md, "Sasaran dan capaian SPM"): completed
 * (outcome COMPLETED) by its deadline, with a local registration date (its period) and a jenis
 * pelayanan dasar. `c` is a `spm_case` row or alias.
 */
const SERVED = (c: string) => `${c}.closed_at is not null and ${c}.outcome = 'COMPLETED' and ${c}.closed_on_time
  and ${c}.registered_on is not null and ${c}.spm_service is not null`;

/** The backfill's cases of one kecamatan ($1), or ($1 null) those outside every kecamatan (as migration 20261207090000). */
const BATCH = `($1::text is null
  and not exists (select 1 from "area" a where a."level" = 'KECAMATAN' and a."code" = left(c."area_code", 8))
  or c."area_code" ~>=~ $1::text and c."area_code" ~<~ ($1::text || '/'))`;

/** The fact rows of served cases `c` (a FROM item named c). */
const FACTS = `select c.id, r.person_id, left(c.area_code, 5), left(c.area_code, 8), c.area_code,
         date_trunc('month', c.registered_on)::date, c.sector_id, c.spm_service, coalesce(c.penerima, ''), c.closed_at
    from "spm_case" c cross join lateral spm_case_recipients(c.id, c.applicant_id, c.penerima) r`;

const COLUMNS = `("case_id", "person_id", "kabupaten_code", "kecamatan_code", "desa_code", "month", "sector_id",
  "spm_service", "penerima", "served_at")`;

/**
 * Capaian SPM counts PERSONS served to standard, not cases (issue 15 item 3): a child served twice
 * in a year is one recipient; a case for three children is three. Distinct counts do not add up
 * over months or desa, so the rollup's counts cannot give them: `spm_served_person` keeps one row
 * per served case × recipient (the register's person id: one person per NIK), with the case's
 * kabupaten, kecamatan and desa, registration month, jenis pelayanan and penerima. A recap reads
 * `count(distinct person_id)` over the rows of its area level and months, from an index ordered by
 * (area, sector, service, person) so the distinct count needs no sort.
 *
 * The recipients of a case (`spm_case_recipients`): its beneficiaries (case_beneficiary, the people
 * the request is for when not the applicant), else its applicant; for a household or community
 * service (penerima HOUSEHOLD, COMMUNITY) the applicant alone, who stands for the household or the
 * RT/dusun — its members are not recipients of their own.
 *
 * Triggers on `spm_case` and `case_beneficiary` keep the rows in the transaction that changes the
 * case: a completion adds them, a re-opening, a late or other outcome, a deletion removes them, a
 * move of area, month, sector, service or applicant rewrites them. The rows of one case are always
 * rewritten from the case as it is, so the triggers need not wait for the backfill: the backfill
 * (`spm_served_backfill_step()`, one kecamatan per short transaction, called by `migrate()` after
 * the recap's) adds the rows of cases served before this migration, skipping those already there.
 */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "spm_served_person" (
      "case_id" uuid not null,
      "person_id" uuid not null,
      "kabupaten_code" varchar(13) not null,
      "kecamatan_code" varchar(13) not null,
      "desa_code" varchar(13) not null,
      "month" date not null,
      "sector_id" varchar(60) not null,
      "spm_service" varchar(60) not null,
      "penerima" varchar(40) not null,
      "served_at" timestamptz not null,
      constraint "spm_served_person_pkey" primary key ("case_id", "person_id"));`);
    for (const level of ['kabupaten', 'kecamatan', 'desa']) {
      this.addSql(`create index "spm_served_person_${level}_index" on "spm_served_person"
        ("${level}_code", "sector_id", "spm_service", "person_id", "month");`);
    }
    this.addSql(`create table "spm_served_backfill" (
      "id" smallint primary key default 1 check ("id" = 1),
      "done_through" varchar(13) collate "C" not null default '',
      "complete" boolean not null default false);`);
    this.addSql(`insert into "spm_served_backfill" ("complete") select not exists (select 1 from "spm_case");`);

    this.addSql(`create function spm_case_recipients(case_id uuid, applicant_id uuid, penerima text)
      returns table ("person_id" uuid) language sql stable as $$
      select b.person_id from "case_beneficiary" b
       where b.case_id = spm_case_recipients.case_id and coalesce(penerima, '') not in ('HOUSEHOLD', 'COMMUNITY')
      union
      select applicant_id
       where coalesce(penerima, '') in ('HOUSEHOLD', 'COMMUNITY')
          or not exists (select 1 from "case_beneficiary" b where b.case_id = spm_case_recipients.case_id) $$;`);

    // The rows of one case, rewritten from the case as it is now.
    this.addSql(`create function spm_served_refresh(p_case uuid) returns void language plpgsql as $$
      begin
        delete from "spm_served_person" where "case_id" = p_case;
        insert into "spm_served_person" ${COLUMNS}
          ${FACTS} where c.id = p_case and ${SERVED('c')}
          on conflict do nothing;
      end $$;`);
    this.addSql(`create function spm_case_served() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          delete from "spm_served_person" where "case_id" = old.id;
          return null;
        end if;
        if tg_op = 'INSERT' then
          if ${SERVED('new')} then perform spm_served_refresh(new.id); end if;
          return null;
        end if;
        if (old.closed_at, old.outcome, old.closed_on_time, old.registered_on, old.spm_service, old.penerima,
            old.area_code, old.sector_id, old.applicant_id)
          is not distinct from (new.closed_at, new.outcome, new.closed_on_time, new.registered_on, new.spm_service,
            new.penerima, new.area_code, new.sector_id, new.applicant_id) then
          return null;
        end if;
        if ${SERVED('new')} then
          perform spm_served_refresh(new.id);
        elsif coalesce(${SERVED('old')}, false) then
          delete from "spm_served_person" where "case_id" = new.id;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_case_served after insert or update or delete on "spm_case"
      for each row execute function spm_case_served();`);
    this.addSql(`create function spm_case_beneficiary_served() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform spm_served_refresh(old.case_id); end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.case_id <> old.case_id) then
          perform spm_served_refresh(new.case_id);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger spm_case_beneficiary_served after insert or update or delete on "case_beneficiary"
      for each row execute function spm_case_beneficiary_served();`);

    // One batch of the backfill: the next kecamatan with cases, then (last) every case outside a
    // kecamatan of the area table. The caller sets a short lock_timeout and retries.
    this.addSql(`create function spm_served_backfill_step() returns boolean language plpgsql as $$
      declare
        s "spm_served_backfill";
        v_kec text;
      begin
        select * into s from "spm_served_backfill" for update;
        if s.complete then return true; end if;
        -- No case or beneficiary of the batch changes while it is read; writers wait for this transaction.
        lock table "spm_case", "case_beneficiary" in share mode;
        select a."code" into v_kec from "area" a
         where a."level" = 'KECAMATAN' and a."code" collate "C" > s.done_through
           and exists (select 1 from "spm_case" c where c."area_code" ~>=~ a."code" and c."area_code" ~<~ (a."code" || '/'))
         order by a."code" collate "C" limit 1;
        execute $q$insert into "spm_served_person" ${COLUMNS}
          ${FACTS} where ${SERVED('c')} and ${BATCH}
          on conflict do nothing$q$ using v_kec;
        if v_kec is null then
          update "spm_served_backfill" set "complete" = true;
        else
          update "spm_served_backfill" set "done_through" = v_kec;
        end if;
        return false;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists spm_case_beneficiary_served on "case_beneficiary";`);
    this.addSql(`drop trigger if exists spm_case_served on "spm_case";`);
    this.addSql(`drop function if exists spm_served_backfill_step();`);
    this.addSql(`drop function if exists spm_case_beneficiary_served();`);
    this.addSql(`drop function if exists spm_case_served();`);
    this.addSql(`drop function if exists spm_served_refresh(uuid);`);
    this.addSql(`drop function if exists spm_case_recipients(uuid, uuid, text);`);
    this.addSql(`drop table if exists "spm_served_backfill";`);
    this.addSql(`drop table if exists "spm_served_person";`);
  }
}
