import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { TokenStore } from './auth/token-store';
import { LoginShell } from './auth/login-shell';
import { afterLogin } from './auth/login-request';
import { readKeptCache } from './offline/kept-cache';
import { userIdOfToken } from './offline/owner';
import { navigate } from './router/router';
import { warmRoute } from './warm-route';
import './styles.css';

// Marks for `pnpm bench console-load` (docs/performance.md): where the first screen's time goes.
performance.mark('psp:entry');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const tokens = new TokenStore();

/** Paths a phone that is not logged in opens on: they show the light login screen. */
const LOGIN_PATHS = new Set(['/', '/masuk']);

function startConsole(): void {
  // The first screen's page is fetched while the console starts, not after its first render asks for it.
  warmRoute(window.location.pathname, true);
  // The user's kept cache is read from IndexedDB while the console's chunks load, not after.
  const kept = readKeptCache(userIdOfToken(tokens.get()));
  // boot.tsx and everything it needs, in parallel (Vite preloads the chunk's imports).
  void import('./boot').then(({ boot }) => boot(root as HTMLElement, tokens, kept));
}

if (!tokens.get() && LOGIN_PATHS.has(window.location.pathname)) {
  // A new phone (or after a logout and a reload): the login first, the console once logged in.
  let shell: Root | null = createRoot(root);
  if (window.location.pathname === '/') navigate(`/masuk?next=${encodeURIComponent('/')}`, { replace: true });
  shell.render(
    <StrictMode>
      <LoginShell
        onToken={(token, next) => {
          tokens.set(token);
          navigate(afterLogin(next), { replace: true });
          shell?.unmount();
          shell = null;
          startConsole();
        }}
      />
    </StrictMode>,
  );
} else {
  startConsole();
}

// The service worker (src/sw.ts) after the first screen: it precaches the app for the next, offline, start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
  });
}
