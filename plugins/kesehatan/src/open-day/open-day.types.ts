import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TARGET_GROUP_VALUES, type TargetGroup } from '../target-groups.js';
import { STATIONS, type Station } from './open-day-visit.entity.js';
import { SESSION_STATUSES, type SessionStatus } from './open-day-session.entity.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const StationEnum = enumOf(STATIONS);
export const TargetGroupEnum = enumOf(TARGET_GROUP_VALUES);
export const SessionStatusEnum = enumOf(SESSION_STATUSES);
/**
 * GraphQL enum values are upper case across the schema (issue 14.9); the stored and computed
 * values stay the WHO tables' lower-case words, so the database needs no rewrite: the schema
 * maps MALE ↔ 'male' and LYING ↔ 'lying' at the boundary.
 */
export const SexEnum = { MALE: 'male', FEMALE: 'female' } as const;
export const PositionEnum = { LYING: 'lying', STANDING: 'standing' } as const;
registerEnumType(StationEnum, {
  name: 'KesehatanStation',
  description:
    'The open-day tables: 1 registration, 2 weighing/measuring/early risk detection, 3 recording, 4 health service, 5 counselling',
});
registerEnumType(TargetGroupEnum, { name: 'KesehatanTargetGroup', description: 'Target groups of the health SPM' });
registerEnumType(SessionStatusEnum, { name: 'KesehatanOpenDayStatus' });
registerEnumType(SexEnum, { name: 'KesehatanSex' });
registerEnumType(PositionEnum, { name: 'KesehatanMeasuredPosition', description: 'LYING: length; STANDING: height' });

@ObjectType('KesehatanText', { description: 'Bahasa Indonesia first, English' })
export class TextView {
  @Field(() => String) id!: string;
  @Field(() => String) en!: string;
}

@ObjectType('KesehatanOpenDaySession', { description: 'A Posyandu open day (hari buka)' })
export class SessionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) posyanduId!: string;
  @Field(() => String) areaCode!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field(() => SessionStatusEnum) status!: SessionStatus;
  @Field(() => Date) openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The follow-up plan (RTL)' }) followUpPlan!: string | null;
}

@ObjectType('KesehatanPerson', { description: 'A visitor or guardian; the NIK is masked unless the role needs it' })
export class PersonView {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  /** Resolved by a field resolver, which audits a full read. */
  nik!: string | null;
  nikMasked!: boolean;
}

@ObjectType('KesehatanZScore')
export class ZScoreView {
  @Field(() => String, {
    description: 'weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge, headCircumferenceForAge',
  })
  indicator!: string;
  @Field(() => Float) zScore!: number;
  @Field(() => String, { description: 'Permenkes 2/2020 category code' }) category!: string;
  @Field(() => TextView) label!: TextView;
  @Field(() => Boolean, { description: "WHO's implausible-value flag: measure again" }) implausible!: boolean;
}

@ObjectType('KesehatanRisk', { description: 'A finding at table 2 that calls for a home visit' })
export class RiskView {
  @Field(() => String) indicator!: string;
  @Field(() => String) code!: string;
  @Field(() => TextView) label!: TextView;
  @Field(() => Boolean, { description: 'A child 0–60 months' }) child!: boolean;
}

@ObjectType('KesehatanMeasurement', { description: 'Table 2: weighing, measuring and early risk detection' })
export class MeasurementView {
  @Field(() => String) measuredOn!: string;
  @Field(() => Int, { nullable: true, description: 'Age in days, for a child under 60 months' }) ageInDays!:
    number | null;
  @Field(() => Float, { nullable: true }) weightKg!: number | null;
  @Field(() => Float, { nullable: true }) lengthCm!: number | null;
  @Field(() => PositionEnum, { nullable: true }) position!: 'lying' | 'standing' | null;
  @Field(() => Float, { nullable: true }) headCircumferenceCm!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mid-upper-arm circumference (LiLA)' }) lilaCm!: number | null;
  @Field(() => Int, { nullable: true }) systolic!: number | null;
  @Field(() => Int, { nullable: true }) diastolic!: number | null;
  @Field(() => Boolean) oedema!: boolean;
  @Field(() => [ZScoreView]) zScores!: ZScoreView[];
  @Field(() => [RiskView]) risks!: RiskView[];
  @Field(() => Boolean) remeasure!: boolean;
  @Field(() => Date) recordedAt!: Date;
}

