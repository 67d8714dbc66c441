import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { formatCount, yearSpan } from './axes';
import { countryNames, shownCategories, sumByYear, withDeathsNote, type YearTotals } from './data';
import type { YearlyChartProps } from './EventsByYearChart';
import { layoutFigure } from './Figure';
import { THEMES } from './style';
import { YearBars } from './YearBars';

type TitleInput = Pick<YearlyChartProps, 'countries' | 'from' | 'to'>;

export const fatalitiesByYearTitle = ({ countries, from, to }: TitleInput, i18n: I18n) =>
  i18n._('chart.fatalitiesByYear.title', {
    years: yearSpan(from, to),
    countries: countryNames(countries, i18n),
  });

/** "2.5k" for the value labels of narrow bars. */
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function rangeLabel(totals: YearTotals, short: boolean): string | null {
  if (totals.fatalitiesHigh === 0) return null;
  const format = short ? (value: number) => compact.format(value) : formatCount;
  const low = format(totals.fatalitiesLow);
  const high = format(totals.fatalitiesHigh);
  return low === high ? low : `${low}–${high}`;
}

/**
 * Per year, the deaths the sources report for the selection's events. The sources disagree on
 * death tolls, so the chart shows their range, never one number.
 */
export function FatalitiesByYearChart(props: YearlyChartProps) {
  const { i18n } = useLingui();
  const ink = THEMES[props.theme ?? 'light'].text;
  const swatch = (opacity: number) => (size: number) => (
    <rect
      x={-size / 2}
      y={-size / 2}
      width={size}
      height={size}
      rx={size * 0.12}
      fill={ink}
      fillOpacity={opacity}
    />
  );
  const layout = layoutFigure(
    { ...props, sourceLine: withDeathsNote(props.sourceLine, i18n) },
    {
      title: fatalitiesByYearTitle(props, i18n),
      legend: [
        { label: i18n._('chart.fatalities.lowest'), swatch: swatch(0.85) },
        { label: i18n._('chart.fatalities.highest'), swatch: swatch(0.3) },
      ],
      yLabel: i18n._('chart.fatalities.yLabel'),
      xLabel: i18n._('chart.year'),
    },
  );
  const data = sumByYear(
    props.rows,
    props.countries.map((country) => country.id),
    shownCategories(props.categories),
    props.from,
    props.to,
  ).map((totals) => ({ ...totals, fatalitiesExtra: totals.fatalitiesHigh - totals.fatalitiesLow }));
  return (
    <YearBars
      layout={layout}
      data={data}
      series={[
        { key: 'fatalitiesLow', color: ink, opacity: 0.85 },
        { key: 'fatalitiesExtra', color: ink, opacity: 0.3 },
      ]}
      top={(totals) => totals.fatalitiesHigh}
      valueLabel={rangeLabel}
      yMax={props.yMax}
      cursorYear={props.cursorYear}
      onCursorYear={props.onCursorYear}
      emptyMessage="No deaths recorded for this selection"
    />
  );
}
