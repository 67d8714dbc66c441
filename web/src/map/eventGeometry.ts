/**
 * The events as the map draws them, built once when the events arrive: each at its place in Web
 * Mercator, with its time as month numbers, and, for interventions with an origin, an arc from
 * where the forces came from. What a month shows of them is the rule of visibility.ts.
 */
import type { Event } from '@thaw/data/schema';
import { iconCell } from './eventSymbols';
import { symbolLook } from './uncertainty';
import { type Visible, visibleOf } from './visibility';

export interface MapEvent extends Visible {
  id: string;
  lon: number;
  lat: number;
  /** Web Mercator, 0 to 1 from the north-west corner of the world. */
  x: number;
  y: number;
  /** The symbol's size relative to the plain one, from the death toll. */
  scale: number;
  /** Its cell in the icon atlas: the category in the look of its uncertainty. */
  icon: number;
  /** The event it is part of (`partOf`), when that is in the data. */
  whole: MapEvent | null;
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

export function buildEventGeometry(events: readonly Event[]): EventGeometry {
  const ordered = events
    .map((event) => ({ event, toll: event.fatalities?.high ?? -1 }))
    .sort((a, b) => b.toll - a.toll);
  const geometry: EventGeometry = { events: [], countries: [], segments: [], heads: [] };
  for (const { event, toll } of ordered) {
    const [x, y] = mercator([event.place.lon, event.place.lat]);
    const placed: MapEvent = {
      ...visibleOf(event),
      id: event.id,
      lon: event.place.lon,
      lat: event.place.lat,
      x,
      y,
      scale: symbolScale(toll),
      icon: iconCell(event.category, symbolLook(event)),
      whole: null,
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
  const byId = new Map(geometry.events.map((placed) => [placed.id, placed]));
  for (const { event } of ordered) {
    const part = byId.get(event.id);
    if (part && event.partOf) part.whole = byId.get(event.partOf) ?? null;
  }
  return geometry;
}

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
