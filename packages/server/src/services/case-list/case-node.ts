import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseAccessFacts, CaseWorkflowFacts, DocumentFacts, PluginRegistry } from '@posyandu-spm/core';
import type { Area } from '../../entities/area.entity.js';
import type { Case } from '../../entities/case.entity.js';
import { Person } from '../../entities/person.entity.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { accessFacts, activeReporterAccess, workflowFacts } from '../case-facts.js';
import type { MaybePromise } from '../maybe-promise.js';
import { CaseRow, type AreaRow, type DocumentRow, type PersonRow, type UnitRow } from './case-row.js';

/**
 * What the GraphQL `Case` type resolves from: an entity (a case page, a mutation's answer, an
 * event) or a row of a list page (case-row.ts). The field resolvers go through these accessors
 * for what a row holds already read and an entity loads, so both take the same field policies.
 */
export type CaseNode = Case | CaseRow;
/** What the GraphQL `OrgUnit` type resolves from. */
export type UnitNode = OrgUnit | UnitRow;

export function isCaseRow(c: CaseNode): c is CaseRow {
  return c instanceof CaseRow;
}

/** A part of a row the page did not read: the look-ahead (case-list-selection.ts) missed a field. */
function readPart<T>(value: T | undefined, part: string, c: CaseRow): T {
  if (value === undefined) throw new Error(`case list read model: ${part} of case ${c.id} was not read`);
  return value;
}

export function holderOf(c: CaseNode): UnitNode | Promise<OrgUnit> {
  return isCaseRow(c) ? c.holder : c.holder.loadOrFail({ dataloader: true });
}

export function areaOf(c: CaseNode): AreaRow | Promise<Area> {
  return isCaseRow(c) ? c.area : c.area.loadOrFail({ dataloader: true });
}

export function originUnitOf(c: CaseNode): UnitNode | Promise<OrgUnit> {
  return isCaseRow(c) ? readPart(c.originUnit, 'originUnit', c) : c.originUnit.loadOrFail({ dataloader: true });
}

export function escalatedToOf(c: CaseNode): UnitNode | Promise<OrgUnit> | null {
  if (isCaseRow(c)) return readPart(c.escalatedTo, 'escalatedTo', c);
  return c.escalatedTo ? c.escalatedTo.loadOrFail({ dataloader: true }) : null;
}

/** The parent of an org unit (escalations go there), loaded by id for a row. */
export function parentUnitOf(unit: UnitNode, em: EntityManager): Promise<OrgUnit | null> {
  if (unit instanceof OrgUnit) {
    return unit.parent ? unit.parent.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }
  if (!unit.parentId) return Promise.resolve(null);
  return em.getReference(OrgUnit, unit.parentId, { wrapped: true }).loadOrFail({ dataloader: true });
}

/** A party of a case: a person entity, or a row's applicant with the latest card number read with it. */
export type PartyPerson = Person | (PersonRow & { kk: string | null });

export function applicantOf(c: CaseNode): PartyPerson | Promise<Person> {
  if (isCaseRow(c)) {
    // kkNumber and kkMasked not asked: the card was not read, and nothing shows it.
    return { ...readPart(c.applicant, 'applicant', c), kk: c.applicantKk ?? null };
  }
  return c.applicant.loadOrFail({ dataloader: true });
}

/** The latest family card number of a party: of an entity, the newest card first seen. */
export function latestKk(person: PartyPerson): MaybePromise<string | null> {
  if (!(person instanceof Person)) return person.kk;
  return person.familyCards.load({ dataloader: true }).then(
    (cards) =>
      cards
        .getItems()
        .slice()
        .sort((a, b) => a.firstSeenAt.getTime() - b.firstSeenAt.getTime())
        .at(-1)?.kkNumber ?? null,
  );
}

/** The submitted documents (an entity's with their ids, for their files). */
export function documentsOf(c: CaseNode): MaybePromise<ReadonlyArray<DocumentRow & { id?: string }>> {
  if (isCaseRow(c)) return readPart(c.documents, 'documents', c);
  return c.documents.load({ dataloader: true }).then((documents) => documents.getItems());
}

const rowFacts = new WeakMap<CaseRow, CaseAccessFacts>();

/**
 * What the access policy needs about the case (core/access/policy.ts), as of `now`; for a row
 * built once per request and kept with the row (every policy field of the page asks it).
 */
export function accessFactsOf(c: CaseNode, registry: PluginRegistry, now: Date): MaybePromise<CaseAccessFacts> {
  if (!isCaseRow(c)) return c.holder.loadOrFail({ dataloader: true }).then((h) => accessFacts(c, h, registry, now));
  let facts = rowFacts.get(c);
  if (!facts) {
    facts = rowAccessFacts(c, registry, activeReporterAccess(c, now));
    rowFacts.set(c, facts);
  }
  return facts;
}

function rowAccessFacts(c: CaseRow, registry: PluginRegistry, reporterAccessUserIds: string[]): CaseAccessFacts {
  return {
    areaCode: c.area.code,
    sectorId: c.sectorId,
    originUnitId: c.originUnitId,
    holderUnitId: c.holder.id,
    holderChain: [c.holder.id, ...c.holder.ancestorIds],
    heldByUnitIds: c.heldByUnitIds,
    confidentialReporter: c.confidentialReporter,
    reporterAccessUserIds,
    areaReaders: registry.areaReaders(c.sectorId, c.serviceTypeId),
  };
}

/** What the workflow engine needs to offer actions (time-limited reporter access left out, as for entities). */
export function workflowFactsOf(c: CaseNode, registry: PluginRegistry): MaybePromise<CaseWorkflowFacts> {
  if (!isCaseRow(c)) {
    return Promise.all([
      c.holder.loadOrFail({ dataloader: true }),
      c.documents.load({ dataloader: true }),
      c.visits.load({ dataloader: true }),
      c.holdings.load({ dataloader: true }),
    ]).then(([holder, , , holdings]) => workflowFacts(c, holder, holdings.getItems(), registry));
  }
  const documents: DocumentFacts[] = readPart(c.documents, 'documents', c).map((d) => ({
    code: d.code,
    status: d.status,
    fileCount: d.fileCount,
  }));
  return {
    ...rowAccessFacts(c, registry, []),
    sectorId: c.sectorId,
    serviceTypeId: c.serviceTypeId,
    status: c.status,
    closed: c.closedAt !== null,
    documents,
    visits: readPart(c.visitKinds, 'visitKinds', c).map((kind) => ({ kind })),
    previousHolderUnitId: readPart(c.previousHolderUnitId, 'previousHolderUnitId', c),
  };
}
