import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A message waiting for a gateway (e-mail now; SMS and WhatsApp channels plug in
 * the same way). Written in the transaction that decided to send it, delivered
 * afterwards with retries, so a gateway outage delays a message but never loses it.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?: 'id' | 'attempts' | 'lastError' | 'sentAt' | 'lockedUntil' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The channel id, e.g. `email`. */
  @Property({ type: 'string', length: 20 })
  channel!: string;

  @Property({ type: 'string', length: 320 })
  recipient!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** Not before this instant: reminders go out in working hours, retries back off. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  deliverAfter!: Date;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** Claimed by a sender until then; another instance takes it over after a crash. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
