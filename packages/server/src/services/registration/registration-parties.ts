import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RegistrationValues } from '@posyandu-spm/core/intake';
import type { EntityValues } from '../../db/entity-rows.js';
import { sendStatement, type WriteStatement } from '../../db/write-statement.js';
import { FamilyCardRecord } from '../../entities/family-card-record.entity.js';
import { Person } from '../../entities/person.entity.js';
import type { CheckedPerson } from '../person-register.js';

/** A person as registration knows them: read by NIK, or new. */
interface Party {
  id: string;
  nik: string | null;
  name: string | null;
  phone: string | null;
  address: string | null;
  /** Family card numbers on record for them (with those added now). */
  kkNumbers: Set<string>;
  isNew: boolean;
  /** Of a known person: what this registration changes (name, phone, address). */
  changed: Partial<Record<'name' | 'phone' | 'address', string>>;
}

const PEOPLE_BY_NIK = `select p.id, p.nik, p.name, p.phone, p.address,
  array(select f.kk_number from family_card_record f where f.person_id = p.id) as kk_numbers
  from person p where p.nik = any($1::text[])`;

/**
 * The applicant and beneficiaries of a registration, found by NIK (one read) or new, with what
 * the registration changes about them — the same rules as `upsertPerson` (services/person-register.ts):
 * a returning person takes the name, phone and address given now (blanks change nothing), and a
 * family card number not seen for them before is recorded. The rows are written by the
 * registration's one statement (`writeInto`).
 */
export class RegistrationParties {
  private readonly byNik = new Map<string, Party>();
  private readonly all: Party[] = [];
  private readonly familyCards: EntityValues<FamilyCardRecord>[] = [];

  private constructor(private readonly now: Date) {}

  static async read(em: EntityManager, form: RegistrationValues, now: Date): Promise<RegistrationParties> {
    const parties = new RegistrationParties(now);
    const niks = [...new Set([form.applicant.nik, ...form.beneficiaries.map((b) => b.nik)].filter(Boolean))];
    if (niks.length) {
      const rows = await sendStatement<Omit<Party, 'kkNumbers' | 'isNew' | 'changed'> & { kk_numbers: string[] }>(
        em,
        PEOPLE_BY_NIK,
        [niks],
      );
      for (const { kk_numbers, ...person } of rows) {
        const party: Party = { ...person, kkNumbers: new Set(kk_numbers), isNew: false, changed: {} };
        parties.byNik.set(party.nik as string, party);
        parties.all.push(party);
      }
    }
    return parties;
  }

  /** The person's id: a returning one (updated with what is given now) or a new one. */
  take(p: CheckedPerson): string {
    let party = p.nik ? this.byNik.get(p.nik) : undefined;
    if (party) {
      for (const field of ['name', 'phone', 'address'] as const) {
        const given = p[field];
        if (given && given !== party[field]) {
          party[field] = given;
          if (!party.isNew) party.changed[field] = given;
        }
      }
    } else {
      party = {
        id: randomUUID(),
        nik: p.nik,
        name: p.name,
        phone: p.phone,
        address: p.address,
        kkNumbers: new Set(),
        isNew: true,
        changed: {},
      };
      if (p.nik) this.byNik.set(p.nik, party);
      this.all.push(party);
    }
    if (p.kkNumber && !party.kkNumbers.has(p.kkNumber)) {
      party.kkNumbers.add(p.kkNumber);
      this.familyCards.push({ id: randomUUID(), person: party.id, kkNumber: p.kkNumber, firstSeenAt: this.now });
    }
    return party.id;
  }

  /** New people, changes to returning ones, new family card numbers: steps of the registration's statement. */
  writeInto(statement: WriteStatement): void {
    const created = this.all.filter((p) => p.isNew);
    statement.insert(
      'new_person',
      Person,
      created.map((p) => ({
        id: p.id,
        nik: p.nik,
        name: p.name,
        phone: p.phone,
        address: p.address,
        createdAt: this.now,
      })),
    );
    for (const [i, p] of this.all.entries()) {
      if (!p.isNew) statement.update(`person_${i}`, Person, p.id, p.changed);
    }
    statement.insert('family_card', FamilyCardRecord, this.familyCards);
  }
}
