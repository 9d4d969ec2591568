import { randomUUID } from 'node:crypto';
import { Collection, Entity, OneToMany, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Membership } from './membership.entity.js';

/** Who recorded an officer's consent: the officer on their profile, their admin with it, or nobody (before consents were recorded). */
export type ConsentSource = 'SELF' | 'ADMIN' | 'BEFORE_RECORDING';

/** An officer's consent to notices by WhatsApp or SMS, as stored (jsonb). */
export interface OfficerMessageConsent {
  channels: Array<'WHATSAPP' | 'SMS'>;
  /** The number the consent was given for (+62…). */
  phone: string | null;
  /** ISO instant. */
  givenAt: string;
  recordedById: string | null;
  recordedByName: string | null;
  source: ConsentSource;
}

/** A person who logs in (kader, officer, admin). */
@ObjectType('User')
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?:
    | 'id'
    | 'email'
    | 'locale'
    | 'active'
    | 'createdAt'
    | 'phone'
    | 'notifyEmail'
    | 'notifyWhatsApp'
    | 'notifyBySms'
    | 'messageConsent';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 80, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  displayName!: string;

  /** Where e-mail notifications go; none when null. */
  @Property({ type: 'string', length: 320, nullable: true })
  email: string | null = null;

  /** The officer's mobile number as +62…, for notices by WhatsApp or SMS; none when null. */
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  /** Notices by e-mail (to `email`): on unless the user turned them off. In-app notices are always on. */
  @Property({ type: 'boolean' })
  notifyEmail: boolean = true;

  /** Notices by WhatsApp (to `phone`), opt-in. */
  @Property({ type: 'boolean', fieldName: 'notify_whatsapp' })
  notifyWhatsApp: boolean = false;

  /** Notices by SMS (to `phone`), opt-in. */
  @Property({ type: 'boolean', fieldName: 'notify_sms' })
  notifyBySms: boolean = false;

  /**
   * The officer's consent to notices by WhatsApp or SMS: which of them, to which number, when and who
   * recorded it. WhatsApp or SMS may be on only with one (a check constraint); cleared when both go off.
   */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  messageConsent: OfficerMessageConsent | null = null;

  /** argon2id hash; never exposed. */
  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Field(() => String, { description: 'Preferred language: id or en' })
  @Property({ type: 'string', length: 5 })
  locale: string = 'id';

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @OneToMany(() => Membership, (m) => m.user)
  memberships = new Collection<Membership>(this);
}
