import type { AreaLevel, OrgUnitKind } from '@posyandu-spm/core';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { AreaLevelEnum, OrgUnitKindEnum, RecapCellEnum } from '../enums.js';
import type { RecapCellFilter } from '../services/case-report-filter.js';
import { TextType } from '../graphql/types/text.type.js';

@InputType('SpmRecapPeriodInput', { description: 'A year, or one month or quarter of it' })
export class SpmRecapPeriodInput {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: '1–12' }) month?: number | null;
  @Field(() => Int, { nullable: true, description: '1–4' }) quarter?: number | null;
}

@ObjectType('SpmRecapReasonCount')
export class SpmRecapReasonCountType {
  @Field(() => String, { description: 'Decline reason code; empty when the outcome gave none' }) reason!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => Int) count!: number;
}

@ObjectType('SpmRecapSettlementKindCount')
export class SpmRecapSettlementKindCountType {
  @Field(() => String, { description: 'MUSYAWARAH or DIRECT_HELP; empty when the outcome gave none' }) kind!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => Int) count!: number;
}

@ObjectType('SpmRecapCaseFilter', {
  description:
    'The case-list filter behind a recap line: pass it as cases(filter:) (without __typename), adding reportCell (and declineReason / settlementKind) for one count. A reader sees the cases of it they may open.',
})
export class SpmRecapCaseFilterType {
  @Field(() => [String]) sectorIds!: string[];
  @Field(() => String, { nullable: true, description: "Jenis pelayanan dasar id; '' = not mapped; null = any" })
  spmService!: string | null;
  @Field(() => String, { nullable: true, description: "Penerima; '' = not mapped; null = any" })
  penerima!: string | null;
  @Field(() => String) areaCode!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) registeredFrom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) registeredTo!: string;
  @Field(() => RecapCellEnum, { nullable: true, description: 'Set on a settlements line' })
  reportCell!: RecapCellFilter | null;
  @Field(() => String, { nullable: true, description: 'Set on the settlements line of one unit' })
  settledById!: string | null;
  @Field(() => OrgUnitKindEnum, { nullable: true, description: 'Set on the settlements line of a kind of unit' })
  settledByUnitKind!: OrgUnitKind | null;
}

@ObjectType('SpmRecapCounts', {
  description:
    'Cases registered in the period, each in exactly one outcome cell (inProgress … otherClosed add up to received); returned counts returns (bukan wewenang) beside them',
})
export class SpmRecapCountsType {
  @Field(() => Int) received!: number;
  @Field(() => Int, { description: 'Open, not past the deadline now (or clock paused)' }) inProgress!: number;
  @Field(() => Int, { description: 'Open, clock running, past the 5-working-day deadline now' }) openOverdue!: number;
  @Field(() => Int) completedOnTime!: number;
  @Field(() => Int) completedLate!: number;
  @Field(() => Int) declined!: number;
  @Field(() => [SpmRecapReasonCountType]) declinedByReason!: SpmRecapReasonCountType[];
  @Field(() => Int, { description: 'Settled at village level (credited to the settling unit)' })
  settledAtVillage!: number;
  @Field(() => [SpmRecapSettlementKindCountType], {
    description: 'settledAtVillage by kind (musyawarah, direct help), every kind listed, zeros included',
  })
  settledAtVillageByKind!: SpmRecapSettlementKindCountType[];
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int) cannotBeServed!: number;
  @Field(() => Int, { description: 'Closed in a final state outside these outcomes (a plugin older than API 1.4)' })
  otherClosed!: number;
  @Field(() => Int, { description: 'Returns (bukan wewenang) of these cases: events, not an outcome' })
  returned!: number;
  @Field(() => Int, { nullable: true, description: 'Median working days from registration to completion' })
  medianWorkingDays!: number | null;
  @Field(() => Int, { nullable: true, description: '90th percentile of the same (60 means 60 or more)' })
  p90WorkingDays!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'completedOnTime ÷ (completedOnTime + completedLate + openOverdue); null when that is 0',
  })
  onTimeRate!: number | null;
}

@ObjectType('SpmRecapRow', { description: 'One sector × jenis pelayanan dasar × penerima' })
export class SpmRecapRowType {
  @Field(() => SpmRecapCaseFilterType, { description: 'The case list behind these counts' })
  filter!: SpmRecapCaseFilterType;
  @Field(() => String) sectorId!: string;
  @Field(() => TextType) sectorName!: TextType;
  @Field(() => String, { nullable: true, description: 'Jenis pelayanan dasar id; null when not mapped' })
  serviceId!: string | null;
  @Field(() => TextType) serviceName!: TextType;
  @Field(() => String, { nullable: true, description: 'The regulation that lists the service' })
  serviceBasis!: string | null;
  @Field(() => Boolean, { description: 'A jenis pelayanan dasar of the SPM (false: a supporting service)' })
  countsTowardSpm!: boolean;
  @Field(() => String, { nullable: true, description: 'Penerima category (PENERIMA_CATEGORIES); null when not mapped' })
  penerima!: string | null;
  @Field(() => TextType) penerimaLabel!: TextType;
  @Field(() => SpmRecapCountsType) counts!: SpmRecapCountsType;
}

