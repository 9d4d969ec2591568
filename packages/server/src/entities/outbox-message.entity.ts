import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { CaseEvent } from './case-event.entity.js';
import { Case } from './case.entity.js';

/** A provider template (WhatsApp Business message templates): its name, language and body parameters in order. */
export interface MessageTemplate {
  name: string;
  language: string;
  params: string[];
}

/** What the provider last said about a message: accepted, then sent, delivered, read — or failed. */
export type DeliveryStatus = 'ACCEPTED' | 'SENT' | 'DELIVERED' | 'READ' | 'FAILED';

/**
 * A message waiting for a gateway (e-mail, WhatsApp, SMS). Written in the transaction that decided
 * to send it, delivered afterwards with retries, so a gateway outage delays a message but never
 * loses it; after the last retry (or a provider's final refusal) it is given up and shown to the
 * admin, who may send it again.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  [OptionalProps]?:
    | 'id'
    | 'attempts'
    | 'lastError'
    | 'sentAt'
    | 'lockedUntil'
    | 'createdAt'
    | 'case'
    | 'event'
    | 'kind'
    | 'template'
    | 'providerMessageId'
    | 'deliveryStatus'
    | 'statusAt'
    | 'failedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The channel id, e.g. `email`, `whatsapp`, `sms`. */
  @Property({ type: 'string', length: 20 })
  channel!: string;

  @Property({ type: 'string', length: 320 })
  recipient!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  /** The text as sent by e-mail or SMS (and the WhatsApp template's text, for the admin). */
  @Property({ type: 'text' })
  body!: string;

  /** The citizen's case this message is about, when it is one. */
  @ManyToOne(() => Case, { ref: true, nullable: true, deleteRule: 'set null' })
  case: Ref<Case> | null = null;

  /** The case event that caused it: messages of one case go out in the order of its events. */
  @ManyToOne(() => CaseEvent, { ref: true, nullable: true, fieldName: 'event_id', deleteRule: 'set null' })
  event: Ref<CaseEvent> | null = null;

  /** What the message says: `CITIZEN_RECEIPT`, `CITIZEN_STATUS`, `CITIZEN_OUTCOME`; null for officers' e-mails. */
  @Property({ type: 'string', length: 30, nullable: true })
  kind: string | null = null;

  @Property({ type: 'json', nullable: true })
  template: MessageTemplate | null = null;

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

  /** The provider's id for the message (WhatsApp `wamid…`, the SMS gateway's id): its status callbacks name it. */
  @Property({ type: 'string', length: 200, nullable: true })
  providerMessageId: string | null = null;

  @Property({ type: 'string', length: 12, nullable: true })
  deliveryStatus: DeliveryStatus | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  statusAt: Date | null = null;

  /** Given up: the retries ran out or the provider refused it for good. The admin sees it and may retry. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  failedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
