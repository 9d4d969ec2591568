import { Migration } from '@mikro-orm/migrations';

/**
 * API keys for OPD systems (only a SHA-256 hash of the secret is stored; the
 * prefix identifies a key in lists and logs), and login sessions, so a token
 * can be refreshed and revoked: every request checks its session row.
 */
export class Migration20261123183100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "name" varchar(120) not null,
      "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "org_unit_id" uuid not null,
      "created_by_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null,
      "revoked_at" timestamptz null, "revoked_by_id" uuid null, "last_used_at" timestamptz null,
      constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`create index "api_key_org_unit_id_index" on "api_key" ("org_unit_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_org_unit_id_foreign"
      foreign key ("org_unit_id") references "org_unit" ("id") on update cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign"
      foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_revoked_by_id_foreign"
      foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "user_id" uuid not null,
      "created_at" timestamptz not null, "expires_at" timestamptz not null,
      "absolute_expires_at" timestamptz not null, "generation" int not null default 1,
      "previous_valid_until" timestamptz null, "refreshed_at" timestamptz null,
      "revoked_at" timestamptz null, "revoked_reason" varchar(20) null,
      constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign"
      foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "auth_session";`);
    this.addSql(`drop table if exists "api_key";`);
  }
}
