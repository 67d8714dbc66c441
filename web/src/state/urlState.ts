/**
 * The explorer's state is its URL: `?date=1956-10&countries=PL,HU&categories=protest&event=…`,
 * and `bbox=west,south,east,north` once the reader or a link has framed the map.
 * Each parameter is declared once below, how it is read and how it is written; `queryParams.ts`
 * writes only what differs from `defaultState` and turns unreadable values into notes.
 */
import { i18n } from '@lingui/core';
import { CATEGORIES } from '@thaw/charts';
import { type Bbox, formatBbox, roundBbox } from '@thaw/data/framing';
import type { Category } from '@thaw/data/schema';
import { Frame, type StoryMode } from '@thaw/data/stories';
import { FIRST_MONTH, LAST_MONTH, monthKey, monthLabel, monthOf } from '../time/months';
import {
  type AnyParam,
  categoriesParam,
  countriesParam,
  eventParam,
  type Param,
  type Parsed,
  parseParams,
  quoted,
  type Reading,
  serializeParams,
} from './queryParams';

/** Cumulative shows every event up to the date, earlier ones faded; month shows that month's only. */
export type Mode = StoryMode;
export type View = 'map' | 'table';

export interface ExplorerState {
  month: number;
  countries: readonly string[];
  categories: readonly Category[];
  event: string | null;
  mode: Mode;
  view: View;
  /** The map's frame when the reader or a link chose one; null frames the chosen countries. */
  bbox: Bbox | null;
}

/** What the parameters are checked against: the countries the API knows, in display order. */
export interface StateContext {
  countryIds: readonly string[];
}

/** Stalin's death, where the story of the Thaw begins. */
export const DEFAULT_MONTH = monthOf('1953-03');

type ExplorerParam<K extends keyof ExplorerState> = Param<ExplorerState, K, StateContext>;

const DATE = /^(\d{4})(?:-(\d{2}))?$/;

/** `bbox=west,south,east,north`, checked by the schema of a story step's frame. */
function readBbox(raw: string): Reading<Bbox | null> {
  const parts = raw.split(',').map((part) => part.trim());
  const numeric =
    parts.length === 4 && parts.every((part) => part !== '' && Number.isFinite(+part));
  const frame = numeric ? Frame.safeParse({ bbox: parts.map(Number) }) : null;
  if (frame?.success) return { value: roundBbox(frame.data.bbox) };
  const why = frame?.error.issues[0]?.message ?? i18n._('urlNote.bboxHow');
  return { note: i18n._('urlNote.bbox', { raw: quoted(raw), why }) };
}

const PARAMS = [
  {
    key: 'month',
    name: 'date',
    parse(raw) {
      const match = DATE.exec(raw);
      const month = match ? monthOf(`${match[1]}-${match[2] ?? '01'}`) : Number.NaN;
      const monthOfYear = Number(match?.[2] ?? '01');
      if (!(month >= FIRST_MONTH && month <= LAST_MONTH) || monthOfYear < 1 || monthOfYear > 12) {
        return {
          note: i18n._('urlNote.date', {
            raw: quoted(raw),
            first: monthLabel(FIRST_MONTH),
            last: monthLabel(LAST_MONTH),
            fallback: monthLabel(DEFAULT_MONTH),
          }),
        };
      }
      return { value: month };
    },
    format: monthKey,
  } satisfies ExplorerParam<'month'>,
  countriesParam,
  categoriesParam,
  {
    key: 'mode',
    name: 'mode',
    parse: (raw): Reading<Mode> =>
      raw === 'cumulative' || raw === 'month'
        ? { value: raw }
        : { note: i18n._('urlNote.mode', { raw: quoted(raw) }) },
    format: (value) => value,
  } satisfies ExplorerParam<'mode'>,
  {
    key: 'view',
    name: 'view',
    parse: (raw): Reading<View> =>
      raw === 'map' || raw === 'table'
        ? { value: raw }
        : { note: i18n._('urlNote.view', { raw: quoted(raw) }) },
    format: (value) => value,
  } satisfies ExplorerParam<'view'>,
  eventParam,
  {
    key: 'bbox',
    name: 'bbox',
    parse: readBbox,
    format: (value) => (value ? formatBbox(value) : ''),
  } satisfies ExplorerParam<'bbox'>,
] as const satisfies readonly AnyParam<ExplorerState, StateContext>[];

export function defaultState(context: StateContext): ExplorerState {
  return {
    month: DEFAULT_MONTH,
    countries: context.countryIds,
    categories: CATEGORIES,
    event: null,
    mode: 'cumulative',
    view: 'map',
    bbox: null,
  };
}

export function parseExplorerState(search: string, context: StateContext): Parsed<ExplorerState> {
  return parseParams(PARAMS, defaultState(context), search, context);
}

/** The query string for `state` (`?…`, or `''` when everything is at its default). */
export function serializeExplorerState(state: ExplorerState, context: StateContext): string {
  return serializeParams(PARAMS, defaultState(context), state, context);
}
