import type { CasesQuery } from '../gql/graphql';
import type { CaseEventNotice } from '../live/use-case-events';
import { inInbox, type InboxFilter } from './group-inbox';

export interface InboxMerge {
  next: CasesQuery | undefined;
  /** The case was not in the list and now is: a new arrival or an escalation to announce. */
  arrived: boolean;
}

/**
 * Puts a live case into the inbox list as filtered: updated in place, added on top when it
 * arrives (routed or escalated to my unit), dropped when it leaves (forwarded on, closed).
 */
export function mergeInboxNotice(
  current: CasesQuery | null | undefined,
  notice: CaseEventNotice,
  filter: InboxFilter,
): InboxMerge {
  if (!current) return { next: undefined, arrived: false };
  const edges = current.cases.edges;
  const has = edges.some((e) => e.node.id === notice.caseId);
  const belongs = inInbox(notice.case, filter);
  if (!belongs) {
    if (!has) return { next: current, arrived: false };
    const kept = edges.filter((e) => e.node.id !== notice.caseId);
    return {
      next: { cases: { ...current.cases, totalCount: current.cases.totalCount - 1, edges: kept } },
      arrived: false,
    };
  }
  if (has) {
    const updated = edges.map((e) => (e.node.id === notice.caseId ? { ...e, node: notice.case } : e));
    return { next: { cases: { ...current.cases, edges: updated } }, arrived: false };
  }
  const edge = { __typename: 'CaseEdge', cursor: notice.cursor, node: notice.case } as (typeof edges)[number];
  return {
    next: { cases: { ...current.cases, totalCount: current.cases.totalCount + 1, edges: [edge, ...edges] } },
    arrived: true,
  };
}
