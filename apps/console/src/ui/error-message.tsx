import { toCodedError } from '../apollo/coded-error';
import { useI18n } from '../i18n/i18n';

/** The server's coded message in the chosen language, announced to screen readers. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { text, t } = useI18n();
  if (!error) return null;
  const coded = toCodedError(error);
  return (
    <div className="alert alert--error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {text(coded.message)}
      {coded.fields.length > 0 && (
        <ul>
          {coded.fields.map((f) => (
            <li key={f.field}>{text(f.message)}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
