import { computeDueAt, isAreaCode, validationFailed } from '@posyandu-spm/core';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Holiday } from '../../entities/holiday.entity.js';
import { addHoliday, removeHoliday, setCutiBersamaPolicy } from '../../services/holiday-admin.service.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { HolidayKindEnum } from '../../enums.js';

@ObjectType('DueDate', { description: 'When a case registered at a given moment would be due' })
export class DueDateType {
  @Field(() => Date, { description: 'End (23:59:59.999 local) of the last working day' }) dueAt!: Date;
  @Field(() => String, { description: 'The due date, local, YYYY-MM-DD' }) dueDate!: string;
  @Field(() => String) timeZone!: string;
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
    return { dueAt, dueDate: calendar.localDate(dueAt), timeZone: calendar.zone };
  }

  @Query(() => [Holiday], {
    description: 'Public: the days off of a year in an area (national, cuti bersama, regional)',
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
    return all.filter((h) => h.areaCode === null || areaCode === h.areaCode || areaCode.startsWith(`${h.areaCode}.`));
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
