import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { OpenDayVisit } from './open-day-visit.entity.js';
import type { StoredZScore, VisitRisk } from './visit-risks.js';

/** Table 2: what was weighed and measured, and what it means (z-scores, risks), for one visit. */
@Entity({ tableName: 'kesehatan_measurement' })
export class Measurement {
  [OptionalProps]?: 'id' | 'oedema' | 'remeasure';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => OpenDayVisit, { ref: true, owner: true, unique: true })
  visit!: Ref<OpenDayVisit>;

  @Property({ type: 'string', columnType: 'date' })
  measuredOn!: string;

  /** Set for a child under 60 months (the WHO tables' age). */
  @Property({ type: 'integer', nullable: true })
  ageInDays!: number | null;

  @Property({ type: 'float', columnType: 'double precision', nullable: true })
  weightKg!: number | null;

  @Property({ type: 'float', columnType: 'double precision', nullable: true })
  lengthCm!: number | null;

  @Property({ type: 'string', length: 8, nullable: true })
  position!: 'lying' | 'standing' | null;

  @Property({ type: 'float', columnType: 'double precision', nullable: true })
  headCircumferenceCm!: number | null;

  @Property({ type: 'float', columnType: 'double precision', nullable: true })
  lilaCm!: number | null;

  @Property({ type: 'smallint', nullable: true })
  systolic!: number | null;

  @Property({ type: 'smallint', nullable: true })
  diastolic!: number | null;

  @Property({ type: 'boolean' })
  oedema: boolean = false;

  @Property({ type: 'json' })
  zScores!: StoredZScore[];

  @Property({ type: 'json' })
  risks!: VisitRisk[];

  /** A z-score WHO flags as implausible: measure again before acting. */
  @Property({ type: 'boolean' })
  remeasure: boolean = false;

  @Property({ type: 'uuid' })
  recordedById!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;
}
