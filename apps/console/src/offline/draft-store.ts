import { OFFLINE_TTL_MS, offlineDb, type StoredDraft } from './offline-db';

/** Saves the wizard's draft as typed (files included, as Blobs). */
export async function saveDraft(draft: StoredDraft): Promise<void> {
  await (await offlineDb()).put('drafts', draft);
}

/** A draft of this user, unless it expired; another user's draft is not found. */
export async function loadDraft(userId: string, id: string): Promise<StoredDraft | null> {
  const found = await (await offlineDb()).get('drafts', id);
  return found && found.userId === userId && found.updatedAt > Date.now() - OFFLINE_TTL_MS ? found : null;
}

/** This user's unfinished drafts, newest first. */
export async function listDrafts(userId: string): Promise<StoredDraft[]> {
  const all = await (await offlineDb()).getAllFromIndex('drafts', 'byUser', userId);
  const fresh = Date.now() - OFFLINE_TTL_MS;
  return all.filter((d) => d.updatedAt > fresh).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function deleteDraft(id: string): Promise<void> {
  await (await offlineDb()).delete('drafts', id);
}
