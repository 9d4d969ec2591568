import { useEffect, useRef, useState } from 'react';
import { FilePickButtons, pickFiles } from '../files/file-pick-buttons';
import { useDocumentUploads } from '../files/use-document-uploads';
import { useI18n } from '../i18n/i18n';
import type { AttachmentItem } from '../offline/offline-db';
import { registerBackgroundSync, useOutbox } from '../offline/outbox-provider';
import { queueAttachment } from '../offline/outbox-queue';
import { putOutboxItem } from '../offline/outbox-store';
import { compressPhoto } from '../offline/photo-compress';
import { keptFilesOf } from './kept-files';

export interface DocumentOnCase {
  code: string;
  maxFiles: number;
  fileNames: readonly string[];
  files: readonly { id: string; name: string }[];
  label: { id: string; en: string };
}

export { keptFilesOf };

let counter = 0;
const nextKey = () => `c${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * Adds photos or PDFs to one document of a registered case, from the camera or the phone:
 * they go up at once through `POST /files` (scaled, retried on a weak link), then
 * `attachDocument` links them with the files the document already had. A refusal (too
 * large, wrong type) is shown in the server's words; a failure can be sent again.
 * With no signal the photos are compressed and go into the outbox instead: they are sent
 * by themselves when the network returns (progress shown here and at /kirim).
 */
export function AddDocumentFiles({
  caseId,
  caseCode,
  doc,
  onAttached,
}: {
  caseId: string;
  /** Shown in the outbox while the files wait. */
  caseCode: string;
  doc: DocumentOnCase;
  onAttached(): void;
}) {
  const { t, text } = useI18n();
  const { uploads, start, retryFailed, reset } = useDocumentUploads();
  const outbox = useOutbox();
  const [note, setNote] = useState('');
  const upload = uploads[0];
  // Files of this document waiting in the outbox (added offline), oldest first.
  const queued = outbox.items.filter(
    (i): i is AttachmentItem => i.kind === 'attachFiles' && i.caseId === caseId && i.documentCode === doc.code,
  );
  const pending = queued.filter((i) => i.status !== 'sent');
  const held = doc.fileNames.length + pending.reduce((n, i) => n + i.fileCount, 0);
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

  // A batch sent from the outbox: the case is loaded again so the list shows its files.
  const sentIds = queued.filter((i) => i.status === 'sent').map((i) => i.id);
  const seenSent = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (seenSent.current === null) {
      seenSent.current = new Set(sentIds);
      return;
    }
    const fresh = sentIds.filter((id) => !seenSent.current?.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) seenSent.current.add(id);
    onAttached();
  }, [sentIds.join(','), onAttached]); // eslint-disable-line react-hooks/exhaustive-deps

  const queueOffline = async (files: File[]) => {
    if (!outbox.userId) return;
    setNote(t('wizard.compressing'));
    const small = await Promise.all(files.map(compressPhoto));
    setNote('');
    await queueAttachment(outbox.userId, {
      caseId,
      caseCode,
      documentCode: doc.code,
      title: doc.label,
      files: small.map((file) => ({ key: nextKey(), name: file.name || 'foto.jpg', blob: file })),
    });
    outbox.flush();
    registerBackgroundSync();
  };

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
    if (!outbox.online && outbox.userId) {
      void queueOffline(files);
      return;
    }
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
  const waitingFiles = pending.reduce((n, i) => n + i.fileCount, 0);
  const sentFiles = pending.reduce((n, i) => n + Object.keys(i.fileIds).length, 0);
  const failedBatch = pending.find((i) => i.status === 'failed');
  const sendingNow = pending.some((i) => i.status === 'sending');

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
      {pending.length > 0 && (
        <span className="add-files__queued" role="status">
          <progress
            max={waitingFiles}
            value={sentFiles}
            aria-label={t('outbox.files', { sent: sentFiles, total: waitingFiles })}
          />{' '}
          {sendingNow
            ? t('caseFiles.sending', { sent: sentFiles, total: waitingFiles })
            : outbox.online
              ? t('caseFiles.queuedOnline', { total: waitingFiles })
              : t('caseFiles.queuedOffline', { total: waitingFiles })}
        </span>
      )}
      {failedBatch?.error && (
        <span className="field__problem" role="alert">
          ⚠ {text(failedBatch.error.message)}{' '}
          <button
            type="button"
            className="button"
            onClick={() => void putOutboxItem({ ...failedBatch, status: 'waiting', error: null }).then(outbox.flush)}
          >
            {t('caseFiles.retry')}: {name}
          </button>
        </span>
      )}
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
