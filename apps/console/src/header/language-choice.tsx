import { useI18n, type Locale } from '../i18n/i18n';

/** Each language named in itself, so a reader of the other one still finds theirs. */
const LANGUAGES: ReadonlyArray<{ locale: Locale; name: string }> = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
];

/** The language switch of the account menu: two buttons, the chosen one pressed (and ticked, not told by colour alone). */
export function LanguageChoice() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div role="group" aria-label={t('app.language')} className="language-choice">
      {LANGUAGES.map((l) => (
        <button
          key={l.locale}
          type="button"
          lang={l.locale}
          aria-pressed={locale === l.locale}
          className="header-menu__item"
          onClick={() => setLocale(l.locale)}
        >
          <span aria-hidden="true">{locale === l.locale ? '✓ ' : ''}</span>
          {l.name}
        </button>
      ))}
    </div>
  );
}

/** The logged-out header's compact switch (the login screen has room for nothing more). */
export function LanguageSelect() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="topbar__lang">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={locale} onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'id')}>
        <option value="id">ID</option>
        <option value="en">EN</option>
      </select>
    </label>
  );
}
