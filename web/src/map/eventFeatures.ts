/**
 * The events as the one GeoJSON source of the map, built once when the events arrive: a point
 * at each place and, for interventions with an origin, an arc from where the forces came from.
 * Every feature carries its time as month numbers, so a time step is only a filter change.
 */
import type { Category, Event } from '@thaw/data';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { monthOf } from '../time/months';

export interface EventFeatureProperties {
  id: string;
  kind: 'event' | 'arrow';
  country: string;
  category: Category;
  place: string;
  /** First and last month of the event (months since January 1953). */
  startMonth: number;
  endMonth: number;
  /** The highest death toll the sources give, or -1 when unknown (GeoJSON has no undefined). */
  fatalities: number;
  /** Whether the map writes the place's name: not where a capital's label already stands. */
  labelled: boolean;
}

export type EventFeature = Feature<Point | LineString, EventFeatureProperties>;

export function buildEventFeatures(
  events: readonly Event[],
  capitalNames: ReadonlySet<string>,
): FeatureCollection<Point | LineString, EventFeatureProperties> {
  const features: EventFeature[] = [];
  for (const event of events) {
    const properties: EventFeatureProperties = {
      id: event.id,
      kind: 'event',
      country: event.country,
      category: event.category,
      place: event.place.name,
      startMonth: monthOf(event.start),
      endMonth: monthOf(event.end ?? event.start),
      fatalities: event.fatalities?.high ?? -1,
      labelled: !capitalNames.has(event.place.name),
    };
    features.push({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
    });
    if (event.origin) {
      features.push({
        type: 'Feature',
        properties: { ...properties, kind: 'arrow' },
        geometry: {
          type: 'LineString',
          coordinates: arc(
            [event.origin.lon, event.origin.lat],
            [event.place.lon, event.place.lat],
          ),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * A gentle curve from `from` to `to` (a quadratic Bézier bowed to the left of travel), so that
 * arrows along the same road stay apart and read as movement rather than as borders.
 */
export function arc(from: [number, number], to: [number, number], steps = 24): [number, number][] {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const bow = 0.18;
  const cx = (x0 + x1) / 2 - (y1 - y0) * bow;
  const cy = (y0 + y1) / 2 + (x1 - x0) * bow;
  const points: [number, number][] = [];
  for (let step = 0; step <= steps; step++) {
    const t = step / steps;
    const u = 1 - t;
    points.push([
      round(u * u * x0 + 2 * u * t * cx + t * t * x1),
      round(u * u * y0 + 2 * u * t * cy + t * t * y1),
    ]);
  }
  return points;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
