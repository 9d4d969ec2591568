import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  OptionalProps,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { FactValue } from '@posyandu-spm/core/intake';
import {
  CASE_OUTCOMES,
  DECLINE_REASONS,
  SETTLEMENT_KINDS,
  type CaseOutcome,
  type DeclineReason,
  type SettlementKind,
} from '@posyandu-spm/core';
import { CaseOutcomeEnum, DeclineReasonEnum, SettlementKindEnum } from '../enums.js';
import { Area } from './area.entity.js';
import { CaseBeneficiary } from './case-beneficiary.entity.js';
import { CaseDocument } from './case-document.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseHolding } from './case-holding.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Person } from './person.entity.js';
import { User } from './user.entity.js';
import { Visit } from './visit.entity.js';

/** A note for officers attached to a case, e.g. `PRIOR_CASE` with the earlier case's code in the message. */
export interface CaseWarning {
  code: string;
  message: { id: string; en: string };
}

/** One reader's time-limited access to a confidential reporter's identity. */
export interface ReporterAccessGrant {
  userId: string;
  /** ISO instant the access ends. */
  until: string;
}

export const CITIZEN_CHANNELS = ['WHATSAPP', 'SMS'] as const;
export type CitizenChannel = (typeof CITIZEN_CHANNELS)[number];
export const CITIZEN_LANGUAGES = ['id', 'en'] as const;
export type CitizenLanguage = (typeof CITIZEN_LANGUAGES)[number];

/**
 * A request (permohonan) or complaint (pengaduan) of one sector. Exposed through
 * the CaseResolver's field resolvers, which go through the access policy.
 */
@ObjectType('Case', { description: 'A request (permohonan) or complaint (pengaduan)' })
@Entity({ tableName: 'spm_case' })
@Index({ properties: ['registeredAt', 'id'] })
export class Case {
  [OptionalProps]?:
    | 'id'
    | 'reporterAccess'
    | 'dusun'
    | 'rw'
    | 'rt'
    | 'facts'
    | 'warnings'
    | 'contactPhone'
    | 'messageChannel'
    | 'messageLanguage'
    | 'messageConsentAt'
    | 'trackingPin'
    | 'confidentialReporter'
    | 'heldByUnitIds'
    | 'registeredAt'
    | 'workingDays'
    | 'clockPausedAt'
    | 'remainingWorkingDays'
    | 'closedAt'
    | 'outcome'
    | 'declineReason'
    | 'settlementKind'
    | 'settledBy'
    | 'updatedAt'
    | 'version'
    | 'changeXid'
    | 'closedOnTime'
    | 'deadlineNotice'
    | 'escalatedTo'
    | 'escalationLevel'
    | 'idempotencyKey'
    | 'idempotencyFingerprint'
    | 'spmService'
    | 'penerima'
    | 'registeredOn'
    | 'workingDaysTaken';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Public tracking code given to the citizen. */
  @Field(() => String, { description: 'Public tracking code, e.g. SPM-7K2M-QX9D' })
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Index()
  @Property({ type: 'string', length: 60 })
  sectorId!: string;

  @Property({ type: 'string', length: 60 })
  serviceTypeId!: string;

  /** The workflow state id of the sector's plugin. */
  @Field(() => String, { description: 'Workflow state id of the sector' })
  @Index()
  @Property({ type: 'string', length: 60 })
  status!: string;

