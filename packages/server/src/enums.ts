import { RECAP_CELL_FILTERS, type RecapCellFilter } from './services/case-report-filter.js';
import {
  AREA_LEVELS,
  CASE_OUTCOMES,
  CASE_OUTCOME_LABELS,
  DECLINE_REASONS,
  DECLINE_REASON_LABELS,
  SETTLEMENT_KINDS,
  SETTLEMENT_KIND_LABELS,
  type CaseOutcome,
  type DeclineReason,
  type SettlementKind,
  DEADLINE_STATES,
  DOCUMENT_STATUSES,
  ESCALATION_TARGETS,
  HOLIDAY_KINDS,
  ORG_UNIT_KINDS,
  ROLES,
  VISIT_KINDS,
  type AreaLevel,
  type DeadlineState,
  type DocumentStatus,
  type EscalationTarget,
  type HolidayKind,
  type OrgUnitKind,
  type Role,
  type VisitKind,
} from '@posyandu-spm/core';
import { registerEnumType } from 'type-graphql';

/**
 * The GraphQL enums, registered once. Values come from the core's lists, so the
 * database checks, the domain and the schema never disagree.
 */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

/** What a visit concludes; NO_FOLLOW_UP_NEEDED: e.g. a monitoring visit found the person well. */
export const VISIT_RECOMMENDATIONS = ['ELIGIBLE', 'NOT_ELIGIBLE', 'NEEDS_FOLLOW_UP', 'NO_FOLLOW_UP_NEEDED'] as const;
export type VisitRecommendation = (typeof VISIT_RECOMMENDATIONS)[number];

export const DeadlineStateEnum = enumOf<DeadlineState>(DEADLINE_STATES);
export const DocumentStateEnum = enumOf<DocumentStatus | 'MISSING'>([...DOCUMENT_STATUSES, 'MISSING']);
export const ReviewStatusEnum = enumOf<'VALID' | 'NEEDS_CORRECTION' | 'WAIVED'>([
  'VALID',
  'NEEDS_CORRECTION',
  'WAIVED',
]);
export const VisitKindEnum = enumOf<VisitKind>(VISIT_KINDS);
export const VisitRecommendationEnum = enumOf<VisitRecommendation>(VISIT_RECOMMENDATIONS);
export const RoleEnum = enumOf<Role>(ROLES);
export const OrgUnitKindEnum = enumOf<OrgUnitKind>(ORG_UNIT_KINDS);
export const HolidayKindEnum = enumOf<HolidayKind>(HOLIDAY_KINDS);
export const AreaLevelEnum = enumOf<AreaLevel>(AREA_LEVELS);
export const EscalationTargetEnum = enumOf<EscalationTarget>(ESCALATION_TARGETS);
export const CaseOrderEnum = enumOf<'REGISTERED' | 'REGISTERED_ASC' | 'DUE_AT' | 'LAST_CHANGE'>([
  'REGISTERED',
  'REGISTERED_ASC',
  'DUE_AT',
  'LAST_CHANGE',
]);

export const CaseOutcomeEnum = enumOf<CaseOutcome>(CASE_OUTCOMES);
export const DeclineReasonEnum = enumOf<DeclineReason>(DECLINE_REASONS);
export const SettlementKindEnum = enumOf<SettlementKind>(SETTLEMENT_KINDS);

/** Each value described by its Indonesian and English label, so the schema reads like the console. */
function described<T extends string>(labels: Readonly<Record<T, { id: string; en: string }>>) {
  return Object.fromEntries(
    Object.entries<{ id: string; en: string }>(labels).map(([k, l]) => [k, { description: `${l.id} / ${l.en}` }]),
  ) as Record<T, { description: string }>;
}

