/**
 * The data a page draws first, asked for as soon as the app starts: otherwise the page's code,
 * then the countries, then the events and borders would arrive one after the other.
 */
import type { QueryClient } from '@tanstack/react-query';
import { bordersQuery, countriesQuery, eventsQuery } from '../api/queries';
import type { Route } from './routes';

export function prefetchFirstData(route: Route, queryClient: QueryClient): void {
  if (route.page === 'explorer' || route.page === 'embed-map') {
    void queryClient.prefetchQuery(eventsQuery());
    void queryClient.prefetchQuery(bordersQuery());
  }
  if (route.page !== 'embed-chart' && route.page !== 'not-found') {
    void queryClient.prefetchQuery(countriesQuery());
  }
}
