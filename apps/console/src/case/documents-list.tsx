import { useAuth } from '../auth/auth';
import { AuthImage, openAuthorized } from '../files/auth-image';
import type { DocumentState } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { AddDocumentFiles } from './add-document-files';
import { RemoveDocumentFile } from './remove-document-file';
import type { CaseDetail } from './case.page';

const icons: Record<DocumentState, string> = {
  MISSING: '○',
  RECEIVED: '◐',
  VALID: '✓',
  NEEDS_CORRECTION: '⚠',
  WAIVED: '–',
};

/**
 * The case's documents with their files as previews. When the server says the viewer may work
 * on the case (`mayWork`), each document also takes more files (`onChanged` reloads the case).
 */
export function DocumentsList({
  documents,
  addFiles,
}: {
  documents: CaseDetail['documents'];
  addFiles?: { caseId: string; caseCode: string; onChanged(): void } | null;
}) {
  const { t, text } = useI18n();
  const { token } = useAuth();
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
              {d.files.length > 0 && (
                <ul className="file-thumbs" aria-label={t('wizard.filesOf', { doc: text(d.label) })}>
                  {d.files.map((f) => (
                    <li key={f.id}>
                      <button
                        type="button"
                        className="file-thumb"
                        onClick={() => void openAuthorized(f.url, token)}
                        aria-label={t('case.openFile', { name: f.name })}
                      >
                        {f.thumbnailUrl ? (
                          <AuthImage url={f.thumbnailUrl} alt={f.name} className="file-thumb__img" />
                        ) : (
                          <span className="file-thumb__pdf">PDF</span>
                        )}
                      </button>
                      {addFiles && (
                        <RemoveDocumentFile caseId={addFiles.caseId} doc={d} file={f} onRemoved={addFiles.onChanged} />
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {addFiles && (
                <AddDocumentFiles
                  caseId={addFiles.caseId}
                  caseCode={addFiles.caseCode}
                  doc={d}
                  onAttached={addFiles.onChanged}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
