import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import type { Event } from '@thaw/data/schema';
import { dayNumber } from '@thaw/data/schema';
import { categoryLabel } from '@thaw/i18n/vocabulary';
import { ComposedChart, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { timeAxis, yearOf, yearSpan, yearsBetween } from './axes';
import { countryNames, eventsInSpan } from './data';
import {
  type CountryRef,
  EmptyState,
  FigureChrome,
  type FigureLayout,
  type FigureProps,
  Label,
  layoutFigure,
  YearCursor,
} from './Figure';
import { layOutLane } from './laneLayout';
import { CategoryMarker, markerPath, round } from './markers';
import { CATEGORIES, CATEGORY_COLORS, CATEGORY_SHAPES, FONT_STACK, THEMES } from './style';
import { TimeLines, timeXAxes } from './TimeAxis';
import { ellipsize, textWidth } from './text';

export interface TimelineProps extends FigureProps {
  events: readonly Event[];
  /** The swimlanes, top to bottom. */
  countries: readonly CountryRef[];
  /** Inclusive ISO dates. */
  from: string;
  to: string;
  cursorYear?: number | null;
  onEventClick?: (eventId: string) => void;
  highlightedEventId?: string | null;
}

type TitleInput = Pick<TimelineProps, 'countries' | 'from' | 'to'>;

export const timelineTitle = ({ countries, from, to }: TitleInput, i18n: I18n) =>
  i18n._('chart.timeline.title', {
    years: yearSpan(yearOf(from), yearOf(to)),
    countries: countryNames(countries, i18n),
  });

/** A leadership change is a tick across its country's lane, with the category's marker on it. */
function leadershipSwatch(size: number) {
  return (
    <>
      <line y1={-size / 2} y2={size / 2} stroke={CATEGORY_COLORS.leadership} strokeWidth={2} />
      <path
        d={markerPath(CATEGORY_SHAPES.leadership, size * 0.6)}
        fill={CATEGORY_COLORS.leadership}
      />
    </>
  );
}

/** Countries as rows, time across: each event a marker by category (colour and shape). */
export function TimelineChart(props: TimelineProps) {
  const { i18n } = useLingui();
  const { countries, from, to } = props;
  const events = eventsInSpan(
    props.events,
    countries.map((country) => country.id),
    from,
    to,
  );
  const present = CATEGORIES.filter((category) =>
    events.some((event) => event.category === category),
  );
  const legendCategories = present.length > 0 ? present : CATEGORIES;
  const lasting = events.some((event) => event.end !== null && event.end !== event.start);
  const layout = layoutFigure(props, {
    title: timelineTitle(props, i18n),
    legend: [
      ...legendCategories.map((category) => ({
        label: categoryLabel(i18n, category),
        swatch: (size: number) =>
          category === 'leadership' ? (
            leadershipSwatch(size)
          ) : (
            <path
              d={markerPath(CATEGORY_SHAPES[category], size * 0.8)}
              fill={CATEGORY_COLORS[category]}
            />
          ),
      })),
      ...(lasting
        ? [
            {
              label: i18n._('chart.timeline.lasted'),
              swatch: (size: number) => (
                <line
                  x1={-size / 2}
                  x2={size / 2}
                  stroke={THEMES[props.theme ?? 'light'].muted}
                  strokeWidth={size * 0.22}
                />
              ),
            },
          ]
        : []),
    ],
    xLabel: i18n._('chart.date'),
  });
  const { type } = layout;
  const laneLabelWidth =
    Math.max(0, ...countries.map((country) => textWidth(country.name, type.tick, 'bold'))) +
    type.tick * 0.8;
  const plotWidth = layout.width - 2 * type.pad - laneLabelWidth;
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
        left: type.pad + laneLabelWidth,
      }}
      title={layout.titleText}
      accessibilityLayer={false}
    >
      <FigureChrome layout={layout} />
      {timeXAxes(layout, axis)}
      <TimeLines layout={layout} axis={axis} />
      <Lanes layout={layout} countries={countries} />
      <EventMarks
        layout={layout}
        events={events}
        countries={countries}
        from={from}
        onEventClick={props.onEventClick}
        highlightedEventId={props.highlightedEventId}
      />
      <YearCursor
        layout={layout}
        years={yearsBetween(yearOf(from), yearOf(to))}
        time
        cursorYear={props.cursorYear}
      />
      {events.length === 0 && <EmptyState layout={layout} message="No events in this selection" />}
    </ComposedChart>
  );
}

