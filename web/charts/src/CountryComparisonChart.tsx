import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { countTicks, yearLabelEvery, yearSpan } from './axes';
import { shownCategories, sumByYear, withDeathsNote } from './data';
import type { YearlyChartProps } from './EventsByYearChart';
import {
  type CountryRef,
  countAxisProps,
  countAxisWidth,
  EmptyState,
  FigureChrome,
  type FigureLayout,
  Label,
  layoutFigure,
  YearCursor,
  yearAxisProps,
} from './Figure';
import { countryColor, THEMES } from './style';
import { textWidth } from './text';
import type { ComparisonMeasure } from './view';

export interface CountryComparisonProps extends YearlyChartProps {
  measure: ComparisonMeasure;
}

type TitleInput = Pick<CountryComparisonProps, 'from' | 'to' | 'measure'>;

/** The countries are named by the legend and at the lines' ends, not in the title. */
export const countryComparisonTitle = ({ from, to, measure }: TitleInput, i18n: I18n) =>
  measure === 'events'
    ? i18n._('chart.comparison.title.events', { years: yearSpan(from, to) })
    : i18n._('chart.comparison.title.fatalities', { years: yearSpan(from, to) });

/** A country's figures for one year: `value` is drawn as the line, `range` as the band. */
interface CountryYear {
  value: number;
  range: [number, number];
}

interface ComparisonRow {
  year: number;
  byCountry: Record<string, CountryYear | undefined>;
}

/** One series per country per year; deaths as the highest figure with the sources' range shaded. */
export function CountryComparisonChart(props: CountryComparisonProps) {
  const { i18n } = useLingui();
  const { countries, measure } = props;
  const fatalities = measure === 'fatalities';
  const colorOf = (country: CountryRef, index: number) => countryColor(country, index);

  const ink = THEMES[props.theme ?? 'light'].text;
  const sourceLine = fatalities ? withDeathsNote(props.sourceLine, i18n) : props.sourceLine;
  const layout = layoutFigure(
    { ...props, sourceLine },
    {
      title: countryComparisonTitle(props, i18n),
      legend: [
        ...countries.map((country, index) => ({
          label: country.name,
          swatch: (size: number) => (
            <line
              x1={-size / 2}
              x2={size / 2}
              stroke={colorOf(country, index)}
              strokeWidth={size * 0.22}
              strokeLinecap="round"
            />
          ),
        })),
        ...(fatalities
          ? [
              {
                label: i18n._('chart.comparison.shaded'),
                swatch: (size: number) => (
                  <rect
                    x={-size / 2}
                    y={-size / 2}
                    width={size}
                    height={size}
                    fill={ink}
                    fillOpacity={0.18}
                  />
                ),
              },
            ]
          : []),
      ],
      yLabel: fatalities
        ? i18n._('chart.comparison.yLabel.fatalities')
        : i18n._('chart.eventsPerYear'),
      xLabel: i18n._('chart.year'),
    },
  );
  const { type, colors } = layout;

  const categories = shownCategories(props.categories);
  const perCountry = countries.map((country) =>
    sumByYear(props.rows, [country.id], categories, props.from, props.to),
  );
  const data: ComparisonRow[] = (perCountry[0] ?? []).map(({ year }, yearIndex) => ({
    year,
    byCountry: Object.fromEntries(
      countries.map((country, index) => {
        const totals = perCountry[index]?.[yearIndex];
        const figures: CountryYear | undefined =
          totals &&
          (fatalities
            ? { value: totals.fatalitiesHigh, range: [totals.fatalitiesLow, totals.fatalitiesHigh] }
            : { value: totals.total, range: [totals.total, totals.total] });
        return [country.id, figures];
      }),
    ),
  }));
  const figureOf = (row: ComparisonRow, id: string) => row.byCountry[id]?.value ?? 0;
  const highest = Math.max(
    0,
    ...data.flatMap((row) => countries.map((country) => figureOf(row, country.id))),
  );

  const ticks = countTicks(props.yMax ?? highest);
  const yAxisWidth = countAxisWidth(layout, ticks);
  const labelRoom =
    Math.max(0, ...countries.map((country) => textWidth(country.name, type.annotation, 'bold'))) +
    type.annotation;
  const plotWidth = layout.width - 2 * type.pad - yAxisWidth - labelRoom;
  const yearWidth = plotWidth / Math.max(1, data.length);
  const every = yearLabelEvery(yearWidth, type.tick);

  return (
    <ComposedChart
      width={layout.width}
      height={layout.height}
      data={data}
      margin={{
        top: layout.top,
        right: type.pad + labelRoom,
        bottom: layout.height - layout.bottom,
        left: type.pad,
      }}
      title={layout.titleText}
      accessibilityLayer={false}
    >
      <FigureChrome layout={layout} />
      <CartesianGrid vertical={false} stroke={colors.grid} />
      <XAxis
        {...yearAxisProps(layout, every)}
        // Each year's point in the middle of its share of the width, as the bars have it.
        padding={{ left: yearWidth / 2, right: yearWidth / 2 }}
      />
      <YAxis {...countAxisProps(layout, ticks)} />
      {fatalities &&
        countries.map((country, index) => (
          <Area
            key={`${country.id}-range`}
            dataKey={(row: ComparisonRow) => row.byCountry[country.id]?.range}
            fill={colorOf(country, index)}
            fillOpacity={0.18}
            stroke="none"
            isAnimationActive={false}
          />
        ))}
      {countries.map((country, index) => (
        <Line
          key={country.id}
          dataKey={(row: ComparisonRow) => figureOf(row, country.id)}
          stroke={colorOf(country, index)}
          strokeWidth={Math.max(2, type.tick * 0.16)}
          dot={{
            r: Math.max(2.5, type.tick * 0.2),
            fill: colorOf(country, index),
            stroke: colors.halo,
            strokeWidth: 1.5,
          }}
          isAnimationActive={false}
        />
      ))}
      <LineEndLabels layout={layout} data={data} countries={countries} figureOf={figureOf} />
      <YearCursor
        layout={layout}
        years={data.map((row) => row.year)}
        cursorYear={props.cursorYear}
        onCursorYear={props.onCursorYear}
      />
      {highest === 0 && (
        <EmptyState
          layout={layout}
          message={fatalities ? i18n._('chart.empty.fatalities') : i18n._('chart.empty.events')}
        />
      )}
    </ComposedChart>
  );
}

