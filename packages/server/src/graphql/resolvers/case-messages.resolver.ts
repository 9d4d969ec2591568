import { canSeeReporterIdentity } from '@posyandu-spm/core';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import type { CaseNode } from '../../services/case-list/case-node.js';
import { andThen, type MaybePromise } from '../../services/maybe-promise.js';
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
  messageConsent(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<MessageConsentType | null> {
    const { messageChannel: channel, messageConsentAt: givenAt } = c;
    if (!channel || !givenAt) return null;
    return andThen(facts(c, ctx), (access) =>
      canSeeReporterIdentity(requirePrincipal(ctx.principal), access)
        ? { channel, language: c.messageLanguage ?? 'id', givenAt }
        : null,
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For a reporter without a phone: 4 digits printed on the receipt, typed at /lacak in place of the last 4 digits of a phone',
  })
  trackingPin(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<string | null> {
    const pin = c.trackingPin;
    if (!pin) return null;
    return andThen(facts(c, ctx), (access) =>
      canSeeReporterIdentity(requirePrincipal(ctx.principal), access) ? pin : null,
    );
  }
}
