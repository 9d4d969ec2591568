import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps, Unique } from '@mikro-orm/core';
import { Person } from './person.entity.js';

/** One family card (KK) number a person held, from when it was first seen here; once per person. */
@Entity({ tableName: 'family_card_record' })
@Unique({ properties: ['person', 'kkNumber'] })
export class FamilyCardRecord {
  [OptionalProps]?: 'id' | 'firstSeenAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Property({ type: 'string', length: 16, index: true })
  kkNumber!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  firstSeenAt: Date = new Date();
}
