/**
 * The page's language, chosen once as it loads: `lang` in the URL (so that a shared link, an
 * embed and an image URL keep it), else the reader's earlier choice, else the browser's
 * languages, else English. Changing it reloads the page, so one page speaks one language and the
 * plain formatting functions may read the active one.
 */
import { i18n } from '@lingui/core';
import {
  type AnyLocale,
  DEFAULT_LOCALE,
  intlLocale,
  isAnyLocale,
  isLocale,
  type Locale,
  loadMessages,
  negotiateLocale,
  PSEUDO_LOCALE,
} from '@thaw/i18n';

const STORAGE_KEY = 'thaw-atlas:lang';

function storedLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage refused (a private window's policy): the browser's languages decide.
    return null;
  }
}

export function choosePageLocale(search: string, languages: readonly string[]): AnyLocale {
  const asked = new URLSearchParams(search).get('lang')?.trim().toLowerCase();
  if (isAnyLocale(asked)) return asked;
  return storedLocale() ?? negotiateLocale(languages);
}

/** Loads the language's catalog, activates it and says so to the document (`<html lang>`). */
export async function activatePageLocale(locale: AnyLocale): Promise<void> {
  const messages = await loadMessages(locale);
  i18n.load(locale, messages);
  i18n.activate(locale, [intlLocale(locale)]);
  document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en-x-pseudo' : locale;
}

/** The active language of this page. */
export const pageLocale = (): AnyLocale =>
  isAnyLocale(i18n.locale) ? i18n.locale : DEFAULT_LOCALE;

/** The page's `Intl` locale, for dates and numbers. */
export const pageIntlLocale = (): string => intlLocale(pageLocale());

/** `lang=…` for links and image URLs this page makes, or nothing in English. */
export function langQuery(): string {
  const locale = pageLocale();
  return locale === DEFAULT_LOCALE ? '' : `lang=${locale}`;
}

/** `url` with the page's language in its query (kept when it is English: nothing to add). */
export function withLang(url: string): string {
  const lang = langQuery();
  if (!lang) return url;
  const hashAt = url.indexOf('#');
  const [base, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${base}${base.includes('?') ? '&' : '?'}${lang}${hash}`;
}

/** The reader picks a language: remembered, written into the URL, and the page reloaded in it. */
export function chooseLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the URL still carries it.
  }
  const url = new URL(window.location.href);
  if (locale === DEFAULT_LOCALE) url.searchParams.delete('lang');
  else url.searchParams.set('lang', locale);
  window.location.assign(url.href);
}
