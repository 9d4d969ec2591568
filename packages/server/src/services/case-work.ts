import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  assertCanReadCase,
  notFound,
  type CaseWorkflowFacts,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import type { CaseHolding } from '../entities/case-holding.entity.js';
import { Case } from '../entities/case.entity.js';
import type { OrgUnit } from '../entities/org-unit.entity.js';
import { workflowFacts } from './case-facts.js';
import { isUuid } from './ids.js';

export interface LoadedCase {
  c: Case;
  holder: OrgUnit;
  holdings: CaseHolding[];
  facts: CaseWorkflowFacts;
}

/**
 * Loads a case for a change, with what the workflow needs, and checks that the
 * principal can read it (NOT_FOUND otherwise, as if it did not exist) and that
 * nobody changed it since the version the user saw.
 */
export async function loadCaseForWork(
  em: EntityManager,
  registry: PluginRegistry,
  principal: Principal,
  caseId: string,
  expectedVersion: number | null | undefined,
): Promise<LoadedCase> {
  if (!isUuid(caseId)) throw notFound({ id: 'Kasus', en: 'Case' });
  const c = await em.findOne(Case, { id: caseId }, { populate: ['documents', 'visits', 'holder', 'holdings'] });
  if (!c) throw notFound({ id: 'Kasus', en: 'Case' });
  const holdings = c.holdings.getItems();
  const holder = c.holder.getEntity();
  const facts = workflowFacts(c, holder, holdings, registry);
  assertCanReadCase(principal, facts);
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== c.version) {
    throw versionConflict(c.version, expectedVersion);
  }
  return { c, holder, holdings, facts };
}

export function versionConflict(current: number | null, expected: number): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    {
      id: 'Kasus ini baru saja diubah orang lain. Muat ulang lalu coba lagi.',
      en: 'Someone else has just changed this case. Reload it and try again.',
    },
    { details: { expectedVersion: expected, currentVersion: current } },
  );
}

/**
 * Marks a case changed. `updatedAt` moves forward by at least a millisecond so
 * the row is always dirty: the ORM then writes it with `version = version + 1`
 * guarded by the old version, even for two changes within the same millisecond
 * (or under a test clock that stands still).
 */
export function touchCase(c: Case, now: Date): void {
  c.updatedAt = new Date(Math.max(now.getTime(), c.updatedAt.getTime() + 1));
}
