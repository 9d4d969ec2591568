import type { DocumentUpload } from '../files/use-document-uploads';
import type { RegistrationItem } from './offline-db';

/** Each document's files of a queued registration, in the shape the upload progress list shows. */
export function documentProgress(item: RegistrationItem): DocumentUpload[] {
  return Object.entries(item.fileCounts).map(([code, total]) => {
    const done = item.attached.includes(code);
    const sent = done ? total : (item.files[code] ?? []).filter((f) => item.fileIds[f.key]).length;
    const failedHere = item.status === 'failed' && item.registered !== null && !done;
    return {
      code,
      total,
      sent,
      status: done
        ? 'done'
        : failedHere
          ? 'failed'
          : item.status === 'sending' && item.registered
            ? sent < total
              ? 'uploading'
              : 'attaching'
            : 'waiting',
      error: failedHere ? item.error : null,
    };
  });
}
