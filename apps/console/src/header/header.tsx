import { useAuth, type Me } from '../auth/auth';
import { useI18n, type I18n } from '../i18n/i18n';
import { hasEscalations, hasInbox, worksFromEscalations, worksFromInbox } from '../inbox/inbox-roles';
import { useOutbox } from '../offline/outbox-provider';
import { unsent } from '../offline/outbox-store';
import { Link, navigate, useLocation } from '../router/router';
import { useMediaQuery } from '../ui/use-media-query';
import { HeaderMenu } from './header-menu';
import { LanguageChoice, LanguageSelect } from './language-choice';

/** From this width every link fits on the bar beside the account button; below it they go into "Menu". */
export const WIDE_HEADER = '(min-width: 64rem)';

/** Who sees the open-day link: the Posyandu's kader, health workers, and the village government (its recap). */
const OPEN_DAY_ROLES: ReadonlySet<string> = new Set([
  'KADER',
  'HEALTH_WORKER',
  'VILLAGE_OFFICER',
  'KEPALA_DESA',
  'KECAMATAN_OFFICER',
]);

interface NavItem {
  href: string;
  label: string;
}

/** The pages this user works on, in the bar's order. */
function navItems(me: Me | null, t: I18n['t'], pending: number, online: boolean): NavItem[] {
  const items: Array<NavItem | false> = [
    (pending > 0 || !online) && {
      href: '/kirim',
      label: pending > 0 ? t('nav.outboxCount', { count: pending }) : t('nav.outbox'),
    },
    !worksFromInbox(me) && !worksFromEscalations(me) && { href: '/', label: t('nav.queue') },
    hasEscalations(me) && { href: '/eskalasi', label: t('nav.escalation') },
    hasInbox(me) && { href: '/kotak-masuk', label: t('nav.inbox') },
    { href: '/kasus-baru', label: t('nav.newCase') },
    { href: '/kasus', label: t('nav.caseList') },
    { href: '/laporan', label: t('nav.report') },
    Boolean(me?.memberships.some((m) => OPEN_DAY_ROLES.has(m.role))) && { href: '/hari-buka', label: t('nav.openDay') },
    Boolean(me?.memberships.some((m) => m.role === 'ADMIN')) && { href: '/admin', label: t('nav.admin') },
  ];
  return items.filter((item): item is NavItem => Boolean(item));
}

/**
 * One line of at most 56 px on a phone, nothing to scroll sideways: the logo, "Luring" and the
 * count of unsent records when there are any, "Kasus baru" (the kader's first tap), and "Menu"
 * with the other pages and the account (profile, language, logout). On a wide screen the pages
 * are links on the bar and "Akun" holds the account.
 */
export function Header() {
  const { t } = useI18n();
  const auth = useAuth();
  const outbox = useOutbox();
  const { path } = useLocation();
  const wide = useMediaQuery(WIDE_HEADER);
  const pending = unsent(outbox.items).length;
  const items = navItems(auth.me, t, pending, outbox.online);
  const link = (item: NavItem) => (
    <Link key={item.href} href={item.href} aria-current={item.href === path ? 'page' : undefined}>
      {item.label}
    </Link>
  );
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
      {auth.token ? (
        <>
          <nav aria-label={t('app.name')} className="topbar__nav">
            {wide ? (
              items.map(link)
            ) : (
              <>
                {pending > 0 && (
                  // The count is what shows; its name is said in full (no aria-label, which would hide the count).
                  <Link href="/kirim" className="topbar__outbox">
                    <span aria-hidden="true">⇪ {pending}</span>
                    <span className="visually-hidden">{t('nav.outboxCount', { count: pending })}</span>
                  </Link>
                )}
                {link({ href: '/kasus-baru', label: t('nav.newCase') })}
              </>
            )}
          </nav>
          <HeaderMenu
            label={wide ? t('nav.account') : t('nav.menu')}
            icon={wide ? <Initial name={auth.me?.displayName ?? ''} /> : '☰'}
            showLabel={wide}
          >
            {!wide && (
              <nav aria-label={t('nav.menu')}>
                <ul className="header-menu__list">
                  {items
                    .filter((item) => item.href !== '/kasus-baru')
                    .map((item) => (
                      <li key={item.href}>{link(item)}</li>
                    ))}
                </ul>
              </nav>
            )}
            <AccountActions />
          </HeaderMenu>
        </>
      ) : (
        <nav aria-label={t('app.name')} className="topbar__nav">
          <Link href="/lacak">{t('nav.track')}</Link>
          <LanguageSelect />
        </nav>
      )}
    </header>
  );
}

/** The first letter of the user's name in a circle: whose account the button opens. */
function Initial({ name }: { name: string }) {
  return <span className="header-menu__avatar">{name.trim().charAt(0).toUpperCase() || '?'}</span>;
}

/** Profile, language and logout; logout warns when records of this phone were not sent yet. */
function AccountActions() {
  const { t } = useI18n();
  const auth = useAuth();
  const outbox = useOutbox();
  const pending = unsent(outbox.items).length;
  const logout = () => {
    if (pending > 0 && !window.confirm(t('logout.confirmUnsent', { count: pending }))) return;
    void auth.logout().then(() => navigate('/masuk'));
  };
  return (
    <section aria-label={t('nav.account')} className="header-menu__account">
      {auth.me && (
        <p className="header-menu__who">
          {t('nav.signedInAs', { name: auth.me.displayName })}
          <br />
          <span className="header-menu__username">{auth.me.username}</span>
        </p>
      )}
      <Link href="/profil" className="header-menu__item">
        {t('nav.profile')}
      </Link>
      <LanguageChoice />
      <button type="button" className="header-menu__item" onClick={logout}>
        {t('nav.logout')}
      </button>
    </section>
  );
}
