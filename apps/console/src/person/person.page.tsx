import { useQuery } from '@apollo/client/react';
import { toCodedError } from '../apollo/coded-error';
import { PersonHistoryDocument } from '../gql/graphql';
import type { MessageKey } from '../i18n/dictionary';
import { formatDate, DEFAULT_TIME_ZONE } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { GrowthSection } from './growth-section';
import { AgeText, VisitTimeline } from './visit-timeline';

/** A person's page (`/orang/:id`): who they are, a child's growth chart, and every open day in reach. */
export default function PersonPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const { t, locale } = useI18n();
  const { data, error, loading, refetch } = useQuery(PersonHistoryDocument, {
    variables: { personId: id },
    fetchPolicy: 'cache-and-network',
  });

  if (!data && loading) return <Skeleton lines={8} label={t('person.loading')} />;
  if (!data) {
    if (error && toCodedError(error).code === 'NOT_FOUND') {
      return (
        <section className="page">
          <p role="alert">{t('person.notFound')}</p>
          <Link href="/">{t('app.back')}</Link>
        </section>
      );
    }
    return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  }
  const h = data.kesehatanPersonHistory;
  const latest = h.visits.at(-1);
  const hasGrowth = h.visits.some((v) => v.growthPoints.length > 0);
  const date = (d: string) => formatDate(`${d}T05:00:00Z`, DEFAULT_TIME_ZONE, locale);

  return (
    <article className="page" aria-labelledby="person-title">
      <p>
        <Link href="/">← {t('nav.queue')}</Link>
      </p>
      <h1 id="person-title">{h.person.name ?? t('person.noName')}</h1>
      <dl className="facts">
        {h.person.nik && (
          <>
            <dt>NIK</dt>
            <dd className="code">{h.person.nik}</dd>
          </>
        )}
        {h.sex && (
          <>
            <dt>{t('person.sex')}</dt>
            <dd>{t(h.sex === 'FEMALE' ? 'person.sex.female' : 'person.sex.male')}</dd>
          </>
        )}
        {h.birthDate && (
          <>
            <dt>{t('person.birthDate')}</dt>
            <dd>
              {date(h.birthDate)}
              {latest && latest.ageMonths !== null && (
                <span className="block muted">
                  {t('person.ageAtLastVisit')} <AgeText months={latest.ageMonths} days={latest.ageDays} />
                </span>
              )}
            </dd>
          </>
        )}
        <dt>{t('person.targetGroups')}</dt>
        <dd>
          {h.targetGroups.map((g) => (
            <span key={`${g.targetGroup}-${g.from}`} className="block">
              {t(`person.targetGroup.${g.targetGroup}` as MessageKey)}:{' '}
              {t('person.period', { from: date(g.from), to: date(g.to), count: g.visits })}
            </span>
          ))}
        </dd>
      </dl>

      {hasGrowth && h.sex && <GrowthSection sex={h.sex} visits={h.visits} />}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('person.history', { count: h.visits.length })}</h2>
        <VisitTimeline visits={h.visits} />
      </section>
    </article>
  );
}
