import { I18nProvider, useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router/router';
import { LanguageSelect } from '../header/language-choice';
import { LoginForm } from './login-form';

/**
 * The first screen of a phone that is not logged in: the login form with the console's header,
 * without Apollo Client, graphql-js or the live socket (about half the bytes of the console; see
 * docs/performance.md). The header is the logged-out one of app.tsx, kept alike by hand.
 */
export function LoginShell({ onToken }: { onToken(token: string, next: string | null): void }) {
  return (
    <I18nProvider>
      <Screen onToken={onToken} />
    </I18nProvider>
  );
}

function Screen({ onToken }: { onToken(token: string, next: string | null): void }) {
  const { t } = useI18n();
  const { search } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link href="/lacak" className="topbar__brand">
          <img src="/icon.svg" alt="" width={24} height={24} />
          <span className="topbar__name">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('app.name')} className="topbar__nav">
          <Link href="/lacak">{t('nav.track')}</Link>
          <LanguageSelect />
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <LoginForm onToken={(token) => onToken(token, search.get('next'))} />
      </main>
    </>
  );
}
