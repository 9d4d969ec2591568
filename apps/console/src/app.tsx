import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import type { ConsoleClient } from './apollo/client';
import { AuthProvider, useAuth } from './auth/auth';
import type { TokenStore } from './auth/token-store';
import { OfflineBanner } from './offline/offline-banner';
import { OutboxProvider, useOutbox } from './offline/outbox-provider';
import { unsent } from './offline/outbox-store';
import { useReferenceData } from './offline/use-reference-data';
import { LiveSocketProvider } from './live/live-socket';
import { I18nProvider, useI18n } from './i18n/i18n';
import { hasEscalations, hasInbox, worksFromEscalations, worksFromInbox } from './inbox/inbox-roles';
import { Link, matchPath, navigate, useLocation } from './router/router';
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

/** Who sees the open-day link: the Posyandu's kader, health workers, and the village government (its recap). */
const OPEN_DAY_ROLES: ReadonlySet<string> = new Set([
  'KADER',
  'HEALTH_WORKER',
  'VILLAGE_OFFICER',
  'KEPALA_DESA',
  'KECAMATAN_OFFICER',
]);

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

/**
 * One line on a phone (≤ 56 px): the links scroll sideways instead of wrapping onto more lines.
 */
function Header() {
  const { t, locale, setLocale } = useI18n();
  const auth = useAuth();
  const outbox = useOutbox();
  const pending = unsent(outbox.items).length;
  const logout = () => {
    if (pending > 0 && !window.confirm(t('logout.confirmUnsent', { count: pending }))) return;
    void auth.logout().then(() => navigate('/masuk'));
  };
  return (
    <header className="topbar">
      <Link href={auth.token ? '/' : '/lacak'} className="topbar__brand">
        <img src="/icon.svg" alt="" width={24} height={24} />
        <span className="topbar__name">{t('app.name')}</span>
      </Link>
      {!outbox.online && (
        <span className="topbar__offline" role="status">
          {t('offline.badge')}
        </span>
      )}
      <nav aria-label={t('app.name')} className="topbar__nav">
        {auth.token ? (
          <>
            {(pending > 0 || !outbox.online) && (
              <Link href="/kirim">{pending > 0 ? t('nav.outboxCount', { count: pending }) : t('nav.outbox')}</Link>
            )}
            {!worksFromInbox(auth.me) && !worksFromEscalations(auth.me) && <Link href="/">{t('nav.queue')}</Link>}
            {hasEscalations(auth.me) && <Link href="/eskalasi">{t('nav.escalation')}</Link>}
            {hasInbox(auth.me) && <Link href="/kotak-masuk">{t('nav.inbox')}</Link>}
            <Link href="/kasus-baru">{t('nav.newCase')}</Link>
            <Link href="/kasus">{t('nav.caseList')}</Link>
            <Link href="/laporan">{t('nav.report')}</Link>
            {auth.me?.memberships.some((m) => OPEN_DAY_ROLES.has(m.role)) && (
              <Link href="/hari-buka">{t('nav.openDay')}</Link>
            )}
            {auth.me?.memberships.some((m) => m.role === 'ADMIN') && <Link href="/admin">{t('nav.admin')}</Link>}
            <Link href="/profil">{t('nav.profile')}</Link>
            <button type="button" className="linklike" onClick={logout}>
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
