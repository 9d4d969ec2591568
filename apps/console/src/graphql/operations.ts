import { graphql } from '../gql';

// Every operation the console sends, in one place so codegen sees them all.
// Selections list `__typename` and `id` where the case is written to the cache by hand (live events).

// Every server text (Text { id en }): the Indonesian and the English wording.
export const TextFields = graphql(`
  fragment TextFields on Text {
    id
    en
  }
`);

// A unit a case names: its holder, where it was escalated to, who sent it.
export const UnitRefFields = graphql(`
  fragment UnitRefFields on OrgUnit {
    id
    name
  }
`);

// A sector by name: the case lists and the sector filters.
export const SectorNameFields = graphql(`
  fragment SectorNameFields on Sector {
    id
    name {
      ...TextFields
    }
  }
`);

// A case's desa with its zone, for the pages that show local dates.
export const CaseAreaFields = graphql(`
  fragment CaseAreaFields on Area {
    code
    name
    timeZone
  }
`);

// The size and the next page of a case list (Relay connection).
export const CasePageFields = graphql(`
  fragment CasePageFields on CaseConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

// What an escalation step's answer tells the queue: the case's new version.
export const CaseVersionFields = graphql(`
  fragment CaseVersionFields on Case {
    id
    version
  }
`);

export const CaseSummaryFields = graphql(`
  fragment CaseSummaryFields on Case {
    __typename
    id
    code
    status
    version
    registeredAt
    updatedAt
    state {
      __typename
      id
      terminal
      pausesClock
      label {
        __typename
        ...TextFields
      }
    }
    sector {
      __typename
      id
      name {
        __typename
        ...TextFields
      }
    }
    serviceType {
      __typename
      id
      name {
        __typename
        ...TextFields
      }
    }
    applicant {
      __typename
      name
    }
    holder {
      __typename
      ...UnitRefFields
    }
    area {
      __typename
      code
      name
    }
    # Null unless one of my units holds the case or was escalated to it (the inbox, issue 6).
    inbox {
      __typename
      reason
      since
      actedOn
      receivedFrom {
        __typename
        ...UnitRefFields
      }
    }
    deadline {
      __typename
      dueAt
      state
      timeZone
      workingDaysLeft
      provisional
      provisionalReason {
        __typename
        ...TextFields
      }
    }
    missingDocuments {
      __typename
      code
    }
    availableActions {
      __typename
      id
      enabled
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      locale
      memberships {
        role
        orgUnit {
          id
          name
          kind
          areaCode
        }
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      me {
        id
        displayName
        locale
      }
    }
  }
`);

// The server prices each list it cannot size at 10 items (see the report on issue 6), so a sector's
// form is read in three small queries rather than one: the list, the form, and the choice labels.
export const IntakeSectorsQuery = graphql(`
  query IntakeSectors {
    sectors {
      id
      confidentialReporter
      reporterIdentityOptional
      intakeRoles
      intakeUnitKinds
      name {
        ...TextFields
      }
      serviceTypes {
        id
        name {
          ...TextFields
        }
        description {
          ...TextFields
        }
      }
    }
  }
`);

export const SectorFormQuery = graphql(`
  query SectorForm($id: String!) {
    sector(id: $id) {
      id
      serviceTypes {
        id
        applicantKkRequired
        documents {
          code
          required
          minFiles
          maxFiles
          label {
            ...TextFields
          }
          description {
            ...TextFields
          }
        }
        questions {
          id
          type
          required
          maxLength
          format
          digits
          maxItems
          label {
            ...TextFields
          }
          options {
            value
          }
        }
      }
    }
  }
`);

export const SectorChoiceLabelsQuery = graphql(`
  query SectorChoiceLabels($id: String!) {
    sector(id: $id) {
      id
      serviceTypes {
        id
        questions {
          id
          options {
            label {
              ...TextFields
            }
          }
        }
      }
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $first: Int!, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      ...CasePageFields
      edges {
        cursor
        node {
          ...CaseSummaryFields
        }
      }
    }
  }
`);

// The inbox's sector filter (inbox/inbox.page.tsx): names only.
export const InboxSectorsQuery = graphql(`
  query InboxSectors {
    sectors {
      ...SectorNameFields
    }
  }
`);
export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseSummaryFields
      outcome
      declineReason
      settlementKind
      description
      identityRedacted
      reporterAccessUntil
      mayWork
      dusun
      rw
      rt
      area {
        ...CaseAreaFields
      }
      sector {
        id
        workflow {
          states {
            id
            label {
              ...TextFields
            }
          }
          actions {
            id
            label {
              ...TextFields
            }
          }
        }
      }
      applicant {
        name
        nik
        nikMasked
        phone
        address
      }
      beneficiaries {
        name
        nik
        nikMasked
        relation
      }
      state {
        id
        allowsVisits
      }
      documents {
        code
        required
        status
        statusReason
        fileCount
        minFiles
        maxFiles
        fileNames
        files {
          id
          name
          contentType
          url
          thumbnailUrl
        }
        label {
          ...TextFields
        }
      }
      visits {
        id
        kind
        visitedAt
        findings
        participants
        recommendation
      }
      warnings {
        code
        message {
          ...TextFields
        }
      }
      availableActions {
        id
        enabled
        to
        requiresNote
        requiresReason
        declineReasons
        settlementKinds
        label {
          ...TextFields
        }
        blockedBy {
          ...TextFields
        }
      }
      # CaseEvent.id is left out: the server in the working tree fails to serialize it (a BigInt); see the report.
      timeline {
        type
        action
        actorName
        fromStatus
        toStatus
        note
        reason
        occurredAt
        # What an escalation step names: its level and unit, the new holder, the new due date.
        payload
        holder {
          ...UnitRefFields
        }
      }
    }
  }
`);

export const PerformActionMutation = graphql(`
  mutation PerformAction(
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

export const RecordVisitMutation = graphql(`
  mutation RecordVisit($caseId: ID!, $expectedVersion: Int, $visit: VisitInput!, $idempotencyKey: String) {
    recordVisit(caseId: $caseId, expectedVersion: $expectedVersion, visit: $visit, idempotencyKey: $idempotencyKey) {
      ...CaseSummaryFields
    }
  }
`);

/** What a document of a case holds now: the outbox attaches queued files together with these. */
export const CaseDocumentFilesQuery = graphql(`
  query CaseDocumentFiles($id: ID!) {
    case(id: $id) {
      id
      documents {
        code
        fileNames
        files {
          id
          name
        }
      }
    }
  }
`);

export const AttachDocumentMutation = graphql(`
  mutation AttachDocument($caseId: ID!, $document: DocumentInput!, $idempotencyKey: String) {
    attachDocument(caseId: $caseId, document: $document, idempotencyKey: $idempotencyKey) {
      ...CaseSummaryFields
    }
  }
`);

export const RegisterCaseMutation = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      ...CaseSummaryFields
      trackingPin
    }
  }
`);

export const TrackCaseQuery = graphql(`
  query TrackCase($code: String!, $phoneLast4: String!) {
    trackCase(code: $code, phoneLast4: $phoneLast4) {
      code
      closed
      registeredAt
      updatedAt
      sector {
        ...TextFields
      }
      serviceType {
        ...TextFields
      }
      status {
        ...TextFields
      }
      deadline {
        dueAt
        state
        timeZone
        workingDaysLeft
        provisional
        provisionalReason {
          ...TextFields
        }
      }
    }
  }
`);

export const CaseEventsSubscription = graphql(`
  subscription CaseEvents($after: String, $filter: CaseEventFilter) {
    caseEvents(after: $after, filter: $filter) {
      __typename
      cursor
      caseId
      event {
        __typename
        type
        occurredAt
      }
      case {
        ...CaseSummaryFields
      }
    }
  }
`);

// Admin (admin/admin.page.tsx): users and roles, holidays, API keys.

export const AdminOrgUnitsQuery = graphql(`
  query AdminOrgUnits {
    orgUnits {
      ...AdminOrgUnitFields
    }
  }
`);

export const AdminOrgUnitFields = graphql(`
  fragment AdminOrgUnitFields on OrgUnit {
    id
    name
    kind
    areaCode
    services
    parent {
      id
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: OrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...AdminOrgUnitFields
    }
  }
`);

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($id: ID!, $changes: OrgUnitChanges!) {
    updateOrgUnit(id: $id, changes: $changes) {
      ...AdminOrgUnitFields
    }
  }
`);

export const DeleteOrgUnitMutation = graphql(`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id)
  }
