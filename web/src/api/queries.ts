/**
 * Every request the web app makes, one `queryOptions` factory per endpoint, every input in the
 * key. The data is curated and cannot change while the app runs: fetched once, never refetched.
 */

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Category } from '@thaw/data';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ApiError, api, success } from './client';

/** Lists go to the API comma-separated; an absent list means all. */
const list = (items?: readonly string[]) =>
  items && items.length > 0 ? items.join(',') : undefined;

export const countriesQuery = () =>
  queryOptions({
    queryKey: ['countries'],
    queryFn: async () => (await (await success(api.api.countries.$get())).json()).countries,
    staleTime: 'static',
  });

export interface EventFilter {
  countries?: readonly string[];
  categories?: readonly Category[];
  from?: string;
  to?: string;
}

export const eventsQuery = (filter: EventFilter = {}) =>
  queryOptions({
    queryKey: ['events', filter],
    queryFn: async () => {
      const query = {
        countries: list(filter.countries),
        categories: list(filter.categories),
        from: filter.from,
        to: filter.to,
        format: 'json' as const,
      };
      const body = await (await success(api.api.events.$get({ query }))).json();
      // The route answers in three formats; this one asked for JSON.
      if (typeof body !== 'object' || !('events' in body)) {
        throw new ApiError(200, 'The events came back in an unexpected format.');
      }
      return body.events;
    },
    staleTime: 'static',
  });

/** The tenures in office at some time during `from`–`to` (`YYYY`, `YYYY-MM` or a day). */
export const leadersQuery = (span: { from: string; to: string }) =>
  queryOptions({
    queryKey: ['leaders', span],
    queryFn: async () =>
      (await (await success(api.api.leaders.$get({ query: span }))).json()).tenures,
    staleTime: 'static',
    // While the timeline plays, the previous month's leaders stay until the next ones arrive.
    placeholderData: keepPreviousData,
  });

export interface YearlyFilter {
  countries: readonly string[];
  categories: readonly Category[];
}

export const yearlyStatsQuery = (filter: YearlyFilter) =>
  queryOptions({
    queryKey: ['stats', 'yearly', filter],
    queryFn: async () => {
      const query = { countries: list(filter.countries), categories: list(filter.categories) };
      return (await (await success(api.api.stats.yearly.$get({ query }))).json()).series;
    },
    staleTime: 'static',
    placeholderData: keepPreviousData,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: async () => (await (await success(api.api.sources.$get())).json()).sources,
    staleTime: 'static',
  });

/** The states of 1953–1968 (shared/API.md, `GET /api/borders`). */
export type Borders = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>;

export const bordersQuery = () =>
  queryOptions({
    queryKey: ['borders'],
    // The route's schema leaves coordinates untyped; the contract says they are GeoJSON's.
    queryFn: async () => (await (await success(api.api.borders.$get())).json()) as Borders,
    staleTime: 'static',
  });
