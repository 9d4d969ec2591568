import { Migration } from '@mikro-orm/migrations';

export class Migration20261122235511 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "area" ("code" varchar(13) not null, "name" varchar(200) not null, "level" text check ("level" in ('PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA')) not null, "parent_code" varchar(13) null, "time_zone" varchar(40) not null, constraint "area_pkey" primary key ("code"));`,
    );
    this.addSql(`create index "area_parent_code_index" on "area" ("parent_code");`);

    this.addSql(
      `create table "calendar_setting" ("kabupaten_code" varchar(5) not null, "cuti_bersama_is_day_off" boolean not null default true, constraint "calendar_setting_pkey" primary key ("kabupaten_code"));`,
    );

    this.addSql(
      `create table "holiday" ("id" uuid not null, "date" date not null, "kind" text check ("kind" in ('NATIONAL', 'CUTI_BERSAMA', 'REGIONAL')) not null, "name_id" varchar(200) not null, "name_en" varchar(200) not null, "legal_basis" varchar(400) not null, "area_code" varchar(13) null, constraint "holiday_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "holiday_date_index" on "holiday" ("date");`);
    // NULLS NOT DISTINCT: one national holiday (area_code null) per date and kind.
    this.addSql(
      `alter table "holiday" add constraint "holiday_date_area_code_kind_unique" unique nulls not distinct ("date", "area_code", "kind");`,
    );

    this.addSql(
      `create table "org_unit" ("id" uuid not null, "kind" text check ("kind" in ('POSYANDU', 'VILLAGE_GOVERNMENT', 'VILLAGE_TRANTIBUM', 'PUSTU', 'PUSKESMAS', 'KECAMATAN', 'KABUPATEN', 'OPD', 'POLICE')) not null, "name" varchar(200) not null, "area_code" varchar(13) not null, "parent_id" uuid null, "ancestor_ids" uuid[] not null, "services" text[] not null, constraint "org_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "org_unit_kind_area_code_index" on "org_unit" ("kind", "area_code");`);

    this.addSql(
      `create table "person" ("id" uuid not null, "nik" varchar(16) null, "name" varchar(160) not null, "phone" varchar(20) null, "address" varchar(300) null, "created_at" timestamptz not null, constraint "person_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "person" add constraint "person_nik_unique" unique ("nik");`);

    this.addSql(
      `create table "family_card_record" ("id" uuid not null, "person_id" uuid not null, "kk_number" varchar(16) not null, "first_seen_at" timestamptz not null, constraint "family_card_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "family_card_record_kk_number_index" on "family_card_record" ("kk_number");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "username" varchar(80) not null, "display_name" varchar(160) not null, "password_hash" varchar(200) not null, "locale" varchar(5) not null default 'id', "active" boolean not null default true, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `create table "membership" ("id" uuid not null, "user_id" uuid not null, "org_unit_id" uuid not null, "role" text check ("role" in ('KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'TRANTIBUM_OFFICER', 'KECAMATAN_OFFICER', 'OPD_OFFICER', 'POLICE_OFFICER', 'HEALTH_WORKER', 'ADMIN')) not null, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_org_unit_id_role_unique" unique ("user_id", "org_unit_id", "role");`,
    );

    this.addSql(
      `create table "spm_case" ("id" uuid not null, "code" varchar(20) not null, "sector_id" varchar(60) not null, "service_type_id" varchar(60) not null, "status" varchar(60) not null, "area_code" varchar(13) not null, "dusun" varchar(80) null, "rw" varchar(3) null, "rt" varchar(3) null, "description" text not null, "facts" jsonb not null, "applicant_id" uuid not null, "contact_phone" varchar(20) null, "confidential_reporter" boolean not null default false, "origin_unit_id" uuid not null, "holder_id" uuid not null, "held_by_unit_ids" uuid[] not null, "registered_by_id" uuid not null, "registered_at" timestamptz not null, "working_days" smallint not null default 5, "clock_start_date" date not null, "clock_days" smallint not null, "due_at" timestamptz not null, "clock_paused_at" timestamptz null, "remaining_working_days" smallint null, "closed_at" timestamptz null, "outcome" text check ("outcome" in ('RESOLVED', 'REJECTED')) null, "closed_on_time" boolean null, "settled_by_id" uuid null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "spm_case_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "spm_case" add constraint "spm_case_code_unique" unique ("code");`);
    this.addSql(`create index "spm_case_sector_id_index" on "spm_case" ("sector_id");`);
    this.addSql(`create index "spm_case_status_index" on "spm_case" ("status");`);
    this.addSql(`create index "spm_case_area_code_index" on "spm_case" ("area_code");`);
    this.addSql(`create index "spm_case_holder_id_index" on "spm_case" ("holder_id");`);
    this.addSql(`create index "spm_case_due_at_index" on "spm_case" ("due_at");`);
    this.addSql(`create index "spm_case_held_by_unit_ids_index" on "spm_case" using gin ("held_by_unit_ids");`);
    this.addSql(`create index "spm_case_registered_at_id_index" on "spm_case" ("registered_at", "id");`);

    this.addSql(
      `create table "case_holding" ("id" uuid not null, "case_id" uuid not null, "org_unit_id" uuid not null, "status_before" varchar(60) not null, "received_from_id" uuid null, "since" timestamptz not null, "until" timestamptz null, constraint "case_holding_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "case_event" ("id" bigserial primary key, "case_id" uuid not null, "type" varchar(40) not null, "action" varchar(60) null, "from_status" varchar(60) null, "to_status" varchar(60) null, "holder_id" uuid null, "actor_id" uuid null, "reason" text null, "note" text null, "payload" jsonb not null, "occurred_at" timestamptz not null);`,
    );
    this.addSql(`create index "case_event_case_id_id_index" on "case_event" ("case_id", "id");`);
    // The writing transaction's id: subscribers read events in commit-safe order by it.
    this.addSql(`alter table "case_event" add column "tx_id" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "case_event_tx_id_id_index" on "case_event" ("tx_id", "id");`);

    this.addSql(
      `create table "case_document" ("id" uuid not null, "case_id" uuid not null, "code" varchar(60) not null, "status" text check ("status" in ('RECEIVED', 'VALID', 'NEEDS_CORRECTION', 'WAIVED')) not null default 'RECEIVED', "file_count" smallint not null default 0, "file_names" jsonb not null, "note" text null, "status_reason" text null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "case_document_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "case_document" add constraint "case_document_case_id_code_unique" unique ("case_id", "code");`,
    );

    this.addSql(
      `create table "case_beneficiary" ("id" uuid not null, "case_id" uuid not null, "person_id" uuid not null, "relation" varchar(60) not null, constraint "case_beneficiary_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "visit" ("id" uuid not null, "case_id" uuid not null, "kind" text check ("kind" in ('HOME', 'FIELD')) not null, "visited_at" timestamptz not null, "participants" text not null, "findings" text not null, "recommendation" text check ("recommendation" in ('ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_FOLLOW_UP')) not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, constraint "visit_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "org_unit" add constraint "org_unit_area_code_foreign" foreign key ("area_code") references "area" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "family_card_record" add constraint "family_card_record_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "spm_case" add constraint "spm_case_area_code_foreign" foreign key ("area_code") references "area" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "spm_case" add constraint "spm_case_applicant_id_foreign" foreign key ("applicant_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "spm_case" add constraint "spm_case_origin_unit_id_foreign" foreign key ("origin_unit_id") references "org_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "spm_case" add constraint "spm_case_holder_id_foreign" foreign key ("holder_id") references "org_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "spm_case" add constraint "spm_case_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "spm_case" add constraint "spm_case_settled_by_id_foreign" foreign key ("settled_by_id") references "org_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_holding" add constraint "case_holding_case_id_foreign" foreign key ("case_id") references "spm_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_holding" add constraint "case_holding_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_holding" add constraint "case_holding_received_from_id_foreign" foreign key ("received_from_id") references "org_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "spm_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_holder_id_foreign" foreign key ("holder_id") references "org_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_document" add constraint "case_document_case_id_foreign" foreign key ("case_id") references "spm_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_document" add constraint "case_document_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "case_beneficiary" add constraint "case_beneficiary_case_id_foreign" foreign key ("case_id") references "spm_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_beneficiary" add constraint "case_beneficiary_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit" add constraint "visit_case_id_foreign" foreign key ("case_id") references "spm_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`,
    );

    // Foreign keys that lists and loaders search by.
    this.addSql(`create index "case_holding_case_id_index" on "case_holding" ("case_id");`);
    this.addSql(`create index "visit_case_id_index" on "visit" ("case_id");`);
    this.addSql(`create index "case_beneficiary_case_id_index" on "case_beneficiary" ("case_id");`);
    this.addSql(`create index "family_card_record_person_id_index" on "family_card_record" ("person_id");`);
    this.addSql(`create index "spm_case_origin_unit_id_index" on "spm_case" ("origin_unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_area_code_foreign";`);

    this.addSql(`alter table "spm_case" drop constraint "spm_case_area_code_foreign";`);

    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_org_unit_id_foreign";`);

    this.addSql(`alter table "spm_case" drop constraint "spm_case_origin_unit_id_foreign";`);

    this.addSql(`alter table "spm_case" drop constraint "spm_case_holder_id_foreign";`);

    this.addSql(`alter table "spm_case" drop constraint "spm_case_settled_by_id_foreign";`);

    this.addSql(`alter table "case_holding" drop constraint "case_holding_org_unit_id_foreign";`);

    this.addSql(`alter table "case_holding" drop constraint "case_holding_received_from_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_holder_id_foreign";`);

    this.addSql(`alter table "family_card_record" drop constraint "family_card_record_person_id_foreign";`);

    this.addSql(`alter table "spm_case" drop constraint "spm_case_applicant_id_foreign";`);

    this.addSql(`alter table "case_beneficiary" drop constraint "case_beneficiary_person_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "spm_case" drop constraint "spm_case_registered_by_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_actor_id_foreign";`);

    this.addSql(`alter table "case_document" drop constraint "case_document_updated_by_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_recorded_by_id_foreign";`);

    this.addSql(`alter table "case_holding" drop constraint "case_holding_case_id_foreign";`);

    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign";`);

    this.addSql(`alter table "case_document" drop constraint "case_document_case_id_foreign";`);

    this.addSql(`alter table "case_beneficiary" drop constraint "case_beneficiary_case_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_case_id_foreign";`);

    this.addSql(`drop table if exists "area" cascade;`);

    this.addSql(`drop table if exists "calendar_setting" cascade;`);

    this.addSql(`drop table if exists "holiday" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "family_card_record" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "spm_case" cascade;`);

    this.addSql(`drop table if exists "case_holding" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "case_document" cascade;`);

    this.addSql(`drop table if exists "case_beneficiary" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);
  }
}