`);

/** What a person chose for notices and the consent recorded for it (the profile and the admin's user card). */
export const NotificationChannelsFields = graphql(`
  fragment NotificationChannelsFields on NotificationChannels {
    email
    whatsapp
    sms
  }
`);

export const NotificationConsentFields = graphql(`
  fragment NotificationConsentFields on NotificationConsent {
    channels
    phone
    givenAt
    source
    recordedBy
  }
`);

export const ManagedUserFields = graphql(`
  fragment ManagedUserFields on ManagedUser {
    id
    username
    displayName
    email
    phone
    language
    notificationChannels {
      ...NotificationChannelsFields
    }
    notificationConsent {
      ...NotificationConsentFields
    }
    active
    memberships {
      role
      orgUnit {
        ...UnitRefFields
      }
    }
  }
`);

export const MyNotificationSettingsQuery = graphql(`
  query MyNotificationSettings {
    me {
      id
      username
      displayName
      email
      phone
      locale
      notificationChannels {
        ...NotificationChannelsFields
      }
      notificationConsent {
        ...NotificationConsentFields
      }
    }
  }
`);

export const UpdateMyNotificationSettingsMutation = graphql(`
  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {
    updateMyNotificationSettings(input: $input) {
      id
      email
      phone
      locale
      notificationChannels {
        ...NotificationChannelsFields
      }
      notificationConsent {
        ...NotificationConsentFields
      }
    }
  }
