/**
 * The explorer's state is its URL: `?date=1956-10&countries=PL,HU&categories=protest&event=…`.
 * Each parameter is declared once below with its default, how it is read and how it is written;
 * only values that differ from the defaults are written, so links stay short and stable. A value
 * that cannot be read falls back to its default with a note for the reader, never an error.
 */
import type { Category } from '@thaw/data';
import { CATEGORIES } from '@thaw/server/charts';
import { FIRST_MONTH, LAST_MONTH, monthKey, monthLabel, monthOf } from '../time/months';

/** Cumulative shows every event up to the date, earlier ones faded; month shows that month's only. */
export type Mode = 'cumulative' | 'month';
export type View = 'map' | 'table';

export interface ExplorerState {
  month: number;
  countries: readonly string[];
  categories: readonly Category[];
  event: string | null;
  mode: Mode;
  view: View;
}

/** What the parameters are checked against: the countries the API knows, in display order. */
export interface StateContext {
  countryIds: readonly string[];
}

/** Stalin's death, where the story of the Thaw begins. */
export const DEFAULT_MONTH = monthOf('1953-03');

interface Reading<T> {
  value?: T;
  note?: string;
}

interface Param<K extends keyof ExplorerState> {
  key: K;
  name: string;
  fallback(context: StateContext): ExplorerState[K];
  parse(raw: string, context: StateContext): Reading<ExplorerState[K]>;
  format(value: ExplorerState[K], context: StateContext): string;
}

const EVENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})(?:-(\d{2}))?$/;

function quoted(raw: string): string {
  return `“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”`;
}

/** A comma-separated subset of `allowed`, written in `allowed`'s order. */
function listParam<T extends string>(
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

const PARAMS = [
  {
    key: 'month',
    name: 'date',
    fallback: () => DEFAULT_MONTH,
    parse(raw) {
      const match = DATE.exec(raw);
      const month = match ? monthOf(`${match[1]}-${match[2] ?? '01'}`) : Number.NaN;
      const monthOfYear = Number(match?.[2] ?? '01');
      if (!(month >= FIRST_MONTH && month <= LAST_MONTH) || monthOfYear < 1 || monthOfYear > 12) {
        return {
          note: `The date ${quoted(raw)} is not a month from ${monthLabel(FIRST_MONTH)} to ${monthLabel(LAST_MONTH)} (write YYYY or YYYY-MM); showing ${monthLabel(DEFAULT_MONTH)}.`,
        };
      }
      return { value: month };
    },
    format: monthKey,
  } satisfies Param<'month'>,
  {
    key: 'countries',
    name: 'countries',
    fallback: (context) => context.countryIds,
    parse: (raw, context) =>
      listParam(raw, context.countryIds, (item) => item.toUpperCase(), 'country', 'all countries'),
    format: (value) => value.join(','),
  } satisfies Param<'countries'>,
  {
    key: 'categories',
    name: 'categories',
    fallback: () => CATEGORIES,
    parse: (raw) =>
      listParam(raw, CATEGORIES, (item) => item.toLowerCase(), 'category', 'all categories'),
    format: (value) => value.join(','),
  } satisfies Param<'categories'>,
  {
    key: 'mode',
    name: 'mode',
    fallback: (): Mode => 'cumulative',
    parse: (raw): Reading<Mode> =>
      raw === 'cumulative' || raw === 'month'
        ? { value: raw }
        : { note: `Unknown mode ${quoted(raw)} (cumulative or month); showing cumulative.` },
    format: (value) => value,
  } satisfies Param<'mode'>,
  {
    key: 'view',
    name: 'view',
    fallback: (): View => 'map',
    parse: (raw): Reading<View> =>
      raw === 'map' || raw === 'table'
        ? { value: raw }
        : { note: `Unknown view ${quoted(raw)} (map or table); showing the map.` },
    format: (value) => value,
  } satisfies Param<'view'>,
  {
    key: 'event',
    name: 'event',
    fallback: () => null,
    parse: (raw): Reading<string | null> =>
      EVENT_ID.test(raw) ? { value: raw } : { note: `${quoted(raw)} is not an event id.` },
    format: (value) => value ?? '',
  } satisfies Param<'event'>,
] as const;

const KNOWN_NAMES = new Set<string>(PARAMS.map((param) => param.name));

export function defaultState(context: StateContext): ExplorerState {
  return {
    month: DEFAULT_MONTH,
    countries: context.countryIds,
    categories: CATEGORIES,
    event: null,
    mode: 'cumulative',
    view: 'map',
  };
}

export interface ParsedState {
  state: ExplorerState;
  /** What was wrong with the URL, in words for the reader; empty when all was well. */
  notes: string[];
}

export function parseExplorerState(search: string, context: StateContext): ParsedState {
  const query = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...defaultState(context) };
  const notes: string[] = [];
  for (const param of PARAMS) {
    const raw = query.get(param.name)?.trim();
    if (!raw) continue;
    const reading: Reading<unknown> = param.parse(raw, context);
    if (reading.value !== undefined) state[param.key] = reading.value;
    if (reading.note) notes.push(reading.note);
  }
  for (const name of new Set(query.keys())) {
    if (!KNOWN_NAMES.has(name)) notes.push(`Ignored the unknown parameter ${quoted(name)}.`);
  }
  return { state: state as unknown as ExplorerState, notes };
}

/** The query string for `state` (`?…`, or `''` when everything is at its default). */
export function serializeExplorerState(state: ExplorerState, context: StateContext): string {
  const defaults = defaultState(context);
  const pairs: string[] = [];
  for (const param of PARAMS) {
    const format = param.format as (value: unknown, context: StateContext) => string;
    const text = format(state[param.key], context);
    if (text !== '' && text !== format(defaults[param.key], context)) {
      // Commas stay readable in shared links; everything else is escaped.
      pairs.push(`${param.name}=${encodeURIComponent(text).replaceAll('%2C', ',')}`);
    }
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
