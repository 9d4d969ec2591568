import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, id, type Dictionary, type MessageKey } from './dictionary';

export type Locale = 'id' | 'en';
/** Bilingual text as the server sends it (`Text { id en }`). */
export interface BilingualText {
  id: string;
  en: string;
}

const dictionaries: Record<Locale, Dictionary> = { id, en };
const STORAGE_KEY = 'psp.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Picks the chosen language from a server `Text`. */
  text(value: BilingualText | null | undefined): string;
}

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  // An unknown key (an event type newer than this console) shows as itself.
  const template: string = dictionaries[locale][key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : template;
}

export function createI18n(locale: Locale, setLocale: (locale: Locale) => void = () => {}): I18n {
  return {
    locale,
    setLocale,
    t: (key, vars) => translate(locale, key, vars),
    text: (value) => (value ? value[locale] : ''),
  };
}

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

const I18nContext = createContext<I18n>(createI18n('id'));

/** Bahasa Indonesia unless the user chose English on this device. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? storedLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