@ObjectType('KesehatanFollowUp', { description: 'A risk and the home-visit monitoring case following it up' })
export class FollowUpView {
  @Field(() => String) indicator!: string;
  @Field(() => String) code!: string;
  @Field(() => TextView) label!: TextView;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseCode!: string;
  @Field(() => String) caseStatus!: string;
  @Field(() => TextView, { description: 'The case state in words' }) caseStatusLabel!: TextView;
  @Field(() => Date) dueAt!: Date;
}

@ObjectType('KesehatanHealthServices', { description: 'Table 4' })
export class HealthServicesView {
  @Field(() => [String]) immunizations!: string[];
  @Field(() => Boolean) vitaminA!: boolean;
  @Field(() => Boolean, { description: 'PMT' }) supplementaryFeeding!: boolean;
  @Field(() => Boolean) ironTablets!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('KesehatanOpenDayVisit', { description: "One visitor's passage through the five tables" })
export class VisitView {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) queueNumber!: number;
  @Field(() => PersonView) person!: PersonView;
  @Field(() => PersonView, { nullable: true }) guardian!: PersonView | null;
  @Field(() => Date, {
    nullable: true,
    description: "When the parent or guardian consented to recording a child's data",
  })
  guardianConsentAt!: Date | null;
  @Field(() => TargetGroupEnum) targetGroup!: TargetGroup;
  @Field(() => SexEnum, { nullable: true }) sex!: 'male' | 'female' | null;
  @Field(() => String, { nullable: true }) birthDate!: string | null;
  @Field(() => StationEnum, { description: 'The table the visitor is at now' }) station!: Station;
  @Field(() => Date) arrivedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Boolean, { description: 'Table 3: written in the KIA book / KMS' }) recordedInBook!: boolean;
  @Field(() => String, { nullable: true }) recordingNote!: string | null;
  @Field(() => MeasurementView, { nullable: true }) measurement!: MeasurementView | null;
  @Field(() => HealthServicesView, { nullable: true }) services!: HealthServicesView | null;
  @Field(() => [String]) counsellingTopics!: string[];
  @Field(() => String, { nullable: true }) counsellingNote!: string | null;
  @Field(() => [FollowUpView]) followUps!: FollowUpView[];
}

@ObjectType('KesehatanStationCount')
export class StationCountView {
  @Field(() => StationEnum) station!: Station;
  @Field(() => Int) visitors!: number;
}

@ObjectType('KesehatanOpenDayBoard', { description: 'Who is at which table, live' })
export class BoardView {
  @Field(() => SessionView) session!: SessionView;
  @Field(() => [StationCountView]) stations!: StationCountView[];
  @Field(() => [VisitView], { description: 'In queue order' }) visits!: VisitView[];
}

@ObjectType('KesehatanCount')
export class CountView {
  @Field(() => String) key!: string;
  @Field(() => TextView) label!: TextView;
  @Field(() => Int) count!: number;
}

@ObjectType('KesehatanRiskCount')
export class RiskCountView {
  @Field(() => String) indicator!: string;
  @Field(() => String) code!: string;
  @Field(() => TextView) label!: TextView;
  @Field(() => Boolean) child!: boolean;
  @Field(() => Int, { description: 'Visitors with this finding' }) people!: number;
}

