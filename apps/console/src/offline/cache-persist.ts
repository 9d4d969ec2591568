import type { InMemoryCache, NormalizedCacheObject } from '@apollo/client';
import { OFFLINE_TTL_MS, offlineDb } from './offline-db';

/**
 * Keeps the Apollo cache (what the console last read: the queue, cases, the sectors' forms,
 * the user) in IndexedDB per user, so the console opens offline with it. Written a second
 * after the cache changes and when the page is hidden; read once before the first render.
 */
export async function restoreCache(cache: InMemoryCache, userId: string | null): Promise<number | null> {
  if (!userId) return null;
  try {
    const saved = await (await offlineDb()).get('cache', userId);
    if (!saved || saved.savedAt < Date.now() - OFFLINE_TTL_MS) return null;
    cache.restore(saved.data as NormalizedCacheObject);
    return saved.savedAt;
  } catch {
    return null; // A private window without IndexedDB: the console works online only.
  }
}

export function persistCache(cache: InMemoryCache, currentUser: () => string | null): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const userId = currentUser();
    if (!userId) return;
    const data = cache.extract();
    void offlineDb()
      .then((db) => db.put('cache', { userId, data, savedAt: Date.now() }))
      .catch(() => {});
  };
  const schedule = () => {
    timer ??= setTimeout(write, 1_000);
  };
  // The cache has no change event; its writing methods are wrapped instead (as apollo3-cache-persist does).
  for (const method of ['write', 'modify', 'evict'] as const) {
    const original = cache[method].bind(cache) as (...args: unknown[]) => unknown;
    (cache as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      schedule();
      return result;
    };
  }
  const onHide = () => {
    if (document.visibilityState === 'hidden' && timer) {
      clearTimeout(timer);
      write();
    }
  };
  document.addEventListener('visibilitychange', onHide);
  return () => document.removeEventListener('visibilitychange', onHide);
}
