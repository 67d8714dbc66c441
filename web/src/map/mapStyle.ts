/**
 * The map's style: everything it draws comes from this app (the borders and events from the API,
 * the glyphs from the app's own files). No tiles, no request to another host.
 */

import type { FeatureCollection, Point } from 'geojson';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import type { Borders } from '../api/queries';
import type { PlaceLabelProperties } from './eventPlaceLabels';
import { glyphsUrl } from './fonts';
import { LAYERS, SOURCE, stateSpecification } from './layers';
import type { LabelProperties } from './placeLabels';

/** Enough room to pan and zoom out to the whole Soviet Union, up to the Pacific. */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [-40, 12],
  [180, 82],
];

/** City level: the borders are drawn at 1:50m, and the events are placed by their city. */
export const MAX_ZOOM = 10;

export interface MapStyleInput {
  borders: Borders;
  labels: FeatureCollection<Point, LabelProperties>;
  /** Every name of every place of the events, shown by their feature-state `shown`. */
  places: FeatureCollection<Point, PlaceLabelProperties>;
  countries: readonly string[];
}

export function buildMapStyle({
  borders,
  labels,
  places,
  countries,
}: MapStyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Thaw Atlas',
    glyphs: glyphsUrl(),
    state: stateSpecification(countries),
    sources: {
      [SOURCE.borders]: { type: 'geojson', data: borders },
      [SOURCE.labels]: { type: 'geojson', data: labels },
      [SOURCE.places]: { type: 'geojson', data: places, promoteId: 'key' },
    },
    layers: LAYERS,
  };
}
