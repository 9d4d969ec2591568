import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { createConsoleClient } from './apollo/client';
import { AuthProvider, useAuth } from './auth/auth';
import { TokenStore } from './auth/token-store';
import { LiveSocketProvider } from './live/live-socket';
import { I18nProvider, useI18n } from './i18n/i18n';
import { Link, matchPath, navigate, useLocation } from './router/router';
import { Skeleton } from './ui/skeleton';

// Each page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() => import('./auth/login.page'));
const QueuePage = lazy(() => import('./queue/queue.page'));
const CasePage = lazy(() => import('./case/case.page'));
const NewCasePage = lazy(() => import('./wizard/new-case.page'));
const TrackPage = lazy(() => import('./track/track.page'));
const AdminPage = lazy(() => import('./admin/admin.page'));
const PersonPage = lazy(() => import('./person/person.page'));

interface Route {
  path: string;
  page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
  public?: boolean;
}

export const routes: Route[] = [
  { path: '/', page: QueuePage },
  { path: '/masuk', page: LoginPage, public: true },
  { path: '/kasus-baru', page: NewCasePage },
  { path: '/kasus/:id', page: CasePage },
  { path: '/lacak', page: TrackPage, public: true },
  { path: '/admin', page: AdminPage },
  { path: '/orang/:id', page: PersonPage },
];

export function App() {
  const tokens = useMemo(() => new TokenStore(), []);
  const [client] = useState(() =>
    createConsoleClient(tokens, () => {
      tokens.set(null);
      navigate('/masuk', { replace: true });
    }),
  );
  return (
    <I18nProvider>
      <ApolloProvider client={client.apollo}>
        <LiveSocketProvider client={client.ws}>
          <AuthProvider tokens={tokens}>
            <Shell />
          </AuthProvider>
        </LiveSocketProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { path } = useLocation();
  const auth = useAuth();
  const found = routes.map((r) => ({ route: r, params: matchPath(r.path, path) })).find((m) => m.params);
  let content;
  if (!found) content = <p>{t('app.notFound')}</p>;
  else if (!found.route.public && !auth.token) {
    content = <Redirect to={`/masuk?next=${encodeURIComponent(path)}`} />;
  } else {
    const Page = found.route.page;
    content = <Page params={found.params ?? {}} />;
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Skeleton lines={5} label={t('app.loading')} />}>{content}</Suspense>
      </main>
    </>
  );
}

function Redirect({ to }: { to: string }) {
  // After render, so the router's store is not changed while React renders.
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Header() {
  const { t, locale, setLocale } = useI18n();
  const auth = useAuth();
  return (
    <header className="topbar">
      <Link href={auth.token ? '/' : '/lacak'} className="topbar__brand">
        {t('app.name')}
      </Link>
      <nav aria-label={t('app.name')} className="topbar__nav">
        {auth.token ? (
          <>
            <Link href="/">{t('nav.queue')}</Link>
            <Link href="/kasus-baru">{t('nav.newCase')}</Link>
            {auth.me?.memberships.some((m) => m.role === 'ADMIN') && <Link href="/admin">{t('nav.admin')}</Link>}
            <button
              type="button"
              className="linklike"
              onClick={() => {
                auth.logout();
                navigate('/masuk');
              }}
            >
              {t('nav.logout')}
            </button>
          </>
        ) : (
          <Link href="/lacak">{t('nav.track')}</Link>
        )}
        <label className="topbar__lang">
          <span className="visually-hidden">{t('app.language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'id')}>
            <option value="id">ID</option>
            <option value="en">EN</option>
          </select>
        </label>
      </nav>
    </header>
  );
}
