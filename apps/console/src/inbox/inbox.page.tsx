import { useApolloClient, useQuery } from '@apollo/client/react';
import { FIRST_SCREEN } from '../ui/first-screen';
import { useCallback, useMemo, useState } from 'react';
import { CasesDocument, InboxSectorsDocument, type CaseSummaryFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LiveIndicator } from '../live/live-socket';
import { useCaseEvents, type CaseEventNotice } from '../live/use-case-events';
import { CaseGroupList, LoadMoreCases } from '../queue/case-group-list';
import { ErrorMessage } from '../ui/error-message';
import { CardSkeleton } from '../ui/skeleton';
import { groupInbox, INBOX_GROUPS, type InboxFilter } from './group-inbox';
import { InboxCard } from './inbox-card';
import { INBOX_PAGE } from './inbox-variables';
import { mergeInboxNotice } from './merge-inbox-notice';

/**
 * The inbox of a routed unit (kecamatan, OPD, police, Pustu; issue 6): the open cases my unit
 * holds or was escalated to, overdue first, then new arrivals, then what is in progress. New
 * cases arrive live and are announced; a reconnect resumes the event stream (src/live).
 */
export default function InboxPage() {
  const { t, text } = useI18n();
  const client = useApolloClient();
  const [filter, setFilter] = useState<InboxFilter>({ sectorId: null, overdueOnly: false });
  const variables = useMemo(
    () => ({
      filter: {
        inbox: true,
        open: true,
        ...(filter.sectorId ? { sectorId: filter.sectorId } : {}),
        ...(filter.overdueOnly ? { deadlineState: 'OVERDUE' as const } : {}),
      },
      first: INBOX_PAGE,
    }),
    [filter],
  );
  const { data, error, loading, fetchMore, refetch } = useQuery(CasesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const sectors = useQuery(InboxSectorsDocument).data?.sectors ?? [];
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  const announce = useCallback(
    (arrived: readonly CaseSummaryFieldsFragment[]) => {
      const c = arrived[0];
      if (!c) return;
      setFresh((ids) => new Set([...ids, ...arrived.map((x) => x.id)]));
      const words = { code: c.code, sector: text(c.sector.name), desa: c.area.name };
      setAnnouncement(
        arrived.length > 1
          ? t('inbox.announceMany', { count: arrived.length })
          : c.inbox?.reason === 'ESCALATED'
            ? t('inbox.announceEscalated', words)
            : t('inbox.announceArrived', words),
      );
    },
    [t, text],
  );

  const onNotice = useCallback(
    (notice: CaseEventNotice) => {
      const current = client.cache.readQuery({ query: CasesDocument, variables });
      const { next, arrived } = mergeInboxNotice(current, notice, filter);
      if (!next || next === current) return;
      client.cache.writeQuery({ query: CasesDocument, variables, data: next });
      if (arrived) announce([notice.case]);
    },
    [client, variables, filter, announce],
  );
  // No cursor to resume from (nothing arrived yet, or one too old): load the list again, and
  // announce what came in meanwhile, as if it had arrived live.
  const onFreshStart = useCallback(() => {
    const before = client.cache.readQuery({ query: CasesDocument, variables });
    void refetch().then((result) => {
      if (!before) return;
      const known = new Set(before.cases.edges.map((e) => e.node.id));
      announce((result.data?.cases.edges ?? []).map((e) => e.node).filter((c) => c.inbox && !known.has(c.id)));
    });
  }, [client, variables, refetch, announce]);
  useCaseEvents({ onNotice, onFreshStart });

  const connection = data?.cases;
  const groups = groupInbox(connection?.edges.map((e) => e.node) ?? []);

  return (
    <section className="page" aria-labelledby="inbox-title">
      <div className="page__head">
        <h1 id="inbox-title" {...FIRST_SCREEN}>
          {t('inbox.title')}
        </h1>
        <LiveIndicator />
      </div>
      {/* Announced by screen readers as it changes; shown too, so a sighted user sees what just came in. */}
      <p className={announcement ? 'alert alert--ok' : 'visually-hidden'} role="status" aria-live="polite">
        {announcement}
      </p>
      <form className="inbox-filters" aria-label={t('inbox.filters')} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          {t('inbox.sector')}
          <select
            value={filter.sectorId ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, sectorId: e.target.value || null }))}
          >
            <option value="">{t('inbox.allSectors')}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {text(s.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(e) => setFilter((f) => ({ ...f, overdueOnly: e.target.checked }))}
          />
          {t('inbox.overdueOnly')}
        </label>
      </form>
      {connection && <p className="muted">{t('inbox.subtitle', { count: connection.totalCount })}</p>}
      <ErrorMessage error={data ? undefined : error} onRetry={() => void refetch()} />
      {!data && loading && <CardSkeleton label={t('inbox.title')} />}
      {data && (
        <CaseGroupList
          order={INBOX_GROUPS}
          groups={groups}
          title={(group) => t(`inbox.group.${group}`)}
          empty={t('inbox.empty')}
          idPrefix="inbox-group"
          card={(c) => <InboxCard key={c.id} c={c} fresh={fresh.has(c.id)} />}
        />
      )}
      <LoadMoreCases connection={connection} fetchMore={fetchMore} />
    </section>
  );
}