registerEnumType(CaseOutcomeEnum, {
  name: 'CaseOutcome',
  description: 'How a closed case ended; "returned" (bukan wewenang) is an event, not an outcome',
  valuesConfig: described(CASE_OUTCOME_LABELS),
});
registerEnumType(DeclineReasonEnum, {
  name: 'DeclineReason',
  description: 'Why a case was declined',
  valuesConfig: described(DECLINE_REASON_LABELS),
});
registerEnumType(SettlementKindEnum, {
  name: 'SettlementKind',
  description: 'How a case was settled at village level',
  valuesConfig: described(SETTLEMENT_KIND_LABELS),
});
registerEnumType(DeadlineStateEnum, { name: 'DeadlineState', description: 'Where a case stands against its deadline' });
registerEnumType(DocumentStateEnum, { name: 'DocumentState', description: 'Where one document of a case stands' });
registerEnumType(ReviewStatusEnum, { name: 'DocumentReview', description: 'The outcome of checking a document' });
registerEnumType(VisitKindEnum, { name: 'VisitKind', description: 'HOME (kunjungan rumah) or FIELD (lapangan)' });
registerEnumType(VisitRecommendationEnum, { name: 'VisitRecommendation' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind' });
registerEnumType(HolidayKindEnum, { name: 'HolidayKind' });
registerEnumType(AreaLevelEnum, { name: 'AreaLevel' });
registerEnumType(EscalationTargetEnum, {
  name: 'EscalationTarget',
  description: 'Who a level of the escalation chain tells',
  valuesConfig: {
    HOLDER_HEAD: { description: "The holding unit's head (UNIT_HEAD); a unit without one: its parent unit" },
    UNIT: { description: 'The members of one fixed unit who may open the case (Tim Penerapan SPM, the Sekda)' },
  },
});
registerEnumType(CaseOrderEnum, {
  name: 'CaseOrder',
  description: 'How cases(…) is sorted',
  valuesConfig: {
    REGISTERED: { description: 'Newest registration first (the default)' },
    REGISTERED_ASC: { description: 'Oldest registration first' },
    DUE_AT: { description: 'Earliest due time first' },
    LAST_CHANGE: {
      description: 'In commit order of their last change, oldest first (the default with filter.updatedSince)',
    },
  },
});

export const RecapCellEnum = enumOf<RecapCellFilter>(RECAP_CELL_FILTERS);
registerEnumType(RecapCellEnum, {
  name: 'SpmRecapCell',
  description:
    "A cell of the SPM recap (spmRecap), as a case-list filter: the cases counted in it, by the report's own definition",
  valuesConfig: {
    IN_PROGRESS: { description: 'inProgress: open, not past its deadline now (or clock paused)' },
    OPEN_OVERDUE: { description: 'openOverdue: open, clock running, past its deadline now' },
    COMPLETED_ON_TIME: { description: 'completedOnTime' },
    COMPLETED_LATE: { description: 'completedLate' },
    DECLINED: { description: 'declined (with declineReason: declinedByReason)' },
    SETTLED_AT_VILLAGE: { description: 'settledAtVillage (with settlementKind / settledById)' },
    WITHDRAWN: { description: 'withdrawn' },
    CANNOT_BE_SERVED: { description: 'cannotBeServed' },
    OTHER_CLOSED: { description: 'otherClosed' },
    RETURNED: { description: 'returned: cases with at least one return (bukan wewenang)' },
  },
});

export const MessageChannelEnum = enumOf<'WHATSAPP' | 'SMS'>(['WHATSAPP', 'SMS']);
registerEnumType(MessageChannelEnum, {
  name: 'MessageChannel',
  description: 'How a citizen who agreed to it is told of their case (and an officer of their notices)',
});

export const ConsentSourceEnum = enumOf<'SELF' | 'ADMIN' | 'BEFORE_RECORDING'>(['SELF', 'ADMIN', 'BEFORE_RECORDING']);
registerEnumType(ConsentSourceEnum, {
  name: 'ConsentSource',
  description: 'Who recorded an officer’s consent to notices by WhatsApp or SMS',
  valuesConfig: {
    SELF: { description: 'the officer, on their profile' },
    ADMIN: { description: 'their admin, with the officer’s consent' },
    BEFORE_RECORDING: { description: 'opted in before consents were recorded' },
  },
});
