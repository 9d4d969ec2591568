import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('NotificationChannels', {
  description:
    'Where a user gets notices besides the app (always on): e-mail (on unless turned off), WhatsApp and SMS (opt-in, to their mobile number)',
})
export class NotificationChannelsType {
  @Field(() => Boolean) email!: boolean;
  @Field(() => Boolean) whatsapp!: boolean;
  @Field(() => Boolean) sms!: boolean;
}

@InputType('NotificationSettingsInput', {
  description:
    'A user’s mobile number (Indonesian, e.g. 0812 3456 7890; stored as +62…) and the channels of their notices; WhatsApp and SMS need the number, e-mail an address on the account',
})
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean) email!: boolean;
  @Field(() => Boolean) whatsapp!: boolean;
  @Field(() => Boolean) sms!: boolean;
}
