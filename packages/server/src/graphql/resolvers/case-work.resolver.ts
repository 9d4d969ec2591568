import { workingMembership } from '@posyandu-spm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { accessFactsOf, type CaseNode } from '../../services/case-list/case-node.js';
import { andThen, type MaybePromise } from '../../services/maybe-promise.js';
import { requirePrincipal } from '../../services/principal.js';
import { SUGGESTABLE_UNITS_MAX, suggestableUnits } from '../../services/suggestable-units.js';
import type { RequestContext } from '../context.js';

/** What the viewer may do to a case besides workflow actions, so a client offers only what the server allows. */
@Resolver(() => Case)
export class CaseWorkFieldResolver {
  @FieldResolver(() => Boolean, {
    description:
      'The viewer may attach and review documents and record visits now: the case is open and the viewer works in the holder or a unit above it (the rule attachDocument, reviewDocument and recordVisit apply)',
  })
  mayWork(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<boolean> {
    if (c.closedAt) return false;
    return andThen(accessFactsOf(c, ctx.registry, ctx.now()), (facts) =>
      Boolean(workingMembership(requirePrincipal(ctx.principal), facts)),
    );
  }

  @Query(() => [OrgUnit], {
    description: `Whoever may read the case: the org units of its kabupaten a "bukan wewenang" decline may name as suggestedUnitId (not its holder, not your own units), by name; search matches part of the name; at most ${SUGGESTABLE_UNITS_MAX}`,
  })
  suggestableUnits(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<OrgUnit[]> {
    return suggestableUnits(ctx.em, ctx.registry, requirePrincipal(ctx.principal), caseId, search, first);
  }
}
