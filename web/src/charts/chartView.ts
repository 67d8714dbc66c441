/**
 * A chart's view as a query string, the one `/api/charts/{chart}` and `/embed/{chart}` both take:
 * read leniently for the embed page with the route's own schemas (`CHART_QUERY`; a value they
 * refuse falls back to its default, with a note) and written for the image URL, the embed code
 * and links (only what differs from the defaults).
 */

import { i18n } from '@lingui/core';
import {
  CATEGORIES,
  CHART_DEFAULTS,
  CHART_LIMITS,
  CHART_QUERY,
  type ChartId,
  type ChartView,
} from '@thaw/charts';
import { dateBoundary, PERIOD } from '@thaw/data/schema';
import {
  type AnyParam,
  categoriesParam,
  countriesParam,
  type Param,
  type Parsed,
  parseParams,
  quoted,
  type Reading,
  serializeParams,
} from '../state/queryParams';

/** A chart's view with its span always given, so that links can leave the period out. */
export type SpannedView = ChartView & { from: string; to: string };

export interface ChartViewContext {
  countryIds: readonly string[];
}

type ViewParam<Key extends keyof SpannedView> = Param<SpannedView, Key, ChartViewContext>;

/** The shortest form that names the same day: `1956` for 1956-12-31 as an end, say. */
function shortDate(date: string, edge: 'first' | 'last'): string {
  for (const candidate of [date.slice(0, 4), date.slice(0, 7)]) {
    if (dateBoundary(candidate, edge) === date) return candidate;
  }
  return date;
}

function dateParam(key: 'from' | 'to', edge: 'first' | 'last'): ViewParam<'from' | 'to'> {
  return {
    key,
    name: key,
    parse(raw): Reading<string> {
      const date = dateBoundary(raw, edge);
      return date && date >= PERIOD.start && date <= PERIOD.end
        ? { value: date }
        : {
            note: i18n._('urlNote.chartDate', {
              raw: quoted(raw),
              first: PERIOD.start.slice(0, 4),
              last: PERIOD.end.slice(0, 4),
            }),
          };
    },
    format: (value) => shortDate(value, edge),
  };
}

function sizeParam(key: 'width' | 'height'): ViewParam<'width' | 'height'> {
  const { min, max } = CHART_LIMITS[key];
  return {
    key,
    name: key,
    parse(raw): Reading<number> {
      const read = CHART_QUERY[key].safeParse(raw);
      return read.success
        ? { value: read.data }
        : { note: i18n._('urlNote.size', { key, raw: quoted(raw), min, max }) };
    },
    format: String,
  };
}

function choiceParam<Key extends 'theme' | 'size' | 'measure'>(key: Key): ViewParam<Key> {
  const choices = CHART_QUERY[key].unwrap().options;
  return {
    key,
    name: key,
    parse(raw) {
      const read = CHART_QUERY[key].safeParse(raw);
      return read.success
        ? { value: read.data as SpannedView[Key] }
        : {
            note: i18n._('urlNote.choice', { key, raw: quoted(raw), choices: choices.join(', ') }),
          };
    },
    format: String,
  };
}

function textParam(key: 'title' | 'subtitle'): ViewParam<'title' | 'subtitle'> {
  return {
    key,
    name: key,
    parse: (raw) =>
      CHART_QUERY[key].safeParse(raw).success
        ? { value: raw }
        : {
            note: i18n._('urlNote.text', { key, limit: CHART_LIMITS[key] }),
          },
    format: (value) => value ?? '',
  };
}

const PARAMS = [
  countriesParam,
  categoriesParam,
  dateParam('from', 'first'),
  dateParam('to', 'last'),
  sizeParam('width'),
  sizeParam('height'),
  choiceParam('theme'),
  choiceParam('size'),
  choiceParam('measure'),
  textParam('title'),
  textParam('subtitle'),
] as const satisfies readonly AnyParam<SpannedView, ChartViewContext>[];

export function defaultChartView(context: ChartViewContext): SpannedView {
  return {
    ...CHART_DEFAULTS,
    countries: context.countryIds,
    categories: CATEGORIES,
    from: PERIOD.start,
    to: PERIOD.end,
  };
}

export function parseChartView(search: string, context: ChartViewContext): Parsed<SpannedView> {
  const query = new URLSearchParams(search);
  // PNG only: an image URL's query works for the embed as it is.
  query.delete('scale');
  const parsed = parseParams(PARAMS, defaultChartView(context), query.toString(), context);
  const { from, to } = parsed.state;
  if (from > to) {
    return {
      state: { ...parsed.state, from: PERIOD.start, to: PERIOD.end },
      notes: [...parsed.notes, i18n._('urlNote.backwards', { from, to })],
    };
  }
  return parsed;
}

export function serializeChartView(view: SpannedView, context: ChartViewContext): string {
  return serializeParams(PARAMS, defaultChartView(context), view, context);
}

/** The server's image of the chart, for slides that insert pictures by URL. */
export const chartImageUrl = (origin: string, chart: ChartId, query: string) =>
  `${origin}/api/charts/${chart}.png${query}`;

/** The chart alone, for an iframe. */
export const chartEmbedUrl = (origin: string, chart: ChartId, query: string) =>
  `${origin}/embed/${chart}${query}`;
