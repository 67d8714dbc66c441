/**
 * The atlas's languages and their Lingui instances. A page loads its language's compiled catalog
 * on demand; the server's chart rendering loads each language the first time an image asks for
 * it. Either way the charts get the instance through React context, never a global.
 */
import { type I18n, type Messages, setupI18n } from '@lingui/core';
import { type AnyLocale, intlLocale } from './locales';

export * from './locales';

/** One language's compiled messages (locales/{locale}.ts, written by `lingui compile`). */
export async function loadMessages(locale: AnyLocale): Promise<Messages> {
  const module: { messages: Messages } = await import(`../locales/${locale}.ts`);
  return module.messages;
}

/** An instance speaking `locale` with its messages: one per page, or per rendered image. */
export function createI18n(locale: AnyLocale, messages: Messages): I18n {
  return setupI18n({ locale, locales: [intlLocale(locale)], messages: { [locale]: messages } });
}

export type { I18n, Messages } from '@lingui/core';

const loaded = new Map<AnyLocale, Promise<I18n>>();

/** The one instance of a language in this process (they hold no per-request state). */
export function loadI18n(locale: AnyLocale): Promise<I18n> {
  let instance = loaded.get(locale);
  if (!instance) {
    instance = loadMessages(locale).then((messages) => createI18n(locale, messages));
    loaded.set(locale, instance);
  }
  return instance;
}
