/** The events a reader sees, as CSV (RFC 4180) for a spreadsheet: what the table shows, in its order. */
import type { Event } from '@thaw/data/schema';

const COLUMNS: { name: string; value(event: Event): string | number | null }[] = [
  { name: 'id', value: (event) => event.id },
  { name: 'start', value: (event) => event.start },
  { name: 'end', value: (event) => event.end },
  { name: 'datePrecision', value: (event) => event.datePrecision },
  { name: 'country', value: (event) => event.country },
  { name: 'target', value: (event) => event.target },
  { name: 'category', value: (event) => event.category },
  { name: 'type', value: (event) => event.type },
  { name: 'title', value: (event) => event.title },
  { name: 'placeName', value: (event) => event.place.name },
  { name: 'placeLat', value: (event) => event.place.lat },
  { name: 'placeLon', value: (event) => event.place.lon },
  { name: 'fatalitiesLow', value: (event) => event.fatalities?.low ?? null },
  { name: 'fatalitiesHigh', value: (event) => event.fatalities?.high ?? null },
  { name: 'sources', value: (event) => event.sources.join(';') },
  { name: 'summary', value: (event) => event.summary },
  { name: 'placeModernName', value: (event) => event.place.modernName },
  { name: 'fatalitiesNote', value: (event) => event.fatalitiesNote },
  { name: 'partOf', value: (event) => event.partOf },
  {
    name: 'citations',
    value: (event) =>
      event.citations.map((c) => (c.locator ? `${c.source}@${c.locator}` : c.source)).join(';'),
  },
];

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function eventsCsv(events: readonly Event[]): string {
  const lines = [COLUMNS.map((column) => column.name).join(',')];
  for (const event of events)
    lines.push(COLUMNS.map((column) => field(column.value(event))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
