import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GROWTH_CHARTS, type GrowthChart, type LengthMeasure } from '../growth/index.js';
import type { TargetGroup } from '../target-groups.js';
import { PersonView, SexEnum, TargetGroupEnum, TextView, VisitView } from './open-day.types.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const GrowthChartEnum = enumOf(GROWTH_CHARTS);
export const LengthMeasureEnum = enumOf(['LENGTH', 'HEIGHT'] as const);
registerEnumType(GrowthChartEnum, {
  name: 'KesehatanGrowthChart',
  description:
    'The WHO 2006 charts: BB/U, PB/U–TB/U, BB/PB (lying, under 24 months), BB/TB (standing, from 24 months), IMT/U, LK/U',
});
registerEnumType(LengthMeasureEnum, {
  name: 'KesehatanLengthMeasure',
  description: 'LENGTH: lying, under 24 months; HEIGHT: standing, from 24 months',
});

@ObjectType('KesehatanGrowthPoint', { description: "One of the child's measurements placed on a WHO chart" })
export class GrowthPointView {
  @Field(() => GrowthChartEnum) chart!: GrowthChart;
  @Field(() => Float, { description: 'Age in months (days / 30.4375), or length/height in cm for BB/PB and BB/TB' })
  x!: number;
  @Field(() => Float, {
    description: 'The measurement as the chart reads it: length/height after the 0.7 cm position correction, BMI',
  })
  y!: number;
  @Field(() => Float) zScore!: number;
  @Field(() => String, { description: 'Permenkes 2/2020 category code' }) category!: string;
  @Field(() => TextView) label!: TextView;
}

@ObjectType('KesehatanHistoryVisit', { description: 'One open day in a person’s history' })
export class HistoryVisitView {
  @Field(() => String, { description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field(() => ID) posyanduId!: string;
  @Field(() => String) posyanduName!: string;
  @Field(() => Int, { nullable: true, description: 'Age on the day in days (null without a date of birth)' })
  ageInDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'Completed calendar months of age on the day' })
  ageMonths!: number | null;
  @Field(() => Int, { nullable: true, description: 'Days after the completed months' })
  ageDays!: number | null;
  @Field(() => VisitView) visit!: VisitView;
  @Field(() => [GrowthPointView], { description: 'The z-scores of the day, placed on their charts' })
  growthPoints!: GrowthPointView[];
}

@ObjectType('KesehatanTargetGroupPeriod', { description: 'A stretch of consecutive visits in one target group' })
export class TargetGroupPeriodView {
  @Field(() => TargetGroupEnum) targetGroup!: TargetGroup;
  @Field(() => String, { description: 'YYYY-MM-DD, first visit' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, last visit' }) to!: string;
  @Field(() => Int) visits!: number;
}

@ObjectType('KesehatanPersonHistory', {
  description: 'A person’s open days in the caller’s reach (issue 7): growth, services, follow-ups',
})
export class PersonHistoryView {
  @Field(() => PersonView) person!: PersonView;
  @Field(() => SexEnum, { nullable: true }) sex!: 'male' | 'female' | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate!: string | null;
  @Field(() => [TargetGroupPeriodView], { description: 'Oldest first' }) targetGroups!: TargetGroupPeriodView[];
  @Field(() => [HistoryVisitView], { description: 'Oldest first' }) visits!: HistoryVisitView[];
}

@ObjectType('KesehatanGrowthReferenceRow', {
  description: 'The WHO 2006 curves at one age or length: the measurement at −3, −2, 0 (median), +2, +3 SD',
})
export class GrowthReferenceRowView {
  @Field(() => Float, { description: 'Age in months, or length/height in cm' }) x!: number;
  @Field(() => LengthMeasureEnum, {
    nullable: true,
    description: 'Where the table changes at 24 months: the piece the row belongs to',
  })
  measure!: LengthMeasure | null;
  @Field(() => Float) sdNeg3!: number;
  @Field(() => Float) sdNeg2!: number;
  @Field(() => Float) median!: number;
  @Field(() => Float) sd2!: number;
  @Field(() => Float) sd3!: number;
}

@ObjectType('KesehatanGrowthReference', {
  description: 'WHO Child Growth Standards 2006 (© WHO), computed from the LMS tables: public reference data',
})
export class GrowthReferenceView {
  @Field(() => GrowthChartEnum) indicator!: GrowthChart;
  @Field(() => SexEnum) sex!: 'male' | 'female';
  @Field(() => String, { description: 'month or cm' }) xUnit!: string;
  @Field(() => String, { description: 'kg, cm or kg/m2' }) yUnit!: string;
  @Field(() => [GrowthReferenceRowView]) rows!: GrowthReferenceRowView[];
}
