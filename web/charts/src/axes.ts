/** Scales and ticks computed by the charts themselves, so that columns can share them. */
import { DAY_MS, dayNumber } from '@thaw/data/schema';
import { textWidth } from './text';

export const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

export function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

/** "1953–1968", or "1956" for a single year. */
export const yearSpan = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const formatCount = (value: number) => integer.format(value);

/** Whole-number ticks from 0 at a step of 1, 2 or 5 × 10ⁿ, the last at or above `max`. */
export function countTicks(max: number, maxTicks = 6): number[] {
  const top = Math.max(1, max);
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const candidate = [1, 2, 5]
      .map((factor) => factor * magnitude)
      .find((size) => Math.ceil(top / size) + 1 <= maxTicks);
    if (candidate) {
      step = candidate;
      break;
    }
  }
  const count = Math.ceil(top / step);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
}

/** Every how many years a label fits, given the room one year takes on the axis. */
export function yearLabelEvery(yearWidth: number, fontSize: number): number {
  const needed = textWidth('0000', fontSize) * 1.6;
  return [1, 2, 5, 10].find((every) => every * yearWidth >= needed) ?? 10;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A row of labels under a time axis, each at the middle of the span it names. */
export interface TickRow {
  days: number[];
  text: Map<number, string>;
}

export interface TimeAxis {
  /** Day numbers of the first day shown and of the day after the last. */
  domain: [number, number];
  /** Month labels over year labels for short spans; year labels alone for long ones. */
  rows: TickRow[];
  /** Lines across the plot: each 1 January (major), and each labelled month's first day. */
  lines: { day: number; major: boolean }[];
}

export function timeAxis(from: string, to: string, plotWidth: number, fontSize: number): TimeAxis {
  const domain: [number, number] = [dayNumber(from), dayNumber(to) + 1];
  const inside = (day: number) => day > domain[0] && day < domain[1];
  const clamp = (day: number) => Math.min(domain[1], Math.max(domain[0], day));
  const pixelsPerDay = plotWidth / Math.max(1, domain[1] - domain[0]);
  const years = yearsBetween(yearOf(from), yearOf(to));

  const row = (spans: { start: number; end: number; text: string }[]): TickRow => {
    const text = new Map<number, string>();
    for (const span of spans) text.set((clamp(span.start) + clamp(span.end)) / 2, span.text);
    return { days: [...text.keys()], text };
  };
  const yearEvery = yearLabelEvery(pixelsPerDay * 365.25, fontSize);
  const yearRow = row(
    years
      .filter((year) => year % yearEvery === 0 || yearEvery === 1)
      .map((year) => ({
        start: dayNumber(`${year}-01-01`),
        end: dayNumber(`${year + 1}-01-01`),
        text: String(year),
      })),
  );
  const lines = years
    .map((year) => ({ day: dayNumber(`${year}-01-01`), major: true }))
    .filter(({ day }) => inside(day));

  const monthRoom = Math.max(...MONTHS.map((month) => textWidth(month, fontSize))) * 1.5;
  const monthEvery = [1, 2, 3].find((every) => every * pixelsPerDay * 30.4 >= monthRoom);
  if (!monthEvery || yearEvery > 1) return { domain, rows: [yearRow], lines };

  const months = years.flatMap((year) =>
    MONTHS.map((text, month) => ({ year, month, text })).filter(
      ({ month }) => month % monthEvery === 0,
    ),
  );
  const monthStart = (year: number, month: number) => Date.UTC(year, month, 1) / DAY_MS;
  const monthSpans = months
    .map(({ year, month, text }) => ({
      start: monthStart(year, month),
      end: monthStart(year, month + 1),
      text,
    }))
    .filter(({ start, end }) => end > domain[0] && start < domain[1]);
  const monthLines = monthSpans
    .map(({ start }) => ({ day: start, major: false }))
    .filter(({ day }) => inside(day) && !lines.some((line) => line.day === day));
  return { domain, rows: [row(monthSpans), yearRow], lines: [...lines, ...monthLines] };
}
