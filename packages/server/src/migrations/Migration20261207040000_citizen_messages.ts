import { Migration } from '@mikro-orm/migrations';

/**
 * Citizen messages over WhatsApp and SMS (issue 17): the consent given at registration (channel,
 * language, when), a tracking PIN printed on the receipt of a reporter without a phone, and on the
 * outbox the template, the case and event, the provider's message id and delivery status, and the
 * instant a message was given up (shown to the admin, who may retry it).
 */
export class Migration20261207040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" add column "message_channel" varchar(10) null,
      add column "message_language" varchar(2) null, add column "message_consent_at" timestamptz null,
      add column "tracking_pin" varchar(4) null;`);
    this.addSql(`alter table "outbox_message" add column "case_id" uuid null, add column "event_id" bigint null,
      add column "kind" varchar(30) null, add column "template" jsonb null, add column "provider_message_id" varchar(200) null,
      add column "delivery_status" varchar(12) null, add column "status_at" timestamptz null,
      add column "failed_at" timestamptz null,
      add constraint "outbox_message_case_id_foreign" foreign key ("case_id") references "spm_case" ("id") on delete set null,
      add constraint "outbox_message_event_id_foreign" foreign key ("event_id") references "case_event" ("id") on delete set null;`);
    this.addSql(
      `create index "outbox_message_case_id_index" on "outbox_message" ("case_id") where "case_id" is not null;`,
    );
    this
      .addSql(`create index "outbox_message_provider_message_id_index" on "outbox_message" ("channel", "provider_message_id")
      where "provider_message_id" is not null;`);
    this.addSql(
      `create index "outbox_message_failed_index" on "outbox_message" ("failed_at") where "failed_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_message" drop column "case_id", drop column "event_id", drop column "kind",
      drop column "template", drop column "provider_message_id", drop column "delivery_status", drop column "status_at",
      drop column "failed_at";`);
    this.addSql(`alter table "spm_case" drop column "message_channel", drop column "message_language",
      drop column "message_consent_at", drop column "tracking_pin";`);
  }
}
