/**
 * The map's style: everything it draws comes from this app (the borders and events from the API,
 * the fonts from the bundle). No tiles, no glyphs URL, no request to another host.
 */

import type { FeatureCollection, Point } from 'geojson';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import type { Borders } from '../api/queries';
import type { EventFeature } from './eventFeatures';
import { fontFaces } from './fonts';
import { LAYERS, type MapState, SOURCE, stateSpecification } from './layers';
import type { LabelProperties } from './placeLabels';

/** Central and Eastern Europe, from the Elbe to Moscow. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
  [11, 42.5],
  [44, 58.5],
];

/** Enough room to pan and zoom out to the whole Soviet Union, up to the Pacific. */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [-40, 12],
  [180, 82],
];

export interface MapStyleInput {
  borders: Borders;
  labels: FeatureCollection<Point, LabelProperties>;
  events: { type: 'FeatureCollection'; features: EventFeature[] };
  state: MapState;
}

export function buildMapStyle({
  borders,
  labels,
  events,
  state,
}: MapStyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Thaw Atlas',
    'font-faces': fontFaces(),
    state: stateSpecification(state),
    sources: {
      [SOURCE.borders]: { type: 'geojson', data: borders },
      [SOURCE.labels]: { type: 'geojson', data: labels },
      // Feature-state (hover, selection) is keyed by the event's id; its arrow shares it.
      [SOURCE.events]: { type: 'geojson', data: events, promoteId: 'id' },
    },
    layers: LAYERS,
  };
}
