import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { Person } from './person.entity.js';

/** Someone the request is for, when not the applicant (e.g. the child who goes to school). */
@Entity({ tableName: 'case_beneficiary' })
export class CaseBeneficiary {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @ManyToOne(() => Person, { ref: true })
  person!: Ref<Person>;

  /** e.g. "anak", "orang tua". */
  @Property({ type: 'string', length: 60 })
  relation!: string;
}
