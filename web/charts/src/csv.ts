/**
 * The CSV of exactly what a chart shows, for "Download CSV": the same derivations as the chart,
 * then a blank line and the source line, so that the figures keep their provenance.
 */
import { formatCsv } from '@thaw/data/csv';
import type { CountryComparisonProps } from './CountryComparisonChart';
import { eventsInSpan, shownCategories, sumByYear, tenuresInSpan } from './data';
import type { YearlyChartProps } from './EventsByYearChart';
import type { LeadersProps } from './LeadersChart';
import type { ChartId, ChartProps } from './registry';
import type { TimelineProps } from './TimelineChart';

type Table = [header: string[], rows: unknown[][]];

function yearTotals(props: YearlyChartProps) {
  const ids = props.countries.map((country) => country.id);
  return sumByYear(props.rows, ids, shownCategories(props.categories), props.from, props.to);
}

function eventsByYear(props: YearlyChartProps): Table {
  const categories = shownCategories(props.categories);
  return [
    ['year', ...categories, 'total'],
    yearTotals(props).map((totals) => [
      totals.year,
      ...categories.map((category) => totals[category]),
      totals.total,
    ]),
  ];
}

function fatalitiesByYear(props: YearlyChartProps): Table {
  return [
    ['year', 'fatalitiesLow', 'fatalitiesHigh'],
    yearTotals(props).map((totals) => [totals.year, totals.fatalitiesLow, totals.fatalitiesHigh]),
  ];
}

/** One row per year and country, as in `/api/stats/yearly`. */
function countryComparison(props: CountryComparisonProps): Table {
  const categories = shownCategories(props.categories);
  const fatalities = props.measure === 'fatalities';
  const rows = props.countries.flatMap((country) =>
    sumByYear(props.rows, [country.id], categories, props.from, props.to).map((totals) => [
      totals.year,
      country.id,
      ...(fatalities ? [totals.fatalitiesLow, totals.fatalitiesHigh] : [totals.total]),
    ]),
  );
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  return [
    ['year', 'country', ...(fatalities ? ['fatalitiesLow', 'fatalitiesHigh'] : ['events'])],
    rows,
  ];
}

function timeline(props: TimelineProps): Table {
  const ids = props.countries.map((country) => country.id);
  return [
    ['id', 'country', 'category', 'type', 'title', 'start', 'end', 'datePrecision'],
    eventsInSpan(props.events, ids, props.from, props.to).map((event) => [
      event.id,
      event.country,
      event.category,
      event.type,
      event.title,
      event.start,
      event.end,
      event.datePrecision,
    ]),
  ];
}

function leaders(props: LeadersProps): Table {
  const ids = props.countries.map((country) => country.id);
  return [
    ['country', 'role', 'person', 'office', 'start', 'end', 'endedBy'],
    tenuresInSpan(props.tenures, ids, props.from, props.to).map((tenure) => [
      tenure.country,
      tenure.role,
      tenure.person ?? 'vacant',
      tenure.office,
      tenure.start,
      tenure.end,
      tenure.endedBy,
    ]),
  ];
}

const TABLES: { [Id in ChartId]: (props: ChartProps<Id>) => Table } = {
  'events-by-year': eventsByYear,
  'fatalities-by-year': fatalitiesByYear,
  'country-comparison': countryComparison,
  timeline,
  leaders,
};

export function chartCsv<Id extends ChartId>(chartId: Id, props: ChartProps<Id>): string {
  const [header, rows] = TABLES[chartId](props);
  return formatCsv(header, [...rows, [], [props.sourceLine]]);
}
