import { graphql } from './gql/index.js';

/**
 * The operations an OPD system needs, typed from the server's schema by GraphQL Code Generator
 * (`pnpm --filter @posyandu-spm/sdk codegen`). Use them with `client.request(Operation, variables)`;
 * write your own with `graphql(…)` from this package the same way.
 */

export const CaseSummaryFields = graphql(`
  fragment CaseSummaryFields on Case {
    id
    code
    version
    status
    outcome
    registeredAt
    updatedAt
    closedAt
    sector {
      id
    }
    serviceType {
      id
    }
    state {
      label {
        id
        en
      }
    }
    holder {
      id
      name
    }
    deadline {
      dueAt
      state
      workingDaysLeft
    }
    inbox {
      reason
      since
      actedOn
    }
  }
`);

/** A page of cases: the open inbox, changes since the last poll, by due date … */
export const ListCases = graphql(`
  query SdkListCases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...CaseSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      nextUpdatedSince
    }
  }
`);

/** One case with what an officer works with: documents, what is missing, the actions possible now. */
export const GetCase = graphql(`
  query SdkGetCase($id: ID!) {
    case(id: $id) {
      ...CaseSummaryFields
      description
      facts
      mayWork
      documents {
        code
        status
        fileCount
        fileNames
      }
      missingDocuments {
        code
      }
      availableActions {
        id
        to
        enabled
        requiresNote
        requiresReason
        label {
          id
          en
        }
      }
    }
  }
`);

/** Takes a workflow action (accept, complete, …) on the version last read. */
export const PerformAction = graphql(`
  mutation SdkPerformAction(
    $caseId: ID!
    $action: String!
    $expectedVersion: Int!
    $input: ActionInput
    $idempotencyKey: String
  ) {
    performAction(
      caseId: $caseId
      action: $action
      expectedVersion: $expectedVersion
      input: $input
      idempotencyKey: $idempotencyKey
    ) {
      ...CaseSummaryFields
    }
  }
`);

/** Records a document as handed in: files uploaded with `client.uploadFile` (fileIds) or papers by name. */
export const AttachDocument = graphql(`
  mutation SdkAttachDocument($caseId: ID!, $document: DocumentInput!, $expectedVersion: Int, $idempotencyKey: String) {
    attachDocument(
      caseId: $caseId
      document: $document
      expectedVersion: $expectedVersion
      idempotencyKey: $idempotencyKey
    ) {
      ...CaseSummaryFields
      documents {
        code
        status
        fileCount
      }
    }
  }
`);
