import type { EntityManager } from '@mikro-orm/postgresql';
import { FamilyCardRecord } from '../entities/family-card-record.entity.js';
import { Person } from '../entities/person.entity.js';

/** A person's checked details (core/intake person schemas): blanks are null. */
export interface CheckedPerson {
  nik: string | null;
  name: string | null;
  phone: string | null;
  address: string | null;
  kkNumber: string | null;
}

/**
 * Finds the returning person by NIK (updating what they told us now) or creates
 * them, and records a family card number not seen for them before. (Registration
 * applies the same rules to its parties in its one statement: registration/registration-parties.ts.)
 */
export async function upsertPerson(em: EntityManager, p: CheckedPerson, now: Date): Promise<Person> {
  let person: Person | null = !p.nik ? null : await em.findOne(Person, { nik: p.nik }, { populate: ['familyCards'] });
  if (person) {
    if (p.name) person.name = p.name;
    if (p.phone) person.phone = p.phone;
    if (p.address) person.address = p.address;
  } else {
    person = em.create(Person, { nik: p.nik, name: p.name, phone: p.phone, address: p.address, createdAt: now });
  }
  const kk = p.kkNumber;
  if (kk && !person.familyCards.getItems().some((r) => r.kkNumber === kk)) {
    em.persist(em.create(FamilyCardRecord, { person, kkNumber: kk, firstSeenAt: now }));
  }
  return person;
}
