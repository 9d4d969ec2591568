import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { VISIT_KINDS } from '@posyandu-spm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { VISIT_RECOMMENDATIONS, VisitKindEnum, VisitRecommendationEnum, type VisitRecommendation } from '../enums.js';
import { Case } from './case.entity.js';
import { User } from './user.entity.js';

/** A home (kunjungan rumah) or field (kunjungan lapangan) visit. */
@ObjectType('Visit', { description: 'A home or field visit' })
@Entity({ tableName: 'visit' })
export class Visit {
  [OptionalProps]?: 'id' | 'recordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => VisitKindEnum)
  @Enum({ items: () => VISIT_KINDS, type: 'string' })
  kind!: 'HOME' | 'FIELD';

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  visitedAt!: Date;

  /** Who went, e.g. "Kader Sri, Kasi Kesra Desa Gombang". */
  @Field(() => String)
  @Property({ type: 'text' })
  participants!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => VisitRecommendationEnum)
  @Enum({ items: () => VISIT_RECOMMENDATIONS, type: 'string' })
  recommendation!: VisitRecommendation;

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt: Date = new Date();
}
