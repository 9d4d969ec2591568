import { Migration } from '@mikro-orm/migrations';

/**
 * Every outcome is its own counted fact (issue 14, plugin API 1.4): the two outcomes RESOLVED and
 * REJECTED become COMPLETED and DECLINED, beside SETTLED_AT_VILLAGE, WITHDRAWN and CANNOT_BE_SERVED;
 * a declined case keeps its reason code and a village settlement its kind. Closed cases and the
 * outcome recorded in their events are renamed in place, so reports count them the same as before.
 */
export class Migration20261207050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "spm_case" drop constraint if exists "spm_case_outcome_check";`);
    this.addSql(`update "spm_case" set "outcome" = 'COMPLETED' where "outcome" = 'RESOLVED';`);
    this.addSql(`update "spm_case" set "outcome" = 'DECLINED' where "outcome" = 'REJECTED';`);
    this.addSql(`alter table "spm_case" add constraint "spm_case_outcome_check"
      check ("outcome" in ('COMPLETED', 'DECLINED', 'SETTLED_AT_VILLAGE', 'WITHDRAWN', 'CANNOT_BE_SERVED'));`);
    this.addSql(`alter table "spm_case" add column "decline_reason" text null
      check ("decline_reason" in ('NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER')),
      add column "settlement_kind" text null check ("settlement_kind" in ('MUSYAWARAH', 'DIRECT_HELP'));`);
    // Existing refusals had no code: a refusal before 1.4 meant "not eligible" in every sector.
    this.addSql(`update "spm_case" set "decline_reason" = 'NOT_ELIGIBLE' where "outcome" = 'DECLINED';`);
    this.addSql(`update "case_event" set "payload" = jsonb_set("payload", '{outcome}', '"COMPLETED"')
      where "payload"->>'outcome' = 'RESOLVED';`);
    this.addSql(`update "case_event" set "payload" = jsonb_set("payload", '{outcome}', '"DECLINED"')
      where "payload"->>'outcome' = 'REJECTED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "spm_case" drop constraint if exists "spm_case_outcome_check";`);
    this.addSql(`alter table "spm_case" drop column "decline_reason", drop column "settlement_kind";`);
    this.addSql(`update "spm_case" set "outcome" = 'RESOLVED' where "outcome" in ('COMPLETED', 'SETTLED_AT_VILLAGE');`);
    this.addSql(
      `update "spm_case" set "outcome" = 'REJECTED' where "outcome" in ('DECLINED', 'WITHDRAWN', 'CANNOT_BE_SERVED');`,
    );
    this.addSql(
      `alter table "spm_case" add constraint "spm_case_outcome_check" check ("outcome" in ('RESOLVED', 'REJECTED'));`,
    );
  }
}
