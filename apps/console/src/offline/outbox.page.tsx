import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router/router';
import type { OutboxItem } from './offline-db';
import { documentProgress } from './outbox-progress';
import { useOutbox } from './outbox-provider';
import { deleteOutboxItem, putOutboxItem } from './outbox-store';
import { reopenAsDraft } from './outbox-queue';

const ICONS = { waiting: '○', sending: '↑', sent: '✓', failed: '⚠' } as const;

/** The wizard step that holds a refused field: facts and the description on the service step, people on theirs. */
function stepOfField(field: string | undefined): number {
  if (!field) return 4;
  if (/^(applicant|beneficiar|dusun|rw|rt)/.test(field)) return 2;
  if (/^(facts|description|serviceType)/.test(field)) return 1;
  return 4;
}

/** How many of an item's files are stored on the server, of how many (none for actions and visits). */
function fileProgress(item: OutboxItem): { sent: number; total: number } {
  if (item.kind === 'attachFiles') {
    return { sent: item.status === 'sent' ? item.fileCount : Object.keys(item.fileIds).length, total: item.fileCount };
  }
  const files = item.kind === 'registerCase' ? documentProgress(item) : [];
  return { sent: files.reduce((n, f) => n + f.sent, 0), total: files.reduce((n, f) => n + f.total, 0) };
}

/** Antrean kirim: what waits to be sent, in order, with its state in words and what can be done about it. */
export default function OutboxPage() {
  const { t, text, locale } = useI18n();
  const { items, online, flush, userId } = useOutbox();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const resend = async (item: OutboxItem) => {
    await putOutboxItem({ ...item, status: 'waiting', error: null });
    flush();
  };
  const remove = async (item: OutboxItem) => {
    if (item.status !== 'sent' && !window.confirm(t('outbox.removeConfirm', { title: text(item.title) }))) return;
    await deleteOutboxItem(item.id);
  };
  const fix = async (item: OutboxItem) => {
    if (item.kind !== 'registerCase' || !userId) return;
    // Refused, so nothing was made: the same key (the draft's id) is sent again with the corrected data.
    await reopenAsDraft(item, userId, stepOfField(item.error?.fields[0]?.field));
    navigate(`/kasus-baru?draf=${encodeURIComponent(item.id)}`);
  };

  return (
    <section className="page" aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t('outbox.title')}</h1>
      <p className="hint">{t('outbox.intro')}</p>
      {!online && <p className="alert alert--warning">{t('outbox.offlineHint')}</p>}
      {items.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <ol className="outbox-list">
          {items.map((item) => {
            const code = item.kind === 'registerCase' ? item.registered?.code : item.caseCode;
            const caseId = item.kind === 'registerCase' ? item.registered?.id : item.caseId;
            const { sent, total } = fileProgress(item);
            return (
              <li key={item.id} className={`outbox-item outbox-item--${item.status}`} data-status={item.status}>
                <p className="outbox-item__head">
                  <span aria-hidden="true">{ICONS[item.status]} </span>
                  <strong>{t(`outbox.status.${item.status}`)}</strong> · {t(`outbox.kind.${item.kind}`)}:{' '}
                  {text(item.title)}
                </p>
                <p className="muted">
                  {formatDateTime(new Date(item.createdAt).toISOString(), zone, locale)}
                  {code ? ` · ${t('outbox.caseCode', { code })}` : ''}
                </p>
                {total > 0 && (
                  <p>
                    <progress max={total} value={sent} aria-label={t('outbox.files', { sent, total })} />{' '}
                    {t('outbox.files', { sent, total })}
                  </p>
                )}
                {item.error && (
                  <p className={item.status === 'failed' ? 'field__problem' : 'hint'} role="alert">
                    {t(item.status === 'failed' ? 'outbox.refused' : 'outbox.waitingReason', {
                      reason: text(item.error.message),
                    })}
                    {item.error.fields.map((f) => (
                      <span key={f.field} className="block">
                        {text(f.message)}
                      </span>
                    ))}
                  </p>
                )}
                <div className="row">
                  {item.status === 'failed' && item.kind === 'registerCase' && !item.registered && (
                    <button type="button" className="button button--primary" onClick={() => void fix(item)}>
                      {t('outbox.fix')}
                    </button>
                  )}
                  {item.status === 'failed' && (
                    <button type="button" className="button" onClick={() => void resend(item)}>
                      {t('outbox.resend')}
                    </button>
                  )}
                  {item.status === 'waiting' && online && (
                    <button type="button" className="button" onClick={flush}>
                      {t('outbox.sendNow')}
                    </button>
                  )}
                  {caseId && (
                    <Link href={`/kasus/${encodeURIComponent(caseId)}`} className="button">
                      {t('outbox.openCase')}
                    </Link>
                  )}
                  {item.status !== 'sending' && (
                    <button type="button" className="button" onClick={() => void remove(item)}>
                      {t('outbox.remove')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p className="hint">{t('outbox.expiry')}</p>
    </section>
  );
}
