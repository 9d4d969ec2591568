import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique, OptionalProps } from '@mikro-orm/core';
import { HOLIDAY_KINDS, type HolidayKind } from '@posyandu-spm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { HolidayKindEnum } from '../enums.js';

/**
 * A day off, as data with its legal basis: national holidays and cuti bersama
 * from the yearly joint decree, and regional holidays an admin adds for an area.
 */
@ObjectType('Holiday')
@Entity({ tableName: 'holiday' })
@Unique({ properties: ['date', 'areaCode', 'kind'] })
export class Holiday {
  [OptionalProps]?: 'id' | 'areaCode';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Local date, YYYY-MM-DD' })
  @Index()
  @Property({ type: 'date' })
  date!: string;

  @Field(() => HolidayKindEnum)
  @Enum({ items: () => HOLIDAY_KINDS, type: 'string' })
  kind!: HolidayKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  nameId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { description: 'The decree that sets the day' })
  @Property({ type: 'string', length: 400 })
  legalBasis!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a regional holiday: the area it applies in',
  })
  @Property({ type: 'string', length: 13, nullable: true })
  areaCode: string | null = null;
}
