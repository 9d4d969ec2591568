import { Migration } from '@mikro-orm/migrations';

/**
 * An officer's consent to notices by WhatsApp or SMS (issue 17 item 7): which channels, to which
 * number, when, and who recorded it (the officer on /profil, or their admin with the officer's
 * consent). WhatsApp or SMS may be on only with a consent on record. Users who opted in before
 * consents were recorded keep their choice, marked as such (`source: BEFORE_RECORDING`).
 */
export class Migration20261207123000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "message_consent" jsonb null;`);
    this.addSql(`update "app_user" set "message_consent" = jsonb_build_object(
        'channels', to_jsonb(array_remove(array[case when notify_whatsapp then 'WHATSAPP' end, case when notify_sms then 'SMS' end], null)),
        'phone', phone,
        'givenAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'recordedById', null,
        'recordedByName', null,
        'source', 'BEFORE_RECORDING')
      where notify_whatsapp or notify_sms;`);
    this.addSql(`alter table "app_user" add constraint "app_user_message_consent_check"
      check (message_consent is not null or not (notify_whatsapp or notify_sms));`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "app_user" drop constraint "app_user_message_consent_check", drop column "message_consent";`,
    );
  }
}
