/**
 * The catalogs against the code and each other: every message the code asks for is in every
 * language, none is left over, and each translation uses the English message's placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatter } from '@lingui/format-po';
import { describe, expect, it } from 'vitest';
import { acceptedLanguages, LOCALE_CODES, negotiateLocale } from '../src/locales';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['src', '../src', '../charts/src', '../../server/src'].map((dir) =>
  join(ROOT, dir),
);

interface Entry {
  translation?: string;
}

const po = formatter();

function catalog(locale: string): Record<string, Entry> {
  const text = readFileSync(join(ROOT, 'locales', `${locale}.po`), 'utf8');
  return po.parse(text, { locale, sourceLocale: 'en', filename: `${locale}.po` }) as Record<
    string,
    Entry
  >;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Every id the code passes to `i18n._`, with a file that asks for it. */
function idsInCode(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const dir of SOURCES) {
    for (const file of sourceFiles(dir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/i18n\._\(\s*'([^']+)'/g)) {
        ids.set(match[1] as string, relative(ROOT, file));
      }
    }
  }
  return ids;
}

/** The names of a message's arguments: `{count, plural, …}` and `{month}` give count, month. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]))]
    .filter((name): name is string => name !== undefined)
    .sort();
}

const english = catalog('en');

describe('the catalogs', () => {
  it('hold exactly the messages the code asks for', () => {
    const inCode = idsInCode();
    const missing = [...inCode.keys()].filter((id) => !(id in english));
    const extra = Object.keys(english).filter((id) => !inCode.has(id));
    expect(missing.map((id) => `${id} (${inCode.get(id)})`)).toEqual([]);
    expect(extra).toEqual([]);
  });

  it.each(LOCALE_CODES)('%s has every message, translated, with its placeholders', (locale) => {
    const messages = catalog(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    const untranslated = Object.entries(messages)
      .filter(([id, entry]) => !entry.translation && english[id]?.translation !== '')
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
    for (const [id, entry] of Object.entries(messages)) {
      const source = english[id]?.translation ?? '';
      expect([id, placeholders(entry.translation ?? '')]).toEqual([id, placeholders(source)]);
    }
  });
});

describe('the language of a reader', () => {
  it('is the first of theirs the atlas speaks, by weight', () => {
    expect(negotiateLocale(acceptedLanguages('de-DE,de;q=0.9,pl;q=0.8,en;q=0.7'))).toBe('pl');
    expect(negotiateLocale(acceptedLanguages('en;q=0.5, hu-HU'))).toBe('hu');
    expect(negotiateLocale(['ru-RU'])).toBe('ru');
    expect(negotiateLocale(acceptedLanguages('fr, *;q=0.1'))).toBe('en');
    expect(negotiateLocale(acceptedLanguages(undefined))).toBe('en');
    expect(acceptedLanguages('pl;q=0, hu;q=abc, ru')).toEqual(['ru']);
  });
});
