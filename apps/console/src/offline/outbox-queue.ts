import type { RegisterCaseInput } from '../gql/graphql';
import type { BilingualText } from '../i18n/i18n';
import { newIdempotencyKey, type CaseDraft } from '../wizard/draft';
import type { AttachmentItem, CaseChangeItem, QueuedFile, RegistrationItem } from './offline-db';
import { saveDraft } from './draft-store';
import { deleteOutboxItem, nextSeq, putOutboxItem } from './outbox-store';

/** Puts a finished wizard into the outbox: the registration, then its (already compressed) photos. */
export async function queueRegistration(
  userId: string,
  draft: CaseDraft,
  input: RegisterCaseInput,
  title: BilingualText,
  documentLabels: Record<string, BilingualText>,
): Promise<RegistrationItem> {
  const files: Record<string, QueuedFile[]> = {};
  for (const [code, list] of Object.entries(draft.documents)) {
    if (list.length) files[code] = list.map((f) => ({ key: f.key, name: f.file.name || 'foto.jpg', blob: f.file }));
  }
  const now = Date.now();
  const item: RegistrationItem = {
    kind: 'registerCase',
    id: draft.idempotencyKey,
    userId,
    seq: nextSeq(),
    createdAt: now,
    updatedAt: now,
    status: 'waiting',
    error: null,
    attempts: 0,
    title,
    input,
    // The files live once, in `files`; "Perbaiki" puts them back into the draft.
    draft: { ...draft, documents: {} },
    files,
    fileCounts: Object.fromEntries(Object.entries(files).map(([code, list]) => [code, list.length])),
    documentLabels,
    registered: null,
    fileIds: {},
    attached: [],
  };
  await putOutboxItem(item);
  return item;
}

/** Queues a workflow action or a visit report for a case, with a key of its own. */
export async function queueCaseChange(
  userId: string,
  change: Pick<CaseChangeItem, 'kind' | 'caseId' | 'caseCode' | 'variables' | 'title'> & {
    /** The key of a try that may have reached the server: the queued one must carry the same. */
    key?: string;
  },
): Promise<CaseChangeItem> {
  const now = Date.now();
  const { key, ...rest } = change;
  const item: CaseChangeItem = {
    ...rest,
    id: key ?? newIdempotencyKey(),
    userId,
    seq: nextSeq(),
    createdAt: now,
    updatedAt: now,
    status: 'waiting',
    error: null,
    attempts: 0,
  };
  await putOutboxItem(item);
  return item;
}

/**
 * Queues files added to one document of a case. Each batch is its own item: the sender reads
 * the document's files on the server when it attaches, so batches sent one after another add up.
 */
export async function queueAttachment(
  userId: string,
  change: Pick<AttachmentItem, 'caseId' | 'caseCode' | 'documentCode' | 'title'> & { files: QueuedFile[] },
): Promise<AttachmentItem> {
  const now = Date.now();
  const item: AttachmentItem = {
    ...change,
    kind: 'attachFiles',
    id: newIdempotencyKey(),
    userId,
    seq: nextSeq(),
    createdAt: now,
    updatedAt: now,
    status: 'waiting',
    error: null,
    attempts: 0,
    fileCount: change.files.length,
    fileIds: {},
  };
  await putOutboxItem(item);
  return item;
}

/** The draft a refused registration came from, with its photos, to correct and send again under the same key. */
export function draftOfRegistration(item: RegistrationItem): CaseDraft {
  const documents = Object.fromEntries(
    Object.entries(item.files).map(([code, list]) => [
      code,
      list.map((f) => ({ key: f.key, file: new File([f.blob], f.name, { type: f.blob.type }) })),
    ]),
  );
  return { ...item.draft, documents };
}

/** Takes a refused registration out of the outbox and back into the wizard at `step`. */
export async function reopenAsDraft(item: RegistrationItem, userId: string, step: number): Promise<void> {
  const draft = draftOfRegistration(item);
  await saveDraft({ id: item.id, userId, step, draft, title: item.title, updatedAt: Date.now() });
  await deleteOutboxItem(item.id);
}
