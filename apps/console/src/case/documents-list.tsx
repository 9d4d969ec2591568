import type { DocumentState } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { CaseDetail } from './case.page';

const icons: Record<DocumentState, string> = {
  MISSING: '○',
  RECEIVED: '◐',
  VALID: '✓',
  NEEDS_CORRECTION: '⚠',
  WAIVED: '–',
};

export function DocumentsList({ documents }: { documents: CaseDetail['documents'] }) {
  const { t, text } = useI18n();
  return (
    <section className="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('case.documents')}</h2>
      <ul className="doc-list">
        {documents.map((d) => (
          <li key={d.code} className={`doc doc--${d.status.toLowerCase()}`}>
            <span className="doc__icon" aria-hidden="true">
              {icons[d.status]}
            </span>
            <span className="doc__body">
              <span className="doc__label">
                {text(d.label)} <span className="muted">({d.required ? t('doc.required') : t('doc.optional')})</span>
              </span>
              <span className="doc__status">
                <strong>{t(`docStatus.${d.status}`)}</strong>
                {d.minFiles > 1 && <> · {t('case.documentFiles', { count: d.fileCount, min: d.minFiles })}</>}
                {d.statusReason && <> · {d.statusReason}</>}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
