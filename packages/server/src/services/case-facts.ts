import type { CaseAccessFacts, CaseWorkflowFacts, PluginRegistry } from '@posyandu-spm/core';
import type { CaseHolding } from '../entities/case-holding.entity.js';
import type { Case } from '../entities/case.entity.js';
import type { OrgUnit } from '../entities/org-unit.entity.js';

/** Users whose time-limited access to the confidential reporter's identity is still running at `now`. */
export function activeReporterAccess(c: Pick<Case, 'reporterAccess'>, now: Date): string[] {
  return c.reporterAccess.filter((g) => Date.parse(g.until) > now.getTime()).map((g) => g.userId);
}

/**
 * What the access policy needs; the holder must be loaded. The registry tells the service type's
 * area readers; `now` decides which time-limited reporter-access grants still count (null leaves
 * them out: workflow decisions never use them).
 */
export function accessFacts(c: Case, holder: OrgUnit, registry: PluginRegistry, now: Date | null): CaseAccessFacts {
  return {
    areaCode: c.area.code,
    sectorId: c.sectorId,
    originUnitId: c.originUnit.id,
    holderUnitId: holder.id,
    holderChain: [holder.id, ...holder.ancestorIds],
    heldByUnitIds: c.heldByUnitIds,
    confidentialReporter: c.confidentialReporter,
    reporterAccessUserIds: now ? activeReporterAccess(c, now) : [],
    areaReaders: registry.areaReaders(c.sectorId, c.serviceTypeId),
  };
}

/** What the workflow engine needs; documents and visits must be loaded. */
export function workflowFacts(
  c: Case,
  holder: OrgUnit,
  holdings: readonly CaseHolding[],
  registry: PluginRegistry,
): CaseWorkflowFacts {
  const current = holdings.find((h) => h.until === null);
  return {
    ...accessFacts(c, holder, registry, null),
    sectorId: c.sectorId,
    serviceTypeId: c.serviceTypeId,
    status: c.status,
    closed: c.closedAt !== null,
    documents: c.documents.getItems().map((d) => ({ code: d.code, status: d.status, fileCount: d.fileCount })),
    visits: c.visits.getItems().map((v) => ({ kind: v.kind })),
    previousHolderUnitId: current?.receivedFrom?.id ?? null,
  };
}
