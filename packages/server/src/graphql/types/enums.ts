import {
  AREA_LEVELS,
  DEADLINE_STATES,
  DOCUMENT_STATUSES,
  ORG_UNIT_KINDS,
  ROLES,
  type DeadlineState,
  type DocumentStatus,
  type OrgUnitKind,
  type Role,
} from '@posyandu-spm/core';
import { registerEnumType } from 'type-graphql';
import { HOLIDAY_KINDS, type HolidayKind } from '../../entities/holiday.entity.js';
import { VISIT_KINDS, VISIT_RECOMMENDATIONS, type VisitRecommendation } from '../../entities/visit.entity.js';

/** Turns a list of names into the object type-graphql registers as a GraphQL enum. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const DeadlineStateEnum = enumOf<DeadlineState>(DEADLINE_STATES);
export const DocumentStateEnum = enumOf<DocumentStatus | 'MISSING'>([...DOCUMENT_STATUSES, 'MISSING']);
export const ReviewStatusEnum = enumOf<'VALID' | 'NEEDS_CORRECTION' | 'WAIVED'>([
  'VALID',
  'NEEDS_CORRECTION',
  'WAIVED',
]);
export const VisitKindEnum = enumOf<'HOME' | 'FIELD'>(VISIT_KINDS);
export const VisitRecommendationEnum = enumOf<VisitRecommendation>(VISIT_RECOMMENDATIONS);
export const RoleEnum = enumOf<Role>(ROLES);
export const OrgUnitKindEnum = enumOf<OrgUnitKind>(ORG_UNIT_KINDS);
export const HolidayKindEnum = enumOf<HolidayKind>(HOLIDAY_KINDS);
export const AreaLevelEnum = enumOf(AREA_LEVELS);

registerEnumType(DeadlineStateEnum, { name: 'DeadlineState', description: 'Where a case stands against its deadline' });
registerEnumType(DocumentStateEnum, { name: 'DocumentState', description: 'Where one document of a case stands' });
registerEnumType(ReviewStatusEnum, { name: 'DocumentReview', description: 'The outcome of checking a document' });
registerEnumType(VisitKindEnum, { name: 'VisitKind', description: 'HOME (kunjungan rumah) or FIELD (lapangan)' });
registerEnumType(VisitRecommendationEnum, { name: 'VisitRecommendation' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(OrgUnitKindEnum, { name: 'OrgUnitKind' });
registerEnumType(HolidayKindEnum, { name: 'HolidayKind' });
registerEnumType(AreaLevelEnum, { name: 'AreaLevel' });
