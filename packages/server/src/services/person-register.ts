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
 * them, and records a family card number not seen for them before.
 */
export async function upsertPerson(
  em: EntityManager,
  p: CheckedPerson,
  now: Date,
  /** The people already read by `peopleByNik` (then no read here); a NIK not in it is new. */
  known?: Map<string, Person>,
): Promise<Person> {
  let person: Person | null = !p.nik
    ? null
    : known
      ? (known.get(p.nik) ?? null)
      : await em.findOne(Person, { nik: p.nik }, { populate: ['familyCards'] });
  if (person) {
    if (p.name) person.name = p.name;
    if (p.phone) person.phone = p.phone;
    if (p.address) person.address = p.address;
  } else {
    person = em.create(Person, { nik: p.nik, name: p.name, phone: p.phone, address: p.address, createdAt: now });
  }
  if (p.nik && known) known.set(p.nik, person);
  const kk = p.kkNumber;
  if (kk && !person.familyCards.getItems().some((r) => r.kkNumber === kk)) {
    em.persist(em.create(FamilyCardRecord, { person, kkNumber: kk, firstSeenAt: now }));
  }
  return person;
}

/** The registered people with these NIKs (and their family cards), in one read, by NIK. */
export async function peopleByNik(em: EntityManager, niks: ReadonlyArray<string | null>): Promise<Map<string, Person>> {
  const wanted = [...new Set(niks.filter((n): n is string => Boolean(n)))];
  const found = wanted.length ? await em.find(Person, { nik: { $in: wanted } }, { populate: ['familyCards'] }) : [];
  return new Map(found.flatMap((p) => (p.nik ? [[p.nik, p] as const] : [])));
}
