/**
 * The list of charts the server renders and the web embeds: the route and the embed page read
 * the same ids, components, default titles and data needs from here.
 */
import type { I18n } from '@lingui/core';
import { createElement, type FunctionComponent } from 'react';
import {
  CountryComparisonChart,
  type CountryComparisonProps,
  countryComparisonTitle,
} from './CountryComparisonChart';
import { EventsByYearChart, eventsByYearTitle, type YearlyChartProps } from './EventsByYearChart';
import { FatalitiesByYearChart, fatalitiesByYearTitle } from './FatalitiesByYearChart';
import type { ChartId } from './ids';
import { LeadersChart, type LeadersProps, leadersTitle } from './LeadersChart';
import { TimelineChart, type TimelineProps, timelineTitle } from './TimelineChart';

/**
 * What a chart is drawn from: `yearly` is `/api/stats/yearly`'s series, `events` the events of
 * `/api/events`, `tenures` those of `/api/leaders`.
 */
export type ChartData = 'yearly' | 'events' | 'tenures';

export type { ChartId } from './ids';

/** Every id of ids.ts needs its props here, and a spec in CHARTS below. */
export interface ChartPropsById {
  'events-by-year': YearlyChartProps;
  'fatalities-by-year': YearlyChartProps;
  'country-comparison': CountryComparisonProps;
  timeline: TimelineProps;
  leaders: LeadersProps;
}

export type ChartProps<Id extends ChartId> = ChartPropsById[Id];

export interface ChartSpec<Props> {
  component: FunctionComponent<Props>;
  /** The title made from the data, used when the caller gives none. */
  title: (props: Props, i18n: I18n) => string;
  data: ChartData;
}

export const CHARTS: { readonly [Id in ChartId]: ChartSpec<ChartPropsById[Id]> } = {
  'events-by-year': { component: EventsByYearChart, title: eventsByYearTitle, data: 'yearly' },
  'fatalities-by-year': {
    component: FatalitiesByYearChart,
    title: fatalitiesByYearTitle,
    data: 'yearly',
  },
  'country-comparison': {
    component: CountryComparisonChart,
    title: countryComparisonTitle,
    data: 'yearly',
  },
  timeline: { component: TimelineChart, title: timelineTitle, data: 'events' },
  leaders: { component: LeadersChart, title: leadersTitle, data: 'tenures' },
};

/** Any chart by its id, e.g. for the embed page: `<Chart id="timeline" props={…} />`. */
export function Chart<Id extends ChartId>({ id, props }: { id: Id; props: ChartProps<Id> }) {
  const spec: ChartSpec<ChartProps<Id>> = CHARTS[id];
  return createElement(spec.component, props);
}
