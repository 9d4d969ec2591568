/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { offlineDb } from './offline/offline-db';
import { requestFlush } from './offline/outbox-sender';

/**
 * The console's service worker (built by vite-plugin-pwa's injectManifest): the app shell
 * and every page chunk are precached, so after one online visit the console opens with no
 * network; any page path gets the cached index.html. The API (GraphQL, files, downloads) is
 * never cached here: the Apollo cache in IndexedDB holds what was last read, per user.
 * Background Sync sends the outbox when the network returns with no page open.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/(graphql|files|plugins|reports|healthz|readyz|metrics)(\/|$)/],
  }),
);
// The first visit is controlled at once, so the shell is there for the next one without a reload.
clientsClaim();

interface SyncEvent extends ExtendableEvent {
  tag: string;
}

async function sendOutbox(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window' });
  if (pages.some((p) => p.visibilityState === 'visible')) {
    // An open page sends itself and shows the progress.
    for (const p of pages) p.postMessage('psp-outbox-flush');
    return;
  }
  const session = await (await offlineDb()).get('session', 'current');
  if (!session) return;
  const result = await requestFlush(session.userId, session.token);
  // Still no signal (or the login expired): the browser tries the sync again later.
  if (result.stoppedBy) throw new Error(result.stoppedBy.code);
}

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === 'psp-outbox') sync.waitUntil(sendOutbox());
});
