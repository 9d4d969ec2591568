import { useEffect, useRef, useState } from 'react';
import { FilePickButtons, pickFiles } from '../files/file-pick-buttons';
import { useDocumentUploads, type KeptFiles } from '../files/use-document-uploads';
import { useI18n } from '../i18n/i18n';

export interface DocumentOnCase {
  code: string;
  maxFiles: number;
  fileNames: readonly string[];
  files: readonly { id: string; name: string }[];
  label: { id: string; en: string };
}

/** The files a document holds now: uploads by id, and papers recorded by name only (names not matched by a file). */
export function keptFilesOf(doc: Pick<DocumentOnCase, 'fileNames' | 'files'>): KeptFiles {
  const papers = [...doc.fileNames];
  for (const f of doc.files) {
    const i = papers.indexOf(f.name);
    if (i >= 0) papers.splice(i, 1);
  }
  return { fileIds: doc.files.map((f) => f.id), fileNames: papers };
}

let counter = 0;
const nextKey = () => `c${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * Adds photos or PDFs to one document of a registered case, from the camera or the phone:
 * they go up at once through `POST /files` (scaled, retried on a weak link), then
 * `attachDocument` links them with the files the document already had. A refusal (too
 * large, wrong type) is shown in the server's words; a failure can be sent again.
 */
export function AddDocumentFiles({
  caseId,
  doc,
  onAttached,
}: {
  caseId: string;
  doc: DocumentOnCase;
  onAttached(): void;
}) {
  const { t, text } = useI18n();
  const { uploads, start, retryFailed, reset } = useDocumentUploads();
  const [note, setNote] = useState('');
  const upload = uploads[0];
  const held = doc.fileNames.length;
  const room = doc.maxFiles - held;
  const name = text(doc.label);
  const statusId = `add-files-${doc.code}`;
  const busy = upload?.status === 'uploading' || upload?.status === 'attaching' || upload?.status === 'waiting';

  // Once linked, the case is loaded again so the list shows the new files.
  const told = useRef(false);
  useEffect(() => {
    if (upload?.status === 'done' && !told.current) {
      told.current = true;
      onAttached();
    }
  }, [upload?.status, onAttached]);

  const onPick = (picked: File[]) => {
    if (picked.length === 0) return;
    const { files, refused } = pickFiles(picked, room);
    setNote(
      refused === 'type'
        ? t('wizard.fileTypeRefused')
        : refused === 'tooMany'
          ? t('wizard.tooManyFiles', { max: doc.maxFiles })
          : '',
    );
    if (files.length === 0) return;
    told.current = false;
    reset();
    void start(
      caseId,
      { [doc.code]: files.map((file) => ({ key: nextKey(), file })) },
      { [doc.code]: keptFilesOf(doc) },
    );
  };

  let status = '';
  if (upload?.status === 'uploading' || upload?.status === 'waiting') {
    status = t('caseFiles.sending', { sent: upload.sent, total: upload.total });
  } else if (upload?.status === 'attaching') status = t('caseFiles.attaching');
  else if (upload?.status === 'done') status = t('caseFiles.done', { total: upload.total });
  else if (upload?.status === 'failed') status = t('caseFiles.failed');

  return (
    <span className="add-files" aria-busy={busy}>
      {room > 0 ? (
        <FilePickButtons documentName={name} room={room} describedBy={statusId} disabled={busy} onPick={onPick} />
      ) : (
        <span className="muted">{t('caseFiles.full', { max: doc.maxFiles })}</span>
      )}
      <span id={statusId} role="status" aria-live="polite" className={upload?.status === 'done' ? 'field__ok' : 'hint'}>
        {status}
      </span>
      {upload?.error && (
        <span className="field__problem" role="alert">
          ⚠ {text(upload.error.message)}
        </span>
      )}
      {note && (
        <span className="field__problem" role="alert">
          ⚠ {note}
        </span>
      )}
      {upload?.status === 'failed' && (
        <button type="button" className="button" onClick={() => void retryFailed()}>
          {t('caseFiles.retry')}: {name}
        </button>
      )}
    </span>
  );
}
