import { useMutation, useQuery } from '@apollo/client/react';
import { FailedMessagesQuery, RetryMessageMutation } from '../graphql/operations';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { adminText, type AdminWord } from './admin-text';

const CHANNEL: Record<string, string> = { whatsapp: 'WhatsApp', sms: 'SMS', email: 'E-mail' };
const kindWord = (kind: string | null | undefined): AdminWord =>
  kind && ['CITIZEN_RECEIPT', 'CITIZEN_STATUS', 'CITIZEN_OUTCOME'].includes(kind)
    ? (`msg${kind}` as AdminWord)
    : 'msgOFFICER_NOTICE';

/**
 * Messages to citizens and officers that could not be delivered (the retries ran out, or the
 * provider refused them), each with the provider's reason and a button to send it again.
 */
export function MessagesTab() {
  const { t, text, locale } = useI18n();
  const failed = useQuery(FailedMessagesQuery, { fetchPolicy: 'cache-and-network' });
  const [retry, retrying] = useMutation(RetryMessageMutation);
  const list = failed.data?.failedMessages ?? [];
  return (
    <section className="panel" aria-labelledby="messages-title">
      <h2 id="messages-title">{text(adminText('failedMessages'))}</h2>
      <p className="muted">{text(adminText('failedMessagesHint'))}</p>
      <ErrorMessage error={failed.error ?? retrying.error} />
      {failed.loading && !failed.data ? (
        <Skeleton lines={3} label={t('app.loading')} />
      ) : list.length === 0 ? (
        <p className="muted">{text(adminText('noFailedMessages'))}</p>
      ) : (
        <ul className="card-list">
          {list.map((m) => (
            <li key={m.id} className="card">
              <p className="card__title">
                {CHANNEL[m.channel] ?? m.channel} · {text(adminText(kindWord(m.kind)))}{' '}
                {m.caseCode && <span className="tag">{m.caseCode}</span>}
              </p>
              <p className="card__meta">
                {m.recipient} ·{' '}
                {text(
                  adminText('failedAtAttempts', {
                    when: m.failedAt ? formatDateTime(m.failedAt, DEFAULT_TIME_ZONE, locale) : '',
                    attempts: String(m.attempts),
                  }),
                )}
              </p>
              <p className="field__problem">
                {text(adminText('failReason'))}: {m.lastError ?? '—'}
              </p>
              <p className="card__meta">{m.template ? `${m.template}: ${m.body}` : m.body}</p>
              <button
                type="button"
                className="button button--small"
                aria-label={text(adminText('retryMessageLabel', { code: m.caseCode ?? m.id }))}
                disabled={retrying.loading}
                onClick={() => {
                  retry({ variables: { id: m.id } })
                    .then(() => failed.refetch())
                    .catch(() => {});
                }}
              >
                {text(adminText('retryMessage'))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
