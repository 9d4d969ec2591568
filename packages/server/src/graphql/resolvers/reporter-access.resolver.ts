import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import type { CaseNode } from '../../services/case-list/case-node.js';
import { requirePrincipal } from '../../services/principal.js';
import { REPORTER_ACCESS_MAX_HOURS } from '@posyandu-spm/core/intake';
import { REPORTER_ACCESS_DEFAULT_HOURS, requestReporterAccess } from '../../services/reporter-access.service.js';
import type { RequestContext } from '../context.js';

/** Time-limited access to a confidential reporter's identity (services/reporter-access.service.ts). */
@Resolver(() => Case)
export class ReporterAccessResolver {
  @Mutation(() => Case, {
    description: `Ask for time-limited access to a confidential reporter's identity, with a reason (20–500 characters); granted at once for \`hours\` (1–${REPORTER_ACCESS_MAX_HOURS}), shown on the timeline and told to the village Trantibumlinmas section and kepala desa`,
  })
  requestReporterAccess(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
    @Arg('hours', () => Int, { defaultValue: REPORTER_ACCESS_DEFAULT_HOURS }) hours: number,
  ): Promise<Case> {
    return requestReporterAccess(
      {
        em: ctx.em,
        registry: ctx.registry,
        calendars: ctx.calendars,
        principal: requirePrincipal(ctx.principal),
        now: ctx.now(),
        isPerson: ctx.auth?.kind === 'session',
      },
      caseId,
      reason,
      hours,
    );
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "Until when the viewer's own time-limited access to the confidential reporter's identity runs",
  })
  reporterAccessUntil(@Root() c: CaseNode, @Ctx() ctx: RequestContext): Date | null {
    const userId = requirePrincipal(ctx.principal).userId;
    const now = ctx.now().getTime();
    const grant = c.reporterAccess.find((g) => g.userId === userId && Date.parse(g.until) > now);
    return grant ? new Date(grant.until) : null;
  }
}
