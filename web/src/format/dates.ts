import type { DatePrecision } from '@thaw/data/schema';
import { MONTH_NAMES } from '../time/months';

function parts(date: string) {
  return {
    year: Number(date.slice(0, 4)),
    month: MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '',
    day: Number(date.slice(8, 10)),
  };
}

/** A day as people write it: `23 October 1956`. */
export function formatDay(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${month} ${year}`;
}

/**
 * An event's dates, no more exact than the sources: `October 1956` for month precision,
 * `23 October – 4 November 1956` for a span.
 */
export function formatEventDates(event: {
  start: string;
  end: string | null;
  datePrecision: DatePrecision;
}): string {
  const start = parts(event.start);
  if (event.datePrecision === 'year') {
    const endYear = event.end ? parts(event.end).year : start.year;
    return endYear === start.year ? `${start.year}` : `${start.year}–${endYear}`;
  }
  if (event.datePrecision === 'month') {
    const from = `${start.month} ${start.year}`;
    if (!event.end) return from;
    const end = parts(event.end);
    if (end.year === start.year && end.month === start.month) return from;
    return end.year === start.year
      ? `${start.month} – ${end.month} ${end.year}`
      : `${from} – ${end.month} ${end.year}`;
  }
  if (!event.end || event.end === event.start) return formatDay(event.start);
  const end = parts(event.end);
  if (end.year !== start.year) return `${formatDay(event.start)} – ${formatDay(event.end)}`;
  if (end.month !== start.month) {
    return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
  }
  return `${start.day}–${end.day} ${end.month} ${end.year}`;
}
