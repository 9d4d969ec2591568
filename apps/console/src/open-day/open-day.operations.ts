import { graphql } from '../gql';

// The open day's operations (kesehatan plugin, `kesehatan…`), kept apart from src/graphql/operations.ts
// so this module's pages carry them in their own chunk. codegen reads every file under src/.

export const OpenDaySessionFields = graphql(`
  fragment OpenDaySessionFields on KesehatanOpenDaySession {
    __typename
    id
    posyanduId
    areaCode
    heldOn
    status
    openedAt
    closedAt
    followUpPlan
  }
`);

export const OpenDayVisitFields = graphql(`
  fragment OpenDayVisitFields on KesehatanOpenDayVisit {
    __typename
    id
    sessionId
    queueNumber
    targetGroup
    sex
    birthDate
    station
    arrivedAt
    updatedAt
    recordedInBook
    recordingNote
    counsellingTopics
    counsellingNote
    person {
      __typename
      id
      name
      nik
    }
    guardian {
      __typename
      id
      name
      nik
    }
    measurement {
      __typename
      measuredOn
      ageInDays
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
        __typename
        indicator
        zScore
        category
        implausible
        label {
          __typename
          id
          en
        }
      }
      risks {
        __typename
        indicator
        code
        child
        label {
          __typename
          id
          en
        }
      }
    }
    services {
      __typename
      immunizations
      vitaminA
      supplementaryFeeding
      ironTablets
      note
    }
    followUps {
      __typename
      indicator
      code
      caseId
      caseCode
      caseStatus
      dueAt
      label {
        __typename
        id
        en
      }
    }
  }
`);

export const OpenDayBoardFields = graphql(`
  fragment OpenDayBoardFields on KesehatanOpenDayBoard {
    __typename
    session {
      ...OpenDaySessionFields
    }
    stations {
      __typename
      station
      visitors
    }
    visits {
      ...OpenDayVisitFields
    }
  }
`);

export const OpenDaysInReachQuery = graphql(`
  query OpenDaysInReach {
    kesehatanOpenDaysInReach {
      ...OpenDaySessionFields
    }
  }
`);

export const OpenDayVocabularyQuery = graphql(`
  query OpenDayVocabulary {
    kesehatanOpenDayVocabulary {
      __typename
      immunizations
      targetGroups {
        __typename
        value
        label {
          __typename
          id
          en
        }
      }
      counsellingTopics {
        __typename
        value
        label {
          __typename
          id
          en
        }
      }
    }
  }
`);

export const OpenDayBoardQuery = graphql(`
  query OpenDayBoard($sessionId: ID!) {
    kesehatanOpenDayBoard(sessionId: $sessionId) {
      ...OpenDayBoardFields
    }
  }
`);

export const OpenDayBoardChangedSubscription = graphql(`
  subscription OpenDayBoardChanged($sessionId: ID!) {
    kesehatanOpenDayBoardChanged(sessionId: $sessionId) {
      ...OpenDayBoardFields
    }
  }
`);

export const OpenDayMutation = graphql(`
  mutation OpenDay($date: String!, $posyanduId: ID) {
    kesehatanOpenDay(date: $date, posyanduId: $posyanduId) {
      ...OpenDaySessionFields
    }
  }
`);

export const CloseOpenDayMutation = graphql(`
  mutation CloseOpenDay($sessionId: ID!, $followUpPlan: String) {
    kesehatanCloseOpenDay(sessionId: $sessionId, followUpPlan: $followUpPlan) {
      ...OpenDaySessionFields
    }
  }
`);

export const SetFollowUpPlanMutation = graphql(`
  mutation SetFollowUpPlan($sessionId: ID!, $followUpPlan: String!) {
    kesehatanSetFollowUpPlan(sessionId: $sessionId, followUpPlan: $followUpPlan) {
      ...OpenDaySessionFields
    }
  }
`);

export const RegisterVisitorMutation = graphql(`
  mutation RegisterVisitor($sessionId: ID!, $input: KesehatanRegisterVisitorInput!) {
    kesehatanRegisterVisitor(sessionId: $sessionId, input: $input) {
      ...OpenDayVisitFields
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($visitId: ID!, $input: KesehatanMeasurementInput!) {
    kesehatanRecordMeasurement(visitId: $visitId, input: $input) {
      ...OpenDayVisitFields
    }
  }
`);

