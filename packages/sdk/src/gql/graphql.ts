/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionInput = {
  /** Into a DECLINED state: a DeclineReason code (NOT_ELIGIBLE, INCOMPLETE, NOT_AUTHORITY, DUPLICATE, OTHER) the action offers; an unknown one is UNKNOWN_REASON_CODE */
  declineReason?: string | null | undefined;
  note?: string | null | undefined;
  reason?: string | null | undefined;
  /** Into a SETTLED_AT_VILLAGE state: a SettlementKind (MUSYAWARAH, DIRECT_HELP) */
  settlementKind?: string | null | undefined;
  /** The org unit the citizen should go to instead: required with declineReason NOT_AUTHORITY, optional on return-not-competent */
  suggestedUnitId?: string | number | null | undefined;
};

export type CaseFilter = {
  /** An area code: the case lies within it */
  areaCode?: string | null | undefined;
  deadlineState?: DeadlineState | null | undefined;
  /** Declined with this reason */
  declineReason?: DeclineReason | null | undefined;
  /** true: cases that went overdue and were escalated (the SPM coordinator's "Eskalasi" queue, with open: true); false: never escalated */
  escalated?: boolean | null | undefined;
  /** Overdue cases escalated to this org unit */
  escalatedToId?: string | number | null | undefined;
  /** Cases currently held by this org unit */
  holderId?: string | number | null | undefined;
  /** true: only cases one of the viewer's units holds now or was escalated to as overdue (its inbox) */
  inbox?: boolean | null | undefined;
  /** true: open cases only; false: closed only */
  open?: boolean | null | undefined;
  /** Closed cases with this outcome */
  outcome?: CaseOutcome | null | undefined;
  /** true: open, clock running, past the deadline now; false: every other case */
  overdue?: boolean | null | undefined;
  /** Penerima category; empty string: not mapped */
  penerima?: string | null | undefined;
  /** Registered on or after this local date (YYYY-MM-DD): the recap period */
  registeredFrom?: string | null | undefined;
  /** Registered on or before this local date (YYYY-MM-DD) */
  registeredTo?: string | null | undefined;
  /** The cases of one cell of the SPM recap, by its definition (drill-down from spmRecap) */
  reportCell?: SpmRecapCell | null | undefined;
  sectorId?: string | null | undefined;
  /** Any of these sectors */
  sectorIds?: Array<string> | null | undefined;
  /** The sector's service type id */
  serviceType?: string | null | undefined;
  /** Settled at village level, credited to this org unit */
  settledById?: string | number | null | undefined;
  /** Settled at village level by a unit of this kind */
  settledByUnitKind?: OrgUnitKind | null | undefined;
  /** Settled at village level this way */
  settlementKind?: SettlementKind | null | undefined;
  /** Jenis pelayanan dasar id (the SPM recap's serviceId); empty string: cases mapped to none */
  spmService?: string | null | undefined;
  /** Workflow state id */
  status?: string | null | undefined;
  /** Any of these workflow state ids */
  statuses?: Array<string> | null | undefined;
  /** Cases changed since (inclusive): an ISO 8601 instant for the first poll, then the nextUpdatedSince token of the last page. Only changes of finished transactions are listed, so a change committed late is never skipped; a case may come again when it changed again */
  updatedSince?: string | null | undefined;
};

/** How cases(…) is sorted */
export type CaseOrder =
  /** Earliest due time first */
  | 'DUE_AT'
  /** In commit order of their last change, oldest first (the default with filter.updatedSince) */
  | 'LAST_CHANGE'
  /** Newest registration first (the default) */
  | 'REGISTERED'
  /** Oldest registration first */
  | 'REGISTERED_ASC';

/** How a closed case ended; "returned" (bukan wewenang) is an event, not an outcome */
export type CaseOutcome =
  /** Tidak dapat dilayani / Cannot be served */
  | 'CANNOT_BE_SERVED'
  /** Selesai dilayani / Completed */
  | 'COMPLETED'
  /** Ditolak / Declined */
  | 'DECLINED'
  /** Selesai di tingkat desa / Settled at village level */
  | 'SETTLED_AT_VILLAGE'
  /** Dicabut pemohon / Withdrawn by the citizen */
  | 'WITHDRAWN';

