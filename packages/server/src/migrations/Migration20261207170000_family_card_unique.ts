import { Migration } from '@mikro-orm/migrations';

/**
 * A family card (KK) number is on record once per person. Registration writes people and their
 * cards in one statement with no read before it (services/registration/registration-parties.ts);
 * two registrations of the same new NIK with the same card at once each saw no card in their
 * snapshot and both recorded it. Duplicates already written are folded into the first one seen,
 * and the unique index lets the insert skip a card another transaction has just recorded.
 */
export class Migration20261207170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "family_card_record" f using "family_card_record" g
      where f.person_id = g.person_id and f.kk_number = g.kk_number
        and (f.first_seen_at, f.id) > (g.first_seen_at, g.id);`);
    this.addSql(`alter table "family_card_record"
      add constraint "family_card_record_person_id_kk_number_unique" unique ("person_id", "kk_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "family_card_record" drop constraint "family_card_record_person_id_kk_number_unique";`);
  }
}