interface LanesProps {
  layout: FigureLayout;
  countries: readonly CountryRef[];
}

function Lanes({ layout, countries }: LanesProps) {
  const plot = usePlotArea();
  if (!plot) return null;
  const { type, colors } = layout;
  const laneHeight = plot.height / Math.max(1, countries.length);
  return (
    <ZIndexLayer zIndex={-100}>
      {countries.map(
        (country, index) =>
          index % 2 === 1 && (
            <rect
              key={country.id}
              x={plot.x}
              y={round(plot.y + index * laneHeight)}
              width={plot.width}
              height={round(laneHeight)}
              fill={colors.grid}
              fillOpacity={0.45}
            />
          ),
      )}
      {countries.map((country, index) => (
        <Label
          key={country.id}
          x={plot.x - type.tick * 0.5}
          y={plot.y + (index + 0.5) * laneHeight + type.tick * 0.35}
          size={type.tick}
          color={colors.text}
          anchor="end"
          bold
        >
          {country.name}
        </Label>
      ))}
    </ZIndexLayer>
  );
}

interface EventMarksProps {
  layout: FigureLayout;
  events: readonly Event[];
  countries: readonly CountryRef[];
  from: string;
  onEventClick?: (eventId: string) => void;
  highlightedEventId?: string | null;
}

/** A count of the events a stretch of lane had no room for, and which they are. */
interface PlacedBadge {
  x: number;
  y: number;
  events: Event[];
}

interface PlacedEvent {
  event: Event;
  x: number;
  /** Where a lasting event's line ends. */
  endX: number;
  y: number;
  laneTop: number;
  laneBottom: number;
}

