import { Migration } from '@mikro-orm/migrations';

/**
 * `registerCase` idempotency keys, unique per registering user, so a kader's
 * retry after a dropped connection finds the case the first attempt created;
 * and the counters of the request rate limits, shared by every API instance.
 */
export class Migration20261123180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "spm_case" add column "idempotency_fingerprint" varchar(64) null;`);
    this.addSql(
      `create unique index "spm_case_registered_by_idempotency_key_unique" on "spm_case" ("registered_by_id", "idempotency_key") where "idempotency_key" is not null;`,
    );
    this.addSql(
      `create table "rate_limit_counter" ("bucket" varchar(200) not null, "window_start" timestamptz not null, "hits" integer not null, "expires_at" timestamptz not null, constraint "rate_limit_counter_pkey" primary key ("bucket", "window_start"));`,
    );
    this.addSql(`create index "rate_limit_counter_expires_at_index" on "rate_limit_counter" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_counter";`);
    this.addSql(`drop index if exists "spm_case_registered_by_idempotency_key_unique";`);
    this.addSql(`alter table "spm_case" drop column "idempotency_fingerprint";`);
    this.addSql(`alter table "spm_case" drop column "idempotency_key";`);
  }
}
