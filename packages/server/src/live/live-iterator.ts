import type { RequestContext } from '../graphql/context.js';
import { decodeEventCursor } from './event-cursor.js';
import { eventsFrom, type FeedEvent } from './event-feed.js';

/**
 * The source stream of a live subscription: the committed events `accept` lets
 * through, replayed from the cursor `after` (checked against the replay window)
 * and then live, ending when the client unsubscribes or disconnects.
 */
export async function liveIterator(
  ctx: RequestContext,
  after: string | undefined,
  accept: (event: FeedEvent) => boolean,
): Promise<AsyncIterable<FeedEvent>> {
  if (!ctx.live) throw new Error('live events are not enabled on this server');
  const from = after ? decodeEventCursor(after) : null;
  if (from) await ctx.live.feed.assertReplayable(from, ctx.now());
  const controller = new AbortController();
  const events = eventsFrom(ctx.live.feed, from, accept, controller.signal);
  return {
    [Symbol.asyncIterator]() {
      return {
        next: () => events.next(),
        return: async () => {
          controller.abort();
          return events.return(undefined);
        },
      };
    },
  };
}
