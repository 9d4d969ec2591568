import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref, OptionalProps } from '@mikro-orm/core';
import { ESCALATION_TARGETS, type EscalationTarget } from '@posyandu-spm/core';
import { OrgUnit } from './org-unit.entity.js';
import { User } from './user.entity.js';

/** A kabupaten's escalation chain settings (its levels are {@link EscalationLevelRow}s). */
@Entity({ tableName: 'escalation_chain' })
export class EscalationChainRow {
  [OptionalProps]?: 'dueSoonWorkingDays' | 'updatedBy';

  @PrimaryKey({ type: 'string', length: 13 })
  kabupatenCode!: string;

  @Property({ type: 'smallint', default: 1 })
  dueSoonWorkingDays: number = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  updatedBy: Ref<User> | null = null;
}

/** One level of a kabupaten's escalation chain, in `position` order (1 first). */
@Entity({ tableName: 'escalation_level' })
@Unique({ properties: ['kabupatenCode', 'position'] })
export class EscalationLevelRow {
  [OptionalProps]?: 'id' | 'unit';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 13 })
  kabupatenCode!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Enum({ items: () => ESCALATION_TARGETS, type: 'string' })
  target!: EscalationTarget;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true })
  unit: Ref<OrgUnit> | null = null;

  @Property({ type: 'smallint' })
  windowWorkingDays!: number;
}
