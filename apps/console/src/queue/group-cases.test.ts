import { describe, expect, it } from 'vitest';
import type { DeadlineState } from '../gql/graphql';
import { groupCases, type GroupableCase } from './group-cases';

function c(
  id: string,
  state: DeadlineState,
  dueAt: string,
  opts: { actions?: { id: string; enabled: boolean }[]; missing?: number; terminal?: boolean } = {},
): GroupableCase {
  return {
    id,
    deadline: { state, dueAt },
    availableActions: opts.actions ?? [],
    missingDocuments: Array.from({ length: opts.missing ?? 0 }),
    state: { terminal: opts.terminal ?? false },
  };
}

describe('groupCases', () => {
  it('groups by what needs doing and puts the most urgent deadline first', () => {
    const verify = [{ id: 'verify', enabled: true }];
    const groups = groupCases([
      c('a', 'ON_TRACK', '2026-11-30T16:59:59Z', { actions: verify }),
      c('b', 'OVERDUE', '2026-11-20T16:59:59Z', { actions: verify }),
      c('c', 'DUE_SOON', '2026-11-24T16:59:59Z', { actions: verify }),
      c('d', 'ON_TRACK', '2026-11-27T16:59:59Z', { actions: verify }),
      c('e', 'ON_TRACK', '2026-11-30T16:59:59Z', { missing: 2, actions: [{ id: 'request-documents', enabled: true }] }),
      c('h', 'OVERDUE', '2026-11-19T16:59:59Z', { missing: 1 }),
      c('f', 'ON_TRACK', '2026-11-30T16:59:59Z', { actions: [{ id: 'return-not-competent', enabled: true }] }),
      c('g', 'MET', '2026-11-30T16:59:59Z', { terminal: true }),
    ]);
    expect(groups.act.map((x) => x.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(groups.documents.map((x) => x.id)).toEqual(['h', 'e']);
    // Returning a case one is not competent for is always possible; it is not work to do.
    expect(groups.waiting.map((x) => x.id)).toEqual(['f']);
  });

  it('gives overdue cases escalated to my unit their own group, ahead of the rest', () => {
    const groups = groupCases([
      { ...c('a', 'OVERDUE', '2026-11-20T16:59:59Z', { missing: 1 }), inbox: { reason: 'ESCALATED' } },
      { ...c('b', 'OVERDUE', '2026-11-19T16:59:59Z', { missing: 1 }), inbox: { reason: 'HELD' } },
      c('c', 'ON_TRACK', '2026-11-30T16:59:59Z'),
    ]);
    expect(groups.escalated.map((x) => x.id)).toEqual(['a']);
    expect(groups.documents.map((x) => x.id)).toEqual(['b']);
    expect(groups.waiting.map((x) => x.id)).toEqual(['c']);
  });
});
