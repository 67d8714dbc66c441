/**
 * Every request the web app makes, one `queryOptions` factory per endpoint, every input in the
 * key. The data is curated and cannot change while the app runs: fetched once, never refetched.
 */

import { i18n } from '@lingui/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type Category, PERIOD } from '@thaw/data/schema';
import { Story } from '@thaw/data/stories';
import { countryName } from '@thaw/i18n/vocabulary';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  isBorder,
  isCountry,
  isEvent,
  isPlace,
  isSource,
  isStorySummary,
  isTenure,
  isYearlyRow,
} from './checks';
import { ApiError, api, expectItems, jsonOf } from './client';

/** Lists go to the API comma-separated; an absent list means all. */
const list = (items?: readonly string[]) =>
  items && items.length > 0 ? items.join(',') : undefined;

export const countriesQuery = () =>
  queryOptions({
    queryKey: ['countries'],
    queryFn: async () => {
      const { countries } = await jsonOf(api.api.countries.$get());
      expectItems(countries, isCountry, 'countries');
      // A page speaks one language: the names are the reader's once, for every view.
      return countries.map((country) => ({
        ...country,
        name: countryName(i18n, country.id, country.name),
      }));
    },
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
      const body = await jsonOf(api.api.events.$get({ query }));
      // The route answers in three formats; this one asked for JSON.
      if (!('events' in body)) {
        throw new ApiError(200, 'The events came back in an unexpected format.');
      }
      expectItems(body.events, isEvent, 'events');
      return body.events;
    },
    staleTime: 'static',
    // While a time brush moves, the previous span's events stay until the next ones arrive.
    placeholderData: keepPreviousData,
  });

/** The tenures in office at some time during `from`–`to` (`YYYY`, `YYYY-MM` or a day). */
export const leadersQuery = (span: { from: string; to: string }) =>
  queryOptions({
    queryKey: ['leaders', span],
    queryFn: async () => {
      const { tenures } = await jsonOf(api.api.leaders.$get({ query: span }));
      expectItems(tenures, isTenure, 'tenures');
      return tenures;
    },
    staleTime: 'static',
    // While the timeline plays, the previous month's leaders stay until the next ones arrive.
    placeholderData: keepPreviousData,
  });

/** Every tenure of the period: the map explorer picks each month's from them. */
export const periodLeadersQuery = () => leadersQuery({ from: PERIOD.start, to: PERIOD.end });

export interface YearlyFilter {
  countries: readonly string[];
  categories: readonly Category[];
  /** Years; absent, the whole period. */
  from?: number;
  to?: number;
}

export const yearlyStatsQuery = (filter: YearlyFilter) =>
  queryOptions({
    queryKey: ['stats', 'yearly', filter],
    queryFn: async () => {
      const query = {
        countries: list(filter.countries),
        categories: list(filter.categories),
        from: filter.from?.toString(),
        to: filter.to?.toString(),
      };
      const { series } = await jsonOf(api.api.stats.yearly.$get({ query }));
      expectItems(series, isYearlyRow, 'yearly figures');
      return series;
    },
    staleTime: 'static',
    placeholderData: keepPreviousData,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: async () => {
      const { sources } = await jsonOf(api.api.sources.$get());
      expectItems(sources, isSource, 'sources');
      return sources;
    },
    staleTime: 'static',
  });

/** The gazetteer, every place with its names over the period: the app names places as at its date. */
export const placesQuery = () =>
  queryOptions({
    queryKey: ['places'],
    queryFn: async () => {
      const { places } = await jsonOf(api.api.places.$get({ query: {} }));
      expectItems(places, isPlace, 'places');
      return places;
    },
    staleTime: 'static',
  });

/** The states of 1953–1968 (shared/API.md, `GET /api/borders`). */
export type Borders = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>;

export const bordersQuery = () =>
  queryOptions({
    queryKey: ['borders'],
    queryFn: async () => {
      const borders = await jsonOf(api.api.borders.$get());
      expectItems(borders.features, isBorder, 'borders');
      // The route's schema leaves coordinates untyped; the contract says they are GeoJSON's.
      return borders as Borders;
    },
    staleTime: 'static',
  });

/** A chart as the server draws it: the SVG of `/api/charts/{chart}.svg`, for the embeds. */
export const chartSvgQuery = (chart: string, query: Readonly<Record<string, string>>) =>
  queryOptions({
    queryKey: ['charts', chart, query],
    queryFn: async () => {
      const response = await api.api.charts[':file'].$get({
        param: { file: `${chart}.svg` },
        query,
      });
      if (!response.ok) {
        throw new ApiError(
          response.status,
          response.status === 404
            ? `There is no chart “${chart}”.`
            : `The server could not draw the chart (${response.status}).`,
        );
      }
      return response.text();
    },
    staleTime: 'static',
    // While the frame is resized, the chart at the old width stays until the new one arrives.
    placeholderData: keepPreviousData,
  });

/** The dataset's release and licence (`GET /api/meta`): what source lines and citations name. */
export const metaQuery = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: () => jsonOf(api.api.meta.$get()),
    staleTime: 'static',
  });

/** The shipped stories, each with its step count (`GET /api/stories`). */
export const storiesQuery = () =>
  queryOptions({
    queryKey: ['stories'],
    queryFn: async () => {
      const { stories } = await jsonOf(api.api.stories.$get());
      expectItems(stories, isStorySummary, 'stories');
      return stories;
    },
    staleTime: 'static',
  });

/** One shipped story, every step, checked by the stories' own schema. */
export const storyQuery = (id: string) =>
  queryOptions({
    queryKey: ['stories', id],
    queryFn: async () => {
      const story = Story.safeParse(await jsonOf(api.api.stories[':id'].$get({ param: { id } })));
      if (!story.success) throw new ApiError(200, 'The server’s answer held no valid story.');
      return story.data;
    },
    staleTime: 'static',
    // A missing story stays missing: say so at once rather than after three tries.
    retry: (failures, error) =>
      !(error instanceof ApiError && error.status === 404) && failures < 3,
  });