/** Markers laid out in their lanes by `layOutLane`: side by side, never on top of each other. */
function EventMarks(props: EventMarksProps) {
  const { layout, events, countries, onEventClick, highlightedEventId } = props;
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  if (!plot || !xScale) return null;
  const { type, colors } = layout;
  const laneHeight = plot.height / Math.max(1, countries.length);
  const size = Math.min(type.annotation, laneHeight * 0.4);
  const step = size * 1.2;
  const rowCount = Math.max(1, Math.floor((laneHeight - size * 0.6) / step));
  const offsets = Array.from({ length: rowCount }, (_, row) => row - (rowCount - 1) / 2).sort(
    (a, b) => Math.abs(a) - Math.abs(b) || a - b,
  );
  const badgeSize = type.annotation * 0.8;
  const badgeWidth = textWidth('+99', badgeSize, 'bold') + size * 0.5;
  const firstDay = dayNumber(props.from);
  const byId = new Map(events.map((event) => [event.id, event]));

  const placed: PlacedEvent[] = [];
  const badges: PlacedBadge[] = [];
  countries.forEach((country, lane) => {
    const items = events
      .filter((event) => event.country === country.id)
      .map((event) => {
        const x = xScale(Math.max(firstDay, dayNumber(event.start))) ?? plot.x;
        const endX = event.end
          ? Math.min(plot.x + plot.width, xScale(dayNumber(event.end) + 1) ?? x)
          : x;
        const first = event.category === 'leadership';
        return { id: event.id, wholeId: event.partOf ?? null, first, x, endX };
      });
    const laneTop = plot.y + lane * laneHeight;
    const rowY = (row: number) => laneTop + laneHeight / 2 + (offsets[row] ?? 0) * step;
    const { rows, badges: laneBadges } = layOutLane(
      items,
      offsets,
      size,
      badgeWidth,
      highlightedEventId ?? null,
    );
    for (const item of items) {
      const row = rows.get(item.id);
      const event = byId.get(item.id);
      if (row === undefined || !event) continue;
      const { x, endX } = item;
      placed.push({ event, x, endX, y: rowY(row), laneTop, laneBottom: laneTop + laneHeight });
    }
    for (const badge of laneBadges) {
      const counted = badge.ids.flatMap((id) => byId.get(id) ?? []);
      badges.push({ x: badge.x, y: rowY(badge.row), events: counted });
    }
  });
  const highlighted = placed.find(({ event }) => event.id === highlightedEventId);

  return (
    <>
      <ZIndexLayer zIndex={550}>
        {placed.map(
          ({ event, x, endX, y, laneTop, laneBottom }) =>
            (event.category === 'leadership' && (
              <line
                key={event.id}
                x1={round(x)}
                x2={round(x)}
                y1={round(laneTop + size * 0.2)}
                y2={round(laneBottom - size * 0.2)}
                stroke={CATEGORY_COLORS.leadership}
                strokeOpacity={0.75}
                strokeWidth={Math.max(1.5, size / 9)}
              />
            )) ||
            (endX - x > size / 2 && (
              <line
                key={event.id}
                x1={round(x)}
                x2={round(endX)}
                y1={round(y)}
                y2={round(y)}
                stroke={CATEGORY_COLORS[event.category]}
                strokeOpacity={0.7}
                strokeWidth={size * 0.22}
                strokeLinecap="round"
              />
            )),
        )}
      </ZIndexLayer>
      <ZIndexLayer zIndex={600}>
        {placed.map(({ event, x, y }) => {
          const marker = (
            <CategoryMarker
              key={event.id}
              category={event.category}
              x={x}
              y={y}
              size={size}
              outline={colors.halo}
              opacity={0.92}
            />
          );
          if (!onEventClick) return marker;
          return (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the mark is one
            <g
              key={event.id}
              role="button"
              tabIndex={0}
              // Named by the event's title, which stays English.
              lang="en"
              aria-label={`${event.title}, ${event.start}`}
              onClick={() => onEventClick(event.id)}
              onKeyDown={(key) => {
                if (key.key === 'Enter' || key.key === ' ') onEventClick(event.id);
              }}
              style={{ cursor: 'pointer' }}
            >
              <title>{`${event.title} (${event.start})`}</title>
              {marker}
            </g>
          );
        })}
      </ZIndexLayer>
      <ZIndexLayer zIndex={600}>
        {badges.map((badge) => (
          <text
            key={`badge-${badge.events[0]?.id}`}
            x={round(badge.x)}
            y={round(badge.y + badgeSize * 0.35)}
            fontSize={badgeSize}
            fontFamily={FONT_STACK}
            fontWeight={700}
            fill={colors.muted}
            stroke={colors.halo}
            strokeWidth={badgeSize * 0.2}
            paintOrder="stroke"
            textAnchor="start"
          >
            <title>
              {badge.events.map((event) => `${event.title} (${event.start})`).join('\n')}
            </title>
            {`+${badge.events.length}`}
          </text>
        ))}
      </ZIndexLayer>
      {highlighted && (
        <Highlight
          layout={layout}
          placed={highlighted}
          size={size}
          plotRight={plot.x + plot.width}
        />
      )}
    </>
  );
}

interface HighlightProps {
  layout: FigureLayout;
  placed: PlacedEvent;
  size: number;
  plotRight: number;
}

/** A ring round the selected event, and its title beside it. */
function Highlight({ layout, placed, size, plotRight }: HighlightProps) {
  const { type, colors } = layout;
  const { x, y, event } = placed;
  const text = ellipsize(event.title, layout.width * 0.4, type.annotation, 'bold');
  const onRight = x + size + textWidth(text, type.annotation, 'bold') <= plotRight;
  return (
    <ZIndexLayer zIndex={650}>
      <circle
        cx={round(x)}
        cy={round(y)}
        r={size * 0.95}
        fill="none"
        stroke={colors.text}
        strokeWidth={2.5}
      />
      <text
        x={round(onRight ? x + size * 1.2 : x - size * 1.2)}
        y={round(y + type.annotation * 0.35)}
        fontSize={type.annotation}
        fontFamily={FONT_STACK}
        fontWeight={700}
        fill={colors.text}
        stroke={colors.halo}
        strokeWidth={type.annotation * 0.25}
        paintOrder="stroke"
        textAnchor={onRight ? 'start' : 'end'}
      >
        {text}
      </text>
    </ZIndexLayer>
  );
}
