/**
 * Stacked bars per year in a complete figure: what the events and fatalities charts share.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { countTicks, yearLabelEvery } from './axes';
import type { YearTotals } from './data';
import {
  countAxisProps,
  countAxisWidth,
  EmptyState,
  FigureChrome,
  type FigureLayout,
  Label,
  YearCursor,
  type YearCursorProps,
  yearAxisProps,
} from './Figure';
import { textWidth } from './text';

interface BarSeries {
  /** A numeric field of the data rows. */
  key: string;
  color: string;
  opacity?: number;
}

interface YearBarsProps extends YearCursorProps {
  layout: FigureLayout;
  data: readonly YearTotals[];
  series: readonly BarSeries[];
  /** The height of a year's whole stack. */
  top: (totals: YearTotals) => number;
  /** The figure over a year's stack, or null for none; `short` asks for a form for narrow bars. */
  valueLabel: (totals: YearTotals, short: boolean) => string | null;
  yMax?: number;
  emptyMessage: string;
}

export function YearBars(props: YearBarsProps) {
  const { layout, data, series, top, yMax } = props;
  const { type, colors } = layout;
  const highest = Math.max(0, ...data.map(top));
  const ticks = countTicks(yMax ?? highest);
  const yAxisWidth = countAxisWidth(layout, ticks);
  const plotWidth = layout.width - 2 * type.pad - yAxisWidth;
  const every = yearLabelEvery(plotWidth / Math.max(1, data.length), type.tick);
  const years = data.map((totals) => totals.year);

  return (
    <BarChart
      width={layout.width}
      height={layout.height}
      data={data}
      margin={{
        // Room over the highest bar for its value label.
        top: layout.top + type.annotation * 1.2,
        right: type.pad,
        bottom: layout.height - layout.bottom,
        left: type.pad,
      }}
      barCategoryGap="16%"
      title={layout.titleText}
      accessibilityLayer={false}
    >
      <FigureChrome layout={layout} />
      <CartesianGrid vertical={false} stroke={colors.grid} />
      <XAxis {...yearAxisProps(layout, every)} />
      <YAxis {...countAxisProps(layout, ticks)} />
      {series.map((bar) => (
        <Bar
          key={bar.key}
          dataKey={bar.key}
          stackId="year"
          fill={bar.color}
          fillOpacity={bar.opacity ?? 1}
          stroke={colors.halo}
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
      <ValueLabels {...props} />
      <YearCursor
        layout={layout}
        years={years}
        cursorYear={props.cursorYear}
        onCursorYear={props.onCursorYear}
      />
      {highest === 0 && <EmptyState layout={layout} message={props.emptyMessage} />}
    </BarChart>
  );
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Value labels over the bars, the highest bars first: a label may reach over a neighbour's slot
 * when it clears that bar and the labels already placed; else its short form; else none.
 */
function ValueLabels({ layout, data, top, valueLabel }: YearBarsProps) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!plot || !xScale || !yScale) return null;
  const size = layout.type.annotation;
  const bars: Box[] = data.map((totals) => ({
    left: xScale(totals.year, { position: 'start' }) ?? 0,
    right: xScale(totals.year, { position: 'end' }) ?? 0,
    top: yScale(top(totals)) ?? 0,
    bottom: plot.y + plot.height,
  }));
  const placed: { text: string; box: Box; year: number }[] = [];
  const order = data
    .map((_, index) => index)
    .sort((a, b) => (bars[a]?.top ?? 0) - (bars[b]?.top ?? 0));
  for (const index of order) {
    const totals = data[index];
    const bar = bars[index];
    if (!totals || !bar) continue;
    const centre = (bar.left + bar.right) / 2;
    for (const text of [valueLabel(totals, false), valueLabel(totals, true)]) {
      if (text === null) break;
      const width = textWidth(text, size) + size * 0.3;
      // Centred over the bar, but kept inside the plot at its edges.
      const left = Math.min(Math.max(plot.x, centre - width / 2), plot.x + plot.width - width);
      const box = {
        left,
        right: left + width,
        top: bar.top - size * 1.3,
        bottom: bar.top - size * 0.2,
      };
      const fits =
        !bars.some((other) => other !== bar && overlaps(box, other)) &&
        !placed.some((label) => overlaps(box, label.box));
      if (fits) {
        placed.push({ text, box, year: totals.year });
        break;
      }
    }
  }
  return (
    <ZIndexLayer zIndex={700}>
      {placed.map(({ text, box, year }) => (
        <Label
          key={year}
          x={(box.left + box.right) / 2}
          y={box.bottom - size * 0.2}
          size={size}
          color={layout.colors.text}
          anchor="middle"
        >
          {text}
        </Label>
      ))}
    </ZIndexLayer>
  );
}
