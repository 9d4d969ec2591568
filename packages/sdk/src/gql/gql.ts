/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SdkTestPing {\n    sectors {\n      id\n    }\n  }\n": typeof types.SdkTestPingDocument,
    "\n      query SdkTestList($first: Int, $after: String) {\n        cases(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nextUpdatedSince\n        }\n      }\n    ": typeof types.SdkTestListDocument,
    "\n  fragment CaseSummaryFields on Case {\n    id\n    code\n    version\n    status\n    outcome\n    registeredAt\n    updatedAt\n    closedAt\n    sector {\n      id\n    }\n    serviceType {\n      id\n    }\n    state {\n      label {\n        id\n        en\n      }\n    }\n    holder {\n      id\n      name\n    }\n    deadline {\n      dueAt\n      state\n      workingDaysLeft\n    }\n    inbox {\n      reason\n      since\n      actedOn\n    }\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdkListCases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nextUpdatedSince\n    }\n  }\n": typeof types.SdkListCasesDocument,
    "\n  query SdkGetCase($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      facts\n      mayWork\n      documents {\n        code\n        status\n        fileCount\n        fileNames\n      }\n      missingDocuments {\n        code\n      }\n      availableActions {\n        id\n        to\n        enabled\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n      }\n    }\n  }\n": typeof types.SdkGetCaseDocument,
    "\n  mutation SdkPerformAction(\n    $caseId: ID!\n    $action: String!\n    $expectedVersion: Int!\n    $input: ActionInput\n    $idempotencyKey: String\n  ) {\n    performAction(\n      caseId: $caseId\n      action: $action\n      expectedVersion: $expectedVersion\n      input: $input\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.SdkPerformActionDocument,
    "\n  mutation SdkAttachDocument($caseId: ID!, $document: DocumentInput!, $expectedVersion: Int, $idempotencyKey: String) {\n    attachDocument(\n      caseId: $caseId\n      document: $document\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n      documents {\n        code\n        status\n        fileCount\n      }\n    }\n  }\n": typeof types.SdkAttachDocumentDocument,
};
const documents: Documents = {
    "\n  query SdkTestPing {\n    sectors {\n      id\n    }\n  }\n": types.SdkTestPingDocument,
    "\n      query SdkTestList($first: Int, $after: String) {\n        cases(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nextUpdatedSince\n        }\n      }\n    ": types.SdkTestListDocument,
    "\n  fragment CaseSummaryFields on Case {\n    id\n    code\n    version\n    status\n    outcome\n    registeredAt\n    updatedAt\n    closedAt\n    sector {\n      id\n    }\n    serviceType {\n      id\n    }\n    state {\n      label {\n        id\n        en\n      }\n    }\n    holder {\n      id\n      name\n    }\n    deadline {\n      dueAt\n      state\n      workingDaysLeft\n    }\n    inbox {\n      reason\n      since\n      actedOn\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdkListCases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nextUpdatedSince\n    }\n  }\n": types.SdkListCasesDocument,
    "\n  query SdkGetCase($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      facts\n      mayWork\n      documents {\n        code\n        status\n        fileCount\n        fileNames\n      }\n      missingDocuments {\n        code\n      }\n      availableActions {\n        id\n        to\n        enabled\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n      }\n    }\n  }\n": types.SdkGetCaseDocument,
    "\n  mutation SdkPerformAction(\n    $caseId: ID!\n    $action: String!\n    $expectedVersion: Int!\n    $input: ActionInput\n    $idempotencyKey: String\n  ) {\n    performAction(\n      caseId: $caseId\n      action: $action\n      expectedVersion: $expectedVersion\n      input: $input\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n    }\n  }\n": types.SdkPerformActionDocument,
    "\n  mutation SdkAttachDocument($caseId: ID!, $document: DocumentInput!, $expectedVersion: Int, $idempotencyKey: String) {\n    attachDocument(\n      caseId: $caseId\n      document: $document\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n      documents {\n        code\n        status\n        fileCount\n      }\n    }\n  }\n": types.SdkAttachDocumentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkTestPing {\n    sectors {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SdkTestPing {\n    sectors {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SdkTestList($first: Int, $after: String) {\n        cases(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nextUpdatedSince\n        }\n      }\n    "): (typeof documents)["\n      query SdkTestList($first: Int, $after: String) {\n        cases(first: $first, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nextUpdatedSince\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on Case {\n    id\n    code\n    version\n    status\n    outcome\n    registeredAt\n    updatedAt\n    closedAt\n    sector {\n      id\n    }\n    serviceType {\n      id\n    }\n    state {\n      label {\n        id\n        en\n      }\n    }\n    holder {\n      id\n      name\n    }\n    deadline {\n      dueAt\n      state\n      workingDaysLeft\n    }\n    inbox {\n      reason\n      since\n      actedOn\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on Case {\n    id\n    code\n    version\n    status\n    outcome\n    registeredAt\n    updatedAt\n    closedAt\n    sector {\n      id\n    }\n    serviceType {\n      id\n    }\n    state {\n      label {\n        id\n        en\n      }\n    }\n    holder {\n      id\n      name\n    }\n    deadline {\n      dueAt\n      state\n      workingDaysLeft\n    }\n    inbox {\n      reason\n      since\n      actedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkListCases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nextUpdatedSince\n    }\n  }\n"): (typeof documents)["\n  query SdkListCases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {\n    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nextUpdatedSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdkGetCase($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      facts\n      mayWork\n      documents {\n        code\n        status\n        fileCount\n        fileNames\n      }\n      missingDocuments {\n        code\n      }\n      availableActions {\n        id\n        to\n        enabled\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdkGetCase($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      facts\n      mayWork\n      documents {\n        code\n        status\n        fileCount\n        fileNames\n      }\n      missingDocuments {\n        code\n      }\n      availableActions {\n        id\n        to\n        enabled\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkPerformAction(\n    $caseId: ID!\n    $action: String!\n    $expectedVersion: Int!\n    $input: ActionInput\n    $idempotencyKey: String\n  ) {\n    performAction(\n      caseId: $caseId\n      action: $action\n      expectedVersion: $expectedVersion\n      input: $input\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SdkPerformAction(\n    $caseId: ID!\n    $action: String!\n    $expectedVersion: Int!\n    $input: ActionInput\n    $idempotencyKey: String\n  ) {\n    performAction(\n      caseId: $caseId\n      action: $action\n      expectedVersion: $expectedVersion\n      input: $input\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SdkAttachDocument($caseId: ID!, $document: DocumentInput!, $expectedVersion: Int, $idempotencyKey: String) {\n    attachDocument(\n      caseId: $caseId\n      document: $document\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n      documents {\n        code\n        status\n        fileCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SdkAttachDocument($caseId: ID!, $document: DocumentInput!, $expectedVersion: Int, $idempotencyKey: String) {\n    attachDocument(\n      caseId: $caseId\n      document: $document\n      expectedVersion: $expectedVersion\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...CaseSummaryFields\n      documents {\n        code\n        status\n        fileCount\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;