import type { Principal } from '@posyandu-spm/core';
import type { RequestContext } from '../graphql/context.js';
import type { EventPosition } from './event-cursor.js';
import { decodeEventCursor } from './event-cursor.js';
import { eventsFrom, type EventFeed, type FeedEvent } from './event-feed.js';

/**
 * Who decides whether an event is for a subscriber. `class`: only the principal's
 * memberships and API-key limits (the access policy's reach), so one decision serves
 * every subscriber of a visibility class; `user`: the user as well (their own notifications).
 */
export type LiveAudience = 'class' | 'user';

/**
 * The source stream of a live subscription: the committed events `acceptFor(principal)`
 * lets through, replayed from the cursor `after` (checked against the replay window) and
 * then live. Over graphql-ws the fan-out hub (live/fanout-hub.ts) reads `after`,
 * `acceptFor` and `audience` and serves the subscription from one shared execution per
 * group; anywhere else it is iterated like any async iterable, one subscriber at a time.
 */
export class LiveSource implements AsyncIterable<FeedEvent> {
  constructor(
    readonly feed: EventFeed,
    readonly after: EventPosition | null,
    readonly acceptFor: (principal: Principal) => (event: FeedEvent) => boolean,
    readonly audience: LiveAudience,
    private readonly principal: () => Principal,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<FeedEvent> {
    const controller = new AbortController();
    const events = eventsFrom(this.feed, this.after, this.acceptFor(this.principal()), controller.signal);
    return {
      next: () => events.next(),
      return: async () => {
        controller.abort();
        return events.return(undefined);
      },
    };
  }
}

export async function liveIterator(
  ctx: RequestContext,
  after: string | undefined,
  acceptFor: (principal: Principal) => (event: FeedEvent) => boolean,
  audience: LiveAudience,
): Promise<LiveSource> {
  if (!ctx.live) throw new Error('live events are not enabled on this server');
  const from = after ? decodeEventCursor(after) : null;
  if (from) await ctx.live.feed.assertReplayable(from, ctx.now());
  const principal = ctx.principal;
  if (!principal) throw new Error('a live subscription needs a principal');
  return new LiveSource(ctx.live.feed, from, acceptFor, audience, () => principal);
}
