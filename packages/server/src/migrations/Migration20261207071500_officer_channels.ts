import { Migration } from '@mikro-orm/migrations';

/**
 * Officers' notices over WhatsApp and SMS (issue 17 item 7): a user's mobile number and the channels
 * they chose besides the app. E-mail stays on for the users who had an address (as before); WhatsApp
 * and SMS are opt-in and need the number.
 */
export class Migration20261207071500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "phone" varchar(20) null,
      add column "notify_email" boolean not null default true,
      add column "notify_whatsapp" boolean not null default false,
      add column "notify_sms" boolean not null default false,
      add constraint "app_user_phone_channels_check" check (phone is not null or not (notify_whatsapp or notify_sms));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_phone_channels_check",
      drop column "phone", drop column "notify_email", drop column "notify_whatsapp", drop column "notify_sms";`);
  }
}
