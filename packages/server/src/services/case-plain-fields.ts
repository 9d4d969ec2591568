import type { Case } from '../entities/case.entity.js';

/**
 * The `Case` fields answered straight from the case's own columns: plain `@Field`s of the entity,
 * with no field resolver, policy or relation behind them. A new field goes here only if that holds.
 * Both answers without a managed entity use it: a registered case (registration/registered-case.ts)
 * and a list page's read model (case-list/case-list-selection.ts).
 */
export const CASE_PLAIN_FIELDS = [
  'id',
  'code',
  'status',
  'dusun',
  'rw',
  'rt',
  'description',
  'registeredAt',
  'closedAt',
  'outcome',
  'declineReason',
  'settlementKind',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof Case)[];

export type CasePlainField = (typeof CASE_PLAIN_FIELDS)[number];
