import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TextType } from '../graphql/types/text.type.js';
import { CaseEvent } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { User } from './user.entity.js';

/** An in-app notification for one user, fed by case events (due soon, overdue, escalated). */
@ObjectType('Notification')
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'createdAt'] })
export class Notification {
  [OptionalProps]?: 'id' | 'readAt' | 'createdAt' | 'event';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  /** The case event that caused it, written in the same transaction. */
  @ManyToOne(() => CaseEvent, { ref: true, nullable: true })
  event: Ref<CaseEvent> | null = null;

  @Field(() => String, {
    description: 'DEADLINE_DUE_SOON, DEADLINE_OVERDUE, ESCALATED or REPORTER_ACCESS_GRANTED',
  })
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => TextType)
  @Property({ type: 'json' })
  message!: { id: string; en: string };

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  readAt: Date | null = null;
}
