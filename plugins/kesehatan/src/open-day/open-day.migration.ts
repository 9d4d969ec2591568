import type { PluginMigration } from '@posyandu-spm/plugin-api';

/**
 * The open day's tables (hand-written SQL; run by the server after the core's
 * migrations). They refer to the core's `org_unit`, `person`, `app_user` and
 * `spm_case`; the core never refers to them.
 */
export const openDayMigration: PluginMigration = {
  name: '20261123210000_open_day',
  up: [
    `create table "kesehatan_open_day_session" ("id" uuid not null, "posyandu_id" uuid not null,
      "area_code" varchar(20) not null, "held_on" date not null, "status" varchar(10) not null,
      "opened_by_id" uuid not null, "opened_at" timestamptz not null, "closed_by_id" uuid null,
      "closed_at" timestamptz null, "follow_up_plan" text null, "updated_at" timestamptz not null,
      constraint "kesehatan_open_day_session_pkey" primary key ("id"),
      constraint "kesehatan_open_day_session_posyandu_day_unique" unique ("posyandu_id", "held_on"),
      constraint "kesehatan_open_day_session_posyandu_id_foreign" foreign key ("posyandu_id") references "org_unit" ("id"),
      constraint "kesehatan_open_day_session_opened_by_id_foreign" foreign key ("opened_by_id") references "app_user" ("id"),
      constraint "kesehatan_open_day_session_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id"));`,
    `create index "kesehatan_open_day_session_area_held_on_index" on "kesehatan_open_day_session" ("area_code", "held_on");`,
    `create table "kesehatan_open_day_visit" ("id" uuid not null, "session_id" uuid not null, "person_id" uuid not null,
      "guardian_id" uuid null, "queue_number" int not null, "target_group" varchar(20) not null, "sex" varchar(6) null,
      "birth_date" date null, "station" varchar(12) not null, "arrived_at" timestamptz not null,
      "updated_at" timestamptz not null, "registered_by_id" uuid not null, "recorded_in_book" boolean not null default false,
      "recording_note" text null, "services" jsonb null, "services_by_id" uuid null, "counselling_topics" jsonb null,
      "counselling_note" text null,
      constraint "kesehatan_open_day_visit_pkey" primary key ("id"),
      constraint "kesehatan_open_day_visit_session_person_unique" unique ("session_id", "person_id"),
      constraint "kesehatan_open_day_visit_session_queue_unique" unique ("session_id", "queue_number"),
      constraint "kesehatan_open_day_visit_session_id_foreign" foreign key ("session_id") references "kesehatan_open_day_session" ("id"),
      constraint "kesehatan_open_day_visit_person_id_foreign" foreign key ("person_id") references "person" ("id"),
      constraint "kesehatan_open_day_visit_guardian_id_foreign" foreign key ("guardian_id") references "person" ("id"));`,
    `create index "kesehatan_open_day_visit_person_id_index" on "kesehatan_open_day_visit" ("person_id");`,
    `create table "kesehatan_measurement" ("id" uuid not null, "visit_id" uuid not null, "measured_on" date not null,
      "age_in_days" int null, "weight_kg" double precision null, "length_cm" double precision null, "position" varchar(8) null,
      "head_circumference_cm" double precision null, "lila_cm" double precision null, "systolic" smallint null,
      "diastolic" smallint null, "oedema" boolean not null default false, "z_scores" jsonb not null,
      "risks" jsonb not null, "remeasure" boolean not null default false, "recorded_by_id" uuid not null,
      "recorded_at" timestamptz not null,
      constraint "kesehatan_measurement_pkey" primary key ("id"),
      constraint "kesehatan_measurement_visit_id_unique" unique ("visit_id"),
      constraint "kesehatan_measurement_visit_id_foreign" foreign key ("visit_id") references "kesehatan_open_day_visit" ("id"));`,
    `create table "kesehatan_follow_up" ("id" uuid not null, "visit_id" uuid not null, "indicator" varchar(40) not null,
      "code" varchar(40) not null, "label_id" text not null, "label_en" text not null, "case_id" uuid not null,
      "created_at" timestamptz not null,
      constraint "kesehatan_follow_up_pkey" primary key ("id"),
      constraint "kesehatan_follow_up_visit_indicator_unique" unique ("visit_id", "indicator"),
      constraint "kesehatan_follow_up_visit_id_foreign" foreign key ("visit_id") references "kesehatan_open_day_visit" ("id"),
      constraint "kesehatan_follow_up_case_id_foreign" foreign key ("case_id") references "spm_case" ("id"));`,
    `create index "kesehatan_follow_up_case_id_index" on "kesehatan_follow_up" ("case_id");`,
  ],
  down: [
    'drop table if exists "kesehatan_follow_up";',
    'drop table if exists "kesehatan_measurement";',
    'drop table if exists "kesehatan_open_day_visit";',
    'drop table if exists "kesehatan_open_day_session";',
  ],
};

/** A child's visit records when the parent or guardian consented (UU 27/2022 Pasal 25). */
export const guardianConsentMigration: PluginMigration = {
  name: '20261123220000_guardian_consent',
  up: [`alter table "kesehatan_open_day_visit" add column "guardian_consent_at" timestamptz null;`],
  down: [`alter table "kesehatan_open_day_visit" drop column "guardian_consent_at";`],
};
