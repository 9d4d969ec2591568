import type { InMemoryCache } from '@apollo/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConsoleClient } from './apollo/client';
import { App, preloadRoute } from './app';
import type { TokenStore } from './auth/token-store';
import { AfterFirstPaint } from './offline/after-first-paint';
import { persistCache, restoreKept, restoreRest } from './offline/cache-persist';
import { OFFLINE_TTL_MS, purgeOffline, type CachedQueries } from './offline/offline-db';
import { userIdOfToken } from './offline/owner';
import { navigate } from './router/router';

/**
 * The whole console (Apollo Client, the live socket, every page) in `root`: loaded by main.tsx
 * at once for a logged-in user, and after the login for a new one. `kept` is the user's kept
 * cache, whose reading main.tsx started while this chunk loaded (offline/kept-cache.ts).
 */
export async function boot(root: HTMLElement, tokens: TokenStore, kept: Promise<CachedQueries | null>): Promise<void> {
  performance.mark('psp:boot');
  const client = createConsoleClient(tokens, () => {
    tokens.set(null);
    navigate('/masuk', { replace: true });
  });
  const cache = client.apollo.cache as InMemoryCache;
  const currentUser = () => userIdOfToken(tokens.get());
  const owner = currentUser();
  const path = window.location.pathname;
  // The page the app opens on is loaded meanwhile, so the first render shows it, not a placeholder.
  const [saved] = await Promise.all([kept.catch(() => null), preloadRoute(path).catch(() => {})]);
  // What this user last read is shown at once: on the home page only what it reads (the user and
  // its list), everything else (cases read ahead, the sectors' forms) once the first screen is
  // drawn — never over a newer answer, and not for a user who logged out meanwhile.
  const rest = restoreKept(cache, saved?.userId === owner ? saved : null, path);
  performance.mark('psp:cache-restored');
  let settle = () => {};
  const restored = new Promise<void>((resolve) => (settle = resolve));
  persistCache(cache, currentUser, restored);
  const afterFirstScreen = () => {
    try {
      if (rest && owner && currentUser() === owner) restoreRest(cache, rest);
    } catch {
      // A damaged copy: what the first screen showed stays; the next write replaces the copy.
    }
    performance.mark('psp:rest-restored');
    settle();
    // Then nothing of anyone that outlived the offline TTL stays on this phone. The sweep reads
    // every kept copy, so it waits until the first screen is drawn instead of delaying it.
    void purgeOffline({ olderThan: Date.now() - OFFLINE_TTL_MS }).catch(() => {});
  };
  performance.mark('psp:render');
  createRoot(root).render(
    <StrictMode>
      <App tokens={tokens} client={client} />
      <AfterFirstPaint run={afterFirstScreen} />
    </StrictMode>,
  );
}
