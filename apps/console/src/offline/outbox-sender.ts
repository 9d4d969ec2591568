import type { CodedError } from '../apollo/coded-error-body';
import { UploadError, uploadOnce } from '../files/upload';
import { keptFilesOf } from '../case/kept-files';
import {
  AttachDocumentDocument,
  CaseDocumentFilesDocument,
  PerformActionDocument,
  RecordVisitDocument,
  RegisterCaseDocument,
} from '../gql/graphql';
import type { AttachmentItem, CaseChangeItem, OutboxItem, RegistrationItem } from './offline-db';
import { listOutbox, putOutboxItem } from './outbox-store';
import { SendFailure, sendGraphQL } from './send-graphql';

/** Saves the item's progress after each step, so a reload or a closed tab resumes where it stopped. */
type Save = (item: OutboxItem) => Promise<void>;

async function sendRegistration(item: RegistrationItem, token: string, save: Save): Promise<void> {
  if (!item.registered) {
    // The same idempotency key on every try: a reply lost after the server committed returns the same case.
    const data = await sendGraphQL(RegisterCaseDocument, { input: item.input }, token);
    item.registered = data.registerCase;
    await save(item);
  }
  const caseId = item.registered.id;
  for (const [code, files] of Object.entries(item.files)) {
    for (const f of files) {
      if (item.fileIds[f.key]) continue;
      // The server answers a repeated upload of the same bytes with the file it already stored.
      const stored = await uploadOnce({ caseId, documentCode: code, file: f.blob, fileName: f.name, token });
      item.fileIds[f.key] = stored.id;
      await save(item);
    }
    if (item.attached.includes(code)) continue;
    const fileIds = files.map((f) => item.fileIds[f.key] ?? '');
    await sendGraphQL(
      AttachDocumentDocument,
      { caseId, document: { code, fileIds, fileNames: [] }, idempotencyKey: `${item.id}:${code}` },
      token,
    );
    item.attached = [...item.attached, code];
    await save(item);
  }
}

/**
 * Files added to a document of a case: each uploaded (a repeated upload of the same bytes gets
 * the file already stored), then attached together with what the document holds on the server
 * now (`attachDocument` replaces a document's files), under the item's key.
 */
async function sendAttachment(item: AttachmentItem, token: string, save: Save): Promise<void> {
  for (const f of item.files) {
    if (item.fileIds[f.key]) continue;
    const stored = await uploadOnce({
      caseId: item.caseId,
      documentCode: item.documentCode,
      file: f.blob,
      fileName: f.name,
      token,
    });
    item.fileIds = { ...item.fileIds, [f.key]: stored.id };
    await save(item);
  }
  const data = await sendGraphQL(CaseDocumentFilesDocument, { id: item.caseId }, token);
  const doc = data.case?.documents.find((d) => d.code === item.documentCode);
  const kept = doc ? keptFilesOf(doc) : { fileIds: [], fileNames: [] };
  const added = item.files.map((f) => item.fileIds[f.key] ?? '');
  const fileIds = [...kept.fileIds, ...added.filter((id) => !kept.fileIds.includes(id))];
  await sendGraphQL(
    AttachDocumentDocument,
    {
      caseId: item.caseId,
      document: { code: item.documentCode, fileIds, fileNames: kept.fileNames },
      idempotencyKey: item.id,
    },
    token,
  );
}

async function sendChange(item: CaseChangeItem, token: string): Promise<void> {
  const variables = { ...item.variables, idempotencyKey: item.id };
  if (item.kind === 'performAction') {
    await sendGraphQL(PerformActionDocument, variables as never, token);
  } else {
    await sendGraphQL(RecordVisitDocument, variables as never, token);
  }
}

function failureOf(error: unknown): { coded: CodedError; retryable: boolean } | null {
  if (error instanceof SendFailure || error instanceof UploadError)
    return { coded: error.coded, retryable: error.retryable };
  return null;
}

export interface FlushResult {
  sent: number;
  /** Why sending stopped early (no signal, login expired), if it did. */
  stoppedBy: CodedError | null;
}

/**
 * Sends a user's waiting items in the order they were made. A refusal marks its item gagal
 * with the server's reason and holds back later changes to the same case (they would act on
 * a state that never came); no signal or an expired login stops the round, and everything
 * waits for the next one (reconnect, app opened, Background Sync).
 */
export async function flushOutbox(userId: string, token: string): Promise<FlushResult> {
  const save: Save = (item) => putOutboxItem(item);
  const items = await listOutbox(userId);
  const held = new Set(
    items
      .filter((i) => i.status === 'failed' && i.kind !== 'registerCase')
      .map((i) => (i as CaseChangeItem | AttachmentItem).caseId),
  );
  let sent = 0;
  for (const item of items) {
    if (item.status === 'sent' || item.status === 'failed') continue;
    if (item.kind !== 'registerCase' && held.has(item.caseId)) continue;
    item.status = 'sending';
    item.attempts += 1;
    await save(item);
    try {
      if (item.kind === 'registerCase') await sendRegistration(item, token, save);
      else if (item.kind === 'attachFiles') await sendAttachment(item, token, save);
      else await sendChange(item, token);
      item.status = 'sent';
      item.error = null;
      // The photos are on the server now.
      if (item.kind === 'registerCase') item.files = {};
      if (item.kind === 'attachFiles') item.files = [];
      await save(item);
      sent += 1;
    } catch (error) {
      const failure = failureOf(error);
      item.error = failure?.coded ?? null;
      item.status = failure && !failure.retryable ? 'failed' : 'waiting';
      await save(item);
      if (item.status === 'waiting') return { sent, stoppedBy: item.error };
      if (item.kind !== 'registerCase') held.add(item.caseId);
    }
  }
  return { sent, stoppedBy: null };
}

let running: Promise<FlushResult> | null = null;
let again = false;

/**
 * One round at a time in this page (and, with Web Locks, across the page and the service
 * worker); a call during a round asks for one more round after it, so nothing queued meanwhile waits.
 */
export function requestFlush(userId: string, token: string): Promise<FlushResult> {
  if (running) {
    again = true;
    return running;
  }
  const round = async (): Promise<FlushResult> => {
    let result: FlushResult;
    do {
      again = false;
      result = await withLock(() => flushOutbox(userId, token));
    } while (again && !result.stoppedBy);
    return result;
  };
  running = round().finally(() => {
    running = null;
  });
  return running;
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? ((await locks.request('psp-outbox', fn)) as T) : fn();
}
