import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import type { Category, YearlyRow } from '@thaw/data/schema';
import { categoryLabel } from '@thaw/i18n/vocabulary';
import { formatCount, yearSpan } from './axes';
import { countryNames, shownCategories, sumByYear } from './data';
import { type CountryRef, type FigureProps, layoutFigure, type YearCursorProps } from './Figure';
import { CATEGORY_COLORS } from './style';
import { YearBars } from './YearBars';

/** The props of the charts drawn from `/api/stats/yearly`. */
export interface YearlyChartProps extends FigureProps, YearCursorProps {
  rows: readonly YearlyRow[];
  /** The countries summed (or compared), in the order they are named. */
  countries: readonly CountryRef[];
  categories: readonly Category[];
  from: number;
  to: number;
  /** A fixed top of the value axis, so that side-by-side columns share one scale. */
  yMax?: number;
}

type TitleInput = Pick<YearlyChartProps, 'countries' | 'from' | 'to'>;

export const eventsByYearTitle = ({ countries, from, to }: TitleInput, i18n: I18n) =>
  i18n._('chart.eventsByYear.title', {
    years: yearSpan(from, to),
    countries: countryNames(countries, i18n),
  });

/** Bars per year stacked by category, for the given countries summed. */
export function EventsByYearChart(props: YearlyChartProps) {
  const { i18n } = useLingui();
  const categories = shownCategories(props.categories);
  const layout = layoutFigure(props, {
    title: eventsByYearTitle(props, i18n),
    legend: categories.map((category) => ({
      label: categoryLabel(i18n, category),
      swatch: (size) => (
        <rect
          x={-size / 2}
          y={-size / 2}
          width={size}
          height={size}
          rx={size * 0.12}
          fill={CATEGORY_COLORS[category]}
        />
      ),
    })),
    yLabel: i18n._('chart.eventsPerYear'),
    xLabel: i18n._('chart.year'),
  });
  return (
    <YearBars
      layout={layout}
      data={sumByYear(
        props.rows,
        props.countries.map((country) => country.id),
        categories,
        props.from,
        props.to,
      )}
      series={categories.map((category) => ({ key: category, color: CATEGORY_COLORS[category] }))}
      top={(totals) => totals.total}
      valueLabel={(totals) => (totals.total > 0 ? formatCount(totals.total) : null)}
      yMax={props.yMax}
      cursorYear={props.cursorYear}
      onCursorYear={props.onCursorYear}
      emptyMessage="No events in this selection"
    />
  );
}
