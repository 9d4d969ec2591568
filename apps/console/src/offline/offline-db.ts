import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CodedError } from '../apollo/coded-error-body';
import type { CaseSummaryFieldsFragment, RegisterCaseInput } from '../gql/graphql';
import type { BilingualText } from '../i18n/i18n';
import type { CaseDraft } from '../wizard/draft';

/**
 * What the phone keeps while the signal is gone, in IndexedDB (files as Blobs): drafts,
 * the outbox, the last Apollo cache, and the login the service worker sends with. Every
 * record carries the user it belongs to; logout deletes that user's records, and nothing
 * outlives OFFLINE_TTL_MS (a shared phone must not show one citizen's data to the next user).
 */
export const OFFLINE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface StoredDraft {
  /** The draft's idempotency key: it also becomes the registration's. */
  id: string;
  userId: string;
  step: number;
  draft: CaseDraft;
  /** What the list of drafts shows: the service type, once chosen. */
  title: BilingualText | null;
  updatedAt: number;
}

/** menunggu, mengirim, terkirim, gagal. */
export type OutboxStatus = 'waiting' | 'sending' | 'sent' | 'failed';

export interface QueuedFile {
  key: string;
  name: string;
  blob: Blob;
}

interface OutboxBase {
  /** The idempotency key the server sees on every try. */
  id: string;
  userId: string;
  /** Sending order: the order the kader made the changes in. */
  seq: number;
  createdAt: number;
  updatedAt: number;
  status: OutboxStatus;
  /** The server's coded refusal (gagal), or why the last try did not reach it (menunggu). */
  error: CodedError | null;
  attempts: number;
  title: BilingualText;
}

export interface RegistrationItem extends OutboxBase {
  kind: 'registerCase';
  input: RegisterCaseInput;
  /** The wizard's draft, for "Perbaiki" after a refusal (its files are in `files`). */
  draft: CaseDraft;
  /** Photos compressed on the phone, per document code; emptied once all are attached. */
  files: Record<string, QueuedFile[]>;
  /** How many files each document has, for the progress list (kept when the files are gone). */
  fileCounts: Record<string, number>;
  /** Names of the documents, for the progress list. */
  documentLabels: Record<string, BilingualText>;
  /** Filled in as the item goes: the case, each stored file's id, the attached documents. */
  registered: (CaseSummaryFieldsFragment & { trackingPin?: string | null }) | null;
  fileIds: Record<string, string>;
  attached: string[];
}

export interface CaseChangeItem extends OutboxBase {
  kind: 'performAction' | 'recordVisit';
  caseId: string;
  caseCode: string;
  variables: Record<string, unknown>;
}

/**
 * Photos or PDFs added to one document of a registered case (the case page) while offline:
 * uploaded one by one, then attached with the files the document holds on the server then.
 */
export interface AttachmentItem extends OutboxBase {
  kind: 'attachFiles';
  caseId: string;
  caseCode: string;
  documentCode: string;
  /** Compressed on the phone; emptied once attached. */
  files: QueuedFile[];
  /** How many files, for the progress (kept when the files are gone). */
  fileCount: number;
  /** Each stored file's id by its key, as the uploads go. */
  fileIds: Record<string, string>;
}

export type OutboxItem = RegistrationItem | CaseChangeItem | AttachmentItem;

/**
 * One user's kept Apollo cache (cache-persist.ts), in two parts so the first screen does not wait
 * for everything: `firstScreen` (the user and the home page's list, small, restored before the
 * first render) and `all` (the whole cache as JSON text: a string comes out of IndexedDB at the
 * cost of a copy, and is parsed and restored after the first screen is drawn).
 */
export interface CachedQueries {
  userId: string;
  savedAt: number;
  /** A normalized cache holding only what the first screen reads. */
  firstScreen?: unknown;
  /** The whole normalized cache, `JSON.stringify`ed. */
  all?: string;
  /** The whole normalized cache as written before the split (read as `all`; no longer written). */
  data?: unknown;
}

export interface SessionRecord {
  id: 'current';
  userId: string;
  token: string;
}

interface OfflineSchema extends DBSchema {
  drafts: { key: string; value: StoredDraft; indexes: { byUser: string } };
  outbox: { key: string; value: OutboxItem; indexes: { byUser: string } };
  cache: { key: string; value: CachedQueries };
  session: { key: string; value: SessionRecord };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opened: Promise<OfflineDb> | null = null;

export function offlineDb(): Promise<OfflineDb> {
  opened ??= openDB<OfflineSchema>('psp-offline', 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byUser', 'userId');
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byUser', 'userId');
      db.createObjectStore('cache', { keyPath: 'userId' });
      db.createObjectStore('session', { keyPath: 'id' });
    },
  });
  return opened;
}

/** Deletes everything of one user (logout), or everything older than the TTL of anyone (on every start). */
export async function purgeOffline(filter: { userId: string } | { olderThan: number }): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction(['drafts', 'outbox', 'cache', 'session'], 'readwrite');
  const gone = (userId: string, at: number) => ('userId' in filter ? userId === filter.userId : at < filter.olderThan);
  for (const store of ['drafts', 'outbox'] as const) {
    let cursor = await tx.objectStore(store).openCursor();
    while (cursor) {
      if (gone(cursor.value.userId, cursor.value.updatedAt)) await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  let cached = await tx.objectStore('cache').openCursor();
  while (cached) {
    if (gone(cached.value.userId, cached.value.savedAt)) await cached.delete();
    cached = await cached.continue();
  }
  const session = await tx.objectStore('session').get('current');
  if (session && 'userId' in filter && session.userId === filter.userId)
    await tx.objectStore('session').delete('current');
  await tx.done;
}
