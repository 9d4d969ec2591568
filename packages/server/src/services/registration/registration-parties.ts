import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityRows, SqlPiece } from '../../db/entity-rows.js';
import type { WriteStatement } from '../../db/write-statement.js';
import { FamilyCardRecord } from '../../entities/family-card-record.entity.js';
import { Person } from '../../entities/person.entity.js';
import type { CheckedPerson } from '../person-register.js';

/** A person the registration names: one per NIK (details merged), or one per party without a NIK. */
interface Party {
  /** The id a new row gets; a returning person keeps theirs (the statement's `people` step returns it). */
  newId: string;
  nik: string | null;
  name: string | null;
  phone: string | null;
  address: string | null;
  /** Family card numbers given for them now. */
  kkNumbers: Set<string>;
}

/** A party as `take` hands it out: its id in the statement comes from `idOf` after `writeInto`. */
export type PartyRef = object;

/**
 * The applicant and beneficiaries of a registration, written by the registration's one statement
 * with no read before it — the same rules as `upsertPerson` (services/person-register.ts): a
 * person is found by NIK or created; a returning person takes the name, phone and address given
 * now (blanks, null after the intake schema, change nothing); a family card number not on record
 * for them is recorded.
 *
 * In SQL: `insert into person … on conflict (nik) do update set name = coalesce(excluded.name,
 * person.name), … returning id, nik` (the `people` step), and everything that points at a person
 * takes its id from there. Two registrations of the same new NIK at once: the second one's insert
 * waits for the first one's commit on the unique index, then updates (and returns) the row that
 * one created, so they name the same person — where a read before the write saw no one in both
 * and the second failed. The rows go in NIK order, so two registrations naming the same people
 * lock them in the same order.
 */
export class RegistrationParties {
  private readonly byNik = new Map<string, Party>();
  private readonly all: Party[] = [];
  private readonly ids = new Map<Party, SqlPiece>();

  constructor(private readonly now: Date) {}

  /**
   * A person of the registration: one per NIK, or a new one without a NIK. Later details for the
   * same NIK win over earlier ones, blanks excepted.
   */
  take(p: CheckedPerson): PartyRef {
    let party = p.nik ? this.byNik.get(p.nik) : undefined;
    if (party) {
      party.name = p.name ?? party.name;
      party.phone = p.phone ?? party.phone;
      party.address = p.address ?? party.address;
    } else {
      party = {
        newId: randomUUID(),
        nik: p.nik,
        name: p.name,
        phone: p.phone,
        address: p.address,
        kkNumbers: new Set(),
      };
      if (p.nik) this.byNik.set(p.nik, party);
      this.all.push(party);
    }
    if (p.kkNumber) party.kkNumbers.add(p.kkNumber);
    return party;
  }

  /**
   * The `people` step (new people, and the returning ones with what this registration changes)
   * and the `family_card` step. Call after every `take` and before the steps that use their ids.
   */
  writeInto(em: EntityManager, statement: WriteStatement): void {
    if (!this.all.length) return;
    const parties = [...this.all].sort((a, b) => (a.nik ?? '').localeCompare(b.nik ?? ''));
    for (const party of parties) {
      const id = party.nik
        ? `(select id from people where nik = ${statement.param(party.nik)}::varchar)`
        : `${statement.param(party.newId)}::uuid`;
      this.ids.set(party, new SqlPiece(id));
    }
    statement.insert(
      'people',
      Person,
      parties.map((p) => ({
        id: p.newId,
        nik: p.nik,
        name: p.name,
        phone: p.phone,
        address: p.address,
        createdAt: this.now,
      })),
      'id, nik',
      `on conflict (nik) do update set name = coalesce(excluded.name, person.name),
        phone = coalesce(excluded.phone, person.phone), address = coalesce(excluded.address, person.address)`,
    );
    const cards = parties.flatMap((p) => [...p.kkNumbers].map((kk) => ({ person: this.idOf(p).sql, kk })));
    if (!cards.length) return;
    // A card already on record for the person is not recorded again: neither one this statement's
    // snapshot sees, nor one a concurrent registration of the same new NIK has just committed (the
    // unique (person_id, kk_number) index; the insert waits for that transaction, then skips).
    const { table } = EntityRows.of(em, FamilyCardRecord);
    const values = cards
      .map(
        (c) =>
          `(${statement.param(randomUUID())}::uuid, ${c.person}, ${statement.param(c.kk)}::varchar, ` +
          `${statement.param(this.now.toISOString())}::timestamptz)`,
      )
      .join(', ');
    statement.step(
      'family_card',
      `insert into ${table} (id, person_id, kk_number, first_seen_at)
        select v.id, v.person_id, v.kk_number, v.first_seen_at from (values ${values}) v (id, person_id, kk_number, first_seen_at)
        where not exists (select 1 from ${table} f where f.person_id = v.person_id and f.kk_number = v.kk_number)
        on conflict (person_id, kk_number) do nothing`,
    );
  }

  /** What yields the party's id in the statement (after `writeInto`): its row of `people`, or its new id. */
  idOf(ref: PartyRef): SqlPiece {
    const id = this.ids.get(ref as Party);
    if (!id) throw new Error('registration parties: idOf before writeInto, or not a party of this registration');
    return id;
  }
}
