import { useMutation } from '@apollo/client/react';
import { AttachDocumentDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { keptFilesOf, type DocumentOnCase } from './add-document-files';

/**
 * Takes one file off a document (a blurred photo, the wrong page): `attachDocument` with the
 * document's other files and papers, so the server checks what is left (e.g. at least the
 * required number of photos) and says so in words. The file itself stays in the case's record.
 */
export function RemoveDocumentFile({
  caseId,
  doc,
  file,
  onRemoved,
}: {
  caseId: string;
  doc: DocumentOnCase;
  file: { id: string; name: string };
  onRemoved(): void;
}) {
  const { t } = useI18n();
  const [attach, { loading, error }] = useMutation(AttachDocumentDocument);
  const remove = async () => {
    if (!window.confirm(t('caseFiles.confirmRemove', { name: file.name }))) return;
    const kept = keptFilesOf(doc);
    const result = await attach({
      variables: {
        caseId,
        document: { code: doc.code, fileIds: kept.fileIds.filter((id) => id !== file.id), fileNames: kept.fileNames },
      },
    }).catch(() => null);
    if (result?.data) onRemoved();
  };
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={loading}
        aria-label={t('caseFiles.removeLabel', { name: file.name })}
        onClick={() => void remove()}
      >
        {t('caseFiles.remove')}
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