/** Where a case stands against its deadline */
export type DeadlineState =
  | 'DUE_SOON'
  | 'MET'
  | 'MISSED'
  | 'ON_TRACK'
  | 'OVERDUE'
  | 'PAUSED';

/** Why a case was declined */
export type DeclineReason =
  /** Permohonan ganda / Duplicate */
  | 'DUPLICATE'
  /** Persyaratan tidak lengkap / Incomplete */
  | 'INCOMPLETE'
  /** Bukan wewenang / Not our authority */
  | 'NOT_AUTHORITY'
  /** Tidak memenuhi syarat / Not eligible */
  | 'NOT_ELIGIBLE'
  /** Alasan lain / Other reason */
  | 'OTHER';

export type DocumentInput = {
  code: string;
  /** Files uploaded to this case for this document with `POST /files` (attachDocument only; a case being registered has no files yet) */
  fileIds?: Array<string | number> | null | undefined;
  /** Papers recorded by name, without an upload (the files of `fileIds` need no name here) */
  fileNames?: Array<string>;
  note?: string | null | undefined;
};

/** Where one document of a case stands */
export type DocumentState =
  | 'MISSING'
  | 'NEEDS_CORRECTION'
  | 'RECEIVED'
  | 'VALID'
  | 'WAIVED';

/** HELD: routed to the unit, which holds it now; ESCALATED: overdue under the unit below, escalated to it */
export type InboxReason =
  | 'ESCALATED'
  | 'HELD';

export type OrgUnitKind =
  | 'KABUPATEN'
  | 'KECAMATAN'
  | 'OPD'
  | 'POLICE'
  | 'POSYANDU'
  | 'PUSKESMAS'
  | 'PUSTU'
  | 'SPM_COORDINATION'
  | 'VILLAGE_GOVERNMENT'
  | 'VILLAGE_TRANTIBUM';

/** How a case was settled at village level */
export type SettlementKind =
  /** Bantuan langsung / Direct help */
  | 'DIRECT_HELP'
  /** Musyawarah desa / Village deliberation (musyawarah) */
  | 'MUSYAWARAH';

/** A cell of the SPM recap (spmRecap), as a case-list filter: the cases counted in it, by the report's own definition */
export type SpmRecapCell =
  /** cannotBeServed */
  | 'CANNOT_BE_SERVED'
  /** completedLate */
  | 'COMPLETED_LATE'
  /** completedOnTime */
  | 'COMPLETED_ON_TIME'
  /** declined (with declineReason: declinedByReason) */
  | 'DECLINED'
  /** inProgress: open, not past its deadline now (or clock paused) */
  | 'IN_PROGRESS'
  /** openOverdue: open, clock running, past its deadline now */
  | 'OPEN_OVERDUE'
  /** otherClosed */
  | 'OTHER_CLOSED'
  /** returned: cases with at least one return (bukan wewenang) */
  | 'RETURNED'
  /** settledAtVillage (with settlementKind / settledById) */
  | 'SETTLED_AT_VILLAGE'
  /** withdrawn */
  | 'WITHDRAWN';

export type SdkTestPingQueryVariables = Exact<{ [key: string]: never; }>;


export type SdkTestPingQuery = { sectors: Array<{ id: string }> };

