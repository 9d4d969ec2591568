import type { BilingualText } from './i18n';

/**
 * A page's own words, `[Indonesian, English]` by key, kept in the page's chunk (not the shared
 * dictionary the main bundle carries). Returns a lookup giving the bilingual text with `{name}`
 * placeholders filled, for `text()` of useI18n.
 */
export function pageWords<W extends Record<string, readonly [string, string]>>(words: W) {
  return (key: keyof W, vars: Record<string, string | number> = {}): BilingualText => {
    const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
    const [idText, enText] = words[key] as readonly [string, string];
    return { id: fill(idText), en: fill(enText) };
  };
}
