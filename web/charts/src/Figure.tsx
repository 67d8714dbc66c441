/**
 * The parts every chart figure shares, drawn in SVG inside the recharts surface: background,
 * title, subtitle, legend, axis labels, the source line, the empty state and the
 * shared year cursor. One `<svg>` holds the whole figure, so the web, its downloads and the
 * server's images are the same picture.
 */

import { dayNumber } from '@thaw/data/schema';
import type { AnyLocale } from '@thaw/i18n';
import type { ReactNode } from 'react';
import { usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { formatCount } from './axes';
import { FONT_STACK, THEMES, type ThemeColors, type TypeSizes, typeSizes } from './style';
import { textWidth, wrapText } from './text';
import type { FigureSize, ThemeName } from './view';

export interface CountryRef {
  id: string;
  name: string;
  /** Its colour from `states.csv`; absent, a spare one (`countryColor`). */
  color?: string | null;
}

/** What every chart takes besides its data. */
export interface FigureProps {
  width: number;
  height: number;
  theme?: ThemeName;
  /** Replaces the title made from the data. */
  title?: string;
  subtitle?: string;
  /** Where the data comes from, e.g. "Source: Thaw Atlas dataset, https://…/api/sources". */
  sourceLine: string;
  size?: FigureSize;
  /** The language of the words the figure draws (they come from the I18nProvider around it). */
  locale?: AnyLocale;
}

/** A year marked across side-by-side charts: hovering 1956 in one marks 1956 in all. */
export interface YearCursorProps {
  cursorYear?: number | null;
  onCursorYear?: (year: number | null) => void;
}

export interface LegendEntry {
  label: string;
  /** Draws the key's symbol centred on (0, 0), fitting a square of `size` px. */
  swatch: (size: number) => ReactNode;
}

interface PlacedText {
  text: string;
  y: number;
}

interface PlacedLegendEntry extends LegendEntry {
  x: number;
  y: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  colors: ThemeColors;
  type: TypeSizes;
  /** The figure's title as the SVG's accessible name. */
  titleText: string;
  title: PlacedText[];
  subtitle: PlacedText[];
  legend: PlacedLegendEntry[];
  /** The value axis's label, written above the plot where it reads without turning the head. */
  yLabel: PlacedText | null;
  /** The x axis's label, under its ticks. */
  xLabel: PlacedText | null;
  source: PlacedText[];
  /** The band left for the plot and its axes, between header and source line. */
  top: number;
  bottom: number;
}

export interface FigureParts {
  /** The title made from the data, used unless the caller gives one. */
  title: string;
  legend: readonly LegendEntry[];
  yLabel?: string;
  xLabel?: string;
}

/**
 * Places the header (title, subtitle, legend, value-axis label) top down, the source line and
 * the x axis's label bottom up, and leaves the rest to the plot and its ticks.
 */
export function layoutFigure(props: FigureProps, parts: FigureParts): FigureLayout {
  const { legend, yLabel, xLabel } = parts;
  const { width, height } = props;
  const type = typeSizes(width, height, props.size);
  const colors = THEMES[props.theme ?? 'light'];
  const lineWidth = width - 2 * type.pad;
  const titleText = props.title ?? parts.title;

  let y = type.pad;
  const title = wrapText(titleText, lineWidth, type.title, 'bold').map((text) => {
    y += type.title * 1.15;
    return { text, y: y - type.title * 0.25 };
  });
  const subtitle = wrapText(props.subtitle ?? '', lineWidth, type.subtitle).map((text) => {
    y += type.subtitle * 1.3;
    return { text, y: y - type.subtitle * 0.2 };
  });

  const placed: PlacedLegendEntry[] = [];
  if (legend.length > 0) {
    const rowHeight = type.legend * 1.6;
    const swatchRoom = type.legend * 1.5;
    const spacing = type.legend * 1.3;
    let x = type.pad;
    y += rowHeight * 0.45;
    let rowCentre = y + rowHeight / 2;
    for (const entry of legend) {
      const entryWidth = swatchRoom + textWidth(entry.label, type.legend);
      if (x > type.pad && x + entryWidth > width - type.pad) {
        x = type.pad;
        rowCentre += rowHeight;
      }
      placed.push({ ...entry, x, y: rowCentre });
      x += entryWidth + spacing;
    }
    y = rowCentre + rowHeight / 2;
  }

  let placedYLabel: PlacedText | null = null;
  if (yLabel) {
    y += type.axisLabel * 1.5;
    placedYLabel = { text: yLabel, y };
  }

  const sourceLines = wrapText(props.sourceLine, lineWidth, type.source);
  const sourceBottom = height - type.pad * 0.7;
  const source = sourceLines.map((text, index) => ({
    text,
    y: sourceBottom - (sourceLines.length - 1 - index) * type.source * 1.3,
  }));
  let bottom = sourceBottom - sourceLines.length * type.source * 1.3 - type.source * 0.6;
  let placedXLabel: PlacedText | null = null;
  if (xLabel) {
    placedXLabel = { text: xLabel, y: bottom };
    bottom -= type.axisLabel * 1.3;
  }

  return {
    width,
    height,
    colors,
    type,
    titleText,
    title,
    subtitle,
    legend: placed,
    yLabel: placedYLabel,
    xLabel: placedXLabel,
    source,
    // Room for the top tick label, which is centred on the plot's top edge.
    top: y + type.tick * 1.2,
    bottom,
  };
}

interface LabelProps {
  x: number;
  y: number;
  size: number;
  color: string;
  children: ReactNode;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** Text in the figure's font. */
export function Label({ x, y, size, color, children, bold, anchor = 'start' }: LabelProps) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontFamily={FONT_STACK}
      fontWeight={bold ? 700 : 400}
      fill={color}
      textAnchor={anchor}
    >
      {children}
    </text>
  );
}

