import { Field, InputType, ObjectType } from 'type-graphql';
import type { ConsentSource, OfficerMessageConsent } from '../../entities/user.entity.js';
import { ConsentSourceEnum, MessageChannelEnum } from '../../enums.js';

@ObjectType('NotificationChannels', {
  description:
    'Where a user gets notices besides the app (always on): e-mail (on unless turned off), WhatsApp and SMS (opt-in, to their mobile number, with their consent)',
})
export class NotificationChannelsType {
  @Field(() => Boolean) email!: boolean;
  @Field(() => Boolean) whatsapp!: boolean;
  @Field(() => Boolean) sms!: boolean;
}

@ObjectType('NotificationConsent', {
  description:
    'An officer’s consent to notices by WhatsApp or SMS: which channels, to which number, when, and who recorded it',
})
export class NotificationConsentType {
  @Field(() => [MessageChannelEnum]) channels!: Array<'WHATSAPP' | 'SMS'>;
  @Field(() => String, { nullable: true, description: 'The mobile number (+62…) it was given for' })
  phone!: string | null;
  @Field(() => Date) givenAt!: Date;
  @Field(() => ConsentSourceEnum) source!: ConsentSource;
  @Field(() => String, {
    nullable: true,
    description: 'Who recorded it: the officer, or the admin who did with their consent',
  })
  recordedBy!: string | null;
}

/** The GraphQL view of a stored consent. */
export function consentView(consent: OfficerMessageConsent | null): NotificationConsentType | null {
  if (!consent) return null;
  return {
    channels: consent.channels,
    phone: consent.phone,
    givenAt: new Date(consent.givenAt),
    source: consent.source,
    recordedBy: consent.recordedByName,
  };
}

@InputType('NotificationSettingsInput', {
  description:
    'A user’s mobile number (Indonesian, e.g. 0812 3456 7890; stored as +628…), the channels of their notices and their language; WhatsApp and SMS need the number and the officer’s consent, e-mail an address on the account',
})
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean) email!: boolean;
  @Field(() => Boolean) whatsapp!: boolean;
  @Field(() => Boolean) sms!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The language of the notices (and the account): id or en; unchanged when left out',
  })
  language?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The officer agrees to notices by the WhatsApp/SMS chosen at this number (recorded with the time and who recorded it; an admin ticks it only with the officer’s consent). Needed when turning WhatsApp or SMS on or changing their number',
  })
  consent?: boolean | null;
}
