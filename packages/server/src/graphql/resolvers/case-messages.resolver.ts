import { canSeeReporterIdentity } from '@posyandu-spm/core';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import type { CaseNode } from '../../services/case-list/case-node.js';
import { MessageChannelEnum } from '../../enums.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { facts } from './case-fields.resolver.js';

@ObjectType('MessageConsent', { description: 'The citizen agreed at registration to be told of the case' })
export class MessageConsentType {
  @Field(() => MessageChannelEnum) channel!: 'WHATSAPP' | 'SMS';
  @Field(() => String, { description: 'id or en' }) language!: string;
  @Field(() => Date) givenAt!: Date;
}

/** What the reporter agreed to be sent, and the PIN that lets a reporter without a phone follow the case. */
@Resolver(() => Case)
export class CaseMessagesResolver {
  @FieldResolver(() => MessageConsentType, {
    nullable: true,
    description:
      'WhatsApp or SMS consent given at registration; null without one (or when the reporter is hidden from you)',
  })
  async messageConsent(@Root() c: CaseNode, @Ctx() ctx: RequestContext): Promise<MessageConsentType | null> {
    if (!c.messageChannel || !c.messageConsentAt) return null;
    if (!canSeeReporterIdentity(requirePrincipal(ctx.principal), await facts(c, ctx))) return null;
    return { channel: c.messageChannel, language: c.messageLanguage ?? 'id', givenAt: c.messageConsentAt };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For a reporter without a phone: 4 digits printed on the receipt, typed at /lacak in place of the last 4 digits of a phone',
  })
  async trackingPin(@Root() c: CaseNode, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!c.trackingPin) return null;
    if (!canSeeReporterIdentity(requirePrincipal(ctx.principal), await facts(c, ctx))) return null;
    return c.trackingPin;
  }
}
