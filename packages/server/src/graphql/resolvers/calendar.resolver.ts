import {
  computeDueAt,
  fixedNationalHolidaysOf,
  isAreaCode,
  isFixedNationalHoliday,
  provisionalReason,
  validationFailed,
} from '@posyandu-spm/core';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Holiday } from '../../entities/holiday.entity.js';
import {
  addHoliday,
  fixedHolidayId,
  removeHoliday,
  setCutiBersamaPolicy,
} from '../../services/holiday-admin.service.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { HolidayKindEnum } from '../../enums.js';
import { TextType } from '../types/text.type.js';

@ObjectType('DueDate', { description: 'When a case registered at a given moment would be due' })
export class DueDateType {
  @Field(() => Date, { description: 'End (23:59:59.999 local) of the last working day' }) dueAt!: Date;
  @Field(() => String, { description: 'The due date, local, YYYY-MM-DD' }) dueDate!: string;
  @Field(() => String) timeZone!: string;
  @Field(() => Boolean, {
    description: 'A counted day falls in a year whose SKB 3 Menteri is not loaded: the date may still move',
  })
  provisional!: boolean;
  @Field(() => TextType, { nullable: true, description: 'Why it is provisional; null when final' })
  provisionalReason!: TextType | null;
}

@InputType('HolidayInput')
export class HolidayInputType {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => HolidayKindEnum) kind!: 'NATIONAL' | 'CUTI_BERSAMA' | 'REGIONAL';
  @Field(() => String) nameId!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) legalBasis!: string;
  @Field(() => String, { nullable: true, description: 'Required for a regional holiday' }) areaCode?: string;
}

function checkArea(areaCode: string): void {
  if (!isAreaCode(areaCode)) {
    throw validationFailed([
      { field: 'areaCode', message: { id: 'Kode wilayah tidak valid.', en: 'Not a valid area code.' } },
    ]);
  }
}

/** Working days, deadlines and the holiday table (DESIGN §7). */
@Resolver()
export class CalendarResolver {
  @Query(() => DueDateType, {
    description: 'Public: the deadline a case registered at registeredAt in the area would get',
  })
  async dueDate(
    @Arg('areaCode', () => String) areaCode: string,
    @Arg('registeredAt', () => Date) registeredAt: Date,
    @Ctx() ctx: RequestContext,
    @Arg('workingDays', () => Int, { defaultValue: 5 }) workingDays = 5,
  ): Promise<DueDateType> {
    checkArea(areaCode);
    if (workingDays < 0 || workingDays > 60) {
      throw validationFailed([
        { field: 'workingDays', message: { id: 'Hari kerja harus 0–60.', en: 'workingDays must be 0 to 60.' } },
      ]);
    }
    const calendar = await ctx.calendars.forArea(areaCode);
    const dueAt = computeDueAt(calendar, registeredAt, workingDays);
    const dueDate = calendar.localDate(dueAt);
    const years = calendar.undecreedYears(calendar.localDate(registeredAt), dueDate);
    return {
      dueAt,
      dueDate,
      timeZone: calendar.zone,
      provisional: years.length > 0,
      provisionalReason: years.length ? provisionalReason(years) : null,
    };
  }

  @Query(() => [Holiday], {
    description:
      'Public: the days off of a year in an area (national, cuti bersama, regional), with the fixed-date national holidays of every year',
  })
  async holidays(
    @Arg('year', () => Int) year: number,
    @Arg('areaCode', () => String) areaCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Holiday[]> {
    checkArea(areaCode);
    if (year < 2000 || year > 2100) {
      throw validationFailed([{ field: 'year', message: { id: 'Tahun tidak valid.', en: 'Not a valid year.' } }]);
    }
    const all = await ctx.em.find(
      Holiday,
      { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
      { orderBy: { date: 'asc', kind: 'asc' } },
    );
    const inArea = all.filter(
      (h) => h.areaCode === null || areaCode === h.areaCode || areaCode.startsWith(`${h.areaCode}.`),
    );
    // The fixed-date holidays are days off without a row (core calendar/fixed-holidays.ts); list them too.
    const entered = new Set(inArea.filter((h) => h.kind === 'NATIONAL' && h.areaCode === null).map((h) => h.date));
    const fixed = fixedNationalHolidaysOf(year)
      .filter((h) => !entered.has(h.date))
      .map((h) => Object.assign(new Holiday(), { ...h, id: fixedHolidayId(h.date), areaCode: null }));
    return [...inArea, ...fixed].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  }

  @Mutation(() => Holiday, { description: 'Admin: add or correct a day off; open deadlines are recomputed' })
  addHoliday(
    @Arg('input', () => HolidayInputType) input: HolidayInputType,
    @Ctx() ctx: RequestContext,
  ): Promise<Holiday> {
    return addHoliday(ctx.em, requirePrincipal(ctx.principal), input, ctx.now());
  }

  @Mutation(() => Boolean, { description: 'Admin: remove a day off; open deadlines are recomputed' })
  removeHoliday(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return removeHoliday(ctx.em, requirePrincipal(ctx.principal), id, ctx.now());
  }

  @Mutation(() => Boolean, { description: 'Admin: whether cuti bersama is a day off in the kabupaten (default true)' })
  setCutiBersamaPolicy(
    @Arg('kabupatenCode', () => String) kabupatenCode: string,
    @Arg('dayOff', () => Boolean) dayOff: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return setCutiBersamaPolicy(ctx.em, requirePrincipal(ctx.principal), kabupatenCode, dayOff, ctx.now());
  }
}

/** Whether a listed day off is one of the fixed-date national holidays. */
@Resolver(() => Holiday)
export class HolidayFieldResolver {
  @FieldResolver(() => Boolean, {
    description:
      'A fixed-date national holiday (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec): a day off every year, never removed',
  })
  fixed(@Root() h: Holiday): boolean {
    return h.kind === 'NATIONAL' && h.areaCode === null && isFixedNationalHoliday(h.date);
  }
}
