/**
 * GeoJSON for maps and GIS tools, one of the shapes `/api/events` answers in (CSV's columns are
 * data's `eventColumns.ts`, shared with the web table's download).
 */
import type { Event } from '@thaw/data';

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
