import { Arg, Ctx, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Notification } from '../entities/notification.entity.js';
import type { RequestContext } from '../graphql/context.js';
import { requirePrincipal } from '../services/principal.js';
import { encodeEventCursor } from './event-cursor.js';
import type { FeedEvent } from './event-feed.js';
import { liveIterator } from './live-iterator.js';

@ObjectType('NotificationNotice', { description: 'New in-app notifications for the subscriber, delivered live' })
export class NotificationNotice {
  @Field(() => String, { description: 'Pass as `after` to resume from here after a reconnect' }) cursor!: string;
  @Field(() => [Notification], { description: 'What the change told the subscriber (usually one)' })
  notifications!: Notification[];
}

/**
 * `notificationAdded(after)`: the subscriber's own notifications as they are
 * written. Each notification is written in the same transaction as the case
 * event that caused it, so this rides the event feed — the same commit order,
 * cursor, replay after a reconnect and fan-out across instances as `caseEvents`.
 */
@Resolver()
export class NotificationEventsResolver {
  @Subscription(() => NotificationNotice, {
    description: 'My new notifications (due soon, overdue, escalated); `after` resumes from a cursor',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      requirePrincipal(ctx.principal);
      const { after } = args as { after?: string };
      return liveIterator(
        ctx,
        after,
        ({ userId }) =>
          (e) =>
            e.notifiedUserIds.includes(userId),
        'user',
      );
    },
  })
  async notificationAdded(
    @Root() e: FeedEvent,
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): Promise<NotificationNotice> {
    const { userId } = requirePrincipal(ctx.principal);
    // A fresh unit of work for every event: the connection lives long, its data must not go stale.
    if (ctx.live) ctx.em = ctx.live.fork();
    const notifications = await ctx.em.find(
      Notification,
      { event: e.position.id, user: userId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return { cursor: encodeEventCursor(e.position), notifications };
  }
}
