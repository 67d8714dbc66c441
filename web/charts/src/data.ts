/** The data each chart shows, derived from its props: the charts and their CSV use the same. */
import type { I18n } from '@lingui/core';
import {
  type Category,
  dayNumber,
  type Event,
  type Tenure,
  type YearlyRow,
} from '@thaw/data/schema';
import { yearsBetween } from './axes';
import type { CountryRef } from './Figure';
import { CATEGORIES } from './style';

export interface YearTotals {
  year: number;
  protest: number;
  intervention: number;
  leadership: number;
  milestone: number;
  /** Of the shown categories only. */
  total: number;
  fatalitiesLow: number;
  fatalitiesHigh: number;
}

/** The shown categories in legend order, whatever order the caller gave. */
/** A chart's source line with the note on what its deaths count (data/README.md, "Deaths"). */
export const withDeathsNote = (sourceLine: string, i18n: I18n) =>
  `${sourceLine} · ${i18n._('chart.deathsNote')}`;

export const shownCategories = (categories: readonly Category[]) =>
  CATEGORIES.filter((category) => categories.includes(category));

/** One row per year from `from` to `to`, summed over the given countries; missing years are 0. */
export function sumByYear(
  rows: readonly YearlyRow[],
  countryIds: readonly string[],
  categories: readonly Category[],
  from: number,
  to: number,
): YearTotals[] {
  const byYear = new Map<number, YearTotals>(
    yearsBetween(from, to).map((year) => [
      year,
      {
        year,
        protest: 0,
        intervention: 0,
        leadership: 0,
        milestone: 0,
        total: 0,
        fatalitiesLow: 0,
        fatalitiesHigh: 0,
      },
    ]),
  );
  const shown = shownCategories(categories);
  for (const row of rows) {
    const totals = byYear.get(row.year);
    if (!totals || !countryIds.includes(row.country)) continue;
    for (const category of shown) {
      totals[category] += row[category];
      totals.total += row[category];
    }
    totals.fatalitiesLow += row.fatalitiesLow;
    totals.fatalitiesHigh += row.fatalitiesHigh;
  }
  return [...byYear.values()];
}

/** The events of the given countries whose span overlaps `[from, to]`, in date order. */
export function eventsInSpan(
  events: readonly Event[],
  countryIds: readonly string[],
  from: string,
  to: string,
): Event[] {
  return events
    .filter(
      (event) =>
        countryIds.includes(event.country) &&
        event.start <= to &&
        (event.end ?? event.start) >= from,
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** The tenures of the given countries overlapping `[from, to]`, by country order, role, start. */
export function tenuresInSpan(
  tenures: readonly Tenure[],
  countryIds: readonly string[],
  from: string,
  to: string,
): Tenure[] {
  return tenures
    .filter(
      (tenure) =>
        countryIds.includes(tenure.country) && tenure.start <= to && (tenure.end ?? to) >= from,
    )
    .sort(
      (a, b) =>
        countryIds.indexOf(a.country) - countryIds.indexOf(b.country) ||
        a.role.localeCompare(b.role) ||
        dayNumber(a.start) - dayNumber(b.start),
    );
}

/** "Soviet Union, Poland, Hungary" for titles. */
export function countryNames(countries: readonly CountryRef[], i18n: I18n): string {
  return countries.map((country) => country.name).join(', ') || i18n._('chart.noCountry');
}
