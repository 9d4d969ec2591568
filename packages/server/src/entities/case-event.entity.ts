import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { ApiKey } from '../security/api-key.entity.js';
import { User } from './user.entity.js';

export const CASE_EVENT_TYPES = [
  'REGISTERED',
  'ACTION_TAKEN',
  'RETURNED',
  'DOCUMENT_ATTACHED',
  'DOCUMENT_REVIEWED',
  'VISIT_RECORDED',
  'DEADLINE_RECOMPUTED',
  'DEADLINE_DUE_SOON',
  'DEADLINE_OVERDUE',
  /** A warning was added after registration (e.g. the family's other request was granted meanwhile). */
  'WARNING_ADDED',
  /** A reader was given time-limited access to the confidential reporter's identity (reason in `reason`). */
  'REPORTER_ACCESS_GRANTED',
  /** A level of the kabupaten's escalation chain was told (payload: level, unitId, unitName, reached). */
  'ESCALATED',
  /** The SPM coordinator gave an escalated case to another unit (reason in `reason`). */
  'ESCALATION_REASSIGNED',
  /** The SPM coordinator set a new due date (reason in `reason`; payload: fromDueAt, dueAt). */
  'DUE_DATE_SET',
  /** The SPM coordinator took the case up with the holding unit (what was agreed in `note`). */
  'ESCALATION_TAKEN_UP',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * Every change of a case, append-only, written in the same transaction as the
 * change. It feeds the timeline, subscriptions, audit and reports. `payload`
 * holds no personal data, so an event can be shown to anyone who can read the case.
 */
@Entity({ tableName: 'case_event' })
@Index({ properties: ['case', 'id'] })
export class CaseEvent {
  [OptionalProps]?:
    | 'id'
    | 'action'
    | 'fromStatus'
    | 'toStatus'
    | 'holder'
    | 'actor'
    | 'apiKey'
    | 'reason'
    | 'note'
    | 'payload'
    | 'occurredAt'
    | 'txId';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  @Property({ type: 'string', length: 40 })
  type!: CaseEventType;

  @Property({ type: 'string', length: 60, nullable: true })
  action: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  fromStatus: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  toStatus: string | null = null;

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true })
  holder: Ref<OrgUnit> | null = null;

  /** Null for the system (e.g. deadline recomputation); for an API key, the person who made the key. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  actor: Ref<User> | null = null;

  /** The API key (an OPD's system) that took the step, when one did. */
  @ManyToOne(() => ApiKey, { ref: true, nullable: true, deleteRule: 'set null' })
  apiKey: Ref<ApiKey> | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date = new Date();

  /** The writing transaction's id: events are read in commit-safe order by it (see docs/architecture.md). */
  @Property({
    type: 'string',
    columnType: 'xid8',
    defaultRaw: 'pg_current_xact_id()',
    persist: false,
    lazy: true,
  })
  txId?: string;
}
