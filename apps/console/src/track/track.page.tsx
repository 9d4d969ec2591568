import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { DeadlineBadge } from '../deadline/deadline-badge';
import { TrackCaseDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useLocation } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';

/** Public: a citizen tracks a case with its code and the last 4 digits of the phone given at registration. */
export default function TrackPage() {
  const { t, text, locale } = useI18n();
  const { search } = useLocation();
  const [code, setCode] = useState(() => search.get('kode') ?? '');
  const [last4, setLast4] = useState('');
  const [track, { data, loading, error, called }] = useLazyQuery(TrackCaseDocument, { fetchPolicy: 'network-only' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void track({ variables: { code: code.trim().toUpperCase(), phoneLast4: last4 } }).catch(() => {});
  };
  const found = data?.trackCase;
  return (
    <section className="page page--narrow" aria-labelledby="track-title">
      <h1 id="track-title">{t('track.title')}</h1>
      <p>{t('track.intro')}</p>
      <form className="form" onSubmit={submit}>
        <TextField
          label={t('track.code')}
          required
          autoCapitalize="characters"
          autoComplete="off"
          placeholder="SPM-XXXX-XXXX"
          value={code}
          onValue={setCode}
        />
        <TextField
          label={t('track.phoneLast4')}
          required
          inputMode="numeric"
          pattern="\d{4}"
          maxLength={4}
          autoComplete="off"
          value={last4}
          onValue={(v) => setLast4(v.replace(/\D/g, '').slice(0, 4))}
        />
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {t('track.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {loading && <Skeleton lines={4} label={t('track.title')} />}
        <ErrorMessage error={error} />
        {called && !loading && !error && !found && (
          <p className="alert alert--warning" role="alert">
            ⚠ {t('track.notFound')}
          </p>
        )}
        {found && !loading && (
          <article className="panel" aria-label={found.code}>
            <p className="code receipt__code">{found.code}</p>
            <p>
              {text(found.sector)} · {text(found.serviceType)}
            </p>
            <p>
              <strong>{text(found.status)}</strong> ({found.closed ? t('track.closed') : t('track.open')})
            </p>
            <DeadlineBadge deadline={found.deadline} explain />
            <p className="muted">
              {t('track.lastUpdate', { date: formatDateTime(found.updatedAt, found.deadline.timeZone, locale) })}
            </p>
          </article>
        )}
      </div>
    </section>
  );
}
