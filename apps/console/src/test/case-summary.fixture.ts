import type { CaseSummaryFieldsFragment, DeadlineState } from '../gql/graphql';

const text = (id: string, en: string) => ({ __typename: 'Text' as const, id, en });

/** A case as lists and live notices carry it (CaseSummaryFields), for component tests. */
export function caseSummary(
  id: string,
  options: {
    deadline?: DeadlineState;
    dueAt?: string;
    workingDaysLeft?: number;
    sectorId?: string;
    terminal?: boolean;
    inbox?: { reason: 'HELD' | 'ESCALATED'; since?: string; actedOn?: boolean; from?: string | null } | null;
  } = {},
): CaseSummaryFieldsFragment {
  const sectorId = options.sectorId ?? 'pendidikan';
  const inbox = options.inbox;
  return {
    __typename: 'Case',
    id,
    code: `SPM-${id.toUpperCase()}`,
    status: 'forwarded-to-opd',
    version: 4,
    registeredAt: '2026-11-23T02:00:00.000Z',
    updatedAt: '2026-11-23T04:00:00.000Z',
    state: {
      __typename: 'WorkflowState',
      id: 'forwarded-to-opd',
      terminal: options.terminal ?? false,
      pausesClock: false,
      label: text('Diteruskan ke Dinas Pendidikan', 'Forwarded to the education agency'),
    },
    sector: {
      __typename: 'Sector',
      id: sectorId,
      name: sectorId === 'sosial' ? text('Sosial', 'Social') : text('Pendidikan', 'Education'),
    },
    serviceType: {
      __typename: 'ServiceType',
      id: 'basic-education-cost-aid',
      name: text('Bantuan biaya pendidikan dasar', 'Basic education cost aid'),
    },
    applicant: { __typename: 'CaseParty', name: 'Siti Aminah' },
    holder: { __typename: 'OrgUnit', id: 'ou-opd', name: 'Dinas Pendidikan Kabupaten Klaten' },
    area: { __typename: 'Area', code: '33.10.05.2001', name: 'Gombang' },
    inbox: inbox
      ? {
          __typename: 'CaseInboxEntry',
          reason: inbox.reason,
          since: inbox.since ?? '2026-11-23T04:00:00.000Z',
          actedOn: inbox.actedOn ?? false,
          receivedFrom:
            inbox.from === null
              ? null
              : { __typename: 'OrgUnit', id: 'ou-desa', name: inbox.from ?? 'Pemerintah Desa Gombang' },
        }
      : null,
    deadline: {
      __typename: 'Deadline',
      dueAt: options.dueAt ?? '2026-11-30T16:59:59.999Z',
      state: options.deadline ?? 'ON_TRACK',
      timeZone: 'Asia/Jakarta',
      workingDaysLeft: options.workingDaysLeft ?? 5,
      provisional: false,
      provisionalReason: null,
    },
    missingDocuments: [],
    availableActions: [],
  };
}
