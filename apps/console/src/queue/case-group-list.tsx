import type { ReactNode } from 'react';
import type { CasesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

/**
 * Cases in named groups, each a headed section with its count, or a line saying it is empty:
 * the queue and the inbox both show their cases this way.
 */
export function CaseGroupList<G extends string, C extends { id: string }>({
  order,
  groups,
  title,
  empty,
  idPrefix,
  card,
}: {
  order: readonly G[];
  groups: Record<G, readonly C[]>;
  title(group: G): string;
  empty: string;
  idPrefix: string;
  card(c: C): ReactNode;
}) {
  return (
    <>
      {order.map((group) => (
        <section key={group} className="queue-group" aria-labelledby={`${idPrefix}-${group}`}>
          <h2 id={`${idPrefix}-${group}`}>
            {title(group)} <span className="count">({groups[group].length})</span>
          </h2>
          {groups[group].length === 0 ? (
            <p className="muted">{empty}</p>
          ) : (
            <ul className="card-list">{groups[group].map(card)}</ul>
          )}
        </section>
      ))}
    </>
  );
}

type Connection = CasesQuery['cases'];

/** "Load more" for a `cases` connection: the next page appended to the cached list. */
export function LoadMoreCases({
  connection,
  fetchMore,
}: {
  connection: Connection | undefined;
  fetchMore(options: {
    variables: { after: string | null | undefined };
    updateQuery(prev: CasesQuery, result: { fetchMoreResult: CasesQuery }): CasesQuery;
  }): Promise<unknown>;
}) {
  const { t } = useI18n();
  if (!connection?.pageInfo.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        void fetchMore({
          variables: { after: connection.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            cases: { ...fetchMoreResult.cases, edges: [...prev.cases.edges, ...fetchMoreResult.cases.edges] },
          }),
        })
      }
    >
      {t('queue.loadMore')}
    </button>
  );
}