/** Background, header and source line; a child of the recharts chart. */
export function FigureChrome({ layout }: { layout: FigureLayout }) {
  const { colors, type } = layout;
  return (
    <>
      <ZIndexLayer zIndex={-1000}>
        {colors.background !== 'none' && (
          <rect width={layout.width} height={layout.height} fill={colors.background} />
        )}
      </ZIndexLayer>
      {layout.title.map(({ text, y }) => (
        <Label key={`title-${y}`} x={type.pad} y={y} size={type.title} color={colors.text} bold>
          {text}
        </Label>
      ))}
      {layout.subtitle.map(({ text, y }) => (
        <Label key={`subtitle-${y}`} x={type.pad} y={y} size={type.subtitle} color={colors.muted}>
          {text}
        </Label>
      ))}
      {layout.legend.map((entry) => (
        <g key={entry.label}>
          <g transform={`translate(${entry.x + type.legend * 0.5},${entry.y})`}>
            {entry.swatch(type.legend)}
          </g>
          <Label
            x={entry.x + type.legend * 1.5}
            y={entry.y + type.legend * 0.36}
            size={type.legend}
            color={colors.text}
          >
            {entry.label}
          </Label>
        </g>
      ))}
      {layout.yLabel && (
        <Label x={type.pad} y={layout.yLabel.y} size={type.axisLabel} color={colors.muted}>
          {layout.yLabel.text}
        </Label>
      )}
      {layout.xLabel && <XAxisLabel layout={layout} label={layout.xLabel} />}
      {layout.source.map(({ text, y }) => (
        <Label key={`source-${y}`} x={type.pad} y={y} size={type.source} color={colors.muted}>
          {text}
        </Label>
      ))}
    </>
  );
}

function XAxisLabel({ layout, label }: { layout: FigureLayout; label: PlacedText }) {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <Label
      x={plot.x + plot.width / 2}
      y={label.y}
      size={layout.type.axisLabel}
      color={layout.colors.muted}
      anchor="middle"
    >
      {label.text}
    </Label>
  );
}

