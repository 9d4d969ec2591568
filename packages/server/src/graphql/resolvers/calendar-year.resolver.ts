import { isAdmin, type DecreeWarning } from '@posyandu-spm/core';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { CalendarYear } from '../../entities/calendar-year.entity.js';
import { calendarWarnings, loadCalendarYear, unloadCalendarYear } from '../../services/calendar-year.service.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { TextType } from '../types/text.type.js';

const CalendarWarningWhenEnum = { CURRENT_YEAR: 'CURRENT_YEAR', NEXT_YEAR: 'NEXT_YEAR' } as const;
registerEnumType(CalendarWarningWhenEnum, {
  name: 'CalendarWarningWhen',
  description:
    "CURRENT_YEAR: today's deadlines are provisional already; NEXT_YEAR: those crossing the new year will be",
});

@ObjectType('CalendarWarning', { description: 'A year whose SKB 3 Menteri an admin must load' })
export class CalendarWarningType {
  @Field(() => Int) year!: number;
  @Field(() => CalendarWarningWhenEnum) when!: DecreeWarning['when'];
  @Field(() => TextType) message!: TextType;
}

/** The years whose joint decree is loaded, and what is missing (DESIGN §7). */
@Resolver(() => CalendarYear)
export class CalendarYearResolver {
  @Query(() => [CalendarYear], { description: 'Public: the years whose SKB 3 Menteri is loaded, in order' })
  calendarYears(@Ctx() ctx: RequestContext): Promise<CalendarYear[]> {
    return ctx.em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  }

  @Query(() => [CalendarWarningType], {
    description: "Public: a missing SKB 3 Menteri — this year's always, next year's from 1 October",
  })
  calendarWarnings(@Ctx() ctx: RequestContext): Promise<CalendarWarningType[]> {
    return calendarWarnings(ctx.em, ctx.now());
  }

  @Mutation(() => CalendarYear, {
    description:
      "Admin: mark a year's SKB 3 Menteri loaded (after entering its holidays and cuti bersama); open deadlines are recomputed",
  })
  loadCalendarYear(
    @Arg('year', () => Int) year: number,
    @Arg('legalBasis', () => String) legalBasis: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarYear> {
    return loadCalendarYear(ctx.em, requirePrincipal(ctx.principal), { year, legalBasis }, ctx.now());
  }

  @Mutation(() => Boolean, {
    description: 'Admin: take back a year marked loaded by mistake; its deadlines become provisional again',
  })
  unloadCalendarYear(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<boolean> {
    return unloadCalendarYear(ctx.em, requirePrincipal(ctx.principal), year, ctx.now());
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who marked it loaded (admins only); null when it shipped with posyandu-spm',
  })
  async loadedByName(@Root() y: CalendarYear, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!y.loadedBy || !ctx.principal || !isAdmin(ctx.principal)) return null;
    return (await y.loadedBy.load({ dataloader: true }))?.displayName ?? null;
  }
}
