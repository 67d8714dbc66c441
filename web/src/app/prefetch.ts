/**
 * The data a page draws first, asked for as soon as the app starts: otherwise the page's code,
 * then the countries, then the events and borders would arrive one after the other.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  bordersQuery,
  countriesQuery,
  eventsQuery,
  periodLeadersQuery,
  placesQuery,
  sourcesQuery,
  yearlyStatsQuery,
} from '../api/queries';
import { chartDataQueries } from '../charts/useChartData';
import { compareChartFilter, defaultCompareState } from '../compare/compareState';
import { defaultState } from '../state/urlState';
import type { Route } from './routes';

export function prefetchFirstData(route: Route, queryClient: QueryClient): void {
  if (route.page === 'explorer' || route.page === 'embed-map') {
    void queryClient.prefetchQuery(eventsQuery());
    void queryClient.prefetchQuery(bordersQuery());
    void queryClient.prefetchQuery(placesQuery());
  }
  if (route.page !== 'embed-chart' && route.page !== 'not-found') {
    void queryClient.prefetchQuery(countriesQuery());
  }
}

/**
 * What every page draws first in its default view, fetched once the service worker keeps what
 * passes (on the first visit): after one visit to the map, the comparison or the map embed, all
 * three open offline. A chart embed, often one of many in a slide deck, keeps to its own chart.
 */
export async function prefetchEveryPage(route: Route, queryClient: QueryClient): Promise<void> {
  if (route.page === 'embed-chart') return;
  // Without the countries (the network went), there is nothing to ask for: the pages ask again.
  const countries = await queryClient.fetchQuery(countriesQuery()).catch(() => null);
  if (!countries) return;
  const context = { countryIds: countries.map((country) => country.id) };
  const explorer = defaultState(context);
  const compare = defaultCompareState(context);
  const charts = chartDataQueries(compareChartFilter(compare, context));
  const prefetch = queryClient.prefetchQuery.bind(queryClient);
  await Promise.all([
    prefetch(eventsQuery()),
    prefetch(bordersQuery()),
    prefetch(placesQuery()),
    prefetch(sourcesQuery()),
    prefetch(periodLeadersQuery()),
    prefetch(yearlyStatsQuery({ countries: explorer.countries, categories: explorer.categories })),
    prefetch(yearlyStatsQuery({ countries: compare.countries, categories: compare.categories })),
    prefetch(charts.yearly),
    prefetch(charts.events),
    prefetch(charts.tenures),
  ]);
}
