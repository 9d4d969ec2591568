import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgUnit } from '../entities/org-unit.entity.js';

export const WebhookDeliveryStatusEnum = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', DEAD: 'DEAD' } as const;
export type WebhookDeliveryStatus = keyof typeof WebhookDeliveryStatusEnum;
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not yet accepted (retrying); DELIVERED: the receiver answered 2xx; DEAD: gave up after a day',
});

@ObjectType('WebhookEndpoint', { description: "Where a unit's system is told of its cases' events (never the secret)" })
export class WebhookEndpointType {
  @Field(() => ID) id!: string;
  @Field(() => OrgUnit, { description: 'The unit whose cases (as its API key reaches them) are announced' })
  orgUnit!: OrgUnit;
  @Field(() => String) url!: string;
  @Field(() => String) description!: string;
  @Field(() => [String], { nullable: true, description: 'e.g. case.action_taken; null: every event type' })
  eventTypes!: string[] | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => Int, { description: 'Deliveries not yet accepted (retrying)' }) pendingCount!: number;
  @Field(() => Int, { description: 'Dead letters waiting for a replay' }) deadCount!: number;
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointType {
  @Field(() => WebhookEndpointType) endpoint!: WebhookEndpointType;
  @Field(() => String, {
    description: 'The signing secret (whsec_…), shown this once: the receiver verifies webhook-signature with it',
  })
  secret!: string;
}

@ObjectType('WebhookAttempt', { description: 'One POST of a delivery' })
export class WebhookAttemptType {
  @Field(() => Date) attemptedAt!: Date;
  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when no answer came' }) status!:
    number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) durationMs!: number;
}

@ObjectType('WebhookDelivery', { description: 'One event for one endpoint, with its attempts' })
export class WebhookDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The webhook-id header: the same on every retry and replay' }) webhookId!: string;
  @Field(() => String) eventType!: string;
  @Field(() => WebhookDeliveryStatusEnum) status!: WebhookDeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'The next try, while pending' }) nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true }) deadAt!: Date | null;
  @Field(() => Int, { nullable: true }) lastStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => [WebhookAttemptType]) attemptLog!: WebhookAttemptType[];
}
