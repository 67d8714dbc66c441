import { formatter } from '@lingui/format-po';
import { LOCALE_CODES, PSEUDO_LOCALE } from './src/locales';

/**
 * The catalogs: one .po file per language in locales/, extracted from the web app, the charts
 * and the server's pages by `pnpm i18n:extract`, compiled (no ICU parser ships) by the build.
 * Messages carry explicit ids (`explorer.play`); English in locales/en.po is the source text.
 */
export default {
  sourceLocale: 'en',
  locales: [...LOCALE_CODES, PSEUDO_LOCALE],
  // Accents every English message: the browser tests find any text left out.
  pseudoLocale: PSEUDO_LOCALE,
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/locales/{locale}',
      include: [
        '<rootDir>/src',
        '<rootDir>/../src',
        '<rootDir>/../charts/src',
        '<rootDir>/../../server/src',
      ],
      exclude: ['**/node_modules/**', '**/*.test.*'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  // Stable diffs: a catalog's entries in the order of their ids, not of the code's files.
  orderBy: 'messageId',
};
