import { OFFLINE_TTL_MS, offlineDb, type CachedQueries } from './offline-db';

/**
 * Starts reading a user's kept Apollo cache from IndexedDB. Called by main.tsx as soon as the
 * entry runs, so the read overlaps the loading of the console's chunks instead of following it;
 * boot.tsx restores what it gets. Null when there is no copy, it is older than the offline TTL
 * (then nothing of it is shown; the sweep deletes it), or IndexedDB is missing (a private
 * window: the console works online only).
 */
export async function readKeptCache(userId: string | null): Promise<CachedQueries | null> {
  if (!userId) return null;
  try {
    const saved = await (await offlineDb()).get('cache', userId);
    performance.mark('psp:cache-read');
    if (!saved || saved.userId !== userId || saved.savedAt < Date.now() - OFFLINE_TTL_MS) return null;
    return saved;
  } catch {
    return null;
  }
}
