/**
 * The API's answers a set of charts is drawn from, fetched for one filter, and the data source
 * that `buildChartProps` reads them through: the same answers the server's images are drawn from.
 */
import { useQuery } from '@tanstack/react-query';
import type { ChartData, ChartDataSource, YearlyChartProps } from '@thaw/charts';
import type { Category, Country, Event, Tenure } from '@thaw/data/schema';
import { useMemo } from 'react';
import {
  countriesQuery,
  eventsQuery,
  leadersQuery,
  metaQuery,
  yearlyStatsQuery,
} from '../api/queries';
import { STATES } from '../style/states';

export interface ChartDataFilter {
  countries: readonly string[];
  categories: readonly Category[];
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface LoadedChartData {
  countries: readonly Country[];
  yearly: YearlyChartProps['rows'];
  events: readonly Event[];
  tenures: readonly Tenure[];
  /** The answers as `buildChartProps` asks for them. */
  source: ChartDataSource;
}

export type ChartDataState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry(): void }
  | ({ status: 'success' } & LoadedChartData);

const NONE: never[] = [];

const COLORS = new Map(STATES.map((state) => [state.id, state.color]));

/** The queries of each kind of data for `filter`: those `useChartData` makes, to fetch ahead. */
export function chartDataQueries({ countries, categories, from, to }: ChartDataFilter) {
  return {
    yearly: yearlyStatsQuery({
      countries,
      categories,
      from: Number(from.slice(0, 4)),
      to: Number(to.slice(0, 4)),
    }),
    events: eventsQuery({ countries, categories, from, to }),
    tenures: leadersQuery({ from, to }),
  };
}

/**
 * Fetches what `needs` (a constant list) names for `filter`. Each answer covers at least the
 * filter's countries and span, and each chart keeps to its own countries and span within it.
 */
export function useChartData(filter: ChartDataFilter, needs: readonly ChartData[]): ChartDataState {
  const queries = chartDataQueries(filter);
  const countries = useQuery(countriesQuery());
  const meta = useQuery(metaQuery());
  const yearly = useQuery({ ...queries.yearly, enabled: needs.includes('yearly') });
  const events = useQuery({ ...queries.events, enabled: needs.includes('events') });
  const tenures = useQuery({ ...queries.tenures, enabled: needs.includes('tenures') });

  // One object while the answers stay the same, so that memoized charts skip the renders between.
  const loaded = useMemo((): ChartDataState | null => {
    if (!countries.data || !meta.data) return null;
    if (needs.includes('yearly') && !yearly.data) return null;
    if (needs.includes('events') && !events.data) return null;
    if (needs.includes('tenures') && !tenures.data) return null;
    const names = new Map(countries.data.map((country) => [country.id, country.name]));
    const data = {
      countries: countries.data,
      yearly: yearly.data ?? NONE,
      events: events.data ?? NONE,
      tenures: tenures.data ?? NONE,
    };
    return {
      status: 'success',
      ...data,
      source: {
        countryName: (id) => names.get(id),
        countryColor: (id) => COLORS.get(id),
        yearly: () => data.yearly,
        events: () => data.events,
        tenures: () => data.tenures,
        release: { version: meta.data.version, licence: meta.data.licence?.id ?? null },
      },
    };
  }, [needs, countries.data, meta.data, yearly.data, events.data, tenures.data]);

  const failed = [countries, meta, yearly, events, tenures].filter((query) => query.isError);
  const error = failed[0]?.error;
  if (error) {
    const retry = () => {
      for (const query of failed) void query.refetch();
    };
    return { status: 'error', error, retry };
  }
  return loaded ?? { status: 'pending' };
}
