import { Migration } from '@mikro-orm/migrations';

/** A visit may find that nothing needs following up (e.g. a health monitoring visit finds the person well). */
export class Migration20261123190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "visit" drop constraint if exists "visit_recommendation_check";`);
    this.addSql(`alter table "visit" add constraint "visit_recommendation_check"
      check ("recommendation" in ('ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_FOLLOW_UP', 'NO_FOLLOW_UP_NEEDED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "visit" drop constraint if exists "visit_recommendation_check";`);
    this.addSql(`alter table "visit" add constraint "visit_recommendation_check"
      check ("recommendation" in ('ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_FOLLOW_UP'));`);
  }
}