/** Said in the plot area when the selection holds nothing to draw. */
export function EmptyState({ layout, message }: { layout: FigureLayout; message: string }) {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <ZIndexLayer zIndex={2000}>
      <Label
        x={plot.x + plot.width / 2}
        y={plot.y + plot.height / 2}
        size={layout.type.subtitle}
        color={layout.colors.muted}
        anchor="middle"
      >
        {message}
      </Label>
    </ZIndexLayer>
  );
}

interface YearCursorLayerProps extends YearCursorProps {
  layout: FigureLayout;
  years: readonly number[];
  /** Whether x is a time axis in day numbers rather than a band per year. */
  time?: boolean;
}

/**
 * Marks `cursorYear` with a band and, when `onCursorYear` is given, reports the year under the
 * pointer; without either, it draws nothing.
 */
export function YearCursor({
  layout,
  years,
  time,
  cursorYear,
  onCursorYear,
}: YearCursorLayerProps) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  // Bars and points alike take an equal share of the width per year.
  const share = plot.width / Math.max(1, years.length);
  const ends = (year: number): [number | undefined, number | undefined] => {
    if (time) return [scale(dayNumber(`${year}-01-01`)), scale(dayNumber(`${year + 1}-01-01`))];
    const middle = scale(year, { position: 'middle' });
    return middle === undefined ? [undefined, undefined] : [middle - share / 2, middle + share / 2];
  };
  const span = (year: number): [number, number] | null => {
    const [start, end] = ends(year);
    if (start === undefined || end === undefined) return null;
    const left = Math.max(plot.x, start);
    const right = Math.min(plot.x + plot.width, end);
    return right > left ? [left, right] : null;
  };
  const marked = cursorYear == null ? null : span(cursorYear);
  return (
    <>
      {marked && (
        <ZIndexLayer zIndex={200}>
          <rect
            x={marked[0]}
            y={plot.y}
            width={marked[1] - marked[0]}
            height={plot.height}
            fill={layout.colors.cursor}
          />
        </ZIndexLayer>
      )}
      {onCursorYear && (
        <ZIndexLayer zIndex={2100}>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only echo of the axis's years */}
          <g onMouseLeave={() => onCursorYear(null)}>
            {years.map((year) => {
              const hit = span(year);
              return (
                hit && (
                  // biome-ignore lint/a11y/noStaticElementInteractions: see the group above
                  <rect
                    key={year}
                    x={hit[0]}
                    y={plot.y}
                    width={hit[1] - hit[0]}
                    height={plot.height}
                    fill="transparent"
                    onMouseEnter={() => onCursorYear(year)}
                  />
                )
              );
            })}
          </g>
        </ZIndexLayer>
      )}
    </>
  );
}

/** Props recharts axes take for their tick labels in the figure's type. */
export function tickStyle(layout: FigureLayout) {
  return {
    fontSize: layout.type.tick,
    fontFamily: FONT_STACK,
    fill: layout.colors.muted,
  };
}

/** The x axis of a chart by year, labelled every `every` years. */
export function yearAxisProps(layout: FigureLayout, every: number) {
  return {
    dataKey: 'year',
    interval: 0,
    tickFormatter: (year: number) => (year % every === 0 ? String(year) : ''),
    tick: tickStyle(layout),
    tickLine: false,
    tickMargin: layout.type.tick * 0.35,
    axisLine: { stroke: layout.colors.axis },
    height: layout.type.tick * 1.6,
  };
}

/** The width a count axis needs for its widest label. */
export const countAxisWidth = (layout: FigureLayout, ticks: readonly number[]) =>
  textWidth(formatCount(ticks.at(-1) ?? 0), layout.type.tick) + layout.type.tick * 0.6;

/** The y axis of a count, from 0 to its last tick. */
export function countAxisProps(layout: FigureLayout, ticks: number[]) {
  return {
    domain: [0, ticks.at(-1) ?? 1],
    ticks,
    allowDataOverflow: true,
    width: countAxisWidth(layout, ticks),
    tick: tickStyle(layout),
    tickFormatter: formatCount,
    tickLine: false,
    tickMargin: layout.type.tick * 0.3,
    axisLine: false,
  };
}
