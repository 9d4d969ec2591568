import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import type { ConsoleClient } from './apollo/client';
import { AuthProvider, useAuth } from './auth/auth';
import type { TokenStore } from './auth/token-store';
import { OfflineBanner } from './offline/offline-banner';
import { OutboxProvider } from './offline/outbox-provider';
import { useReferenceData } from './offline/use-reference-data';
import { LiveSocketProvider } from './live/live-socket';
import { I18nProvider, useI18n } from './i18n/i18n';
import { worksFromEscalations, worksFromInbox } from './inbox/inbox-roles';
import { Header } from './header/header';
import { matchPath, navigate, useLocation } from './router/router';
import { preloadablePage } from './ui/preloadable-page';
import { Skeleton } from './ui/skeleton';

// Each page is its own chunk: the first load carries only the shell. The pages people open the
// app on can be loaded before the first render (preloadRoute), the others wait for their route.
const LoginPage = lazy(() => import('./auth/login.page'));
const QueuePage = preloadablePage(() => import('./queue/queue.page'));
const CasePage = preloadablePage(() => import('./case/case.page'));
const NewCasePage = preloadablePage(() => import('./wizard/new-case.page'));
const TrackPage = lazy(() => import('./track/track.page'));
const AdminPage = lazy(() => import('./admin/admin.page'));
const ReportPage = lazy(() => import('./report/report.page'));
const CaseListPage = lazy(() => import('./case-list/case-list.page'));
const OpenDaysPage = lazy(() => import('./open-day/open-days.page'));
const OpenDayBoardPage = lazy(() => import('./open-day/board.page'));
const OpenDayTablePage = lazy(() => import('./open-day/table.page'));
const OpenDayClosePage = lazy(() => import('./open-day/close-day.page'));
const OpenDayRecapPage = lazy(() => import('./open-day/recap.page'));
const AreaRecapPage = lazy(() => import('./open-day/area-recap.page'));
const InboxPage = preloadablePage(() => import('./inbox/inbox.page'));
const OutboxPage = preloadablePage(() => import('./offline/outbox.page'));
const EscalationPage = lazy(() => import('./escalation/escalation.page'));
const ProfilePage = lazy(() => import('./profile/profile.page'));

/** Loads the page of `path` (the one the app opens on) before the first render; boot.tsx waits for it. */
export function preloadRoute(path: string): Promise<void> {
  // `/` is the queue or the inbox, depending on the user's units (known after the cache is read).
  if (path === '/') return Promise.all([QueuePage.preload(), InboxPage.preload()]).then(() => undefined);
  if (path === '/kotak-masuk') return InboxPage.preload();
  if (path === '/kasus-baru') return NewCasePage.preload();
  if (path.startsWith('/kasus/')) return CasePage.preload();
  if (path === '/kirim') return OutboxPage.preload();
  return Promise.resolve();
}

/**
 * `/`: the inbox for routed units (kecamatan, OPD, police, Pustu), the "Eskalasi" queue for the SPM
 * coordinator and the Sekda, the queue for everyone else.
 */
function HomePage() {
  const auth = useAuth();
  const { t } = useI18n();
  if (auth.loading) return <Skeleton lines={5} label={t('app.loading')} />;
  if (worksFromEscalations(auth.me)) return <EscalationPage />;
  return worksFromInbox(auth.me) ? <InboxPage /> : <QueuePage />;
}
const PersonPage = lazy(() => import('./person/person.page'));

interface Route {
  path: string;
  page:
    | LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>
    | ComponentType<{ params: Record<string, string> }>;
  public?: boolean;
}

export const routes: Route[] = [
  { path: '/', page: HomePage },
  { path: '/kotak-masuk', page: InboxPage },
  { path: '/masuk', page: LoginPage, public: true },
  { path: '/kasus-baru', page: NewCasePage },
  { path: '/kasus', page: CaseListPage },
  { path: '/kasus/:id', page: CasePage },
  { path: '/lacak', page: TrackPage, public: true },
  { path: '/admin', page: AdminPage },
  { path: '/laporan', page: ReportPage },
  // The Kesehatan open day (issue 7): the days, the live board, one screen per table, closing, recaps.
  { path: '/hari-buka', page: OpenDaysPage },
  { path: '/hari-buka/:sessionId', page: OpenDayBoardPage },
  { path: '/hari-buka/:sessionId/meja/:table', page: OpenDayTablePage },
  { path: '/hari-buka/:sessionId/tutup', page: OpenDayClosePage },
  { path: '/hari-buka/:sessionId/rekap', page: OpenDayRecapPage },
  { path: '/hari-buka/bulan/:posyanduId/:month', page: OpenDayRecapPage },
  { path: '/hari-buka/kecamatan/:areaCode/:month', page: AreaRecapPage },
  { path: '/orang/:id', page: PersonPage },
  { path: '/kirim', page: OutboxPage },
  { path: '/eskalasi', page: EscalationPage },
  { path: '/profil', page: ProfilePage },
];

/** The console, with its login store and client made (and the cache restored) by main.tsx. */
export function App({ tokens, client }: { tokens: TokenStore; client: ConsoleClient }) {
  return (
    <I18nProvider>
      <ApolloProvider client={client.apollo}>
        <LiveSocketProvider client={client.ws}>
          <AuthProvider tokens={tokens}>
            <OutboxProvider>
              <Shell />
            </OutboxProvider>
          </AuthProvider>
        </LiveSocketProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  useReferenceData();
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
      <OfflineBanner />
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
