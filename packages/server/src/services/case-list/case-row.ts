import type {
  AreaLevel,
  CaseOutcome,
  DeclineReason,
  DocumentStatus,
  OrgUnitKind,
  SettlementKind,
  VisitKind,
} from '@posyandu-spm/core';
import type { FactValue } from '@posyandu-spm/core/intake';
import type { CaseWarning, CitizenChannel, CitizenLanguage, ReporterAccessGrant } from '../../entities/case.entity.js';

/**
 * The plain rows a case list page is read into (the list's read model, docs/architecture.md):
 * no ORM entity, no identity map, no unit of work — a list is read-only. Property names are the
 * Case entity's, so the GraphQL field resolvers read a row and an entity alike (case-node.ts).
 */

/** An org unit as the list reads it (holder, origin, escalation unit): the GraphQL `OrgUnit` fields. */
export interface UnitRow {
  id: string;
  kind: OrgUnitKind;
  name: string;
  services: string[];
  /** As on the entity's reference: `unit.area.code`. */
  area: { code: string };
  parentId: string | null;
  ancestorIds: string[];
}

/** A desa/kelurahan: the GraphQL `Area` fields. */
export interface AreaRow {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  timeZone: string;
}

/** The applicant: what a `CaseParty` is made of, before the field policy masks it. */
export interface PersonRow {
  id: string;
  nik: string | null;
  name: string | null;
  phone: string | null;
  address: string | null;
}

/** A submitted document (no files: a selection asking for them is read through the ORM). */
export interface DocumentRow {
  code: string;
  status: DocumentStatus;
  fileCount: number;
  fileNames: string[];
  note: string | null;
  statusReason: string | null;
}

/**
 * One case of a list page. The parts marked "read when asked" are `undefined` when the page's
 * selection did not ask for them (case-list-selection.ts); reading one that was not read is a
 * programming error (`readPart` in case-node.ts says which).
 */
export class CaseRow {
  id!: string;
  code!: string;
  sectorId!: string;
  serviceTypeId!: string;
  status!: string;
  dusun!: string | null;
  rw!: string | null;
  rt!: string | null;
  description!: string;
  facts!: Record<string, FactValue>;
  warnings!: CaseWarning[];
  messageChannel!: CitizenChannel | null;
  messageLanguage!: CitizenLanguage | null;
  messageConsentAt!: Date | null;
  trackingPin!: string | null;
  confidentialReporter!: boolean;
  reporterAccess!: ReporterAccessGrant[];
  heldByUnitIds!: string[];
  registeredAt!: Date;
  clockStartDate!: string;
  dueAt!: Date;
  clockPausedAt!: Date | null;
  remainingWorkingDays!: number | null;
  closedAt!: Date | null;
  outcome!: CaseOutcome | null;
  declineReason!: DeclineReason | null;
  settlementKind!: SettlementKind | null;
  escalationLevel!: number;
  spmService!: string | null;
  penerima!: string | null;
  updatedAt!: Date;
  version!: number;
  /** Only in the LAST_CHANGE order (its cursor). */
  changeXid?: string;

  area!: AreaRow;
  holder!: UnitRow;
  originUnitId!: string;
  escalatedToId!: string | null;
  applicantId!: string;
  /** Read when asked. */
  originUnit?: UnitRow;
  /** Read when asked; null when the case was never escalated. */
  escalatedTo?: UnitRow | null;
  /** Read when asked. */
  applicant?: PersonRow;
  /** The applicant's latest family card number; read when asked. */
  applicantKk?: string | null;
  /** Read when asked (documents, missing documents, available actions). */
  documents?: DocumentRow[];
  /** Read when asked (available actions): the kinds of the visits recorded. */
  visitKinds?: VisitKind[];
  /** Read when asked (available actions): who handed the case to its holder. */
  previousHolderUnitId?: string | null;
}
