import { Entity, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

/**
 * A year whose joint decree (SKB 3 Menteri) on national holidays and cuti bersama
 * is loaded into the holiday table. Deadlines counting days of a year without a
 * row here are provisional: they know only the fixed-date national holidays and
 * the regional ones (DESIGN §7).
 */
@ObjectType('CalendarYear', { description: 'A year whose SKB 3 Menteri (national holidays, cuti bersama) is loaded' })
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  [PrimaryKeyProp]?: 'year';
  [OptionalProps]?: 'loadedBy';

  @Field(() => Int)
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Field(() => String, {
    description: 'The decree, e.g. "SKB 3 Menteri 2026: Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025"',
  })
  @Property({ type: 'string', length: 400 })
  legalBasis!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  loadedAt!: Date;

  /** The admin who marked it loaded; null when it shipped with posyandu-spm. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  loadedBy: Ref<User> | null = null;
}