  /** The desa/kelurahan of the case. */
  @ManyToOne(() => Area, { ref: true, fieldName: 'area_code', index: true })
  area!: Ref<Area>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  dusun: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 3, nullable: true })
  rw: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 3, nullable: true })
  rt: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  /** Answers to the service type's intake questions, validated against the plugin. */
  @Property({ type: 'json' })
  facts: Record<string, FactValue> = {};

  /**
   * What officers should know before acting, found at registration (e.g.
   * MAY_BE_DISREGARDED, PRIOR_CASE); never blocks the case.
   */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  warnings: CaseWarning[] = [];

  @ManyToOne(() => Person, { ref: true })
  applicant!: Ref<Person>;

  /** Contact number given at registration (+62…); its last 4 digits let the citizen track the case. */
  @Property({ type: 'string', length: 20, nullable: true })
  contactPhone: string | null = null;

  /** The channel the citizen agreed to be told on (receipt, status changes, outcome); null: no consent. */
  @Property({ type: 'string', length: 10, nullable: true })
  messageChannel: CitizenChannel | null = null;

  /** The language of the citizen's messages. */
  @Property({ type: 'string', length: 2, nullable: true })
  messageLanguage: CitizenLanguage | null = null;

  /** When the citizen gave that consent (at registration). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  messageConsentAt: Date | null = null;

  /** For a reporter without a phone: 4 digits printed on the receipt that stand in for the phone's last 4 at /lacak. */
  @Property({ type: 'string', length: 4, nullable: true })
  trackingPin: string | null = null;

  @Property({ type: 'boolean' })
  confidentialReporter: boolean = false;

  /**
   * Time-limited access to the confidential reporter's identity, asked for with a reason by a
   * reader who does not see it by role (DESIGN §8); expired grants are pruned on the next request.
   * The reason and the grant are on the timeline (REPORTER_ACCESS_GRANTED) and in the audit log.
   */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  reporterAccess: ReporterAccessGrant[] = [];

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  originUnit!: Ref<OrgUnit>;

  @ManyToOne(() => OrgUnit, { ref: true, index: true })
  holder!: Ref<OrgUnit>;

  /** Every unit that has held the case, for "routed to it now or before" access. */
  @Index({ type: 'gin' })
  @Property({ type: 'array', columnType: 'uuid[]' })
  heldByUnitIds: string[] = [];

  @ManyToOne(() => User, { ref: true })
  registeredBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  registeredAt: Date = new Date();

  /**
   * The registering user's idempotency key (unique per user, by a partial unique
   * index): a retry with the same key returns this case instead of a second one.
   */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** SHA-256 of the registration input, to tell a retry from a different request reusing the key. */
  @Property({ type: 'string', length: 64, nullable: true })
  idempotencyFingerprint: string | null = null;

  /** Working days the service standard allows (5 hari kerja). */
  @Property({ type: 'smallint' })
  workingDays: number = 5;

  /**
   * The clock runs `clockDays` working days after the local date `clockStartDate`:
   * the registration day at first, the resume day after a pause. Kept so that a
   * holiday change can recompute `dueAt` exactly.
   */
  @Property({ type: 'date' })
  clockStartDate!: string;

  @Property({ type: 'smallint' })
  clockDays!: number;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  clockPausedAt: Date | null = null;

  @Property({ type: 'smallint', nullable: true })
  remainingWorkingDays: number | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'How the case ended, once closed' })
  @Enum({ items: () => CASE_OUTCOMES, type: 'string', nullable: true })
  outcome: CaseOutcome | null = null;

  @Field(() => DeclineReasonEnum, { nullable: true, description: 'Why it was declined (outcome DECLINED)' })
  @Enum({ items: () => DECLINE_REASONS, type: 'string', nullable: true })
  declineReason: DeclineReason | null = null;

  @Field(() => SettlementKindEnum, {
    nullable: true,
    description: 'How it was settled at village level (outcome SETTLED_AT_VILLAGE)',
  })
  @Enum({ items: () => SETTLEMENT_KINDS, type: 'string', nullable: true })
  settlementKind: SettlementKind | null = null;

  /** Set on closing: whether the case was answered by its due time (MET) or not (MISSED). */
  @Property({ type: 'boolean', nullable: true })
  closedOnTime: boolean | null = null;

  /**
   * The deadline transitions already announced (NONE → DUE_SOON → OVERDUE), so
   * the clock fires each exactly once, whichever instance runs it.
   */
  @Property({ type: 'string', length: 10, default: 'NONE' })
  deadlineNotice: 'NONE' | 'DUE_SOON' | 'OVERDUE' = 'NONE';

  /**
   * How many levels of the kabupaten's escalation chain were told (0: none yet). The deadline
   * sweep keeps it; a new due date or another holder starts the chain again.
   */
  @Property({ type: 'smallint', default: 0 })
  escalationLevel: number = 0;

  /** The unit of the last escalation level told; it sees the case in its queue. */
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true })
  escalatedTo: Ref<OrgUnit> | null = null;

  /**
   * The jenis pelayanan dasar and penerima the case counts toward in the SPM report, from its
   * service type's mapping and answers at registration (plugin API 1.5); null when not mapped.
   */
  @Property({ type: 'string', length: 60, nullable: true })
  spmService: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  penerima: string | null = null;

  /** The local date of registration: the report's period and month. */
  @Property({ type: 'date', nullable: true })
  registeredOn: string | null = null;

  /** Set on closing: working days from the registration day to the closing day (the report's median and p90). */
  @Property({ type: 'smallint', nullable: true })
  workingDaysTaken: number | null = null;

  /** The unit that settled the case: reports count where cases were settled. */
  @ManyToOne(() => OrgUnit, { ref: true, nullable: true })
  settledBy: Ref<OrgUnit> | null = null;

  @Field(() => Date)
  /** Set by every change through touchCase (services/case-work.ts), which also makes the version move. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Pass it back as expectedVersion when changing the case' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  /**
   * The transaction that last changed the case (set by a trigger, never by the ORM): integrators
   * poll changes in commit-safe order with `updatedSince` (services/case-list-order.ts).
   */
  @Property({
    type: 'string',
    columnType: 'xid8',
    defaultRaw: 'pg_current_xact_id()',
    persist: false,
    lazy: true,
  })
  changeXid?: string;

  // spm_case.returned_count (how many times the case was returned as not the holder's competence)
  // is kept by the case_event trigger for the SPM recap's rollup (migration 20261207090000) and read
  // only in SQL. It is deliberately not a property: a second lazy `persist: false` property made
  // MikroORM drop `changeXid` from `populate: ['changeXid']`, and `updatedSince` paging broke.

  @OneToMany(() => CaseDocument, (d) => d.case, { orderBy: { code: 'asc' } })
  documents = new Collection<CaseDocument>(this);

  @OneToMany(() => CaseBeneficiary, (b) => b.case)
  beneficiaries = new Collection<CaseBeneficiary>(this);

  @OneToMany(() => Visit, (v) => v.case, { orderBy: { visitedAt: 'asc' } })
  visits = new Collection<Visit>(this);

  @OneToMany(() => CaseHolding, (h) => h.case, { orderBy: { since: 'asc', id: 'asc' } })
  holdings = new Collection<CaseHolding>(this);

  @OneToMany(() => CaseEvent, (e) => e.case, { orderBy: { id: 'asc' } })
  events = new Collection<CaseEvent>(this);
}
