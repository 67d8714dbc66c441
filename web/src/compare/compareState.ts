/**
 * The comparison's state is its URL: `/compare?countries=PL,HU&from=1955&to=1957&event=…`.
 * Each parameter is declared once below; `queryParams.ts` writes only what differs from the
 * defaults and turns unreadable values into notes.
 */
import { i18n } from '@lingui/core';
import { CATEGORIES, type ComparisonMeasure } from '@thaw/charts';
import type { Category } from '@thaw/data/schema';
import type { ChartDataFilter } from '../charts/useChartData';
import {
  type AnyParam,
  categoriesParam,
  eventParam,
  type Param,
  type Parsed,
  parseParams,
  quoted,
  type Reading,
  readSubset,
  serializeParams,
} from '../state/queryParams';
import { FIRST_YEAR, LAST_YEAR } from '../time/months';

export interface CompareState {
  /** Two or three, each a column. */
  countries: readonly string[];
  categories: readonly Category[];
  /** The brushed span, whole years. */
  from: number;
  to: number;
  /** What the comparison chart counts per country. */
  measure: ComparisonMeasure;
  event: string | null;
}

export interface CompareContext {
  /** The countries the API knows, in display order. */
  countryIds: readonly string[];
}

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 3;

type CompareParam<Key extends keyof CompareState> = Param<CompareState, Key, CompareContext>;

function yearParam(key: 'from' | 'to', fallback: number): CompareParam<'from' | 'to'> {
  return {
    key,
    name: key,
    parse(raw): Reading<number> {
      const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
      return year >= FIRST_YEAR && year <= LAST_YEAR
        ? { value: year }
        : {
            note: i18n._('urlNote.year', {
              raw: quoted(raw),
              first: FIRST_YEAR,
              last: LAST_YEAR,
              fallback,
            }),
          };
    },
    format: String,
  };
}

const PARAMS = [
  {
    key: 'countries',
    name: 'countries',
    parse(raw, context): Reading<readonly string[]> {
      const reading = readSubset(raw, context.countryIds, (item) => item.toUpperCase(), {
        unknown: (raw) => i18n._('urlNote.unknownCountryFirstThree', { raw }),
        ignored: (items) => i18n._('urlNote.ignoredCountries', { items }),
      });
      const count = reading.value?.length ?? 0;
      if (count > 0 && count < MIN_COLUMNS) {
        return { note: i18n._('urlNote.compareTooFew') };
      }
      if (count > MAX_COLUMNS) {
        return {
          value: reading.value?.slice(0, MAX_COLUMNS),
          note: i18n._('urlNote.compareTooMany'),
        };
      }
      return reading;
    },
    format: (value) => value.join(','),
  } satisfies CompareParam<'countries'>,
  categoriesParam,
  yearParam('from', FIRST_YEAR),
  yearParam('to', LAST_YEAR),
  {
    key: 'measure',
    name: 'measure',
    parse: (raw): Reading<ComparisonMeasure> =>
      raw === 'events' || raw === 'fatalities'
        ? { value: raw }
        : { note: i18n._('urlNote.measure', { raw: quoted(raw) }) },
    format: (value) => value,
  } satisfies CompareParam<'measure'>,
  eventParam,
] as const satisfies readonly AnyParam<CompareState, CompareContext>[];

export function defaultCompareState(context: CompareContext): CompareState {
  return {
    countries: context.countryIds.slice(0, MAX_COLUMNS),
    categories: CATEGORIES,
    from: FIRST_YEAR,
    to: LAST_YEAR,
    measure: 'events',
    event: null,
  };
}

/**
 * What the comparison's charts are drawn from: every country's data (a column lists the events
 * on its soil too) over the span's whole years.
 */
export function compareChartFilter(
  state: Pick<CompareState, 'categories' | 'from' | 'to'>,
  context: CompareContext,
): ChartDataFilter {
  return {
    countries: context.countryIds,
    categories: state.categories,
    from: `${state.from}-01-01`,
    to: `${state.to}-12-31`,
  };
}

export function parseCompareState(search: string, context: CompareContext): Parsed<CompareState> {
  const parsed = parseParams(PARAMS, defaultCompareState(context), search, context);
  const { from, to } = parsed.state;
  if (from > to) {
    return {
      state: { ...parsed.state, from: to, to: from },
      notes: [...parsed.notes, `The span ran backwards (${from} to ${to}); showing ${to}–${from}.`],
    };
  }
  return parsed;
}

/** The query string for `state` (`?…`, or `''` when everything is at its default). */
export function serializeCompareState(state: CompareState, context: CompareContext): string {
  return serializeParams(PARAMS, defaultCompareState(context), state, context);
}
