import type { InMemoryCache } from '@apollo/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConsoleClient } from './apollo/client';
import { App, preloadRoute } from './app';
import type { TokenStore } from './auth/token-store';
import { persistCache, restoreCache } from './offline/cache-persist';
import { OFFLINE_TTL_MS, purgeOffline } from './offline/offline-db';
import { userIdOfToken } from './offline/owner';
import { navigate } from './router/router';

/**
 * The whole console (Apollo Client, the live socket, every page) in `root`: loaded by main.tsx
 * at once for a logged-in user, and after the login for a new one.
 */
export async function boot(root: HTMLElement, tokens: TokenStore): Promise<void> {
  const client = createConsoleClient(tokens, () => {
    tokens.set(null);
    navigate('/masuk', { replace: true });
  });
  const cache = client.apollo.cache as InMemoryCache;
  const currentUser = () => userIdOfToken(tokens.get());
  // What this user last read is shown at once (restoreCache skips a copy older than the offline TTL);
  // then nothing of anyone that outlived the TTL stays on this phone. The sweep reads every kept
  // copy, so it waits until the first screen is drawn instead of delaying it.
  // The page the app opens on is loaded meanwhile, so the first render shows it, not a placeholder.
  await Promise.all([
    restoreCache(cache, currentUser())
      .catch(() => null)
      .then(() => performance.mark('psp:cache-restored')),
    preloadRoute(window.location.pathname).catch(() => {}),
  ]);
  performance.mark('psp:render');
  persistCache(cache, currentUser);
  createRoot(root).render(
    <StrictMode>
      <App tokens={tokens} client={client} />
    </StrictMode>,
  );
  setTimeout(() => void purgeOffline({ olderThan: Date.now() - OFFLINE_TTL_MS }).catch(() => {}), 0);
}
