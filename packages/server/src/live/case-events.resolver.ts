import type { EntityManager } from '@mikro-orm/postgresql';
import { canReadCase, isWithinArea, type Principal } from '@posyandu-spm/core';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { CaseEvent } from '../entities/case-event.entity.js';
import { Case } from '../entities/case.entity.js';
import type { RequestContext } from '../graphql/context.js';
import { toEventView } from '../graphql/resolvers/case-fields.resolver.js';
import { CaseEventType } from '../graphql/types/case-view.type.js';
import { CalendarService } from '../services/calendar.service.js';
import { requirePrincipal } from '../services/principal.js';
import { encodeEventCursor } from './event-cursor.js';
import type { FeedEvent } from './event-feed.js';
import { liveIterator } from './live-iterator.js';

@InputType('CaseEventFilter')
export class CaseEventFilterInput {
  @Field(() => String, { nullable: true }) sectorId?: string;
  @Field(() => String, { nullable: true, description: 'Cases within this area code' }) areaCode?: string;
  @Field(() => ID, { nullable: true, description: 'Cases currently held by this org unit' }) holderId?: string;
  @Field(() => ID, { nullable: true }) caseId?: string;
}

@ObjectType('CaseEventNotice', { description: 'A change of a case, delivered live' })
export class CaseEventNotice {
  @Field(() => String, { description: 'Pass as `after` to resume from here after a reconnect' }) cursor!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => CaseEventType) event!: CaseEventType;
}

/**
 * The event's own fields hold nothing personal (see CaseEvent), so one view per
 * committed event serves every subscriber who receives it: a thousand
 * subscribers cost one read, not a thousand. Replayed events are read per subscriber.
 */
const sharedViews = new WeakMap<FeedEvent, Promise<CaseEventType>>();

function eventView(e: FeedEvent, ctx: RequestContext): Promise<CaseEventType> {
  let view = sharedViews.get(e);
  if (!view) {
    const em = ctx.live ? ctx.live.fork() : ctx.em;
    view = em.findOneOrFail(CaseEvent, { id: e.position.id }).then(toEventView);
    sharedViews.set(e, view);
  }
  return view;
}

/**
 * Reads the views of a batch of committed events at once — one statement — before the fan-out
 * executes the groups' documents.
 */
export function prefetchEventViews(events: readonly FeedEvent[], em: EntityManager): Promise<void> {
  const missing = events.filter((e) => !sharedViews.has(e));
  if (!missing.length) return Promise.resolve();
  // The events with their holder, actor and API key joined: one statement, no dataloader round trip after it.
  const rows = em.find(
    CaseEvent,
    { id: { $in: missing.map((e) => e.position.id) } },
    { populate: ['holder', 'actor', 'apiKey'], strategy: 'joined' },
  );
  for (const e of missing) {
    const view = rows.then((list) => {
      const row = list.find((r) => String(r.id) === e.position.id);
      if (!row) throw new Error(`case event ${e.position.id} not found`);
      return toEventView(row);
    });
    // Nobody may be waiting for this view (no group took the event): never an unhandled rejection.
    view.catch(() => undefined);
    sharedViews.set(e, view);
  }
  // Settles when every view is read (a failure is each view's own, seen by whoever awaits it).
  return Promise.all(missing.map((e) => sharedViews.get(e)?.catch(() => undefined))).then(() => undefined);
}

function accepts(principal: Principal, filter: CaseEventFilterInput | undefined) {
  return (e: FeedEvent): boolean =>
    canReadCase(principal, e.access) &&
    (!filter?.sectorId || e.sectorId === filter.sectorId) &&
    (!filter?.areaCode || isWithinArea(e.access.areaCode, filter.areaCode)) &&
    (!filter?.holderId || e.access.holderUnitId === filter.holderId) &&
    (!filter?.caseId || e.caseId === filter.caseId);
}

/**
 * `caseEvents(filter, after)`: every committed change of the cases the subscriber
 * may read, in commit order, resumable from any cursor. Fan-out goes through
 * PostgreSQL (see live/event-feed.ts), so it works across server instances.
 */
@Resolver(() => CaseEventNotice)
export class CaseEventsResolver {
  @Subscription(() => CaseEventNotice, {
    description: 'Live changes of the cases in reach; `after` resumes from a cursor with nothing missed',
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      requirePrincipal(ctx.principal);
      const { filter, after } = args as { filter?: CaseEventFilterInput; after?: string };
      // Reach depends on memberships and API-key limits only: one decision per visibility class.
      return liveIterator(ctx, after, (principal) => accepts(principal, filter), 'class');
    },
  })
  async caseEvents(
    @Root() e: FeedEvent,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CaseEventFilterInput, { nullable: true }) _filter?: CaseEventFilterInput,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): Promise<CaseEventNotice> {
    // A fresh unit of work for every event: the connection lives long, its data must not go stale.
    if (ctx.live) {
      ctx.em = ctx.live.fork();
      ctx.calendars = new CalendarService(ctx.em);
    }
    return { cursor: encodeEventCursor(e.position), caseId: e.caseId, event: await eventView(e, ctx) };
  }

  @FieldResolver(() => Case, { description: 'The case as it is now, as the subscriber may see it' })
  case(@Root() notice: CaseEventNotice, @Ctx() ctx: RequestContext): Promise<Case> {
    // Read only when asked for, in this subscriber's unit of work: its fields apply this viewer's policy.
    return ctx.em.findOneOrFail(Case, { id: notice.caseId }, { populate: ['holder'] });
  }
}