@ObjectType('KesehatanFollowUpOutcome', {
  description: 'What happened to one at-risk visitor: the home visits and how the follow-up case stands or closed',
})
export class FollowUpOutcomeView {
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseCode!: string;
  @Field(() => String, { description: 'The open day (YYYY-MM-DD) that found the risk' }) openDay!: string;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => TargetGroupEnum) targetGroup!: TargetGroup;
  @Field(() => [TextView]) risks!: TextView[];
  @Field(() => String) status!: string;
  @Field(() => TextView) statusLabel!: TextView;
  @Field(() => Boolean) closed!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'COMPLETED, SETTLED_AT_VILLAGE or CANNOT_BE_SERVED (monitoring stopped), as the case outcome',
  })
  outcome!: string | null;
  @Field(() => Int) homeVisits!: number;
  @Field(() => Date, { nullable: true }) lastVisitAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Findings of the latest visit' }) lastFindings!: string | null;
  @Field(() => String, { nullable: true }) lastRecommendation!: string | null;
  @Field(() => String, { nullable: true, description: 'The note or reason the case was closed with' })
  closingNote!: string | null;
}

@ObjectType('KesehatanSkdn', {
  description:
    'SKDN: S toddlers known to the Posyandu (seen in 12 months, under 60 months), D weighed, N gained, T did not; O not weighed last month, B first weighing (D = N + T + O + B)',
})
export class SkdnView {
  @Field(() => Int) s!: number;
  @Field(() => Int) d!: number;
  @Field(() => Int) n!: number;
  @Field(() => Int) t!: number;
  @Field(() => Int) o!: number;
  @Field(() => Int) b!: number;
  @Field(() => Float, { nullable: true, description: 'D/S in percent, one decimal; null when S is 0' })
  dPerS!: number | null;
  @Field(() => Float, { nullable: true, description: 'N/D in percent, one decimal; null when D is 0' })
  nPerD!: number | null;
}

@ObjectType('KesehatanAbsentee', { description: 'A toddler of S not seen this month, for a home visit (sweeping)' })
export class AbsenteeView {
  @Field(() => PersonView) person!: PersonView;
  @Field(() => PersonView, { nullable: true }) guardian!: PersonView | null;
  @Field(() => SexEnum, { nullable: true }) sex!: 'male' | 'female' | null;
  @Field(() => String) birthDate!: string;
  @Field(() => Int, { description: 'Completed months on the first day of the month' }) ageInMonths!: number;
  @Field(() => String, { description: 'The last open day of this Posyandu they came to' }) lastVisitOn!: string;
}

@ObjectType('KesehatanOpenDayRecap', {
  description: 'The numbers a Posyandu reports for a day or a month, and its follow-up plan',
})
export class RecapView {
  @Field(() => ID) posyanduId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (one open day) or YYYY-MM (a month)' }) period!: string;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) visitors!: number;
  @Field(() => [CountView], { description: 'Every target group, zeros included' }) visitorsByTargetGroup!: CountView[];
  @Field(() => Int, { description: 'Children 0–60 months weighed' }) childrenWeighed!: number;
  @Field(() => Int, { description: 'Children 0–60 months with at least one risk' }) childrenAtRisk!: number;
  @Field(() => [RiskCountView]) risksByCategory!: RiskCountView[];
  @Field(() => Int, { description: 'Home-visit follow-up cases opened from these days' }) followUpsOpened!: number;
  @Field(() => Int) followUpsOpen!: number;
  @Field(() => Int, { description: 'Closed (monitoring completed or stopped)' }) followUpsDone!: number;
  @Field(() => Int, { description: 'Home visits recorded on the follow-up cases' }) homeVisits!: number;
  @Field(() => Int, { description: 'Follow-up cases with at least one home visit' }) followUpsVisited!: number;
  @Field(() => [CountView], { description: 'Follow-up cases by state of the monitoring path' })
  followUpsByStatus!: CountView[];
  @Field(() => [FollowUpOutcomeView], {
    nullable: true,
    description:
      'One line per follow-up case, with names and findings: the Posyandu’s kader and the health workers covering it; null for others',
  })
  followUpOutcomes!: FollowUpOutcomeView[] | null;
  @Field(() => SkdnView, { description: 'The SKDN of the period (for one open day: D, N, T, O, B of that day)' })
  skdn!: SkdnView;
  @Field(() => Int) immunized!: number;
  @Field(() => Int) vitaminA!: number;
  @Field(() => Int) supplementaryFeeding!: number;
  @Field(() => Int) counselled!: number;
  @Field(() => [String], { description: 'The follow-up plan (RTL) of each day' }) followUpPlans!: string[];
}

