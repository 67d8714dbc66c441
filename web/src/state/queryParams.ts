/**
 * State that lives in the URL, declared as parameters: each one's name, how it is read and how
 * it is written. Only values that differ from the defaults are written, so links stay short and
 * stable. A value that cannot be read falls back to its default with a note for the reader,
 * never an error.
 */

import { i18n } from '@lingui/core';
import { CATEGORIES } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';
import { langQuery } from '../i18n/pageLocale';

export interface Reading<T> {
  value?: T;
  note?: string;
}

export interface Param<State, Key extends keyof State, Context> {
  key: Key;
  name: string;
  parse(raw: string, context: Context): Reading<State[Key]>;
  format(value: State[Key], context: Context): string;
}

/** Any one parameter of `State`. */
export type AnyParam<State, Context> = {
  [Key in keyof State]: Param<State, Key, Context>;
}[keyof State];

export interface Parsed<State> {
  state: State;
  /** What was wrong with the URL, in words for the reader; empty when all was well. */
  notes: string[];
}

/** A raw value as a note quotes it: in quotes, and cut short when long. */
export function quoted(raw: string): string {
  return `“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”`;
}

/** A comma-separated subset of `allowed`, written in `allowed`'s order. */
export function readSubset<T extends string>(
  raw: string,
  allowed: readonly T[],
  normalize: (item: string) => string,
  notes: { unknown(raw: string): string; ignored(items: string): string },
): Reading<readonly T[]> {
  const items = [...new Set(raw.split(',').map((item) => normalize(item.trim())))].filter(Boolean);
  const known = allowed.filter((id) => items.includes(id));
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (known.length === 0) {
    return { note: notes.unknown(quoted(raw)) };
  }
  return {
    value: known,
    note: unknown.length > 0 ? notes.ignored(unknown.map(quoted).join(', ')) : undefined,
  };
}

const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A selected event's id (whether the event exists is for the page to say). */
function readEventId(raw: string): Reading<string | null> {
  return EVENT_ID.test(raw)
    ? { value: raw }
    : { note: i18n._('urlNote.eventId', { raw: quoted(raw) }) };
}

/** `countries=PL,HU`: the countries the data has, whatever the case they are written in. */
export const countriesParam = {
  key: 'countries',
  name: 'countries',
  parse: (raw: string, context: { countryIds: readonly string[] }) =>
    readSubset(raw, context.countryIds, (item) => item.toUpperCase(), {
      unknown: (raw) => i18n._('urlNote.unknownCountry', { raw }),
      ignored: (items) => i18n._('urlNote.ignoredCountries', { items }),
    }),
  format: (value: readonly string[]) => value.join(','),
} as const;

/** `categories=protest,intervention`. */
export const categoriesParam = {
  key: 'categories',
  name: 'categories',
  parse: (raw: string) =>
    readSubset(raw, CATEGORIES, (item) => item.toLowerCase(), {
      unknown: (raw) => i18n._('urlNote.unknownCategory', { raw }),
      ignored: (items) => i18n._('urlNote.ignoredCategories', { items }),
    }),
  format: (value: readonly Category[]) => value.join(','),
} as const;

/** `event=…`: the selected event. */
export const eventParam = {
  key: 'event',
  name: 'event',
  parse: readEventId,
  format: (value: string | null) => value ?? '',
} as const;

export function parseParams<State, Context>(
  params: readonly AnyParam<State, Context>[],
  defaults: State,
  search: string,
  context: Context,
): Parsed<State> {
  const query = new URLSearchParams(search);
  const state = { ...defaults };
  const notes: string[] = [];
  for (const param of params) {
    const raw = query.get(param.name)?.trim();
    if (!raw) continue;
    const reading = param.parse(raw, context);
    if (reading.value !== undefined) state[param.key] = reading.value;
    if (reading.note) notes.push(reading.note);
  }
  // The page's language (`lang`) is every page's parameter: read before the page (pageLocale.ts).
  const known = new Set([...params.map((param) => param.name), 'lang']);
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) notes.push(i18n._('urlNote.unknownParameter', { name: quoted(name) }));
  }
  return { state, notes };
}

/** The query string for `state` (`?…`, or `''` when everything is at its default). */
export function serializeParams<State, Context>(
  params: readonly AnyParam<State, Context>[],
  defaults: State,
  state: State,
  context: Context,
): string {
  const pairs: string[] = [];
  for (const param of params) {
    const format = param.format as (value: unknown, context: Context) => string;
    const text = format(state[param.key], context);
    if (text !== '' && text !== format(defaults[param.key], context)) {
      // Commas stay readable in shared links; everything else is escaped.
      pairs.push(`${param.name}=${encodeURIComponent(text).replaceAll('%2C', ',')}`);
    }
  }
  // Links made here keep the page's language.
  const lang = langQuery();
  if (lang) pairs.push(lang);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
