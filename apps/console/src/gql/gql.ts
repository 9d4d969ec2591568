/* eslint-disable */
import * as types from './graphql';
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
    "\n  fragment CaseSummaryFields on Case {\n    __typename\n    id\n    code\n    status\n    version\n    registeredAt\n    updatedAt\n    state {\n      __typename\n      id\n      terminal\n      pausesClock\n      label {\n        __typename\n        id\n        en\n      }\n    }\n    sector {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    serviceType {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    applicant {\n      __typename\n      name\n    }\n    holder {\n      __typename\n      id\n      name\n    }\n    deadline {\n      __typename\n      dueAt\n      state\n      timeZone\n      workingDaysLeft\n    }\n    missingDocuments {\n      __typename\n      code\n    }\n    availableActions {\n      __typename\n      id\n      enabled\n    }\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      locale\n      memberships {\n        role\n        orgUnit {\n          id\n          name\n          kind\n          areaCode\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query IntakeSectors {\n    sectors {\n      id\n      confidentialReporter\n      intakeRoles\n      intakeUnitKinds\n      name {\n        id\n        en\n      }\n      serviceTypes {\n        id\n        name {\n          id\n          en\n        }\n        description {\n          id\n          en\n        }\n      }\n    }\n  }\n": typeof types.IntakeSectorsDocument,
    "\n  query SectorForm($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        documents {\n          code\n          required\n          minFiles\n          maxFiles\n          label {\n            id\n            en\n          }\n          description {\n            id\n            en\n          }\n        }\n        questions {\n          id\n          type\n          required\n          maxLength\n          label {\n            id\n            en\n          }\n          options {\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectorFormDocument,
    "\n  query SectorChoiceLabels($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        questions {\n          id\n          options {\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SectorChoiceLabelsDocument,
    "\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      identityRedacted\n      reporterAccessUntil\n      dusun\n      rw\n      rt\n      area {\n        code\n        name\n        timeZone\n      }\n      sector {\n        id\n        workflow {\n          states {\n            id\n            label {\n              id\n              en\n            }\n          }\n          actions {\n            id\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n      applicant {\n        name\n        nik\n        nikMasked\n        phone\n        address\n      }\n      beneficiaries {\n        name\n        nik\n        nikMasked\n        relation\n      }\n      state {\n        id\n        allowsVisits\n      }\n      documents {\n        code\n        required\n        status\n        statusReason\n        fileCount\n        minFiles\n        maxFiles\n        fileNames\n        files {\n          id\n          name\n          contentType\n          url\n          thumbnailUrl\n        }\n        label {\n          id\n          en\n        }\n      }\n      visits {\n        id\n        kind\n        visitedAt\n        findings\n        participants\n        recommendation\n      }\n      warnings {\n        code\n        message {\n          id\n          en\n        }\n      }\n      availableActions {\n        id\n        enabled\n        to\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n        blockedBy {\n          id\n          en\n        }\n      }\n      # CaseEvent.id is left out: the server in the working tree fails to serialize it (a BigInt); see the report.\n      timeline {\n        type\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n        reason\n        occurredAt\n        holder {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation PerformAction($caseId: ID!, $action: String!, $expectedVersion: Int!, $input: ActionInput) {\n    performAction(caseId: $caseId, action: $action, expectedVersion: $expectedVersion, input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.PerformActionDocument,
    "\n  mutation RecordVisit($caseId: ID!, $expectedVersion: Int, $visit: VisitInput!) {\n    recordVisit(caseId: $caseId, expectedVersion: $expectedVersion, visit: $visit) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.RecordVisitDocument,
    "\n  mutation AttachDocument($caseId: ID!, $document: DocumentInput!) {\n    attachDocument(caseId: $caseId, document: $document) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.AttachDocumentDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.RegisterCaseDocument,
    "\n  query TrackCase($code: String!, $phoneLast4: String!) {\n    trackCase(code: $code, phoneLast4: $phoneLast4) {\n      code\n      closed\n      registeredAt\n      updatedAt\n      sector {\n        id\n        en\n      }\n      serviceType {\n        id\n        en\n      }\n      status {\n        id\n        en\n      }\n      deadline {\n        dueAt\n        state\n        timeZone\n        workingDaysLeft\n      }\n    }\n  }\n": typeof types.TrackCaseDocument,
    "\n  subscription CaseEvents($after: String, $filter: CaseEventFilter) {\n    caseEvents(after: $after, filter: $filter) {\n      __typename\n      cursor\n      caseId\n      event {\n        __typename\n        type\n        occurredAt\n      }\n      case {\n        ...CaseSummaryFields\n      }\n    }\n  }\n": typeof types.CaseEventsDocument,
    "\n  query AdminOrgUnits {\n    orgUnits {\n      ...AdminOrgUnitFields\n    }\n  }\n": typeof types.AdminOrgUnitsDocument,
    "\n  fragment AdminOrgUnitFields on OrgUnit {\n    id\n    name\n    kind\n    areaCode\n    services\n    parent {\n      id\n    }\n  }\n": typeof types.AdminOrgUnitFieldsFragmentDoc,
    "\n  mutation CreateOrgUnit($input: OrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...AdminOrgUnitFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $changes: OrgUnitChanges!) {\n    updateOrgUnit(id: $id, changes: $changes) {\n      ...AdminOrgUnitFields\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    displayName\n    email\n    active\n    memberships {\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManagedUserFieldsFragmentDoc,
    "\n  query AdminUsers($orgUnitId: ID) {\n    users(orgUnitId: $orgUnitId) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($username: String!, $displayName: String!, $password: String!, $email: String) {\n    createUser(username: $username, displayName: $displayName, password: $password, email: $email) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation GrantRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  query AdminHolidays($year: Int!, $areaCode: String!) {\n    holidays(year: $year, areaCode: $areaCode) {\n      id\n      date\n      kind\n      nameId\n      nameEn\n      legalBasis\n      areaCode\n    }\n  }\n": typeof types.AdminHolidaysDocument,
    "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      id\n      date\n    }\n  }\n": typeof types.AddHolidayDocument,
    "\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n": typeof types.RemoveHolidayDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    orgUnit {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation CreateApiKey($orgUnitId: ID!, $name: String!, $expiresAt: DateTimeISO!) {\n    createApiKey(orgUnitId: $orgUnitId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation RequestReporterAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    requestReporterAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      id\n      identityRedacted\n      reporterAccessUntil\n    }\n  }\n": typeof types.RequestReporterAccessDocument,
};
const documents: Documents = {
    "\n  fragment CaseSummaryFields on Case {\n    __typename\n    id\n    code\n    status\n    version\n    registeredAt\n    updatedAt\n    state {\n      __typename\n      id\n      terminal\n      pausesClock\n      label {\n        __typename\n        id\n        en\n      }\n    }\n    sector {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    serviceType {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    applicant {\n      __typename\n      name\n    }\n    holder {\n      __typename\n      id\n      name\n    }\n    deadline {\n      __typename\n      dueAt\n      state\n      timeZone\n      workingDaysLeft\n    }\n    missingDocuments {\n      __typename\n      code\n    }\n    availableActions {\n      __typename\n      id\n      enabled\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      locale\n      memberships {\n        role\n        orgUnit {\n          id\n          name\n          kind\n          areaCode\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query IntakeSectors {\n    sectors {\n      id\n      confidentialReporter\n      intakeRoles\n      intakeUnitKinds\n      name {\n        id\n        en\n      }\n      serviceTypes {\n        id\n        name {\n          id\n          en\n        }\n        description {\n          id\n          en\n        }\n      }\n    }\n  }\n": types.IntakeSectorsDocument,
    "\n  query SectorForm($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        documents {\n          code\n          required\n          minFiles\n          maxFiles\n          label {\n            id\n            en\n          }\n          description {\n            id\n            en\n          }\n        }\n        questions {\n          id\n          type\n          required\n          maxLength\n          label {\n            id\n            en\n          }\n          options {\n            value\n          }\n        }\n      }\n    }\n  }\n": types.SectorFormDocument,
    "\n  query SectorChoiceLabels($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        questions {\n          id\n          options {\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SectorChoiceLabelsDocument,
    "\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      identityRedacted\n      reporterAccessUntil\n      dusun\n      rw\n      rt\n      area {\n        code\n        name\n        timeZone\n      }\n      sector {\n        id\n        workflow {\n          states {\n            id\n            label {\n              id\n              en\n            }\n          }\n          actions {\n            id\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n      applicant {\n        name\n        nik\n        nikMasked\n        phone\n        address\n      }\n      beneficiaries {\n        name\n        nik\n        nikMasked\n        relation\n      }\n      state {\n        id\n        allowsVisits\n      }\n      documents {\n        code\n        required\n        status\n        statusReason\n        fileCount\n        minFiles\n        maxFiles\n        fileNames\n        files {\n          id\n          name\n          contentType\n          url\n          thumbnailUrl\n        }\n        label {\n          id\n          en\n        }\n      }\n      visits {\n        id\n        kind\n        visitedAt\n        findings\n        participants\n        recommendation\n      }\n      warnings {\n        code\n        message {\n          id\n          en\n        }\n      }\n      availableActions {\n        id\n        enabled\n        to\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n        blockedBy {\n          id\n          en\n        }\n      }\n      # CaseEvent.id is left out: the server in the working tree fails to serialize it (a BigInt); see the report.\n      timeline {\n        type\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n        reason\n        occurredAt\n        holder {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  mutation PerformAction($caseId: ID!, $action: String!, $expectedVersion: Int!, $input: ActionInput) {\n    performAction(caseId: $caseId, action: $action, expectedVersion: $expectedVersion, input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": types.PerformActionDocument,
    "\n  mutation RecordVisit($caseId: ID!, $expectedVersion: Int, $visit: VisitInput!) {\n    recordVisit(caseId: $caseId, expectedVersion: $expectedVersion, visit: $visit) {\n      ...CaseSummaryFields\n    }\n  }\n": types.RecordVisitDocument,
    "\n  mutation AttachDocument($caseId: ID!, $document: DocumentInput!) {\n    attachDocument(caseId: $caseId, document: $document) {\n      ...CaseSummaryFields\n    }\n  }\n": types.AttachDocumentDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": types.RegisterCaseDocument,
    "\n  query TrackCase($code: String!, $phoneLast4: String!) {\n    trackCase(code: $code, phoneLast4: $phoneLast4) {\n      code\n      closed\n      registeredAt\n      updatedAt\n      sector {\n        id\n        en\n      }\n      serviceType {\n        id\n        en\n      }\n      status {\n        id\n        en\n      }\n      deadline {\n        dueAt\n        state\n        timeZone\n        workingDaysLeft\n      }\n    }\n  }\n": types.TrackCaseDocument,
    "\n  subscription CaseEvents($after: String, $filter: CaseEventFilter) {\n    caseEvents(after: $after, filter: $filter) {\n      __typename\n      cursor\n      caseId\n      event {\n        __typename\n        type\n        occurredAt\n      }\n      case {\n        ...CaseSummaryFields\n      }\n    }\n  }\n": types.CaseEventsDocument,
    "\n  query AdminOrgUnits {\n    orgUnits {\n      ...AdminOrgUnitFields\n    }\n  }\n": types.AdminOrgUnitsDocument,
    "\n  fragment AdminOrgUnitFields on OrgUnit {\n    id\n    name\n    kind\n    areaCode\n    services\n    parent {\n      id\n    }\n  }\n": types.AdminOrgUnitFieldsFragmentDoc,
    "\n  mutation CreateOrgUnit($input: OrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...AdminOrgUnitFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $changes: OrgUnitChanges!) {\n    updateOrgUnit(id: $id, changes: $changes) {\n      ...AdminOrgUnitFields\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": types.DeleteOrgUnitDocument,
    "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    displayName\n    email\n    active\n    memberships {\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.ManagedUserFieldsFragmentDoc,
    "\n  query AdminUsers($orgUnitId: ID) {\n    users(orgUnitId: $orgUnitId) {\n      ...ManagedUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($username: String!, $displayName: String!, $password: String!, $email: String) {\n    createUser(username: $username, displayName: $displayName, password: $password, email: $email) {\n      ...ManagedUserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation GrantRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...ManagedUserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  query AdminHolidays($year: Int!, $areaCode: String!) {\n    holidays(year: $year, areaCode: $areaCode) {\n      id\n      date\n      kind\n      nameId\n      nameEn\n      legalBasis\n      areaCode\n    }\n  }\n": types.AdminHolidaysDocument,
    "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      id\n      date\n    }\n  }\n": types.AddHolidayDocument,
    "\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n": types.RemoveHolidayDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    orgUnit {\n      id\n      name\n    }\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      ...ApiKeyFields\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation CreateApiKey($orgUnitId: ID!, $name: String!, $expiresAt: DateTimeISO!) {\n    createApiKey(orgUnitId: $orgUnitId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation RequestReporterAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    requestReporterAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      id\n      identityRedacted\n      reporterAccessUntil\n    }\n  }\n": types.RequestReporterAccessDocument,
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
export function graphql(source: "\n  fragment CaseSummaryFields on Case {\n    __typename\n    id\n    code\n    status\n    version\n    registeredAt\n    updatedAt\n    state {\n      __typename\n      id\n      terminal\n      pausesClock\n      label {\n        __typename\n        id\n        en\n      }\n    }\n    sector {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    serviceType {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    applicant {\n      __typename\n      name\n    }\n    holder {\n      __typename\n      id\n      name\n    }\n    deadline {\n      __typename\n      dueAt\n      state\n      timeZone\n      workingDaysLeft\n    }\n    missingDocuments {\n      __typename\n      code\n    }\n    availableActions {\n      __typename\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on Case {\n    __typename\n    id\n    code\n    status\n    version\n    registeredAt\n    updatedAt\n    state {\n      __typename\n      id\n      terminal\n      pausesClock\n      label {\n        __typename\n        id\n        en\n      }\n    }\n    sector {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    serviceType {\n      __typename\n      id\n      name {\n        __typename\n        id\n        en\n      }\n    }\n    applicant {\n      __typename\n      name\n    }\n    holder {\n      __typename\n      id\n      name\n    }\n    deadline {\n      __typename\n      dueAt\n      state\n      timeZone\n      workingDaysLeft\n    }\n    missingDocuments {\n      __typename\n      code\n    }\n    availableActions {\n      __typename\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      locale\n      memberships {\n        role\n        orgUnit {\n          id\n          name\n          kind\n          areaCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      locale\n      memberships {\n        role\n        orgUnit {\n          id\n          name\n          kind\n          areaCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      me {\n        id\n        displayName\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSectors {\n    sectors {\n      id\n      confidentialReporter\n      intakeRoles\n      intakeUnitKinds\n      name {\n        id\n        en\n      }\n      serviceTypes {\n        id\n        name {\n          id\n          en\n        }\n        description {\n          id\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeSectors {\n    sectors {\n      id\n      confidentialReporter\n      intakeRoles\n      intakeUnitKinds\n      name {\n        id\n        en\n      }\n      serviceTypes {\n        id\n        name {\n          id\n          en\n        }\n        description {\n          id\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorForm($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        documents {\n          code\n          required\n          minFiles\n          maxFiles\n          label {\n            id\n            en\n          }\n          description {\n            id\n            en\n          }\n        }\n        questions {\n          id\n          type\n          required\n          maxLength\n          label {\n            id\n            en\n          }\n          options {\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorForm($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        documents {\n          code\n          required\n          minFiles\n          maxFiles\n          label {\n            id\n            en\n          }\n          description {\n            id\n            en\n          }\n        }\n        questions {\n          id\n          type\n          required\n          maxLength\n          label {\n            id\n            en\n          }\n          options {\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorChoiceLabels($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        questions {\n          id\n          options {\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectorChoiceLabels($id: String!) {\n    sector(id: $id) {\n      id\n      serviceTypes {\n        id\n        questions {\n          id\n          options {\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      identityRedacted\n      reporterAccessUntil\n      dusun\n      rw\n      rt\n      area {\n        code\n        name\n        timeZone\n      }\n      sector {\n        id\n        workflow {\n          states {\n            id\n            label {\n              id\n              en\n            }\n          }\n          actions {\n            id\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n      applicant {\n        name\n        nik\n        nikMasked\n        phone\n        address\n      }\n      beneficiaries {\n        name\n        nik\n        nikMasked\n        relation\n      }\n      state {\n        id\n        allowsVisits\n      }\n      documents {\n        code\n        required\n        status\n        statusReason\n        fileCount\n        minFiles\n        maxFiles\n        fileNames\n        files {\n          id\n          name\n          contentType\n          url\n          thumbnailUrl\n        }\n        label {\n          id\n          en\n        }\n      }\n      visits {\n        id\n        kind\n        visitedAt\n        findings\n        participants\n        recommendation\n      }\n      warnings {\n        code\n        message {\n          id\n          en\n        }\n      }\n      availableActions {\n        id\n        enabled\n        to\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n        blockedBy {\n          id\n          en\n        }\n      }\n      # CaseEvent.id is left out: the server in the working tree fails to serialize it (a BigInt); see the report.\n      timeline {\n        type\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n        reason\n        occurredAt\n        holder {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseSummaryFields\n      description\n      identityRedacted\n      reporterAccessUntil\n      dusun\n      rw\n      rt\n      area {\n        code\n        name\n        timeZone\n      }\n      sector {\n        id\n        workflow {\n          states {\n            id\n            label {\n              id\n              en\n            }\n          }\n          actions {\n            id\n            label {\n              id\n              en\n            }\n          }\n        }\n      }\n      applicant {\n        name\n        nik\n        nikMasked\n        phone\n        address\n      }\n      beneficiaries {\n        name\n        nik\n        nikMasked\n        relation\n      }\n      state {\n        id\n        allowsVisits\n      }\n      documents {\n        code\n        required\n        status\n        statusReason\n        fileCount\n        minFiles\n        maxFiles\n        fileNames\n        files {\n          id\n          name\n          contentType\n          url\n          thumbnailUrl\n        }\n        label {\n          id\n          en\n        }\n      }\n      visits {\n        id\n        kind\n        visitedAt\n        findings\n        participants\n        recommendation\n      }\n      warnings {\n        code\n        message {\n          id\n          en\n        }\n      }\n      availableActions {\n        id\n        enabled\n        to\n        requiresNote\n        requiresReason\n        label {\n          id\n          en\n        }\n        blockedBy {\n          id\n          en\n        }\n      }\n      # CaseEvent.id is left out: the server in the working tree fails to serialize it (a BigInt); see the report.\n      timeline {\n        type\n        action\n        actorName\n        fromStatus\n        toStatus\n        note\n        reason\n        occurredAt\n        holder {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PerformAction($caseId: ID!, $action: String!, $expectedVersion: Int!, $input: ActionInput) {\n    performAction(caseId: $caseId, action: $action, expectedVersion: $expectedVersion, input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PerformAction($caseId: ID!, $action: String!, $expectedVersion: Int!, $input: ActionInput) {\n    performAction(caseId: $caseId, action: $action, expectedVersion: $expectedVersion, input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisit($caseId: ID!, $expectedVersion: Int, $visit: VisitInput!) {\n    recordVisit(caseId: $caseId, expectedVersion: $expectedVersion, visit: $visit) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisit($caseId: ID!, $expectedVersion: Int, $visit: VisitInput!) {\n    recordVisit(caseId: $caseId, expectedVersion: $expectedVersion, visit: $visit) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachDocument($caseId: ID!, $document: DocumentInput!) {\n    attachDocument(caseId: $caseId, document: $document) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AttachDocument($caseId: ID!, $document: DocumentInput!) {\n    attachDocument(caseId: $caseId, document: $document) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackCase($code: String!, $phoneLast4: String!) {\n    trackCase(code: $code, phoneLast4: $phoneLast4) {\n      code\n      closed\n      registeredAt\n      updatedAt\n      sector {\n        id\n        en\n      }\n      serviceType {\n        id\n        en\n      }\n      status {\n        id\n        en\n      }\n      deadline {\n        dueAt\n        state\n        timeZone\n        workingDaysLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackCase($code: String!, $phoneLast4: String!) {\n    trackCase(code: $code, phoneLast4: $phoneLast4) {\n      code\n      closed\n      registeredAt\n      updatedAt\n      sector {\n        id\n        en\n      }\n      serviceType {\n        id\n        en\n      }\n      status {\n        id\n        en\n      }\n      deadline {\n        dueAt\n        state\n        timeZone\n        workingDaysLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseEvents($after: String, $filter: CaseEventFilter) {\n    caseEvents(after: $after, filter: $filter) {\n      __typename\n      cursor\n      caseId\n      event {\n        __typename\n        type\n        occurredAt\n      }\n      case {\n        ...CaseSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CaseEvents($after: String, $filter: CaseEventFilter) {\n    caseEvents(after: $after, filter: $filter) {\n      __typename\n      cursor\n      caseId\n      event {\n        __typename\n        type\n        occurredAt\n      }\n      case {\n        ...CaseSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrgUnits {\n    orgUnits {\n      ...AdminOrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrgUnits {\n    orgUnits {\n      ...AdminOrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrgUnitFields on OrgUnit {\n    id\n    name\n    kind\n    areaCode\n    services\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrgUnitFields on OrgUnit {\n    id\n    name\n    kind\n    areaCode\n    services\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: OrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...AdminOrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: OrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...AdminOrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnit($id: ID!, $changes: OrgUnitChanges!) {\n    updateOrgUnit(id: $id, changes: $changes) {\n      ...AdminOrgUnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrgUnit($id: ID!, $changes: OrgUnitChanges!) {\n    updateOrgUnit(id: $id, changes: $changes) {\n      ...AdminOrgUnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    displayName\n    email\n    active\n    memberships {\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ManagedUserFields on ManagedUser {\n    id\n    username\n    displayName\n    email\n    active\n    memberships {\n      role\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($orgUnitId: ID) {\n    users(orgUnitId: $orgUnitId) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($orgUnitId: ID) {\n    users(orgUnitId: $orgUnitId) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($username: String!, $displayName: String!, $password: String!, $email: String) {\n    createUser(username: $username, displayName: $displayName, password: $password, email: $email) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($username: String!, $displayName: String!, $password: String!, $email: String) {\n    createUser(username: $username, displayName: $displayName, password: $password, email: $email) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    grantRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {\n    revokeRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHolidays($year: Int!, $areaCode: String!) {\n    holidays(year: $year, areaCode: $areaCode) {\n      id\n      date\n      kind\n      nameId\n      nameEn\n      legalBasis\n      areaCode\n    }\n  }\n"): (typeof documents)["\n  query AdminHolidays($year: Int!, $areaCode: String!) {\n    holidays(year: $year, areaCode: $areaCode) {\n      id\n      date\n      kind\n      nameId\n      nameEn\n      legalBasis\n      areaCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      id\n      date\n    }\n  }\n"): (typeof documents)["\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      id\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    orgUnit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    orgUnit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query AdminApiKeys {\n    apiKeys(includeRevoked: true) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($orgUnitId: ID!, $name: String!, $expiresAt: DateTimeISO!) {\n    createApiKey(orgUnitId: $orgUnitId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($orgUnitId: ID!, $name: String!, $expiresAt: DateTimeISO!) {\n    createApiKey(orgUnitId: $orgUnitId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReporterAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    requestReporterAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      id\n      identityRedacted\n      reporterAccessUntil\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReporterAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    requestReporterAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      id\n      identityRedacted\n      reporterAccessUntil\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;