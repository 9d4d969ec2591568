import { describe, expect, it } from 'vitest';
import type { CasesQuery } from '../gql/graphql';
import type { CaseEventNotice } from '../live/use-case-events';
import { caseSummary } from '../test/case-summary.fixture';
import { groupInbox, inInbox } from './group-inbox';
import { mergeInboxNotice } from './merge-inbox-notice';

const held = (actedOn: boolean) => ({ reason: 'HELD' as const, actedOn });

describe('groupInbox', () => {
  it('puts overdue first, then new arrivals, then what the unit works on; most urgent first in each', () => {
    const groups = groupInbox([
      caseSummary('a', { inbox: held(true), dueAt: '2026-11-30T16:59:59Z' }),
      caseSummary('b', { inbox: held(false), dueAt: '2026-11-27T16:59:59Z' }),
      caseSummary('c', { inbox: held(false), deadline: 'DUE_SOON', dueAt: '2026-11-29T16:59:59Z' }),
      caseSummary('d', {
        inbox: { reason: 'ESCALATED', actedOn: false },
        deadline: 'OVERDUE',
        dueAt: '2026-11-20T16:59:59Z',
      }),
      caseSummary('e', { inbox: held(true), deadline: 'OVERDUE', dueAt: '2026-11-18T16:59:59Z' }),
      caseSummary('f', { inbox: held(true), dueAt: '2026-11-26T16:59:59Z' }),
      // Not (or no longer) in my unit's inbox, or closed: never listed.
      caseSummary('g', { inbox: null }),
      caseSummary('h', { inbox: held(false), terminal: true }),
    ]);
    expect(groups.overdue.map((c) => c.id)).toEqual(['e', 'd']);
    expect(groups.new.map((c) => c.id)).toEqual(['c', 'b']);
    expect(groups.inProgress.map((c) => c.id)).toEqual(['f', 'a']);
  });

  it('applies the sector and overdue-only filters to cases arriving live', () => {
    const overdue = caseSummary('x', { inbox: held(false), deadline: 'OVERDUE', sectorId: 'sosial' });
    expect(inInbox(overdue, { sectorId: null, overdueOnly: true })).toBe(true);
    expect(inInbox(overdue, { sectorId: 'pendidikan', overdueOnly: false })).toBe(false);
    expect(inInbox(caseSummary('y', { inbox: held(false) }), { sectorId: null, overdueOnly: true })).toBe(false);
  });
});

describe('mergeInboxNotice', () => {
  const all = { sectorId: null, overdueOnly: false };
  const list = (...ids: string[]): CasesQuery => ({
    cases: {
      totalCount: ids.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: ids.map((id) => ({ cursor: id, node: caseSummary(id, { inbox: held(true) }) })),
    },
  });
  const notice = (id: string, inbox: NonNullable<Parameters<typeof caseSummary>[1]>['inbox']): CaseEventNotice =>
    ({
      __typename: 'CaseEventNotice',
      cursor: `cursor-${id}`,
      caseId: id,
      event: { __typename: 'CaseEvent', type: 'ACTION_TAKEN', occurredAt: '2026-11-23T05:00:00Z' },
      case: caseSummary(id, { inbox }),
    }) as CaseEventNotice;

  it('adds a case routed to my unit on top and says it arrived', () => {
    const { next, arrived } = mergeInboxNotice(list('a'), notice('n', held(false)), all);
    expect(arrived).toBe(true);
    expect(next?.cases.edges.map((e) => e.node.id)).toEqual(['n', 'a']);
    expect(next?.cases.totalCount).toBe(2);
  });

  it('updates a listed case in place without announcing it again', () => {
    const { next, arrived } = mergeInboxNotice(list('a', 'b'), notice('b', held(false)), all);
    expect(arrived).toBe(false);
    expect(next?.cases.edges.map((e) => [e.node.id, e.node.inbox?.actedOn])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('drops a case my unit forwarded on, and ignores changes to cases that were never mine', () => {
    const { next } = mergeInboxNotice(list('a', 'b'), notice('a', null), all);
    expect(next?.cases.edges.map((e) => e.node.id)).toEqual(['b']);
    expect(next?.cases.totalCount).toBe(1);
    const current = list('b');
    expect(mergeInboxNotice(current, notice('z', null), all)).toEqual({ next: current, arrived: false });
  });
});
