/**
 * The other shapes `/api/events` answers in: GeoJSON for maps and GIS tools, CSV for spreadsheets.
 */
import type { Event } from '@thaw/data';
import { formatCsv } from '@thaw/data/csv';

export function eventsToGeoJson(events: readonly Event[]) {
  return {
    type: 'FeatureCollection' as const,
    features: events.map(({ place, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.id,
      geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] },
      properties,
    })),
  };
}

const CSV_COLUMNS: readonly [string, (event: Event) => unknown][] = [
  ['id', (e) => e.id],
  ['country', (e) => e.country],
  ['category', (e) => e.category],
  ['type', (e) => e.type],
  ['title', (e) => e.title],
  ['start', (e) => e.start],
  ['end', (e) => e.end],
  ['datePrecision', (e) => e.datePrecision],
  ['placeName', (e) => e.place.name],
  ['placeLat', (e) => e.place.lat],
  ['placeLon', (e) => e.place.lon],
  ['placePrecision', (e) => e.place.precision],
  ['target', (e) => e.target],
  ['originName', (e) => e.origin?.name],
  ['originLat', (e) => e.origin?.lat],
  ['originLon', (e) => e.origin?.lon],
  ['fatalitiesLow', (e) => e.fatalities?.low],
  ['fatalitiesHigh', (e) => e.fatalities?.high],
  ['participantsLow', (e) => e.participants?.low],
  ['participantsHigh', (e) => e.participants?.high],
  ['actors', (e) => e.actors.join(';')],
  ['sources', (e) => e.sources.join(';')],
  ['summary', (e) => e.summary],
  // The columns added with the gazetteer, the death rule and the citations: after the first
  // ones, so that files read by position keep their meaning.
  ['placeId', (e) => e.place.id],
  ['placeModernName', (e) => e.place.modernName],
  ['originId', (e) => e.origin?.id],
  ['fatalitiesNote', (e) => e.fatalitiesNote],
  ['partOf', (e) => e.partOf],
  [
    'citations',
    (e) => e.citations.map((c) => (c.locator ? `${c.source}@${c.locator}` : c.source)).join(';'),
  ],
];

export function eventsToCsv(events: readonly Event[]): string {
  return formatCsv(
    CSV_COLUMNS.map(([name]) => name),
    events.map((event) => CSV_COLUMNS.map(([, value]) => value(event))),
  );
}