export type SdkTestListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SdkTestListQuery = { cases: { nextUpdatedSince: string | null, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseSummaryFieldsFragment = { id: string, code: string, version: number, status: string, outcome: CaseOutcome | null, registeredAt: string, updatedAt: string, closedAt: string | null, sector: { id: string }, serviceType: { id: string }, state: { label: { id: string, en: string } }, holder: { id: string, name: string }, deadline: { dueAt: string, state: DeadlineState, workingDaysLeft: number }, inbox: { reason: InboxReason, since: string, actedOn: boolean } | null };

export type SdkListCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: CaseOrder | null | undefined;
}>;


export type SdkListCasesQuery = { cases: { nextUpdatedSince: string | null, edges: Array<{ cursor: string, node: { id: string, code: string, version: number, status: string, outcome: CaseOutcome | null, registeredAt: string, updatedAt: string, closedAt: string | null, sector: { id: string }, serviceType: { id: string }, state: { label: { id: string, en: string } }, holder: { id: string, name: string }, deadline: { dueAt: string, state: DeadlineState, workingDaysLeft: number }, inbox: { reason: InboxReason, since: string, actedOn: boolean } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SdkGetCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type SdkGetCaseQuery = { case: { description: string, facts: Record<string, unknown>, mayWork: boolean, id: string, code: string, version: number, status: string, outcome: CaseOutcome | null, registeredAt: string, updatedAt: string, closedAt: string | null, documents: Array<{ code: string, status: DocumentState, fileCount: number, fileNames: Array<string> }>, missingDocuments: Array<{ code: string }>, availableActions: Array<{ id: string, to: string, enabled: boolean, requiresNote: boolean, requiresReason: boolean, label: { id: string, en: string } }>, sector: { id: string }, serviceType: { id: string }, state: { label: { id: string, en: string } }, holder: { id: string, name: string }, deadline: { dueAt: string, state: DeadlineState, workingDaysLeft: number }, inbox: { reason: InboxReason, since: string, actedOn: boolean } | null } | null };

export type SdkPerformActionMutationVariables = Exact<{
  caseId: string | number;
  action: string;
  expectedVersion: number;
  input?: ActionInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type SdkPerformActionMutation = { performAction: { id: string, code: string, version: number, status: string, outcome: CaseOutcome | null, registeredAt: string, updatedAt: string, closedAt: string | null, sector: { id: string }, serviceType: { id: string }, state: { label: { id: string, en: string } }, holder: { id: string, name: string }, deadline: { dueAt: string, state: DeadlineState, workingDaysLeft: number }, inbox: { reason: InboxReason, since: string, actedOn: boolean } | null } };

export type SdkAttachDocumentMutationVariables = Exact<{
  caseId: string | number;
  document: DocumentInput;
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type SdkAttachDocumentMutation = { attachDocument: { id: string, code: string, version: number, status: string, outcome: CaseOutcome | null, registeredAt: string, updatedAt: string, closedAt: string | null, documents: Array<{ code: string, status: DocumentState, fileCount: number }>, sector: { id: string }, serviceType: { id: string }, state: { label: { id: string, en: string } }, holder: { id: string, name: string }, deadline: { dueAt: string, state: DeadlineState, workingDaysLeft: number }, inbox: { reason: InboxReason, since: string, actedOn: boolean } | null } };

export const CaseSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}}]}}]}}]} as unknown as DocumentNode<CaseSummaryFieldsFragment, unknown>;
export const SdkTestPingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkTestPing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SdkTestPingQuery, SdkTestPingQueryVariables>;
export const SdkTestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkTestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdatedSince"}}]}}]}}]} as unknown as DocumentNode<SdkTestListQuery, SdkTestListQueryVariables>;
export const SdkListCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkListCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextUpdatedSince"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}}]}}]}}]} as unknown as DocumentNode<SdkListCasesQuery, SdkListCasesQueryVariables>;
export const SdkGetCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SdkGetCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"mayWork"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"requiresNote"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReason"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}}]}}]}}]} as unknown as DocumentNode<SdkGetCaseQuery, SdkGetCaseQueryVariables>;
export const SdkPerformActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SdkPerformAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}}]}}]}}]} as unknown as DocumentNode<SdkPerformActionMutation, SdkPerformActionMutationVariables>;
export const SdkAttachDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SdkAttachDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}}]}}]}}]} as unknown as DocumentNode<SdkAttachDocumentMutation, SdkAttachDocumentMutationVariables>;