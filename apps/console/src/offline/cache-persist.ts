import type {
  ApolloCache,
  InMemoryCache,
  NormalizedCacheObject,
  OperationVariables,
  TypedDocumentNode,
} from '@apollo/client';
import { createCache } from '../apollo/client';
import { CasesDocument, InboxSectorsDocument, MeDocument } from '../gql/graphql';
import { INBOX_VARIABLES } from '../inbox/inbox-variables';
import { QUEUE_VARIABLES } from '../queue/queue-variables';
import { offlineDb, type CachedQueries } from './offline-db';

/**
 * Keeps the Apollo cache (what the console last read: the queue, cases read ahead for visits,
 * the sectors' forms, the user) in IndexedDB per user, so the console opens offline with it.
 * Written a second after the cache changes and when the page is hidden.
 *
 * It is kept in two parts (offline-db.ts, CachedQueries): the first screen's part — what `/`
 * reads as it opens — is restored before the first render; the whole cache, kept as JSON text,
 * is restored after the first screen is drawn (restoreRest), without replacing anything the
 * cache holds by then: a network answer that arrived meanwhile is fresher than the kept copy.
 */

/** Paths whose first screen reads only the first screen's part (the home page: queue, inbox). */
const FIRST_SCREEN_PATHS = new Set(['/', '/kotak-masuk']);

export function opensOnFirstScreenPart(path: string): boolean {
  return FIRST_SCREEN_PATHS.has(path);
}

/** Copies one query's answer from one cache to another when the first holds all of it. */
function copyQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): (from: ApolloCache, to: ApolloCache) => void {
  return (from, to) => {
    let data: TData | null = null;
    try {
      data = from.readQuery({ query, variables });
    } catch {
      data = null; // Not (wholly) in the cache: the first screen asks the network, as without a copy.
    }
    if (data) to.writeQuery({ query, variables, data });
  };
}

/**
 * What `/` reads as it opens (app.tsx HomePage): the user, whose units choose the queue or the
 * inbox; the queue's first page; the inbox's first page and its sector filter. The escalation queue
 * (the coordinator's desk screen) is not in it: it is shown once the rest is restored or answered.
 */
const FIRST_SCREEN_READS = [
  copyQuery(MeDocument),
  copyQuery(CasesDocument, QUEUE_VARIABLES),
  copyQuery(CasesDocument, INBOX_VARIABLES),
  copyQuery(InboxSectorsDocument),
];

/** The part of `cache` the first screen reads, as a normalized cache of its own (same type policies). */
export function firstScreenPart(cache: ApolloCache): NormalizedCacheObject {
  const part = createCache();
  for (const copy of FIRST_SCREEN_READS) copy(cache, part);
  return part.extract();
}

/** What restoreKept left for after the first screen: the whole kept copy, and the part restored before. */
export interface KeptRest {
  all: string;
  firstScreen: NormalizedCacheObject;
}

/**
 * Restores before the first render. When the app opens on the home page and the copy has its
 * first screen's part, only that part, and the rest is returned for restoreRest after the first
 * screen is drawn; otherwise (another page, a copy written before the split) all of it, and null.
 */
export function restoreKept(cache: InMemoryCache, saved: CachedQueries | null, path: string): KeptRest | null {
  if (!saved) return null;
  try {
    if (opensOnFirstScreenPart(path) && saved.firstScreen && saved.all !== undefined) {
      const firstScreen = saved.firstScreen as NormalizedCacheObject;
      cache.restore(firstScreen);
      return { all: saved.all, firstScreen };
    }
    const all = saved.all !== undefined ? (JSON.parse(saved.all) as NormalizedCacheObject) : saved.data;
    if (all) cache.restore(all as NormalizedCacheObject);
  } catch {
    // A damaged copy: the console starts as without one (online only until it is written again).
  }
  return null;
}

/**
 * Restores the rest of the kept cache into a cache that holds the first screen's part and
 * whatever the network answered since: the network's answers stay (fillMissing), everything else
 * of the kept copy is added, and the watching queries are told (a case page opened offline shows
 * its case).
 */
export function restoreRest(cache: InMemoryCache, rest: KeptRest): void {
  const kept = JSON.parse(rest.all) as NormalizedCacheObject;
  cache.restore(fillMissing(cache.extract(), kept, rest.firstScreen));
  // restore() replaces the store without telling the watching queries; an empty batch broadcasts
  // to them (a batch cannot wrap the restore itself: it puts back the store it started with).
  cache.batch({ update: () => undefined });
}

type Fields = Record<string, unknown>;

/**
 * The kept copy with what the cache holds now laid over it, field by field of each entity. A
 * field the cache holds as `restoredFirst` (the first screen's part) had it is the kept value, or
 * a part of it (a list's summary of a case whose whole page was read ahead), so the kept value is
 * taken; a field the network wrote since is newer than the kept copy and stays as it is.
 */
export function fillMissing(
  current: NormalizedCacheObject,
  kept: NormalizedCacheObject,
  restoredFirst: NormalizedCacheObject = {},
): NormalizedCacheObject {
  const merged: NormalizedCacheObject = { ...kept, ...current };
  for (const [id, now] of Object.entries(current)) {
    const older = kept[id] as Fields | undefined;
    if (id === '__META' || !older || !now) continue;
    const first = restoredFirst[id] as Fields | undefined;
    const fields: Fields = { ...older };
    for (const [name, value] of Object.entries(now as Fields)) {
      const untouched = first !== undefined && name in first && sameValue(first[name], value);
      if (!(name in older) || !untouched) fields[name] = value;
    }
    merged[id] = fields as NormalizedCacheObject[string];
  }
  const roots = [...(kept.__META?.extraRootIds ?? []), ...(current.__META?.extraRootIds ?? [])];
  if (roots.length) merged.__META = { extraRootIds: [...new Set(roots)] };
  return merged;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes the cache to IndexedDB for the logged-in user a second after it changes and when the
 * page is hidden; when `restored` is given, only once it has settled: before that the cache lacks
 * the kept rest, and writing it would replace the kept copy with less.
 */
export function persistCache(
  cache: InMemoryCache,
  currentUser: () => string | null,
  restored?: Promise<unknown>,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ready = !restored;
  let missed = false;
  const write = () => {
    timer = null;
    if (!ready) {
      missed = true;
      return;
    }
    const userId = currentUser();
    if (!userId) return;
    const record: CachedQueries = {
      userId,
      savedAt: Date.now(),
      firstScreen: firstScreenPart(cache),
      all: JSON.stringify(cache.extract()),
    };
    void offlineDb()
      .then((db) => db.put('cache', record))
      .catch(() => {});
  };
  const schedule = () => {
    timer ??= setTimeout(write, 1_000);
  };
  void restored?.finally(() => {
    ready = true;
    if (missed) schedule();
  });
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
