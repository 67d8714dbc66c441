/**
 * The languages of the atlas. Adding one: its catalog `locales/{code}.po` (copy pl.po, translate
 * every msgstr) and its line here; `lingui.config.ts` lists the same codes for extraction.
 */
export const LOCALES = {
  en: 'English',
  pl: 'Polski',
  hu: 'Magyar',
  ru: 'Русский',
} as const;

export type Locale = keyof typeof LOCALES;

/** Every message accented and lengthened, for the tests; reachable by `?lang=pseudo` only. */
export const PSEUDO_LOCALE = 'pseudo';

/** What a page or an image may be asked for: a language of the menu or the test locale. */
export type AnyLocale = Locale | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

export function isAnyLocale(value: unknown): value is AnyLocale {
  return value === PSEUDO_LOCALE || isLocale(value);
}

/**
 * The first of the reader's languages (`navigator.languages`, or `Accept-Language`'s tags by
 * weight) that the atlas speaks, matched on the primary subtag (`pl-PL` is `pl`); else English.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** `pl-PL,pl;q=0.9,en;q=0.8` → `['pl-PL', 'pl', 'en']`, by weight (a header's order breaks ties). */
export function acceptedLanguages(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/**
 * The locale `Intl` formats dates and numbers in: English as in Britain (`23 October 1956`), and
 * the test locale as Russian, so that a month name left in an English table stands out there.
 */
export const intlLocale = (locale: string): string =>
  locale === PSEUDO_LOCALE ? 'ru' : locale === 'en' ? 'en-GB' : locale;
