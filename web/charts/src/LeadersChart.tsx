import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import type { Manner, Role, Tenure } from '@thaw/data/schema';
import { dayNumber } from '@thaw/data/schema';
import { mannerLabel, roleLabel } from '@thaw/i18n/vocabulary';
import { useId } from 'react';
import { ComposedChart, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { timeAxis, yearOf, yearSpan, yearsBetween } from './axes';
import { tenuresInSpan } from './data';
import {
  type CountryRef,
  EmptyState,
  FigureChrome,
  type FigureLayout,
  type FigureProps,
  Label,
  layoutFigure,
  YearCursor,
  type YearCursorProps,
} from './Figure';
import { MannerMarker, round } from './markers';
import { countryColor, THEMES, textOn } from './style';
import { TimeLines, timeXAxes } from './TimeAxis';
import { textWidth } from './text';

export interface LeadersProps extends FigureProps, YearCursorProps {
  tenures: readonly Tenure[];
  /** Three rows each (party, government, head of state), top to bottom. */
  countries: readonly CountryRef[];
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

type TitleInput = Pick<LeadersProps, 'from' | 'to'>;

/** The countries are named by the rows, not in the title. */
export const leadersTitle = ({ from, to }: TitleInput, i18n: I18n) =>
  i18n._('chart.leaders.title', { years: yearSpan(yearOf(from), yearOf(to)) });

const ROLES: readonly Role[] = ['party', 'government', 'state'];
const MANNERS: readonly Manner[] = ['regular', 'death', 'ouster', 'resignation'];

/** Tenures as bars, one row per country and role, with how each tenure ended at its end. */
export function LeadersChart(props: LeadersProps) {
  const { i18n } = useLingui();
  const { countries, from, to } = props;
  const patternId = `vacant-${useId().replace(/[^\w-]/g, '')}`;
  const colors = THEMES[props.theme ?? 'light'];
  const tenures = tenuresInSpan(
    props.tenures,
    countries.map((country) => country.id),
    from,
    to,
  );
  const layout = layoutFigure(props, {
    title: leadersTitle(props, i18n),
    legend: [
      {
        label: i18n._('chart.leaders.vacant'),
        swatch: (size: number) => (
          <rect
            x={-size / 2}
            y={-size / 2}
            width={size}
            height={size}
            fill={`url(#${patternId})`}
            stroke={colors.vacancy}
          />
        ),
      },
      ...MANNERS.map((manner) => ({
        label: mannerLabel(i18n, manner),
        swatch: (size: number) => (
          <MannerMarker
            manner={manner}
            x={0}
            y={0}
            size={size * 0.8}
            color={colors.text}
            halo={colors.halo}
          />
        ),
      })),
    ],
    xLabel: i18n._('chart.year'),
  });
  const { type } = layout;
  const countryWidth = Math.max(
    0,
    ...countries.map((country) => textWidth(country.name, type.tick, 'bold')),
  );
  const roleWidth = Math.max(...ROLES.map((role) => textWidth(roleLabel(i18n, role), type.tick)));
  const labelWidth = countryWidth + roleWidth + type.tick * 1.4;
  const plotWidth = layout.width - 2 * type.pad - labelWidth;
  const axis = timeAxis(from, to, plotWidth, type.tick);

  return (
    <ComposedChart
      width={layout.width}
      height={layout.height}
      data={[]}
      margin={{
        top: layout.top,
        right: type.pad,
        bottom: layout.height - layout.bottom,
        left: type.pad + labelWidth,
      }}
      title={layout.titleText}
      accessibilityLayer={false}
    >
      <defs>
        <pattern
          id={patternId}
          width={8}
          height={8}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect
            width={8}
            height={8}
            fill={colors.background === 'none' ? '#ffffff' : colors.background}
          />
          <line x1={2} x2={2} y1={0} y2={8} stroke={colors.vacancy} strokeWidth={3} />
        </pattern>
      </defs>
      <FigureChrome layout={layout} />
      {timeXAxes(layout, axis)}
      <TimeLines layout={layout} axis={axis} />
      <Rows layout={layout} countries={countries} countryWidth={countryWidth} />
      <TenureBars
        layout={layout}
        tenures={tenures}
        countries={countries}
        from={from}
        to={to}
        patternId={patternId}
      />
      <YearCursor
        layout={layout}
        years={yearsBetween(yearOf(from), yearOf(to))}
        time
        cursorYear={props.cursorYear}
        onCursorYear={props.onCursorYear}
      />
      {tenures.length === 0 && (
        <EmptyState layout={layout} message="No leaders recorded for this selection" />
      )}
    </ComposedChart>
  );
}

interface RowsProps {
  layout: FigureLayout;
  countries: readonly CountryRef[];
  countryWidth: number;
}

/** Row labels (country once, then its roles) and lines between countries. */
function Rows({ layout, countries, countryWidth }: RowsProps) {
  const { i18n } = useLingui();
  const plot = usePlotArea();
  if (!plot) return null;
  const { type, colors } = layout;
  const rowHeight = plot.height / Math.max(1, countries.length * ROLES.length);
  const groupHeight = rowHeight * ROLES.length;
  return (
    <ZIndexLayer zIndex={-100}>
      {countries.map((country, index) => {
        const top = plot.y + index * groupHeight;
        return (
          <g key={country.id}>
            {index > 0 && (
              <line
                x1={type.pad}
                x2={plot.x + plot.width}
                y1={round(top)}
                y2={round(top)}
                stroke={colors.axis}
                strokeOpacity={0.6}
              />
            )}
            <Label
              x={type.pad}
              y={top + groupHeight / 2 + type.tick * 0.35}
              size={type.tick}
              color={colors.text}
              bold
            >
              {country.name}
            </Label>
            {ROLES.map((role, roleIndex) => (
              <Label
                key={role}
                x={type.pad + countryWidth + type.tick * 0.7}
                y={top + (roleIndex + 0.5) * rowHeight + type.tick * 0.35}
                size={type.tick}
                color={colors.muted}
              >
                {roleLabel(i18n, role)}
              </Label>
            ))}
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

interface TenureBarsProps {
  layout: FigureLayout;
  tenures: readonly Tenure[];
  countries: readonly CountryRef[];
  from: string;
  to: string;
  patternId: string;
}

interface Bar {
  tenure: Tenure;
  row: number;
  x: number;
  width: number;
  color: string;
}

interface NameLabel {
  text: string;
  x: number;
  y: number;
  color: string;
}

/** The tooltip of a bar: who, which office, from when to when. */
function describe({ person, office, start, end }: Tenure, i18n: I18n): string {
  return i18n._('chart.leaders.tooltip', {
    person: person ?? i18n._('chart.leaders.vacant'),
    office,
    start,
    end: end ?? i18n._('chart.leaders.beyond'),
  });
}

function surname(person: string): string {
  return person.split(' ').at(-1) ?? person;
}

/**
 * Bars with names inside where they fit; other names go just above or below their bar, in the
 * first free spot, as the full name or else the surname.
 */
function TenureBars({ layout, tenures, countries, from, to, patternId }: TenureBarsProps) {
  const { i18n } = useLingui();
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  if (!plot || !xScale) return null;
  const { type, colors } = layout;
  const rowCount = Math.max(1, countries.length * ROLES.length);
  const rowHeight = plot.height / rowCount;
  const barHeight = rowHeight * 0.36;
  const markerSize = barHeight * 0.62;
  const size = Math.min(type.annotation, rowHeight * 0.27);
  const first = dayNumber(from);
  const afterLast = dayNumber(to) + 1;
  const rowTop = (row: number) => plot.y + row * rowHeight;
  const barCentre = (row: number) => rowTop(row) + rowHeight / 2;

  const bars: Bar[] = [];
  for (const tenure of tenures) {
    const countryIndex = countries.findIndex((country) => country.id === tenure.country);
    const start = xScale(Math.max(first, dayNumber(tenure.start))) ?? plot.x;
    const end =
      xScale(tenure.end ? Math.min(afterLast, dayNumber(tenure.end) + 1) : afterLast) ?? start;
    bars.push({
      tenure,
      row: countryIndex * ROLES.length + ROLES.indexOf(tenure.role),
      x: start,
      width: Math.max(2, end - start),
      color: countryColor(countries[countryIndex], countryIndex),
    });
  }
  // A vacancy of a few days would be a hairline under two end markers: widen it round its
  // days, and shorten its neighbours to meet it, so that it reads as a gap of its own.
  const vacancyWidth = barHeight * 1.1;
  for (const [index, bar] of bars.entries()) {
    if (!bar.tenure.vacant || bar.width >= vacancyWidth) continue;
    const start = bar.x + (bar.width - vacancyWidth) / 2;
    const end = start + vacancyWidth;
    const before = bars[index - 1];
    const after = bars[index + 1];
    if (before?.row === bar.row) before.width = Math.max(2, start - before.x);
    if (after?.row === bar.row) {
      after.width = Math.max(2, after.x + after.width - end);
      after.x = end;
    }
    bar.x = start;
    bar.width = vacancyWidth;
  }

  const labels: NameLabel[] = [];
  // Per row, the right edge of the last label above and below the bar.
  const taken = Array.from({ length: rowCount }, () => [
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ]);
  // Clear of the marker that ends the previous tenure at this bar's start.
  const inset = markerSize / 2 + size * 0.3;
  for (const bar of bars) {
    const name = bar.tenure.person ?? 'vacant';
    const candidates = bar.tenure.person ? [name, surname(name)] : [name];
    const inside = candidates.find(
      (text) => inset + textWidth(text, size) + markerSize / 2 + size * 0.15 <= bar.width,
    );
    const centre = barCentre(bar.row);
    if (inside) {
      labels.push({
        text: inside,
        x: bar.x + inset,
        y: centre + size * 0.35,
        color: bar.tenure.vacant ? colors.text : textOn(bar.color),
      });
      continue;
    }
    const edges = taken[bar.row] ?? [];
    const spots = [
      { side: 0, y: centre - barHeight / 2 - size * 0.25 },
      { side: 1, y: centre + barHeight / 2 + size * 0.9 },
    ];
    const fit = candidates
      .flatMap((text) => spots.map((spot) => ({ text, ...spot })))
      .map((spot) => {
        const width = textWidth(spot.text, size);
        return { ...spot, width, x: Math.min(bar.x, plot.x + plot.width - width) };
      })
      .find((spot) => spot.x >= (edges[spot.side] ?? 0) + size * 0.5);
    if (!fit) continue;
    edges[fit.side] = fit.x + fit.width;
    labels.push({ text: fit.text, x: fit.x, y: fit.y, color: colors.text });
  }

  return (
    <>
      <ZIndexLayer zIndex={300}>
        {bars.map((bar) => (
          <rect
            key={`${bar.tenure.country}-${bar.tenure.role}-${bar.tenure.start}`}
            x={round(bar.x)}
            y={round(barCentre(bar.row) - barHeight / 2)}
            width={round(bar.width)}
            height={round(barHeight)}
            fill={bar.tenure.vacant ? `url(#${patternId})` : bar.color}
            stroke={bar.tenure.vacant ? colors.vacancy : colors.halo}
            strokeWidth={1.5}
            strokeDasharray={bar.tenure.vacant ? '4 3' : undefined}
          >
            <title>{describe(bar.tenure, i18n)}</title>
          </rect>
        ))}
      </ZIndexLayer>
      <ZIndexLayer zIndex={700}>
        {/* People's names as the data spells them, in English. */}
        <g lang="en">
          {labels.map((label) => (
            <Label
              key={`${label.x}-${label.y}`}
              x={round(label.x)}
              y={round(label.y)}
              size={size}
              color={label.color}
            >
              {label.text}
            </Label>
          ))}
        </g>
        {bars.map(({ tenure, row, x, width }) =>
          tenure.endedBy && tenure.end && tenure.end < to ? (
            <MannerMarker
              key={`${tenure.country}-${tenure.role}-${tenure.start}`}
              manner={tenure.endedBy}
              x={x + width}
              y={barCentre(row)}
              size={markerSize}
              color={colors.text}
              halo={colors.halo}
            />
          ) : null,
        )}
      </ZIndexLayer>
    </>
  );
}
