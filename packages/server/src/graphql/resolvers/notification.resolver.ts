import { canReadCase, validationFailed } from '@posyandu-spm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import { Notification } from '../../entities/notification.entity.js';
import { accessFacts } from '../../services/case-facts.js';
import { isUuid } from '../../services/ids.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';

/** The logged-in user's in-app notifications (due soon, overdue, escalated). */
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => [Notification], { description: 'My notifications, newest first' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly = false,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<Notification[]> {
    const principal = requirePrincipal(ctx.principal);
    if (first < 1 || first > 200) {
      throw validationFailed([
        { field: 'first', message: { id: 'first harus 1–200.', en: 'first must be 1 to 200.' } },
      ]);
    }
    return ctx.em.find(
      Notification,
      { user: principal.userId, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  @Mutation(() => Int, { description: 'Mark my notifications as read; returns how many changed' })
  async markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<number> {
    const principal = requirePrincipal(ctx.principal);
    const valid = ids.filter(isUuid).slice(0, 500);
    return ctx.em.nativeUpdate(
      Notification,
      { id: { $in: valid }, user: principal.userId, readAt: null },
      { readAt: ctx.now() },
    );
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case, when the user may (still) read it' })
  async case(@Root() n: Notification, @Ctx() ctx: RequestContext): Promise<Case | null> {
    const c = await n.case.loadOrFail({ dataloader: true });
    const holder = await c.holder.loadOrFail({ dataloader: true });
    return canReadCase(requirePrincipal(ctx.principal), accessFacts(c, holder, ctx.registry, ctx.now())) ? c : null;
  }
}
