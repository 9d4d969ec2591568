import { describe, expect, it } from 'vitest';
import type { CaseSummaryFieldsFragment, CasesQuery } from '../gql/graphql';
import { mergeNotice } from './merge-notice';
import type { CaseEventNotice } from '../live/use-case-events';

function summary(id: string, terminal = false): CaseSummaryFieldsFragment {
  const text = { __typename: 'Text' as const, id: 'x', en: 'x' };
  return {
    __typename: 'Case',
    id,
    code: `SPM-${id}`,
    status: 'registered',
    version: 1,
    registeredAt: '2026-11-23T03:00:00Z',
    updatedAt: '2026-11-23T03:00:00Z',
    state: { __typename: 'WorkflowState', id: 'registered', terminal, pausesClock: false, label: text },
    sector: { __typename: 'Sector', id: 'pendidikan', name: text },
    serviceType: { __typename: 'ServiceType', id: 'school-costs', name: text },
    applicant: null,
    holder: { __typename: 'OrgUnit', id: 'ou1', name: 'Posyandu Gombang' },
    area: { __typename: 'Area', code: '33.10.05.2001', name: 'Gombang' },
    inbox: null,
    deadline: {
      __typename: 'Deadline',
      dueAt: '2026-11-30T16:59:59.999Z',
      state: 'ON_TRACK',
      timeZone: 'Asia/Jakarta',
      workingDaysLeft: 5,
      provisional: false,
      provisionalReason: null,
    },
    missingDocuments: [],
    availableActions: [],
  };
}

function list(...ids: string[]): CasesQuery {
  return {
    cases: {
      totalCount: ids.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: ids.map((id) => ({ cursor: id, node: summary(id) })),
    },
  };
}

function notice(c: CaseSummaryFieldsFragment): CaseEventNotice {
  return {
    __typename: 'CaseEventNotice',
    cursor: 'c1',
    caseId: c.id,
    event: { __typename: 'CaseEvent', type: 'REGISTERED', occurredAt: c.registeredAt },
    case: c,
  };
}

describe('mergeNotice', () => {
  it('adds a case registered elsewhere on top of the queue', () => {
    const next = mergeNotice(list('1', '2'), notice(summary('3')));
    expect(next?.cases.edges.map((e) => e.node.id)).toEqual(['3', '1', '2']);
    expect(next?.cases.totalCount).toBe(3);
  });
  it('replaces a case already listed, and drops it once closed', () => {
    const changed = { ...summary('2'), version: 2 };
    expect(mergeNotice(list('1', '2'), notice(changed))?.cases.edges[1]?.node.version).toBe(2);
    const closed = mergeNotice(list('1', '2'), notice(summary('2', true)));
    expect(closed?.cases.edges.map((e) => e.node.id)).toEqual(['1']);
    expect(closed?.cases.totalCount).toBe(1);
  });
  it('leaves an unloaded list alone', () => {
    expect(mergeNotice(undefined, notice(summary('1')))).toBeUndefined();
  });
});
