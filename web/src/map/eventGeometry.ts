/**
 * The events as the map draws them, built once when the events arrive: each at its place in Web
 * Mercator, with its time as month numbers, and, for interventions with an origin, an arc from
 * where the forces came from. The GPU decides what a month shows (see eventLayer.ts); the same
 * rule, here in `phaseAt`, tells the page what the reader can see and point at.
 */

import { CATEGORIES } from '@thaw/charts';
import type { Category, Event } from '@thaw/data';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { monthOf } from '../time/months';

export interface MapEvent {
  id: string;
  country: string;
  category: Category;
  place: string;
  lon: number;
  lat: number;
  /** Whether the map writes the place's name: not where a capital's label already stands. */
  labelled: boolean;
  /** Web Mercator, 0 to 1 from the north-west corner of the world. */
  x: number;
  y: number;
  /** First and last month of the event (months since January 1953). */
  startMonth: number;
  endMonth: number;
  /** The symbol's size relative to the plain one, from the death toll. */
  scale: number;
}

/** A segment of an arrow's arc, in Web Mercator, with the event it belongs to. */
export interface ArrowSegment {
  event: MapEvent;
  from: [number, number];
  to: [number, number];
}

/** The arrowhead halfway along an arc, pointing the way the forces went (radians, y down). */
export interface Arrowhead {
  event: MapEvent;
  at: [number, number];
  angle: number;
}

export interface EventGeometry {
  /** Drawing order: the largest tolls first, so that smaller events on the same spot stay visible. */
  events: MapEvent[];
  /** Country ids by their index in the GPU's country mask. */
  countries: string[];
  segments: ArrowSegment[];
  heads: Arrowhead[];
}

/** The selection a month is seen through: the same for the map, its labels and its picking. */
export interface EventView {
  month: number;
  mode: 'cumulative' | 'month';
  countries: readonly string[];
  categories: readonly string[];
}

export type Phase = 'current' | 'past';

/**
 * What an event is in the view: under way (`current`), over and still shown faded (`past`, in
 * cumulative mode only), or not shown at all. eventLayer.ts's vertex shader applies the same rule.
 */
export function phaseAt(event: MapEvent, view: EventView): Phase | null {
  if (!view.countries.includes(event.country) || !view.categories.includes(event.category)) {
    return null;
  }
  if (event.startMonth <= view.month && event.endMonth >= view.month) return 'current';
  if (view.mode === 'cumulative' && event.endMonth < view.month) return 'past';
  return null;
}

export function buildEventGeometry(
  events: readonly Event[],
  capitalNames: ReadonlySet<string>,
): EventGeometry {
  const ordered = events
    .map((event) => ({ event, toll: event.fatalities?.high ?? -1 }))
    .sort((a, b) => b.toll - a.toll);
  const geometry: EventGeometry = { events: [], countries: [], segments: [], heads: [] };
  for (const { event, toll } of ordered) {
    const [x, y] = mercator([event.place.lon, event.place.lat]);
    const placed: MapEvent = {
      id: event.id,
      country: event.country,
      category: event.category,
      place: event.place.name,
      lon: event.place.lon,
      lat: event.place.lat,
      labelled: !capitalNames.has(event.place.name),
      x,
      y,
      startMonth: monthOf(event.start),
      endMonth: monthOf(event.end ?? event.start),
      scale: symbolScale(toll),
    };
    geometry.events.push(placed);
    if (!geometry.countries.includes(event.country)) geometry.countries.push(event.country);
    if (event.origin) {
      const path = arc(mercator([event.origin.lon, event.origin.lat]), [x, y]);
      path.points.slice(1).forEach((to, at) => {
        geometry.segments.push({ event: placed, from: path.points[at] ?? to, to });
      });
      geometry.heads.push({ event: placed, at: path.middle, angle: path.angle });
    }
  }
  return geometry;
}

/** The index of each category in the GPU's category mask and the icon atlas. */
export const categoryIndex = (category: Category) => CATEGORIES.indexOf(category);

/**
 * Symbols grow with the death toll where the sources give one (`toll` < 1 when they give none),
 * linearly between these steps.
 */
const SCALE_STEPS: [toll: number, scale: number][] = [
  [1, 0.95],
  [10, 1.1],
  [100, 1.35],
  [1000, 1.7],
  [10000, 2.2],
];

export function symbolScale(toll: number): number {
  if (toll < 1) return 0.85;
  let [lowToll, lowScale] = [1, 0.95];
  for (const [stepToll, stepScale] of SCALE_STEPS) {
    if (toll <= stepToll) {
      return lowScale + ((toll - lowToll) / (stepToll - lowToll || 1)) * (stepScale - lowScale);
    }
    [lowToll, lowScale] = [stepToll, stepScale];
  }
  return lowScale;
}

/** Longitude and latitude to Web Mercator, as MapLibre's `MercatorCoordinate.fromLngLat`. */
export function mercator([lon, lat]: [number, number]): [number, number] {
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [(lon + 180) / 360, 0.5 - y / (2 * Math.PI)];
}

/**
 * A gentle curve from `from` to `to` (a quadratic Bézier bowed to the left of travel), so that
 * arrows along the same road stay apart and read as movement rather than as borders; with its
 * middle and the direction of travel there, for the arrowhead.
 */
export function arc(
  from: [number, number],
  to: [number, number],
  steps = 24,
): { points: [number, number][]; middle: [number, number]; angle: number } {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const bow = 0.18;
  const cx = (x0 + x1) / 2 - (y1 - y0) * bow;
  const cy = (y0 + y1) / 2 + (x1 - x0) * bow;
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1];
  };
  const points = Array.from({ length: steps + 1 }, (_, step) => at(step / steps));
  // Halfway along a quadratic Bézier, the tangent is parallel to the chord.
  return { points, middle: at(0.5), angle: Math.atan2(y1 - y0, x1 - x0) };
}

/**
 * Every place the map may name: one label per place of the events, not where a capital's label
 * already stands. Which of them show depends on the month (`placesShown`).
 */
export function placeLabelFeatures(
  geometry: EventGeometry,
): FeatureCollection<Point, { place: string }> {
  const places = new Map<string, Feature<Point, { place: string }>>();
  for (const event of geometry.events) {
    if (!event.labelled || places.has(event.place)) continue;
    places.set(event.place, {
      type: 'Feature',
      properties: { place: event.place },
      geometry: { type: 'Point', coordinates: [event.lon, event.lat] },
    });
  }
  return { type: 'FeatureCollection', features: [...places.values()] };
}

/** The places the map names in a view: those of the events under way. */
export function placesShown(geometry: EventGeometry, view: EventView): Set<string> {
  const places = new Set<string>();
  for (const event of geometry.events) {
    if (event.labelled && phaseAt(event, view) === 'current') places.add(event.place);
  }
  return places;
}
