import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { toCodedError, type CodedError } from '../apollo/coded-error';
import { useAuth } from '../auth/auth';
import { AttachDocumentDocument } from '../gql/graphql';
import { shrinkForUpload, UploadError, uploadWithRetry, type RetryOptions } from './upload';

/** A file the kader picked for a document, before it is sent. */
export interface DraftFile {
  /** Stable within the draft (for React keys and removing one file). */
  key: string;
  file: File;
}

/**
 * What a document of an existing case already holds: `attachDocument` replaces a document's
 * files with the ones it names, so adding files sends these again with the new ones.
 */
export interface KeptFiles {
  fileIds: string[];
  /** Papers recorded by name only, without an upload. */
  fileNames: string[];
}

export type UploadStatus = 'waiting' | 'uploading' | 'attaching' | 'done' | 'failed';

export interface DocumentUpload {
  code: string;
  status: UploadStatus;
  /** Files stored so far, of `total`. */
  sent: number;
  total: number;
  error: CodedError | null;
}

/**
 * Sends the files of a just-registered case, or files added to a document of a case later
 * (with the files it already holds, in `kept`): each document's files one after
 * another (a weak link does better with one transfer at a time), each with
 * retries, then `attachDocument` with the stored files' ids. A document that
 * still fails keeps the ids it got, so "try again" resumes where it stopped.
 */
export function useDocumentUploads(retry?: RetryOptions) {
  const { token } = useAuth();
  const [attach] = useMutation(AttachDocumentDocument);
  const [uploads, setUploads] = useState<DocumentUpload[]>([]);
  const stored = useRef(new Map<string, string>());
  const job = useRef<{
    caseId: string;
    files: Record<string, DraftFile[]>;
    kept: Record<string, KeptFiles>;
  } | null>(null);

  const patch = (code: string, change: Partial<DocumentUpload>) =>
    setUploads((list) => list.map((u) => (u.code === code ? { ...u, ...change } : u)));

  const runDocument = useCallback(
    async (caseId: string, code: string, files: DraftFile[], kept?: KeptFiles) => {
      patch(code, { status: 'uploading', error: null });
      try {
        const ids: string[] = [];
        for (const f of files) {
          let id = stored.current.get(f.key);
          if (!id) {
            const body = await shrinkForUpload(f.file);
            const file = await uploadWithRetry(
              { caseId, documentCode: code, file: body, fileName: f.file.name, token },
              retry,
            );
            id = file.id;
            stored.current.set(f.key, id);
          }
          ids.push(id);
          patch(code, { sent: ids.length });
        }
        patch(code, { status: 'attaching' });
        let lastError: unknown = null;
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            const fileIds = [...(kept?.fileIds ?? []), ...ids];
            await attach({ variables: { caseId, document: { code, fileIds, fileNames: kept?.fileNames ?? [] } } });
            patch(code, { status: 'done' });
            return;
          } catch (error) {
            lastError = error;
            if (toCodedError(error).code !== 'NETWORK') break;
            await new Promise((resolve) => setTimeout(resolve, 1_000 * 2 ** attempt));
          }
        }
        throw lastError;
      } catch (error) {
        patch(code, { status: 'failed', error: error instanceof UploadError ? error.coded : toCodedError(error) });
      }
    },
    [attach, token, retry],
  );

  const start = useCallback(
    async (caseId: string, files: Record<string, DraftFile[]>, kept: Record<string, KeptFiles> = {}) => {
      const entries = Object.entries(files).filter(([, list]) => list.length > 0);
      job.current = { caseId, files, kept };
      setUploads(
        entries.map(([code, list]) => ({ code, status: 'waiting', sent: 0, total: list.length, error: null })),
      );
      for (const [code, list] of entries) await runDocument(caseId, code, list, kept[code]);
    },
    [runDocument],
  );

  const retryFailed = useCallback(async () => {
    const current = job.current;
    if (!current) return;
    for (const u of uploads.filter((x) => x.status === 'failed')) {
      await runDocument(current.caseId, u.code, current.files[u.code] ?? [], current.kept[u.code]);
    }
  }, [uploads, runDocument]);

  const reset = useCallback(() => {
    job.current = null;
    stored.current.clear();
    setUploads([]);
  }, []);

  return { uploads, start, retryFailed, reset };
}
