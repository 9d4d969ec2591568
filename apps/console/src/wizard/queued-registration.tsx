import { CodedFailure } from '../apollo/coded-error';
import { useI18n } from '../i18n/i18n';
import { documentProgress } from '../offline/outbox-progress';
import { useOutbox } from '../offline/outbox-provider';
import { putOutboxItem } from '../offline/outbox-store';
import { Link, navigate } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { Receipt } from './receipt';
import { UploadProgress } from './upload-progress';

/**
 * After "Daftarkan": the registration is in the outbox. Online, the receipt shows as soon as
 * the server answers and the photos follow from the queue; offline, the kader is told it waits
 * on this phone and will be sent by itself.
 */
export function QueuedRegistration({ id }: { id: string }) {
  const { t } = useI18n();
  const { items, online, flush } = useOutbox();
  const item = items.find((i) => i.id === id);
  if (!item || item.kind !== 'registerCase') return <Skeleton lines={4} label={t('app.loading')} />;
  const another = () => navigate('/kasus-baru');
  if (item.registered) {
    return (
      <Receipt
        c={item.registered}
        uploads={
          <UploadProgress
            uploads={documentProgress(item)}
            labels={item.documentLabels}
            onRetry={() => void putOutboxItem({ ...item, status: 'waiting', error: null }).then(flush)}
          />
        }
        onAnother={another}
      />
    );
  }
  const refused = item.status === 'failed';
  return (
    <section className="page" aria-labelledby="queued-title">
      <h1 id="queued-title">{t('wizard.queuedTitle')}</h1>
      <p role="status" className={refused ? 'field__problem' : 'hint'}>
        {refused
          ? t('wizard.queuedRefused')
          : online && item.status === 'sending'
            ? t('wizard.queuedSending')
            : t('wizard.queuedOffline')}
      </p>
      {item.error && refused && <ErrorMessage error={new CodedFailure(item.error)} />}
      <div className="row">
        <Link href="/kirim" className="button button--primary">
          {t('wizard.toOutbox')}
        </Link>
        <button type="button" className="button" onClick={another}>
          {t('wizard.another')}
        </button>
      </div>
    </section>
  );
}
