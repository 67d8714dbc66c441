/**
 * A chart's view as a query string, the one `/api/charts/{chart}` and `/embed/{chart}` both take:
 * read leniently for the embed page (a bad value falls back to its default, with a note) and
 * written for the image URL, the embed code and links (only what differs from the defaults).
 */
import { PERIOD } from '@thaw/data/schema';
import {
  CATEGORIES,
  CHART_DEFAULTS,
  CHART_LIMITS,
  type ChartId,
  type ChartView,
  type ComparisonMeasure,
  type FigureSize,
  type ThemeName,
} from '@thaw/server/charts';
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

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first or last day that `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names, as the API reads them. */
export function dateBoundary(raw: string, edge: 'first' | 'last'): string | null {
  const match = PARTIAL_DATE.exec(raw);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : edge === 'first' ? 1 : 12;
  const day = match[3] ? Number(match[3]) : edge === 'first' ? 1 : lastDayOfMonth(year, month);
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

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
            note: `${quoted(raw)} is not a date of ${PERIOD.start.slice(0, 4)}–${PERIOD.end.slice(0, 4)} (write YYYY, YYYY-MM or YYYY-MM-DD); showing the whole period.`,
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
      const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
      return value >= min && value <= max
        ? { value }
        : { note: `The ${key} ${quoted(raw)} is not from ${min} to ${max}; using the default.` };
    },
    format: String,
  };
}

function choiceParam<Key extends 'theme' | 'size' | 'measure'>(
  key: Key,
  choices: readonly SpannedView[Key][],
): ViewParam<Key> {
  return {
    key,
    name: key,
    parse: (raw) =>
      (choices as readonly string[]).includes(raw)
        ? { value: raw as SpannedView[Key] }
        : { note: `Unknown ${key} ${quoted(raw)} (${choices.join(', ')}); using the default.` },
    format: String,
  };
}

function textParam(key: 'title' | 'subtitle', maxLength: number): ViewParam<'title' | 'subtitle'> {
  return {
    key,
    name: key,
    parse: (raw) =>
      raw.length <= maxLength
        ? { value: raw }
        : { note: `The ${key} is longer than ${maxLength} characters; using the default.` },
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
  choiceParam('theme', ['light', 'dark', 'transparent'] satisfies ThemeName[]),
  choiceParam('size', ['normal', 'slide'] satisfies FigureSize[]),
  choiceParam('measure', ['events', 'fatalities'] satisfies ComparisonMeasure[]),
  textParam('title', 200),
  textParam('subtitle', 300),
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
      notes: [
        ...parsed.notes,
        `The span ran backwards (${from} to ${to}); showing the whole period.`,
      ],
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