@ObjectType('SpmRecapSector')
export class SpmRecapSectorType {
  @Field(() => SpmRecapCaseFilterType, { description: 'The case list behind these counts' })
  filter!: SpmRecapCaseFilterType;
  @Field(() => String) sectorId!: string;
  @Field(() => TextType) name!: TextType;
  @Field(() => SpmRecapCountsType) counts!: SpmRecapCountsType;
}

@ObjectType('SpmRecapMonth')
export class SpmRecapMonthType {
  @Field(() => SpmRecapCaseFilterType, { description: 'The case list behind these counts' })
  filter!: SpmRecapCaseFilterType;
  @Field(() => String, { description: 'YYYY-MM, month of registration' }) month!: string;
  @Field(() => SpmRecapCountsType) counts!: SpmRecapCountsType;
}

@ObjectType('SpmRecapArea')
export class SpmRecapAreaType {
  @Field(() => SpmRecapCaseFilterType, { description: 'The case list behind these counts' })
  filter!: SpmRecapCaseFilterType;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => SpmRecapCountsType) counts!: SpmRecapCountsType;
}

@ObjectType('SpmRecapSettlement', {
  description:
    'Settlements at village level: a line per kind of village-level unit (unitId null, zeros included), then one per unit and sector, credited to the unit that settled them',
})
export class SpmRecapSettlementType {
  @Field(() => SpmRecapCaseFilterType, { description: 'The case list behind these counts' })
  filter!: SpmRecapCaseFilterType;
  @Field(() => String, { nullable: true, description: 'Null on the line of a kind of unit' }) unitId!: string | null;
  @Field(() => String, { nullable: true }) unitName!: string | null;
  @Field(() => OrgUnitKindEnum) unitKind!: OrgUnitKind;
  @Field(() => TextType) unitKindLabel!: TextType;
  @Field(() => String, { nullable: true }) sectorId!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType('SpmRecapAreaRef')
export class SpmRecapAreaRefType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => AreaLevelEnum) level!: AreaLevel;
}

@ObjectType('SpmRecapPeriod')
export class SpmRecapPeriodType {
  @Field(() => String, { description: 'MONTH, QUARTER or YEAR' }) kind!: 'MONTH' | 'QUARTER' | 'YEAR';
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'Month 1–12 or quarter 1–4' }) number!: number | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) to!: string;
  @Field(() => TextType, { description: 'e.g. "Triwulan II 2026"' }) label!: TextType;
}

@ObjectType('SpmRecapCapaian', {
  description:
    'Capaian SPM of one jenis pelayanan dasar: recipients (distinct persons) served to standard — a case of the service registered in the area and period, completed by its deadline — ÷ the year’s sasaran of the desa that have one. rate is null — never 100 % — when no sasaran is set (status NO_TARGET) or it is 0',
})
export class SpmRecapCapaianType {
  @Field(() => String) sectorId!: string;
  @Field(() => String) serviceId!: string;
  @Field(() => TextType) serviceName!: TextType;
  @Field(() => String, { nullable: true }) serviceBasis!: string | null;
  @Field(() => Int, { nullable: true, description: 'Sum of the sasaran set; null when none is' }) sasaran!:
    number | null;
  @Field(() => Int, { description: 'Persons served to standard in the desa that have a sasaran, each counted once' })
  served!: number;
  @Field(() => Int, { description: 'Persons served to standard in every desa of the area, each counted once' })
  servedInArea!: number;
  @Field(() => Float, { nullable: true, description: 'served ÷ sasaran; null without a sasaran' }) rate!: number | null;
  @Field(() => String, { description: 'OK, NO_TARGET, PARTIAL_TARGET or ZERO_TARGET' }) status!: string;
  @Field(() => TextType, { description: 'What status means, for the reader' }) statusLabel!: TextType;
  @Field(() => Int) desaWithTarget!: number;
  @Field(() => Int) desaInArea!: number;
}

@ObjectType('SpmRecap', {
  description:
    'SPM recap of an area and period per sector × jenis pelayanan dasar × penerima (counts only), with the monthly trend, the areas within and settlements per unit',
})
export class SpmRecapType {
  @Field(() => SpmRecapAreaRefType) area!: SpmRecapAreaRefType;
  @Field(() => SpmRecapPeriodType) period!: SpmRecapPeriodType;
  @Field(() => [String]) sectorIds!: string[];
  @Field(() => Date) generatedAt!: Date;
  @Field(() => [SpmRecapRowType]) rows!: SpmRecapRowType[];
  @Field(() => [SpmRecapSectorType]) bySector!: SpmRecapSectorType[];
  @Field(() => SpmRecapCountsType) total!: SpmRecapCountsType;
  @Field(() => SpmRecapCaseFilterType, { description: 'The case list behind the total' })
  totalFilter!: SpmRecapCaseFilterType;
  @Field(() => [SpmRecapMonthType]) trend!: SpmRecapMonthType[];
  @Field(() => [SpmRecapAreaType], { description: 'Kecamatan of a kabupaten, desa of a kecamatan; a desa itself' })
  areas!: SpmRecapAreaType[];
  @Field(() => [SpmRecapSettlementType]) settlements!: SpmRecapSettlementType[];
  @Field(() => [SpmRecapCapaianType], { description: 'Capaian per jenis pelayanan dasar of the SPM' })
  capaian!: SpmRecapCapaianType[];
}
