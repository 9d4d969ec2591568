import { canReadUnitRecords, DomainError, type Principal } from '@posyandu-spm/core';
import type { PluginRequestContext } from '@posyandu-spm/plugin-api';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertCanReadPersonal, RECAP_READERS } from './open-day.access.js';
import { OpenDaySession } from './open-day-session.entity.js';
import { OpenDayVisit, type Station } from './open-day-visit.entity.js';
import { absentees } from './absentees.js';
import { areaRecap } from './area-recap.js';
import { monthlyRecap, sessionRecap } from './open-day-recap.js';
import * as service from './open-day.service.js';
import {
  AbsenteeView,
  AreaRecapView,
  BoardView,
  HealthServiceInput,
  MeasurementInput,
  PersonView,
  RecapView,
  RegisterVisitorInput,
  SessionView,
  StationEnum,
  VisitView,
} from './open-day.types.js';
import { boardView, sessionView, visitViews } from './open-day.views.js';

function principalOf(ctx: PluginRequestContext): Principal {
  if (!ctx.principal)
    throw new DomainError('UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' });
  return ctx.principal;
}

const deps = (ctx: PluginRequestContext): service.OpenDayDeps => ({
  em: ctx.em,
  principal: principalOf(ctx),
  now: ctx.now(),
  spm: ctx.spm,
});

async function viewOf(ctx: PluginRequestContext, visit: OpenDayVisit): Promise<VisitView> {
  const em = ctx.em.fork();
  const v = await em.findOneOrFail(OpenDayVisit, { id: visit.id }, { populate: ['session'] });
  const [view] = await visitViews(em, ctx.spm, principalOf(ctx), v.session.getEntity(), [v]);
  return view!;
}

async function board(ctx: PluginRequestContext, sessionId: string): Promise<BoardView> {
  const principal = principalOf(ctx);
  const em = ctx.live ? ctx.live.fork() : ctx.em;
  const s = await service.loadSession(em, sessionId);
  assertCanReadPersonal(principal, s);
  const visits = await em.find(OpenDayVisit, { session: s }, { orderBy: { queueNumber: 'asc' } });
  return boardView(em, ctx.spm, principal, s, visits);
}

/** The session id now, then at every wake-up of its board topic, until the subscriber leaves. */
async function* boardWakeUps(ctx: PluginRequestContext, sessionId: string): AsyncGenerator<string> {
  const stop = new AbortController();
  try {
    yield sessionId;
    for await (const _ of ctx.spm.listen(service.BOARD_TOPIC, sessionId, stop.signal)) yield sessionId;
  } finally {
    stop.abort();
  }
}

/**
 * The open day over GraphQL (all names start with `kesehatan`): sessions, the
 * five tables, the live board and the recap. Every read and write asks the
 * access policy (open-day.access.ts).
 */
@Resolver()
export class OpenDayResolver {
  @Query(() => [SessionView], { description: 'Open days of the Posyandu units in reach, newest first' })
  async kesehatanOpenDays(
    @Ctx() ctx: PluginRequestContext,
    @Arg('posyanduId', () => ID) posyanduId: string,
  ): Promise<SessionView[]> {
    const principal = principalOf(ctx);
    const sessions = /^[0-9a-f-]{36}$/i.test(posyanduId)
      ? await ctx.em.find(OpenDaySession, { posyanduId }, { orderBy: { heldOn: 'desc' }, limit: 100 })
      : [];
    return sessions
      .filter((s) => canReadUnitRecords(principal, { unitId: s.posyanduId, areaCode: s.areaCode }, RECAP_READERS))
      .map(sessionView);
  }

  @Query(() => BoardView, {
    description: 'Who is at which table: the Posyandu’s kader and the health workers covering it',
  })
  kesehatanOpenDayBoard(
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
  ): Promise<BoardView> {
    return board(ctx, sessionId);
  }

