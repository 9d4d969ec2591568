import { useQuery } from '@apollo/client/react';
import { MonthlyRecapDocument, OpenDayRecapDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { useAuth } from '../auth/auth';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { AbsenteeList } from './absentee-list';
import { RecapView } from './recap-view';
import { useOpenDayWords } from './open-day-text';
import './open-day.css';

/**
 * `/hari-buka/:sessionId/rekap` (one day) and `/hari-buka/bulan/:posyanduId/:month`
 * (a month): the recap for the village government, the Pustu and the kader.
 */
export default function RecapPage({ params }: { params: Record<string, string> }) {
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const auth = useAuth();
  // The absentee list has names: the Posyandu's kader and health workers only (the server decides).
  const personal = auth.me?.memberships.some((m) => m.role === 'KADER' || m.role === 'HEALTH_WORKER') ?? false;
  const sessionId = params.sessionId;
  const month = params.month ?? '';
  const posyanduId = params.posyanduId ?? '';
  const day = useQuery(OpenDayRecapDocument, {
    variables: { sessionId: sessionId ?? '' },
    skip: !sessionId,
    fetchPolicy: 'cache-and-network',
  });
  const monthly = useQuery(MonthlyRecapDocument, {
    variables: { posyanduId, month },
    skip: Boolean(sessionId),
    fetchPolicy: 'cache-and-network',
  });
  const recap = sessionId ? day.data?.kesehatanOpenDayRecap : monthly.data?.kesehatanMonthlyRecap;
  const { error, loading, refetch } = sessionId ? day : monthly;
  const query = sessionId
    ? `sessionId=${encodeURIComponent(sessionId)}`
    : `posyanduId=${encodeURIComponent(posyanduId)}&month=${encodeURIComponent(month)}`;
  const title = recap
    ? sessionId
      ? w('recapTitle', { period: formatDate(`${recap.period}T12:00:00Z`, 'UTC', locale) })
      : w('recapMonthTitle', { period: recap.period })
    : w(sessionId ? 'recap' : 'monthlyRecap');
  return (
    <section className="page open-day" aria-labelledby="recap-title">
      <p className="no-print">
        <Link href="/hari-buka">← {w('title')}</Link>
      </p>
      <h1 id="recap-title">{title}</h1>
      <ErrorMessage error={recap ? undefined : error} onRetry={() => void refetch()} />
      {!recap && loading && <Skeleton lines={8} label={title} />}
      {recap && <RecapView recap={recap} query={query} />}
      {recap && sessionId && personal && <AbsenteeList sessionId={sessionId} />}
    </section>
  );
}