`);

export const SetUserNotificationSettingsMutation = graphql(`
  mutation SetUserNotificationSettings($userId: ID!, $input: NotificationSettingsInput!) {
    setUserNotificationSettings(userId: $userId, input: $input) {
      ...ManagedUserFields
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($orgUnitId: ID) {
    users(orgUnitId: $orgUnitId) {
      ...ManagedUserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser(
    $username: String!
    $displayName: String!
    $password: String!
    $email: String
    $notificationSettings: NotificationSettingsInput
  ) {
    createUser(
      username: $username
      displayName: $displayName
      password: $password
      email: $email
      notificationSettings: $notificationSettings
    ) {
      ...ManagedUserFields
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {
    grantRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {
      ...ManagedUserFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($userId: ID!, $orgUnitId: ID!, $role: Role!) {
    revokeRole(userId: $userId, orgUnitId: $orgUnitId, role: $role) {
      ...ManagedUserFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      ...ManagedUserFields
    }
  }
`);

export const AdminHolidaysQuery = graphql(`
  query AdminHolidays($year: Int!, $areaCode: String!) {
    holidays(year: $year, areaCode: $areaCode) {
      id
      date
      kind
      nameId
      nameEn
      legalBasis
      areaCode
      fixed
    }
  }
`);

// Which years' SKB 3 Menteri is loaded, and what is missing (issue 14).
export const AdminCalendarYearsQuery = graphql(`
  query AdminCalendarYears {
    calendarYears {
      year
      legalBasis
      loadedAt
      loadedByName
    }
    calendarWarnings {
      year
      when
      message {
        ...TextFields
      }
    }
  }
`);

export const LoadCalendarYearMutation = graphql(`
  mutation LoadCalendarYear($year: Int!, $legalBasis: String!) {
    loadCalendarYear(year: $year, legalBasis: $legalBasis) {
      year
      legalBasis
      loadedAt
      loadedByName
    }
  }
`);

export const AddHolidayMutation = graphql(`
  mutation AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) {
      id
      date
    }
  }
`);

export const RemoveHolidayMutation = graphql(`
  mutation RemoveHoliday($id: ID!) {
    removeHoliday(id: $id)
  }
`);

export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    status
    scope
    sectorIds
    createdAt
    expiresAt
    lastUsedAt
    orgUnit {
      ...UnitRefFields
    }
  }
`);

export const AdminApiKeysQuery = graphql(`
  query AdminApiKeys {
    apiKeys(includeRevoked: true) {
      ...ApiKeyFields
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($orgUnitId: ID!, $name: String!, $expiresAt: DateTimeISO!, $scope: ApiKeyScope) {
    createApiKey(orgUnitId: $orgUnitId, name: $name, expiresAt: $expiresAt, scope: $scope) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RotateApiKeyMutation = graphql(`
  mutation RotateApiKey($id: ID!, $expiresAt: DateTimeISO!) {
    rotateApiKey(id: $id, expiresAt: $expiresAt) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);

export const RequestReporterAccessMutation = graphql(`
  mutation RequestReporterAccess($caseId: ID!, $reason: String!, $hours: Int) {
    requestReporterAccess(caseId: $caseId, reason: $reason, hours: $hours) {
      id
      identityRedacted
      reporterAccessUntil
    }
  }
`);

// Report (report/report.page.tsx): the SPM performance of a period.

export const SpmReportQuery = graphql(`
  query SpmReport($from: String!, $to: String!, $areaCode: String, $sectorId: String) {
    spmReport(from: $from, to: $to, areaCode: $areaCode, sectorId: $sectorId) {
      from
      to
      timeZone
      returned
      totals {
        ...SpmReportCountsFields
      }
      bySector {
        sectorId
        name {
          ...TextFields
        }
        counts {
          ...SpmReportCountsFields
        }
      }
      settledAt {
        unitKind
        label {
          ...TextFields
        }
        count
      }
      timeByHolder {
        unitKind
        label {
          ...TextFields
        }
        holdings
        averageWorkingDays
      }
    }
  }
`);

export const SpmReportCountsFields = graphql(`
  fragment SpmReportCountsFields on SpmReportCounts {
    registered
    open
    openOverdue
    paused
    closed
    closedOnTime
    closedLate
    completed
    settledAtVillage
    declined
    withdrawn
    cannotBeServed
    onTimeRate
  }
`);

// A person's history and a child's growth chart (Kesehatan, issue 7): the person page.
/** A person's open days in the caller's reach (NOT_FOUND when none), for the person page. */
export const PersonHistoryQuery = graphql(`
  query PersonHistory($personId: ID!) {
    kesehatanPersonHistory(personId: $personId) {
      person {
        id
        name
        nik
      }
      sex
      birthDate
      targetGroups {
        targetGroup
        from
        to
        visits
      }
      visits {
        heldOn
        posyanduId
        posyanduName
        ageInDays
        ageMonths
        ageDays
        growthPoints {
          chart
          x
          y
          zScore
          category
          label {
            id
            en
          }
        }
        visit {
          id
          targetGroup
          measurement {
            weightKg
            lengthCm
            position
            headCircumferenceCm
            lilaCm
            systolic
            diastolic
            oedema
            remeasure
            zScores {
              indicator
              zScore
              category
              label {
                id
                en
              }
            }
            risks {
              indicator
              code
              label {
                id
                en
              }
            }
          }
          services {
            immunizations
            vitaminA
            supplementaryFeeding
            ironTablets
            note
          }
          counsellingTopics
          counsellingNote
          followUps {
            code
            label {
              id
              en
            }
            caseId
            caseCode
            caseStatus
            caseStatusLabel {
              id
              en
            }
          }
        }
      }
    }
  }
`);

/** The WHO curves of one chart, computed by the server so the bundle carries no tables. */
export const GrowthReferenceQuery = graphql(`
  query GrowthReference($indicator: KesehatanGrowthChart!, $sex: KesehatanSex!) {
    kesehatanGrowthReference(indicator: $indicator, sex: $sex) {
      indicator
      sex
      xUnit
      yUnit
      rows {
        x
        measure
        sdNeg3
        sdNeg2
        median
        sd2
        sd3
      }
    }
  }
`);

// Escalation (issue 14): the admin's chain (admin/escalation-tab.tsx) and the SPM coordinator's
// "Eskalasi" queue and acts (escalation/escalation.page.tsx).

export const EscalationChainFields = graphql(`
  fragment EscalationChainFields on EscalationChain {
    kabupatenCode
    kabupatenName
    configured
    dueSoonWorkingDays
    updatedAt
    levels {
      position
      target
      windowWorkingDays
      unit {
        ...UnitRefFields
      }
    }
    problems {
      ...TextFields
    }
  }
`);

export const EscalationChainQuery = graphql(`
  query EscalationChain {
    escalationChain {
      ...EscalationChainFields
    }
  }
`);

export const SetEscalationChainMutation = graphql(`
  mutation SetEscalationChain($kabupatenCode: String!, $input: EscalationChainInput!) {
    setEscalationChain(kabupatenCode: $kabupatenCode, input: $input) {
      ...EscalationChainFields
    }
  }
`);

export const EscalationQueueQuery = graphql(`
  query EscalationQueue($first: Int!, $after: String) {
    cases(filter: { escalated: true, open: true }, orderBy: DUE_AT, first: $first, after: $after) {
      ...CasePageFields
      edges {
        node {
          id
          code
          version
          escalationLevel
          escalatedTo {
            ...UnitRefFields
          }
          holder {
            ...UnitRefFields
          }
          area {
            ...CaseAreaFields
          }
          sector {
            ...SectorNameFields
          }
          deadline {
            dueAt
            state
            workingDaysLeft
          }
        }
      }
    }
  }
`);

export const ReassignUnitsQuery = graphql(`
  query ReassignUnits($caseId: ID!) {
    reassignUnits(caseId: $caseId) {
      id
      name
      kind
    }
  }
`);

export const SuggestableUnitsQuery = graphql(`
  query SuggestableUnits($caseId: ID!, $search: String) {
    suggestableUnits(caseId: $caseId, search: $search) {
      ...UnitRefFields
    }
  }
`);

export const TakeUpEscalatedCaseMutation = graphql(`
  mutation TakeUpEscalatedCase($caseId: ID!, $note: String!) {
    takeUpEscalatedCase(caseId: $caseId, note: $note) {
      ...CaseVersionFields
    }
  }
`);

export const SetCaseDueDateMutation = graphql(`
  mutation SetCaseDueDate($caseId: ID!, $dueDate: String!, $reason: String!) {
    setCaseDueDate(caseId: $caseId, dueDate: $dueDate, reason: $reason) {
      id
      version
      escalationLevel
    }
  }
`);

export const ReassignEscalatedCaseMutation = graphql(`
  mutation ReassignEscalatedCase($caseId: ID!, $unitId: ID!, $reason: String!) {
    reassignEscalatedCase(caseId: $caseId, unitId: $unitId, reason: $reason) {
      id
      version
      holder {
        ...UnitRefFields
      }
    }
  }
`);

export const SpmRecapQuery = graphql(`
  query SpmRecap(
    $period: SpmRecapPeriodInput!
    $areaCode: String
    $sectorId: String
    $yearPeriod: SpmRecapPeriodInput!
    $withYearTrend: Boolean!
  ) {
    spmRecap(period: $period, areaCode: $areaCode, sectorId: $sectorId) {
      area {
        code
        name
        level
      }
      period {
        kind
        year
        number
        from
        to
        label {
          ...TextFields
        }
      }
      sectorIds
      capaian {
        sectorId
        serviceId
        rate
        sasaran
        served
        status
        statusLabel {
          ...TextFields
        }
      }
      totalFilter {
        ...SpmRecapCaseFilterFields
      }
      rows {
        filter {
          ...SpmRecapCaseFilterFields
        }
        sectorId
        serviceId
        serviceName {
          ...TextFields
        }
        countsTowardSpm
        penerima
        penerimaLabel {
          ...TextFields
        }
        counts {
          ...SpmRecapCountsFields
        }
      }
      bySector {
        filter {
          ...SpmRecapCaseFilterFields
        }
        sectorId
        name {
          ...TextFields
        }
        counts {
          ...SpmRecapCountsFields
        }
      }
      total {
        ...SpmRecapCountsFields
      }
      trend {
        filter {
          ...SpmRecapCaseFilterFields
        }
        month
        counts {
          ...SpmRecapCountsFields
        }
      }
      areas {
        filter {
          ...SpmRecapCaseFilterFields
        }
        code
        name
        counts {
          ...SpmRecapCountsFields
        }
      }
      settlements {
        filter {
          ...SpmRecapCaseFilterFields
        }
        unitId
        unitName
        unitKind
        unitKindLabel {
          ...TextFields
        }
        sectorId
        count
      }
    }
    # A month or quarter's chart shows the trend of its whole year: asked in the same request
    # (one round trip, both answers together) instead of a second query after the first.
    yearRecap: spmRecap(period: $yearPeriod, areaCode: $areaCode, sectorId: $sectorId) @include(if: $withYearTrend) {
      trend {
        filter {
          ...SpmRecapCaseFilterFields
        }
        month
        counts {
          ...SpmRecapCountsFields
        }
      }
    }
  }
`);

// The case-list filter behind a recap line (docs/reports.md, "Drill-down").
export const SpmRecapCaseFilterFields = graphql(`
  fragment SpmRecapCaseFilterFields on SpmRecapCaseFilter {
    sectorIds
    spmService
    penerima
    areaCode
    registeredFrom
    registeredTo
    reportCell
    settledById
    settledByUnitKind
  }
`);

export const SpmRecapCountsFields = graphql(`
  fragment SpmRecapCountsFields on SpmRecapCounts {
    received
    inProgress
    openOverdue
    completedOnTime
    completedLate
    declined
    returned
    settledAtVillage
    withdrawn
    cannotBeServed
    otherClosed
    medianWorkingDays
    p90WorkingDays
    onTimeRate
  }
`);

export const FailedMessagesQuery = graphql(`
  query FailedMessages {
    failedMessages {
      id
      channel
      recipient
      kind
      caseCode
      body
      template
      attempts
      lastError
      failedAt
    }
  }
`);

export const RetryMessageMutation = graphql(`
  mutation RetryMessage($id: ID!) {
    retryMessage(id: $id) {
      id
      failedAt
    }
  }
`);

export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    createdAt
    disabledAt
    pendingCount
    deadCount
    orgUnit {
      ...UnitRefFields
    }
  }
`);

export const AdminWebhooksQuery = graphql(`
  query AdminWebhooks {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
    webhookEventTypes
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($orgUnitId: ID!, $url: String!, $description: String!, $eventTypes: [String!]) {
    createWebhookEndpoint(orgUnitId: $orgUnitId, url: $url, description: $description, eventTypes: $eventTypes) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const DisableWebhookMutation = graphql(`
  mutation DisableWebhook($id: ID!) {
    disableWebhookEndpoint(id: $id) {
      ...WebhookEndpointFields
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: 30) {
      id
      webhookId
      eventType
      status
      attempts
      createdAt
      deliveredAt
      deadAt
      lastStatus
      lastError
    }
  }
`);

export const ReplayWebhookMutation = graphql(`
  mutation ReplayWebhook($id: ID!) {
    replayWebhookDelivery(id: $id) {
      id
      status
    }
  }
`);

// The case list (/kasus): every case the viewer may read, filtered and sorted from its URL; the
// SPM report's counts link here (case-list/case-list-url.ts).
export const CaseListQuery = graphql(`
  query CaseList($filter: CaseFilter, $first: Int!, $after: String, $orderBy: CaseOrder) {
    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      ...CasePageFields
      edges {
        cursor
        node {
          ...CaseSummaryFields
          outcome
          spmService {
            id
            name {
              ...TextFields
            }
          }
          penerima {
            id
            label {
              ...TextFields
            }
          }
        }
      }
    }
  }
`);

export const CaseListSectorsQuery = graphql(`
  query CaseListSectors {
    sectors {
      id
      name {
        ...TextFields
      }
      serviceTypes {
        id
        name {
          ...TextFields
        }
      }
      workflow {
        states {
          id
          label {
            ...TextFields
          }
        }
      }
      spmServices {
        id
        name {
          ...TextFields
        }
        penerima {
          id
          label {
            ...TextFields
          }
        }
      }
    }
  }
`);
