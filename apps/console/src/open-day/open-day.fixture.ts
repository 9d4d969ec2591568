import type { OpenDayBoardFieldsFragment } from '../gql/graphql';
import type { Visit } from './open-day-common';

/** Test data shaped as the server sends it (every field the console's fragments select). */
export function visitFixture(patch: Partial<Visit> = {}): Visit {
  return {
    __typename: 'KesehatanOpenDayVisit',
    id: 'v-1',
    sessionId: 's-1',
    queueNumber: 1,
    targetGroup: 'TODDLER',
    sex: 'FEMALE',
    birthDate: '2024-11-23',
    station: 'MEASUREMENT',
    arrivedAt: '2026-11-23T02:00:00.000Z',
    updatedAt: '2026-11-23T02:00:00.000Z',
    recordedInBook: false,
    recordingNote: null,
    counsellingTopics: [],
    counsellingNote: null,
    person: { __typename: 'KesehatanPerson', id: 'p-1', name: 'Ayu Lestari', nik: '3310056311240007' },
    guardian: { __typename: 'KesehatanPerson', id: 'p-2', name: 'Wulan Sari', nik: '3310055203950002' },
    measurement: null,
    services: null,
    followUps: [],
    ...patch,
  };
}

export function boardFixture(visits: Visit[]): OpenDayBoardFieldsFragment {
  const stations = ['REGISTRATION', 'MEASUREMENT', 'RECORDING', 'SERVICE', 'COUNSELLING', 'DONE'] as const;
  return {
    __typename: 'KesehatanOpenDayBoard',
    session: {
      __typename: 'KesehatanOpenDaySession',
      id: 's-1',
      posyanduId: 'posyandu-1',
      areaCode: '33.10.05.2018',
      heldOn: '2026-11-23',
      status: 'OPEN',
      openedAt: '2026-11-23T01:00:00.000Z',
      closedAt: null,
      followUpPlan: null,
    },
    stations: stations.map((station) => ({
      __typename: 'KesehatanStationCount' as const,
      station,
      visitors: visits.filter((v) => v.station === station).length,
    })),
    visits,
  };
}

export const TARGET_GROUPS_FIXTURE = [
  { value: 'PREGNANT', label: { id: 'Ibu hamil', en: 'Pregnant woman' } },
  { value: 'TODDLER', label: { id: 'Balita', en: 'Toddler (under five)' } },
];
