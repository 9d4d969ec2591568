import { useQuery } from '@apollo/client/react';
import { AbsenteesDocument } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { personHref } from '../person/person-href';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { useOpenDayWords } from './open-day-text';

/**
 * The toddlers the Posyandu knows who did not come this month (SKDN's S less D), for the kader's
 * home visits ("sweeping"); the server gives it only to the Posyandu's kader and covering health workers.
 */
export function AbsenteeList({ sessionId }: { sessionId: string }) {
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const { data, error, loading, refetch } = useQuery(AbsenteesDocument, {
    variables: { sessionId },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.kesehatanAbsentees;
  return (
    <section aria-labelledby="absentees-title">
      <h2 id="absentees-title">{w('absenteesTitle')}</h2>
      <ErrorMessage error={list ? undefined : error} onRetry={() => void refetch()} />
      {!list && loading && <Skeleton lines={3} label={w('absenteesTitle')} />}
      {list &&
        (list.length === 0 ? (
          <p className="muted">{w('noAbsentees')}</p>
        ) : (
          <ul className="card-list">
            {list.map((a) => (
              <li key={a.person.id} className="card">
                <p className="card__title">
                  <Link href={personHref(a.person.id)}>{a.person.name}</Link>
                </p>
                <p className="card__meta">
                  {w('absenteeLine', {
                    age: a.ageInMonths,
                    date: formatDate(`${a.lastVisitOn}T05:00:00Z`, 'Asia/Jakarta', locale),
                  })}
                  {a.guardian?.name && <> · {w('absenteeGuardian', { name: a.guardian.name })}</>}
                </p>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