interface LineEndLabelsProps {
  layout: FigureLayout;
  data: readonly ComparisonRow[];
  countries: readonly CountryRef[];
  figureOf: (row: ComparisonRow, id: string) => number;
}

/** Each country's name at the end of its line, pushed apart where lines end close together. */
function LineEndLabels({ layout, data, countries, figureOf }: LineEndLabelsProps) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const last = data.at(-1);
  if (!plot || !xScale || !yScale || !last) return null;
  const x = (xScale(last.year, { position: 'middle' }) ?? 0) + layout.type.annotation * 0.7;
  const size = layout.type.annotation;
  const labels = countries
    .map((country, index) => ({ country, index, y: yScale(figureOf(last, country.id)) ?? 0 }))
    .sort((a, b) => a.y - b.y);
  const spacing = size * 1.15;
  for (const [index, label] of labels.entries()) {
    const above = labels[index - 1];
    if (above) label.y = Math.max(label.y, above.y + spacing);
  }
  // Pushed below the plot's bottom: move the stack up instead.
  let limit = plot.y + plot.height - size * 0.35;
  for (const label of labels.toReversed()) {
    label.y = Math.min(label.y, limit);
    limit = label.y - spacing;
  }
  return (
    <ZIndexLayer zIndex={700}>
      {labels.map(({ country, index, y }) => (
        <Label
          key={country.id}
          x={x}
          y={y + size * 0.35}
          size={size}
          color={countryColor(country, index)}
          bold
        >
          {country.name}
        </Label>
      ))}
    </ZIndexLayer>
  );
}
