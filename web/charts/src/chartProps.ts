/**
 * The props of a chart for a view of the data: one function for the server's images
 * (`/api/charts/{chart}`) and for the web's charts and embeds, so that the same query draws the
 * same picture wherever it is drawn. Where the data comes from is the caller's: the store on the
 * server, the API's answers in the browser.
 */
import type { I18n } from '@lingui/core';
import type { Category, Event, Tenure, YearlyRow } from '@thaw/data/schema';
import { DEFAULT_LOCALE, isAnyLocale } from '@thaw/i18n';
import { countryName } from '@thaw/i18n/vocabulary';
import type { FigureProps } from './Figure';
import {
  CHARTS,
  type ChartData,
  type ChartId,
  type ChartProps,
  type ChartPropsById,
} from './registry';
import { type DatasetRelease, sourceLine } from './sourceLine';
import { type ChartView, viewSpan } from './view';

interface DataQuery {
  countries: readonly string[];
  categories: readonly Category[];
}

/** The answers a chart is drawn from, as `/api/stats/yearly`, `/api/events`, `/api/leaders` give them. */
export interface ChartDataSource {
  countryName(id: string): string | undefined;
  /** The country's colour in `states.csv`, if it has one. */
  countryColor(id: string): string | null | undefined;
  yearly(query: DataQuery & { from: number; to: number }): readonly YearlyRow[];
  events(query: DataQuery & { from: string; to: string }): readonly Event[];
  /** The tenures of every role. */
  tenures(query: { countries: readonly string[]; from: string; to: string }): readonly Tenure[];
  /** The dataset release the answers come from (`/api/meta`). */
  release: DatasetRelease;
}

export function buildChartProps<Id extends ChartId>(
  chart: Id,
  view: ChartView,
  data: ChartDataSource,
  origin: string,
  i18n: I18n,
): ChartProps<Id> {
  const { from, to, years } = viewSpan(view);
  const countries = view.countries.map((id) => ({
    id,
    name: countryName(i18n, id, data.countryName(id) ?? id),
    color: data.countryColor(id),
  }));
  const figure: FigureProps = {
    width: view.width,
    height: view.height,
    theme: view.theme,
    size: view.size,
    sourceLine: sourceLine(origin, data.release, i18n),
    locale: isAnyLocale(i18n.locale) ? i18n.locale : DEFAULT_LOCALE,
    ...(view.title ? { title: view.title } : {}),
    ...(view.subtitle ? { subtitle: view.subtitle } : {}),
  };
  const filter = { countries: view.countries, categories: view.categories };
  const byData: { [Data in ChartData]: () => ChartPropsById[ChartId] } = {
    yearly: () => ({
      ...figure,
      ...years,
      countries,
      categories: view.categories,
      rows: data.yearly({ ...filter, ...years }),
      measure: view.measure,
    }),
    events: () => ({
      ...figure,
      from,
      to,
      countries,
      events: data.events({ ...filter, from, to }),
    }),
    tenures: () => ({
      ...figure,
      from,
      to,
      countries,
      tenures: data.tenures({ countries: view.countries, from, to }),
    }),
  };
  return byData[CHARTS[chart].data]() as ChartProps<Id>;
}
