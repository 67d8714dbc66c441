/**
 * Dates as the reader's language writes them, through `Intl.DateTimeFormat` (its `formatRange`
 * writes spans: `23 October – 4 November 1956`, `1956. október 23. – november 4.`). The days of
 * the data are calendar days: formatted in UTC, so that no time zone moves them.
 */
import type { DatePrecision } from '@thaw/data/schema';
import { pageIntlLocale } from '../i18n/pageLocale';

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const MONTH = { month: 'long', year: 'numeric' } as const;
const YEAR = { year: 'numeric' } as const;

type Style = typeof DAY | typeof MONTH | typeof YEAR;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(style: Style): Intl.DateTimeFormat {
  const locale = pageIntlLocale();
  const key = `${locale}|${Object.keys(style).join()}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** `1956-10-23` (or `1956-10`) as a Date at midnight UTC. */
const dateOf = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

/** A day as people write it: `23 October 1956`, `23 października 1956`. */
export function formatDay(date: string): string {
  return formatOf(DAY).format(dateOf(date));
}

/** A month of a year: `October 1956`, `październik 1956`, `1956. október`. */
export function formatMonth(date: string): string {
  return formatOf(MONTH).format(dateOf(date));
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
  const style =
    event.datePrecision === 'year' ? YEAR : event.datePrecision === 'month' ? MONTH : DAY;
  const start = dateOf(event.start);
  if (!event.end) return formatOf(style).format(start);
  // formatRange writes a span that falls within one unit of the style as that unit alone.
  return formatOf(style).formatRange(start, dateOf(event.end));
}
