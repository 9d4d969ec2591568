import type { InMemoryCache } from '@apollo/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConsoleClient } from './apollo/client';
import { App } from './app';
import { TokenStore } from './auth/token-store';
import { persistCache, restoreCache } from './offline/cache-persist';
import { OFFLINE_TTL_MS, purgeOffline } from './offline/offline-db';
import { userIdOfToken } from './offline/owner';
import { navigate } from './router/router';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const tokens = new TokenStore();
const client = createConsoleClient(tokens, () => {
  tokens.set(null);
  navigate('/masuk', { replace: true });
});
const cache = client.apollo.cache as InMemoryCache;
const currentUser = () => userIdOfToken(tokens.get());

// Nothing of anyone outlives the offline TTL on this phone; then what this user last read is shown at once.
void purgeOffline({ olderThan: Date.now() - OFFLINE_TTL_MS })
  .catch(() => {})
  .then(() => restoreCache(cache, currentUser()))
  .then(() => {
    persistCache(cache, currentUser);
    createRoot(root).render(
      <StrictMode>
        <App tokens={tokens} client={client} />
      </StrictMode>,
    );
  });

// The service worker (src/sw.ts) after the first screen: it precaches the app for the next, offline, start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
  });
}
