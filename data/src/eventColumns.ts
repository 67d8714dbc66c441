/**
 * The events' CSV columns, once: the API's `format=csv`, the web table's download and, for the
 * columns marked `file` (named there as given), the dataset files `{country}/events.csv` that the
 * loader reads. Browser-safe: types and the CSV writer only.
 */
import { formatCsv } from './csv';
import type { Event } from './schema';

interface EventColumn {
  name: string;
  /** The column's name in the dataset file, where it has one; the others are derived. */
  file?: string;
  value(event: Event): string | number | null | undefined;
}

const cited = (event: Event) =>
  event.citations.map((c) => (c.locator ? `${c.source}@${c.locator}` : c.source)).join(';');

export const EVENT_COLUMNS = [
  { name: 'id', file: 'id', value: (e) => e.id },
  // The folder of the file.
  { name: 'country', value: (e) => e.country },
  { name: 'category', file: 'category', value: (e) => e.category },
  { name: 'type', file: 'type', value: (e) => e.type },
  { name: 'title', file: 'title', value: (e) => e.title },
  { name: 'start', file: 'start', value: (e) => e.start },
  { name: 'end', file: 'end', value: (e) => e.end },
  { name: 'datePrecision', file: 'datePrecision', value: (e) => e.datePrecision },
  // The place and the origin are gazetteer ids in the files; their names and coordinates follow.
  { name: 'placeName', value: (e) => e.place.name },
  { name: 'placeLat', value: (e) => e.place.lat },
  { name: 'placeLon', value: (e) => e.place.lon },
  { name: 'placePrecision', value: (e) => e.place.precision },
  { name: 'target', file: 'target', value: (e) => e.target },
  { name: 'originName', value: (e) => e.origin?.name },
  { name: 'originLat', value: (e) => e.origin?.lat },
  { name: 'originLon', value: (e) => e.origin?.lon },
  { name: 'fatalitiesLow', file: 'fatalitiesLow', value: (e) => e.fatalities?.low },
  { name: 'fatalitiesHigh', file: 'fatalitiesHigh', value: (e) => e.fatalities?.high },
  { name: 'participantsLow', file: 'participantsLow', value: (e) => e.participants?.low },
  { name: 'participantsHigh', file: 'participantsHigh', value: (e) => e.participants?.high },
  { name: 'actors', file: 'actors', value: (e) => e.actors.join(';') },
  { name: 'sources', value: (e) => e.sources.join(';') },
  { name: 'summary', file: 'summary', value: (e) => e.summary },
  // The columns added with the gazetteer, the death rule and the citations: after the first
  // ones, so that files read by position keep their meaning.
  { name: 'placeId', file: 'place', value: (e) => e.place.id },
  { name: 'placeModernName', value: (e) => e.place.modernName },
  { name: 'originId', file: 'origin', value: (e) => e.origin?.id },
  { name: 'fatalitiesNote', file: 'fatalitiesNote', value: (e) => e.fatalitiesNote },
  { name: 'partOf', file: 'partOf', value: (e) => e.partOf },
  { name: 'citations', file: 'citations', value: cited },
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
