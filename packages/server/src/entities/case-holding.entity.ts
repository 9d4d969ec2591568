import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { OrgUnit } from './org-unit.entity.js';

/**
 * A stretch of time one org unit held a case. The history lets a case be
 * returned (bukan wewenang) to whoever sent it, and reports show who used the time.
 */
@Entity({ tableName: 'case_holding' })
export class CaseHolding {
  [OptionalProps]?: 'id' | 'receivedFrom' | 'since' | 'until';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @ManyToOne(() => OrgUnit, { ref: true })
  orgUnit!: Ref<OrgUnit>;

  /**
   * The workflow state before the step that handed the case to this unit: a
   * unit that returns the case (bukan wewenang) puts it back in this state.
   */
  @Property({ type: 'string', length: 60 })
  statusBefore!: string;

  /** Who handed the case over; a return (bukan wewenang) goes back there. Null for the origin. */
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true })
  receivedFrom: Ref<OrgUnit> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  since: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  until: Date | null = null;
}
