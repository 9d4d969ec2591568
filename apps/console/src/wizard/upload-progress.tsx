import type { DocumentUpload } from '../files/use-document-uploads';
import { useI18n, type BilingualText } from '../i18n/i18n';

const icons = { waiting: '○', uploading: '↑', attaching: '↑', done: '✓', failed: '⚠' } as const;

/** Each document's files on their way to the case, in words (not colour alone), with a retry for failures. */
export function UploadProgress({
  uploads,
  labels,
  onRetry,
}: {
  uploads: readonly DocumentUpload[];
  /** The documents' names by code. */
  labels: Record<string, BilingualText>;
  onRetry(): void;
}) {
  const { t, text } = useI18n();
  if (uploads.length === 0) return null;
  const failed = uploads.some((u) => u.status === 'failed');
  const allDone = uploads.every((u) => u.status === 'done');
  const busy = !allDone && !failed;
  return (
    <section className="panel no-print uploads" aria-labelledby="uploads-title" aria-busy={busy}>
      <h2 id="uploads-title">{t('upload.title')}</h2>
      <ul className="plain-list">
        {uploads.map((u) => (
          <li key={u.code} className={`upload upload--${u.status}`} data-code={u.code}>
            <span aria-hidden="true">{icons[u.status]} </span>
            <strong>{labels[u.code] ? text(labels[u.code]!) : u.code}</strong>:{' '}
            {u.status === 'uploading'
              ? t('upload.uploading', { sent: u.sent, total: u.total })
              : u.status === 'done'
                ? t('upload.done', { total: u.total })
                : t(`upload.${u.status}`)}
            {u.error && <span className="block field__problem">{text(u.error.message)}</span>}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className={allDone ? 'field__ok' : 'hint'}>
        {allDone ? `✓ ${t('upload.allDone')}` : busy ? t('upload.busy') : ''}
      </p>
      {failed && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('upload.retry')}
        </button>
      )}
    </section>
  );
}
