/** The time axis of the timeline and leaders charts: its label rows and its lines. */
import { usePlotArea, useXAxisScale, XAxis, ZIndexLayer } from 'recharts';
import type { TimeAxis } from './axes';
import { type FigureLayout, tickStyle } from './Figure';
import { round } from './markers';

/**
 * One XAxis per label row, months nearest the plot. recharts wants its axes as direct
 * children of the chart, so this returns elements rather than being a component.
 */
export function timeXAxes(layout: FigureLayout, axis: TimeAxis) {
  const { type, colors } = layout;
  return axis.rows.map((row, index) => (
    <XAxis
      key={row.days[0] ?? index}
      xAxisId={index === 0 ? 0 : `row-${index}`}
      type="number"
      dataKey="day"
      domain={axis.domain}
      allowDataOverflow
      ticks={row.days}
      interval={0}
      tickFormatter={(day: number) => row.text.get(day) ?? ''}
      tick={{ ...tickStyle(layout), fontWeight: index > 0 ? 700 : 400 }}
      tickLine={false}
      tickMargin={type.tick * 0.35}
      axisLine={index === 0 ? { stroke: colors.axis } : false}
      height={type.tick * 1.5}
    />
  ));
}

/** The year lines (and month lines, lighter) across the plot. */
export function TimeLines({ layout, axis }: { layout: FigureLayout; axis: TimeAxis }) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  if (!plot || !xScale) return null;
  return (
    <ZIndexLayer zIndex={-90}>
      {axis.lines.map(({ day, major }) => {
        const x = round(xScale(day) ?? 0);
        return (
          <line
            key={day}
            x1={x}
            x2={x}
            y1={plot.y}
            y2={plot.y + plot.height}
            // With months drawn too, the year lines stand out from theirs.
            stroke={major && axis.rows.length > 1 ? layout.colors.axis : layout.colors.grid}
          />
        );
      })}
    </ZIndexLayer>
  );
}
