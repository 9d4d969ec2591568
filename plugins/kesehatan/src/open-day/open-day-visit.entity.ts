import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { TargetGroup } from '../target-groups.js';
import { OpenDaySession } from './open-day-session.entity.js';

/** The five tables of the deck (meja 1–5), then done. */
export const STATIONS = ['REGISTRATION', 'MEASUREMENT', 'RECORDING', 'SERVICE', 'COUNSELLING', 'DONE'] as const;
export type Station = (typeof STATIONS)[number];

/** What the health workers gave at table 4. */
export interface HealthServices {
  immunizations: string[];
  vitaminA: boolean;
  supplementaryFeeding: boolean;
  ironTablets: boolean;
  note: string | null;
}

/** One person's passage through the five tables on one open day. */
@Entity({ tableName: 'kesehatan_open_day_visit' })
export class OpenDayVisit {
  [OptionalProps]?:
    | 'id'
    | 'guardianId'
    | 'sex'
    | 'birthDate'
    | 'recordedInBook'
    | 'recordingNote'
    | 'services'
    | 'servicesById'
    | 'counsellingTopics'
    | 'counsellingNote'
    | 'guardianConsentAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OpenDaySession, { ref: true })
  session!: Ref<OpenDaySession>;

  /** The visitor (core `person`). */
  @Property({ type: 'uuid' })
  personId!: string;

  /** A child's parent or guardian (core `person`): the follow-up case's applicant. */
  @Property({ type: 'uuid', nullable: true })
  guardianId: string | null = null;

  /**
   * When the parent or guardian agreed, at table 1, to the child's health data being recorded
   * (UU 27/2022 Pasal 25: a child's personal data needs a parent's or guardian's consent).
   */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  guardianConsentAt: Date | null = null;

  @Property({ type: 'integer' })
  queueNumber!: number;

  @Property({ type: 'string', length: 20 })
  targetGroup!: TargetGroup;

  @Property({ type: 'string', length: 6, nullable: true })
  sex: 'male' | 'female' | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'string', length: 12 })
  station!: Station;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  arrivedAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'uuid' })
  registeredById!: string;

  /** Table 3: written into the KIA book / KMS card. */
  @Property({ type: 'boolean' })
  recordedInBook: boolean = false;

  @Property({ type: 'text', nullable: true })
  recordingNote: string | null = null;

  @Property({ type: 'json', nullable: true })
  services: HealthServices | null = null;

  @Property({ type: 'uuid', nullable: true })
  servicesById: string | null = null;

  /** Table 5: counselling topics (codes of COUNSELLING_TOPICS). */
  @Property({ type: 'json', nullable: true })
  counsellingTopics: string[] | null = null;

  @Property({ type: 'text', nullable: true })
  counsellingNote: string | null = null;
}
