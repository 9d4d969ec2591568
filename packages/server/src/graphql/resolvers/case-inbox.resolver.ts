import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import type { CaseNode } from '../../services/case-list/case-node.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { inboxEntry } from '../../services/case-inbox.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { CaseInboxEntryType } from '../types/case-inbox.type.js';

/** `Case.inbox`: the routed unit's view of a case (issue 6), one batched statement per list. */
@Resolver(() => Case)
export class CaseInboxFieldResolver {
  @FieldResolver(() => CaseInboxEntryType, {
    nullable: true,
    description:
      "Why the case is in the inbox of one of the viewer's units (held now, or escalated as overdue); null when it is not",
  })
  inbox(@Root() c: CaseNode, @Ctx() ctx: RequestContext): Promise<CaseInboxEntryType | null> {
    return inboxEntry(ctx.em, requirePrincipal(ctx.principal), c.id);
  }
}

@Resolver(() => CaseInboxEntryType)
export class CaseInboxEntryResolver {
  @FieldResolver(() => OrgUnit, { description: "The viewer's unit whose inbox it is" })
  unit(@Root() entry: CaseInboxEntryType, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return ctx.em.getReference(OrgUnit, entry.unitId, { wrapped: true }).loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Who handed it over; null for an escalation' })
  receivedFrom(@Root() entry: CaseInboxEntryType, @Ctx() ctx: RequestContext): Promise<OrgUnit> | null {
    if (!entry.receivedFromId) return null;
    return ctx.em.getReference(OrgUnit, entry.receivedFromId, { wrapped: true }).loadOrFail({ dataloader: true });
  }
}
