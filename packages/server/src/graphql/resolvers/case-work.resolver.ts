import { workingMembership } from '@posyandu-spm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import { accessFacts } from '../../services/case-facts.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';

/** What the viewer may do to a case besides workflow actions, so a client offers only what the server allows. */
@Resolver(() => Case)
export class CaseWorkFieldResolver {
  @FieldResolver(() => Boolean, {
    description:
      'The viewer may attach and review documents and record visits now: the case is open and the viewer works in the holder or a unit above it (the rule attachDocument, reviewDocument and recordVisit apply)',
  })
  async mayWork(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (c.closedAt) return false;
    const holder = await c.holder.loadOrFail({ dataloader: true });
    return Boolean(workingMembership(requirePrincipal(ctx.principal), accessFacts(c, holder, ctx.registry, ctx.now())));
  }
}
