/**
 * State that lives in the URL, declared as parameters: each one's name, how it is read and how
 * it is written. Only values that differ from the defaults are written, so links stay short and
 * stable. A value that cannot be read falls back to its default with a note for the reader,
 * never an error.
 */

import { CATEGORIES } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';

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
  noun: string,
  everything: string,
): Reading<readonly T[]> {
  const items = [...new Set(raw.split(',').map((item) => normalize(item.trim())))].filter(Boolean);
  const known = allowed.filter((id) => items.includes(id));
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (known.length === 0) {
    return { note: `Unknown ${noun} ${quoted(raw)}; showing ${everything}.` };
  }
  return {
    value: known,
    note:
      unknown.length > 0 ? `Ignored unknown ${noun} ${unknown.map(quoted).join(', ')}.` : undefined,
  };
}

const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A selected event's id (whether the event exists is for the page to say). */
function readEventId(raw: string): Reading<string | null> {
  return EVENT_ID.test(raw) ? { value: raw } : { note: `${quoted(raw)} is not an event id.` };
}

/** `countries=PL,HU`: the countries the data has, whatever the case they are written in. */
export const countriesParam = {
  key: 'countries',
  name: 'countries',
  parse: (raw: string, context: { countryIds: readonly string[] }) =>
    readSubset(raw, context.countryIds, (item) => item.toUpperCase(), 'country', 'all countries'),
  format: (value: readonly string[]) => value.join(','),
} as const;

/** `categories=protest,intervention`. */
export const categoriesParam = {
  key: 'categories',
  name: 'categories',
  parse: (raw: string) =>
    readSubset(raw, CATEGORIES, (item) => item.toLowerCase(), 'category', 'all categories'),
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
  const known = new Set(params.map((param) => param.name));
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) notes.push(`Ignored the unknown parameter ${quoted(name)}.`);
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
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
