import type { CasesQuery } from '../gql/graphql';
import type { CaseEventNotice } from '../live/use-case-events';

/** Puts a live case into the open-cases list: updated in place, added on top, dropped once closed. */
export function mergeNotice(current: CasesQuery | null | undefined, notice: CaseEventNotice): CasesQuery | undefined {
  if (!current) return undefined;
  const edges = current.cases.edges;
  const has = edges.some((e) => e.node.id === notice.caseId);
  if (notice.case.state.terminal) {
    if (!has) return current;
    return {
      cases: {
        ...current.cases,
        totalCount: current.cases.totalCount - 1,
        edges: edges.filter((e) => e.node.id !== notice.caseId),
      },
    };
  }
  if (has) {
    return {
      cases: {
        ...current.cases,
        edges: edges.map((e) => (e.node.id === notice.caseId ? { ...e, node: notice.case } : e)),
      },
    };
  }
  const edge = { __typename: 'CaseEdge', cursor: notice.cursor, node: notice.case } as (typeof edges)[number];
  return { cases: { ...current.cases, totalCount: current.cases.totalCount + 1, edges: [edge, ...edges] } };
}