  @Subscription(() => BoardView, {
    description: 'The board now, then again whenever a visitor arrives or moves on (on any server instance)',
    subscribe: async ({ args, context }) => {
      const ctx = context as PluginRequestContext;
      const sessionId = (args as { sessionId: string }).sessionId;
      // Refused before the stream starts (NOT_FOUND for a session out of reach), as a coded error.
      assertCanReadPersonal(principalOf(ctx), await service.loadSession(ctx.em, sessionId));
      return boardWakeUps(ctx, sessionId);
    },
  })
  kesehatanOpenDayBoardChanged(
    @Root() sessionId: string,
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) _sessionId: string,
  ): Promise<BoardView> {
    return board(ctx, sessionId);
  }

  @Query(() => RecapView, { description: 'The recap of one open day (village government, Pustu, the Posyandu)' })
  kesehatanOpenDayRecap(
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
  ): Promise<RecapView> {
    return sessionRecap(ctx.em, ctx.spm, principalOf(ctx), sessionId);
  }

  @Query(() => RecapView, { description: 'The recap of a Posyandu’s open days in a month (YYYY-MM)' })
  kesehatanMonthlyRecap(
    @Ctx() ctx: PluginRequestContext,
    @Arg('posyanduId', () => ID) posyanduId: string,
    @Arg('month', () => String) month: string,
  ): Promise<RecapView> {
    return monthlyRecap(ctx.em, ctx.spm, principalOf(ctx), posyanduId, month);
  }

  @Query(() => AreaRecapView, {
    description:
      'A month of every Posyandu in an area (kecamatan code), one row each and the totals: the kecamatan officer and the Puskesmas',
  })
  kesehatanAreaRecap(
    @Ctx() ctx: PluginRequestContext,
    @Arg('month', () => String) month: string,
    @Arg('areaCode', () => String) areaCode: string,
  ): Promise<AreaRecapView> {
    return areaRecap(ctx.em, ctx.spm, principalOf(ctx), month, areaCode);
  }

  @Query(() => [AbsenteeView], {
    description:
      'Toddlers known to the Posyandu not seen at an open day in the session’s month, for home visits: its kader and the health workers covering it',
  })
  kesehatanAbsentees(
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
  ): Promise<AbsenteeView[]> {
    return absentees(ctx.em, ctx.spm, principalOf(ctx), sessionId);
  }

  @Mutation(() => SessionView, { description: 'A kader opens the day (the same day again returns it)' })
  async kesehatanOpenDay(
    @Ctx() ctx: PluginRequestContext,
    @Arg('date', () => String) date: string,
    @Arg('posyanduId', () => ID, { nullable: true }) posyanduId?: string | null,
  ): Promise<SessionView> {
    return sessionView(await service.openSession(deps(ctx), date, posyanduId));
  }

  @Mutation(() => SessionView)
  async kesehatanCloseOpenDay(
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('followUpPlan', () => String, { nullable: true }) followUpPlan?: string | null,
  ): Promise<SessionView> {
    return sessionView(await service.closeSession(deps(ctx), sessionId, followUpPlan));
  }

  @Mutation(() => SessionView, { description: 'The follow-up plan (RTL), also after the day is closed' })
  async kesehatanSetFollowUpPlan(
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('followUpPlan', () => String) followUpPlan: string,
  ): Promise<SessionView> {
    return sessionView(await service.setFollowUpPlan(deps(ctx), sessionId, followUpPlan));
  }

  @Mutation(() => VisitView, { description: 'Table 1' })
  async kesehatanRegisterVisitor(
    @Ctx() ctx: PluginRequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input', () => RegisterVisitorInput) input: RegisterVisitorInput,
  ): Promise<VisitView> {
    return viewOf(ctx, await service.registerVisitor(deps(ctx), sessionId, input));
  }

  @Mutation(() => VisitView, { description: 'Table 2: z-scores and risks; a risk opens a home-visit follow-up case' })
  async kesehatanRecordMeasurement(
    @Ctx() ctx: PluginRequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('input', () => MeasurementInput) input: MeasurementInput,
  ): Promise<VisitView> {
    return viewOf(ctx, await service.recordMeasurement(deps(ctx), visitId, input));
  }

  @Mutation(() => VisitView, { description: 'Table 3' })
  async kesehatanRecordRecording(
    @Ctx() ctx: PluginRequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<VisitView> {
    return viewOf(ctx, await service.recordRecording(deps(ctx), visitId, note));
  }

  @Mutation(() => VisitView, { description: 'Table 4' })
  async kesehatanRecordHealthService(
    @Ctx() ctx: PluginRequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('input', () => HealthServiceInput) input: HealthServiceInput,
  ): Promise<VisitView> {
    return viewOf(ctx, await service.recordHealthService(deps(ctx), visitId, input));
  }

  @Mutation(() => VisitView, { description: 'Table 5' })
  async kesehatanRecordCounselling(
    @Ctx() ctx: PluginRequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('topics', () => [String]) topics: string[],
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<VisitView> {
    return viewOf(ctx, await service.recordCounselling(deps(ctx), visitId, topics, note));
  }

  @Mutation(() => VisitView)
  async kesehatanMoveVisitor(
    @Ctx() ctx: PluginRequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('station', () => StationEnum) station: Station,
  ): Promise<VisitView> {
    return viewOf(ctx, await service.moveVisitor(deps(ctx), visitId, station));
  }
}

/** The NIK of a visitor or guardian: every full read is audited, as on cases. */
@Resolver(() => PersonView)
export class OpenDayPersonResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Full for the Posyandu’s kader (audited), masked for others',
  })
  nik(@Root() p: PersonView, @Ctx() ctx: PluginRequestContext): string | null {
    if (p.nik && !p.nikMasked) ctx.audit.noteRead('NIK_UNMASKED', null, p.id);
    return p.nik;
  }
}
