/**
 * The events' CSV columns, once: the API's `format=csv`, the web table's download and, for the
 * columns marked `file` (named there as given), the dataset files `{country}/events.csv` that the
 * loader reads. Browser-safe: types and the CSV writer only.
 */
import { formatCsv } from './csv';
import type { Citation, Event } from './schema';

interface EventColumn {
  name: string;
  /** The column's name in the dataset file, where it has one; the others are derived. */
  file?: string;
  /** What the column holds, for the data package's README. */
  description: string;
  value(event: Event): string | number | null | undefined;
}

/** Citations as a CSV cell writes them, as the dataset files do: `source-id@locator;…`. */
export const citationsCell = (citations: readonly Citation[]): string =>
  citations.map((c) => (c.locator ? `${c.source}@${c.locator}` : c.source)).join(';');

export const EVENT_COLUMNS = [
  {
    name: 'id',
    file: 'id',
    value: (e) => e.id,
    description: "The event's id: country, start date and a slug.",
  },
  // The folder of the file.
  {
    name: 'country',
    value: (e) => e.country,
    description: 'The country whose history the event belongs to (SU, PL, HU).',
  },
  {
    name: 'category',
    file: 'category',
    value: (e) => e.category,
    description: 'protest, intervention, leadership or milestone.',
  },
  {
    name: 'type',
    file: 'type',
    value: (e) => e.type,
    description: 'The kind of event within its category (e.g. strike, suppression, ouster).',
  },
  {
    name: 'title',
    file: 'title',
    value: (e) => e.title,
    description: 'A short title, in English.',
  },
  {
    name: 'start',
    file: 'start',
    value: (e) => e.start,
    description:
      'The first day, YYYY-MM-DD (the first of the month or year when only those are known).',
  },
  {
    name: 'end',
    file: 'end',
    value: (e) => e.end,
    description: 'The last day, YYYY-MM-DD; empty for a one-day event.',
  },
  {
    name: 'datePrecision',
    file: 'datePrecision',
    value: (e) => e.datePrecision,
    description: 'How exactly the dates are known: day, month or year.',
  },
  // The place and the origin are gazetteer ids in the files; their names and coordinates follow.
  {
    name: 'placeName',
    value: (e) => e.place.name,
    description: "The place's English name on the event's date (Stalinogród in 1955).",
  },
  {
    name: 'placeLat',
    value: (e) => e.place.lat,
    description: 'Latitude of the place, WGS 84 degrees.',
  },
  {
    name: 'placeLon',
    value: (e) => e.place.lon,
    description: 'Longitude of the place, WGS 84 degrees.',
  },
  {
    name: 'placePrecision',
    value: (e) => e.place.precision,
    description: 'What the point stands for: exact (the site), city, region or country.',
  },
  {
    name: 'target',
    file: 'target',
    value: (e) => e.target,
    description: 'For an intervention abroad, the state intervened in; else empty.',
  },
  {
    name: 'originName',
    value: (e) => e.origin?.name,
    description: "Where intervening forces came from, named as on the event's date.",
  },
  { name: 'originLat', value: (e) => e.origin?.lat, description: 'Latitude of the origin.' },
  { name: 'originLon', value: (e) => e.origin?.lon, description: 'Longitude of the origin.' },
  {
    name: 'fatalitiesLow',
    file: 'fatalitiesLow',
    value: (e) => e.fatalities?.low,
    description:
      'All deaths the event caused, on all sides: the lowest figure the sources give; empty when unknown.',
  },
  {
    name: 'fatalitiesHigh',
    file: 'fatalitiesHigh',
    value: (e) => e.fatalities?.high,
    description: 'The highest figure the sources give.',
  },
  {
    name: 'participantsLow',
    file: 'participantsLow',
    value: (e) => e.participants?.low,
    description: 'People taking part: the lowest figure the sources give; empty when unknown.',
  },
  {
    name: 'participantsHigh',
    file: 'participantsHigh',
    value: (e) => e.participants?.high,
    description: 'The highest figure the sources give.',
  },
  {
    name: 'actors',
    file: 'actors',
    value: (e) => e.actors.join(';'),
    description: 'Who took part, semicolon-separated.',
  },
  {
    name: 'sources',
    value: (e) => e.sources.join(';'),
    description: 'The ids of the cited sources (sources.csv), semicolon-separated.',
  },
  {
    name: 'summary',
    file: 'summary',
    value: (e) => e.summary,
    description: "What happened, in the project's own words.",
  },
  // The columns added with the gazetteer, the death rule and the citations: after the first
  // ones, so that files read by position keep their meaning.
  {
    name: 'placeId',
    file: 'place',
    value: (e) => e.place.id,
    description: "The place's id in places.csv.",
  },
  {
    name: 'placeModernName',
    value: (e) => e.place.modernName,
    description: "The place's modern English name.",
  },
  {
    name: 'originId',
    file: 'origin',
    value: (e) => e.origin?.id,
    description: "The origin's id in places.csv.",
  },
  {
    name: 'fatalitiesNote',
    file: 'fatalitiesNote',
    value: (e) => e.fatalitiesNote,
    description: 'Who the death figures count, or that a figure is a floor.',
  },
  {
    name: 'partOf',
    file: 'partOf',
    value: (e) => e.partOf,
    description:
      "The id of the enclosing event (its deaths include this one's); empty for a whole.",
  },
  {
    name: 'citations',
    file: 'citations',
    value: (e) => citationsCell(e.citations),
    description:
      'The citations, semicolon-separated: source-id, or source-id@locator (a page or section).',
  },
] as const satisfies readonly EventColumn[];

export type EventFileColumn = Extract<(typeof EVENT_COLUMNS)[number], { file: string }>['file'];

/** The columns of a dataset's `events.csv`. */
export const EVENT_FILE_COLUMNS: readonly EventFileColumn[] = EVENT_COLUMNS.flatMap(
  (column: EventColumn) => (column.file ? [column.file as EventFileColumn] : []),
);

/** The events as CSV (RFC 4180), one row each, in the order given. */
export function eventsToCsv(events: readonly Event[]): string {
  return formatCsv(
    EVENT_COLUMNS.map((column) => column.name),
    events.map((event) => EVENT_COLUMNS.map((column: EventColumn) => column.value(event))),
  );
}
