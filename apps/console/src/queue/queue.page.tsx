import { useApolloClient, useQuery } from '@apollo/client/react';
import { FIRST_SCREEN } from '../ui/first-screen';
import { useAuth } from '../auth/auth';
import { useCallback, useState } from 'react';
import { DeadlineBadge, isUrgent } from '../deadline/deadline-badge';
import { CasesDocument, type CaseSummaryFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LiveIndicator } from '../live/live-socket';
import { useCaseEvents, type CaseEventNotice } from '../live/use-case-events';
import { Link } from '../router/router';
import { isVillageStaff } from '../inbox/inbox-roles';
import { ErrorMessage } from '../ui/error-message';
import { CaseGroupList, LoadMoreCases } from './case-group-list';
import { CardSkeleton } from '../ui/skeleton';
import { groupCases, QUEUE_GROUPS } from './group-cases';
import { mergeNotice } from './merge-notice';
import { QUEUE_VARIABLES } from './queue-variables';

const variables = QUEUE_VARIABLES;

export default function QueuePage() {
  const { t } = useI18n();
  const client = useApolloClient();
  const { data, error, loading, fetchMore, refetch } = useQuery(CasesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  const onNotice = useCallback(
    (notice: CaseEventNotice) => {
      client.cache.updateQuery({ query: CasesDocument, variables }, (current) => mergeNotice(current, notice));
      setFresh((ids) => new Set(ids).add(notice.caseId));
    },
    [client],
  );
  useCaseEvents({ onNotice, onFreshStart: () => void refetch() });

  const connection = data?.cases;
  const cases = connection?.edges.map((e) => e.node) ?? [];
  const groups = groupCases(cases);
  // Village staff always see the escalation group (empty is good news); others only when something is in it.
  const villageStaff = isVillageStaff(useAuth().me);
  const shown = QUEUE_GROUPS.filter((g) => g !== 'escalated' || villageStaff || groups.escalated.length > 0);

  return (
    <section className="page" aria-labelledby="queue-title">
      <div className="page__head">
        <h1 id="queue-title" {...FIRST_SCREEN}>
          {t('queue.title')}
        </h1>
        <LiveIndicator />
      </div>
      {connection && <p className="muted">{t('queue.subtitle', { count: connection.totalCount })}</p>}
      <ErrorMessage error={data ? undefined : error} onRetry={() => void refetch()} />
      {!data && loading && <CardSkeleton label={t('queue.title')} />}
      {data && (
        <CaseGroupList
          order={shown}
          groups={groups}
          title={(group) => t(`queue.group.${group}`)}
          empty={t('queue.empty')}
          idPrefix="group"
          card={(c) => <CaseCard key={c.id} c={c} fresh={fresh.has(c.id)} />}
        />
      )}
      <LoadMoreCases connection={connection} fetchMore={fetchMore} />
    </section>
  );
}

function CaseCard({ c, fresh }: { c: CaseSummaryFieldsFragment; fresh: boolean }) {
  const { t, text } = useI18n();
  const urgent = isUrgent(c.deadline.state);
  return (
    <li className={`card${urgent ? ' card--urgent' : ''}`}>
      <Link href={`/kasus/${encodeURIComponent(c.id)}`} className="card__link">
        <span className="card__title">
          {text(c.serviceType.name)}
          {fresh && <span className="tag tag--new">{t('queue.updatedLive')}</span>}
        </span>
        <span className="card__meta">
          <span className="code">{c.code}</span> · {text(c.sector.name)}
          {c.applicant?.name ? ` · ${c.applicant.name}` : ''}
        </span>
        <span className="card__meta">
          {text(c.state.label)} · {t('queue.holder', { name: c.holder.name })}
        </span>
        {c.missingDocuments.length > 0 && (
          <span className="card__meta">{t('queue.missing', { count: c.missingDocuments.length })}</span>
        )}
      </Link>
      <DeadlineBadge deadline={c.deadline} />
    </li>
  );
}
