import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useAuth } from '../auth/auth';
import { DeadlineBadge } from '../deadline/deadline-badge';
import { CaseDocument, type CaseQuery } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { worksFromInbox } from '../inbox/inbox-roles';
import { trailingReload } from '../live/trailing-reload';
import { useCaseEvents } from '../live/use-case-events';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { ActionsPanel } from './actions-panel';
import { DocumentsList } from './documents-list';
import { ReporterAccess } from './reporter-access';
import { Timeline } from './timeline';
import { VisitForm } from './visit-form';

export type CaseDetail = NonNullable<CaseQuery['case']>;

export default function CasePage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const { t, text, locale } = useI18n();
  const { me } = useAuth();
  const { data, error, loading, refetch } = useQuery(CaseDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  // Someone else changed this case: load the full case again (timeline, documents, actions),
  // and once more if another change arrives while that load is in flight.
  const reload = useMemo(() => trailingReload(() => refetch()), [refetch]);
  useCaseEvents({ filter: { caseId: id }, onNotice: reload, onFreshStart: reload });

  if (!data && loading) return <Skeleton lines={8} label={t('case.title', { code: '' })} />;
  if (!data) return <ErrorMessage error={error} onRetry={reload} />;
  const c = data.case;
  if (!c) {
    return (
      <section className="page">
        <p role="alert">{t('case.notFound')}</p>
        <Link href="/">{t('app.back')}</Link>
      </section>
    );
  }
  const tz = c.area.timeZone;
  return (
    <article className="page" aria-labelledby="case-title">
      <p>
        <Link href="/">← {t(worksFromInbox(me) ? 'nav.inbox' : 'nav.queue')}</Link>
      </p>
      <h1 id="case-title">{text(c.serviceType.name)}</h1>
      <p className="muted">
        <span className="code">{c.code}</span> · {text(c.sector.name)}
      </p>
      <dl className="facts">
        <dt>{t('case.status')}</dt>
        <dd>{text(c.state.label)}</dd>
        {c.outcome && (
          <>
            <dt>{t('case.outcome')}</dt>
            <dd>
              {t(`outcome.${c.outcome}`)}
              {c.declineReason && ` · ${t(`declineReason.${c.declineReason}`)}`}
              {c.settlementKind && ` · ${t(`settlementKind.${c.settlementKind}`)}`}
            </dd>
          </>
        )}
        <dt>{t('deadline.label')}</dt>
        <dd>
          <DeadlineBadge deadline={c.deadline} explain />
        </dd>
        <dt>{t('case.holder')}</dt>
        <dd>{c.holder.name}</dd>
        <dt>{t('case.registeredAt')}</dt>
        <dd>{formatDateTime(c.registeredAt, tz, locale)}</dd>
        <dt>{t('case.applicant')}</dt>
        <dd>
          {c.identityRedacted || !c.applicant ? (
            <em>{t('case.applicantHidden')}</em>
          ) : (
            <>
              {c.applicant.name}
              {c.applicant.nik && <span className="code"> · {c.applicant.nik}</span>}
              {c.applicant.phone && <> · {c.applicant.phone}</>}
            </>
          )}
        </dd>
        {c.beneficiaries.length > 0 && (
          <>
            <dt>{t('case.beneficiaries')}</dt>
            <dd>
              {c.beneficiaries.map((b, i) => (
                <span key={i} className="block">
                  {b.name} ({b.relation}){b.nik && <span className="code"> · {b.nik}</span>}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('case.description')}</dt>
        <dd className="prewrap">{c.description}</dd>
      </dl>
      <ReporterAccess c={c} />

      {c.inbox?.reason === 'ESCALATED' && (
        <p className="alert alert--warning" role="note">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('inbox.escalatedBecauseOverdue')}</strong> · {t('inbox.escalatedFrom', { holder: c.holder.name })}
        </p>
      )}
      {c.warnings.length > 0 && (
        <div className="alert alert--warning" role="note">
          <strong>{t('case.warnings')}: </strong>
          {c.warnings.map((w) => (
            <span key={w.code} className="block">
              {text(w.message)}
            </span>
          ))}
        </div>
      )}

      <ActionsPanel c={c} onConflict={reload} />
      <DocumentsList
        documents={c.documents}
        // A hidden reporter's case lists no files to this viewer: adding would drop the ones it cannot see.
        addFiles={c.mayWork && !c.identityRedacted ? { caseId: c.id, caseCode: c.code, onChanged: reload } : null}
      />
      {c.state.allowsVisits && c.mayWork && <VisitForm c={c} />}
      <Timeline c={c} />
    </article>
  );
}
