import { Migration } from '@mikro-orm/migrations';

/**
 * Receipts of keyed case changes (performAction, recordVisit, attachDocument with an
 * `idempotencyKey`): a phone's outbox may send a change again after a lost reply, and
 * the receipt, written in the change's own transaction, makes the replay change nothing.
 */
export class Migration20261206230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "mutation_receipt" ("user_id" uuid not null, "idempotency_key" varchar(100) not null, "operation" varchar(40) not null, "fingerprint" varchar(64) not null, "case_id" uuid not null, "created_at" timestamptz not null, constraint "mutation_receipt_pkey" primary key ("user_id", "idempotency_key"));`,
    );
    this.addSql(`create index "mutation_receipt_created_at_index" on "mutation_receipt" ("user_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mutation_receipt";`);
  }
}
