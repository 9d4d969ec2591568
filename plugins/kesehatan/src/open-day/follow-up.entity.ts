import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { OpenDayVisit } from './open-day-visit.entity.js';

/**
 * A risk found at table 2 and the home-visit monitoring case that follows it
 * up. Unique per visit and indicator: a risk opens (or joins) a case exactly once.
 */
@Entity({ tableName: 'kesehatan_follow_up' })
export class FollowUp {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OpenDayVisit, { ref: true })
  visit!: Ref<OpenDayVisit>;

  @Property({ type: 'string', length: 40 })
  indicator!: string;

  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'text' })
  labelId!: string;

  @Property({ type: 'text' })
  labelEn!: string;

  /** The core case (`spm_case`). */
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}
