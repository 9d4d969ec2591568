import { randomUUID } from 'node:crypto';
import { Collection, Entity, OneToMany, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { FamilyCardRecord } from './family-card-record.entity.js';

/**
 * A citizen: an applicant, a beneficiary or a reporter. The NIK never changes
 * and is never matched against the current address. Exposed through
 * `CaseParty` only, so the policy can mask it.
 */
@Entity({ tableName: 'person' })
export class Person {
  [OptionalProps]?: 'id' | 'name' | 'nik' | 'phone' | 'address' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** 16 digits; unique when known (a neglected child may have none yet). */
  @Property({ type: 'string', length: 16, nullable: true, unique: true })
  nik: string | null = null;

  /** Null when a reporter withheld it (allowed only where the sector's plugin says so). */
  @Property({ type: 'string', length: 160, nullable: true })
  name: string | null = null;

  /** Normalised to +62…. */
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** Family card numbers over time: a KK changes with moves, divorce, the death of the head. */
  @OneToMany(() => FamilyCardRecord, (r) => r.person)
  familyCards = new Collection<FamilyCardRecord>(this);
}