export const RecordRecordingMutation = graphql(`
  mutation RecordRecording($visitId: ID!, $note: String) {
    kesehatanRecordRecording(visitId: $visitId, note: $note) {
      ...OpenDayVisitFields
    }
  }
`);

export const RecordHealthServiceMutation = graphql(`
  mutation RecordHealthService($visitId: ID!, $input: KesehatanHealthServiceInput!) {
    kesehatanRecordHealthService(visitId: $visitId, input: $input) {
      ...OpenDayVisitFields
    }
  }
`);

export const RecordCounsellingMutation = graphql(`
  mutation RecordCounselling($visitId: ID!, $topics: [String!]!, $note: String) {
    kesehatanRecordCounselling(visitId: $visitId, topics: $topics, note: $note) {
      ...OpenDayVisitFields
    }
  }
`);

export const MoveVisitorMutation = graphql(`
  mutation MoveVisitor($visitId: ID!, $station: KesehatanStation!) {
    kesehatanMoveVisitor(visitId: $visitId, station: $station) {
      ...OpenDayVisitFields
    }
  }
`);

export const RecapFields = graphql(`
  fragment RecapFields on KesehatanOpenDayRecap {
    __typename
    posyanduId
    period
    sessions
    visitors
    visitorsByTargetGroup {
      __typename
      key
      count
      label {
        __typename
        id
        en
      }
    }
    childrenWeighed
    childrenAtRisk
    risksByCategory {
      __typename
      indicator
      code
      child
      people
      label {
        __typename
        id
        en
      }
    }
    followUpsOpened
    followUpsOpen
    followUpsDone
    immunized
    vitaminA
    supplementaryFeeding
    counselled
    followUpPlans
    homeVisits
    followUpsVisited
    skdn {
      __typename
      s
      d
      n
      t
      o
      b
      dPerS
      nPerD
    }
    followUpOutcomes {
      __typename
      caseId
      caseCode
      personName
      closed
      homeVisits
      lastVisitAt
      lastFindings
      statusLabel {
        __typename
        id
        en
      }
      risks {
        __typename
        id
        en
      }
    }
  }
`);

export const AbsenteesQuery = graphql(`
  query Absentees($sessionId: ID!) {
    kesehatanAbsentees(sessionId: $sessionId) {
      __typename
      ageInMonths
      birthDate
      lastVisitOn
      sex
      person {
        __typename
        id
        name
      }
      guardian {
        __typename
        id
        name
      }
    }
  }
`);

export const OpenDayRecapQuery = graphql(`
  query OpenDayRecap($sessionId: ID!) {
    kesehatanOpenDayRecap(sessionId: $sessionId) {
      ...RecapFields
    }
  }
`);

export const MonthlyRecapQuery = graphql(`
  query MonthlyRecap($posyanduId: ID!, $month: String!) {
    kesehatanMonthlyRecap(posyanduId: $posyanduId, month: $month) {
      ...RecapFields
    }
  }
`);

// The kecamatan's month (kecamatan officer, Puskesmas): a few counts per Posyandu keep the query under the cost limit.
export const AreaRecapQuery = graphql(`
  query AreaRecap($month: String!, $areaCode: String!) {
    kesehatanAreaRecap(month: $month, areaCode: $areaCode) {
      __typename
      areaCode
      month
      totals {
        __typename
        posyandu
        sessions
        visitors
        childrenWeighed
        childrenAtRisk
        followUpsOpen
        followUpsDone
        homeVisits
        skdn {
          __typename
          s
          d
          dPerS
          nPerD
        }
      }
      rows {
        __typename
        posyanduId
        posyanduName
        desaCode
        recap {
          __typename
          sessions
          visitors
          childrenWeighed
          childrenAtRisk
          followUpsOpen
          followUpsDone
          skdn {
            __typename
            s
            d
            dPerS
            nPerD
          }
        }
      }
    }
  }
`);