@InputType('KesehatanPersonInput')
export class PersonInputType {
  @Field(() => String, { nullable: true }) nik?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) kkNumber?: string | null;
}

@InputType('KesehatanRegisterVisitorInput', { description: 'Table 1' })
export class RegisterVisitorInput {
  @Field(() => PersonInputType) person!: PersonInputType;
  @Field(() => PersonInputType, { nullable: true, description: "A child's parent or guardian" })
  guardian?: PersonInputType | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "The parent or guardian agrees to the child's health data being recorded (UU 27/2022); required for a child under 18",
  })
  guardianConsent?: boolean | null;
  @Field(() => TargetGroupEnum) targetGroup!: TargetGroup;
  @Field(() => SexEnum, { nullable: true }) sex?: 'male' | 'female' | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for newborns and toddlers' })
  birthDate?: string | null;
}

@InputType('KesehatanMeasurementInput', { description: 'Table 2: what applies to the target group' })
export class MeasurementInput {
  @Field(() => Float, { nullable: true }) weightKg?: number | null;
  @Field(() => Float, { nullable: true }) lengthCm?: number | null;
  @Field(() => PositionEnum, { nullable: true }) position?: 'lying' | 'standing' | null;
  @Field(() => Float, { nullable: true }) headCircumferenceCm?: number | null;
  @Field(() => Float, { nullable: true }) lilaCm?: number | null;
  @Field(() => Int, { nullable: true }) systolic?: number | null;
  @Field(() => Int, { nullable: true }) diastolic?: number | null;
  @Field(() => Boolean, { nullable: true }) oedema?: boolean | null;
}

@InputType('KesehatanHealthServiceInput', { description: 'Table 4' })
export class HealthServiceInput {
  @Field(() => [String], { nullable: true }) immunizations?: string[] | null;
  @Field(() => Boolean, { nullable: true }) vitaminA?: boolean | null;
  @Field(() => Boolean, { nullable: true }) supplementaryFeeding?: boolean | null;
  @Field(() => Boolean, { nullable: true }) ironTablets?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('KesehatanAreaRecapTotals', { description: 'The sums over the Posyandu of an area summary' })
export class AreaRecapTotalsView {
  @Field(() => Int) posyandu!: number;
  @Field(() => Int) sessions!: number;
  @Field(() => Int) visitors!: number;
  @Field(() => Int) childrenWeighed!: number;
  @Field(() => Int) childrenAtRisk!: number;
  @Field(() => Int) followUpsOpened!: number;
  @Field(() => Int) followUpsOpen!: number;
  @Field(() => Int) followUpsDone!: number;
  @Field(() => Int) homeVisits!: number;
  @Field(() => SkdnView, { description: 'S, D, N, T, O, B summed; D/S and N/D of the sums' }) skdn!: SkdnView;
}

@ObjectType('KesehatanAreaRecapRow', { description: 'One Posyandu of an area summary' })
export class AreaRecapRowView {
  @Field(() => ID) posyanduId!: string;
  @Field(() => String) posyanduName!: string;
  @Field(() => String) desaCode!: string;
  @Field(() => RecapView) recap!: RecapView;
}

@ObjectType('KesehatanAreaRecap', {
  description: 'A month of the open days of every Posyandu in an area (kecamatan), one row each, and the totals',
})
export class AreaRecapView {
  @Field(() => String) areaCode!: string;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => [AreaRecapRowView], { description: 'Posyandu with an open day in the 12 months up to the month' })
  rows!: AreaRecapRowView[];
  @Field(() => AreaRecapTotalsView) totals!: AreaRecapTotalsView;
}
