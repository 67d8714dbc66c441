/**
 * What the map frames, as a box of degrees `[west, south, east, north]`: the shape of a story
 * step's `frame.bbox` and of the URL's `bbox`, so that a link, an embed and a slide show the same
 * frame. Pure, and shared: the web map's camera (AtlasMap) flies to these frames, the server's map
 * images (the decks' maps) are drawn on them.
 */
import type { Event } from './schema';
import type { Capital } from './states';
import type { Frame } from './stories';

export type Bbox = Frame['bbox'];

type Point = readonly [lon: number, lat: number];

/** Central and Eastern Europe, from the Elbe to Moscow: where most of the events are. */
export const OVERVIEW: Bbox = [11, 42.5, 44, 58.5];

/**
 * The box a view asks for: the reader's or a link's; for every country at once, as the atlas
 * opens, the overview (the Soviet Union's events from Norilsk to Tashkent would shrink Europe
 * to a corner of a phone); else null, and the map frames the chosen countries.
 */
export function askedFrame(
  bbox: Bbox | null,
  countries: readonly string[],
  allCountries: readonly string[],
): Bbox | null {
  if (bbox) return bbox;
  return allCountries.every((id) => countries.includes(id)) ? OVERVIEW : null;
}

/** The smallest box holding every point, or null for none. */
export function bboxOf(points: Iterable<Point>): Bbox | null {
  let box: [number, number, number, number] | null = null;
  for (const [lon, lat] of points) {
    if (!box) box = [lon, lat, lon, lat];
    else
      box = [
        Math.min(box[0], lon),
        Math.min(box[1], lat),
        Math.max(box[2], lon),
        Math.max(box[3], lat),
      ];
  }
  return box;
}

/**
 * The frame of a choice of countries: their capitals, the places of their events at home and of
 * their interventions abroad (Soviet forces in Budapest, Polish troops in Czechoslovakia), and
 * where the intervening forces came from. Every such event is then in view, whatever the month,
 * so that a time step never moves the camera. Their other events abroad (a leader's death in
 * Moscow, a letter from Rome) are left out, as a country's outline is: the Soviet Union's
 * reaches the Pacific, while its events end at Norilsk.
 */
export function countriesFrame(
  countries: readonly string[],
  events: readonly Pick<Event, 'country' | 'category' | 'target' | 'place' | 'origin'>[],
  capitals: readonly Pick<Capital, 'country' | 'lon' | 'lat'>[],
): Bbox | null {
  const chosen = new Set(countries);
  const points: Point[] = capitals
    .filter((capital) => chosen.has(capital.country))
    .map((capital) => [capital.lon, capital.lat]);
  for (const event of events) {
    if (!chosen.has(event.country)) continue;
    if (event.target !== null && event.category !== 'intervention') continue;
    points.push([event.place.lon, event.place.lat]);
    if (event.origin) points.push([event.origin.lon, event.origin.lat]);
  }
  return bboxOf(points);
}

/** Whether `[lon, lat]` lies in `box`, edges included. */
export function contains([west, south, east, north]: Bbox, [lon, lat]: Point): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/**
 * To three decimals (about 100 m, under two pixels at the map's closest zoom): a box read
 * back from its URL is the box written, so the map knows its own move when the URL reports it.
 */
export function roundBbox(box: Bbox): Bbox {
  const round = (degrees: number) => Math.round(degrees * 1000) / 1000;
  return [round(box[0]), round(box[1]), round(box[2]), round(box[3])];
}

/** `16.1,45.7,22.9,48.6`, as the URL writes it. */
export const formatBbox = (box: Bbox): string => roundBbox(box).join(',');
