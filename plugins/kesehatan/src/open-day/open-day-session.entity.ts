import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export const SESSION_STATUSES = ['OPEN', 'CLOSED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** One open day (hari buka) of one Posyandu: opened and closed by its kader. */
@Entity({ tableName: 'kesehatan_open_day_session' })
export class OpenDaySession {
  [OptionalProps]?: 'id' | 'status' | 'closedById' | 'closedAt' | 'followUpPlan';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The Posyandu (core `org_unit`). */
  @Property({ type: 'uuid' })
  posyanduId!: string;

  /** The Posyandu's desa: what the access policy reads. */
  @Property({ type: 'string', length: 20 })
  areaCode!: string;

  /** Local date `YYYY-MM-DD`. */
  @Property({ type: 'string', columnType: 'date' })
  heldOn!: string;

  @Property({ type: 'string', length: 10 })
  status: SessionStatus = 'OPEN';

  @Property({ type: 'uuid' })
  openedById!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  closedById: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** The follow-up plan (rencana tindak lanjut, RTL) the kader draw up after the day. */
  @Property({ type: 'text', nullable: true })
  followUpPlan: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;
}
