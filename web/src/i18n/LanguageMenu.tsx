/** The language menu: each language in its own name, the page reloading in the one chosen. */
import { i18n } from '@lingui/core';
import { isLocale, LOCALE_CODES, LOCALES } from '@thaw/i18n';
import { chooseLocale, pageLocale } from './pageLocale';

export function LanguageMenu() {
  const current = pageLocale();
  return (
    <label className="language-menu">
      <span className="visually-hidden">{i18n._('nav.language')}</span>
      <select
        value={isLocale(current) ? current : ''}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLocale(chosen)) chooseLocale(chosen);
        }}
      >
        {!isLocale(current) && <option value="">{current}</option>}
        {LOCALE_CODES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
