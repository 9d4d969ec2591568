import type { OrgUnitKind } from '@posyandu-spm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrgUnitKindEnum } from '../enums.js';
import { TextType } from '../graphql/types/text.type.js';

@ObjectType('SpmReportCounts', { description: 'Cases registered in the period, by what became of them' })
export class SpmReportCountsType {
  @Field(() => Int) registered!: number;
  @Field(() => Int, { description: 'Still open now' }) open!: number;
  @Field(() => Int, { description: 'Open, clock running, past the 5-working-day deadline now' }) openOverdue!: number;
  @Field(() => Int, { description: 'Open with the clock paused (waiting for the applicant)' }) paused!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int, { description: 'Closed within the deadline' }) closedOnTime!: number;
  @Field(() => Int, { description: 'Closed after the deadline' }) closedLate!: number;
  @Field(() => Int, { description: 'Served: completed plus settled at village level' }) resolved!: number;
  @Field(() => Int, { description: 'Declined (the same as declined)' }) rejected!: number;
  @Field(() => Int, { description: 'Closed as COMPLETED: served by the unit holding it, with evidence' })
  completed!: number;
  @Field(() => Int, { description: 'Closed as DECLINED, with a reason code' }) declined!: number;
  @Field(() => Int, { description: 'Closed as SETTLED_AT_VILLAGE (musyawarah or direct help)' })
  settledAtVillage!: number;
  @Field(() => Int, { description: 'Closed as WITHDRAWN by the citizen' }) withdrawn!: number;
  @Field(() => Int, { description: 'Closed as CANNOT_BE_SERVED, with a reason told to the citizen' })
  cannotBeServed!: number;
  @Field(() => Float, { nullable: true, description: 'closedOnTime / (closed + openOverdue); null when both are 0' })
  onTimeRate!: number | null;
}

@ObjectType('SpmReportSector')
export class SpmReportSectorType {
  @Field(() => String) sectorId!: string;
  @Field(() => TextType) name!: TextType;
  @Field(() => SpmReportCountsType) counts!: SpmReportCountsType;
}

@ObjectType('SpmReportSettled', { description: 'Closed cases settled by a kind of unit (the lowest level that could)' })
export class SpmReportSettledType {
  @Field(() => OrgUnitKindEnum) unitKind!: OrgUnitKind;
  @Field(() => TextType) label!: TextType;
  @Field(() => Int) count!: number;
}

@ObjectType('SpmReportHolderTime', { description: 'Who used the time: every stretch a kind of unit held the cases' })
export class SpmReportHolderTimeType {
  @Field(() => OrgUnitKindEnum) unitKind!: OrgUnitKind;
  @Field(() => TextType) label!: TextType;
  @Field(() => Int) holdings!: number;
  @Field(() => Int, { description: 'Working days from receiving a case to handing it on (or now), summed' })
  workingDays!: number;
  @Field(() => Float) averageWorkingDays!: number;
}

@ObjectType('SpmReport', {
  description: 'SPM performance for the cases registered in a period within your reach (counts only)',
})
export class SpmReportType {
  @Field(() => String, { description: 'YYYY-MM-DD, first day counted' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, last day counted' }) to!: string;
  @Field(() => String, { nullable: true }) areaCode!: string | null;
  @Field(() => String, { nullable: true }) sectorId!: string | null;
  @Field(() => String, { description: 'IANA zone the dates are read in' }) timeZone!: string;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => SpmReportCountsType) totals!: SpmReportCountsType;
  @Field(() => [SpmReportSectorType]) bySector!: SpmReportSectorType[];
  @Field(() => [SpmReportSettledType]) settledAt!: SpmReportSettledType[];
  @Field(() => [SpmReportHolderTimeType]) timeByHolder!: SpmReportHolderTimeType[];
  @Field(() => Int, { description: 'Returns (bukan wewenang) on these cases' }) returned!: number;
}
