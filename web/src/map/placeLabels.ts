/**
 * The points the map labels: one per state (from the borders) and the capitals of the period,
 * with their names in their own script below the English one (Москва, Warszawa, Praha).
 */
import { i18n } from '@lingui/core';
import type { State } from '@thaw/data/schema';
import type { Capital } from '@thaw/data/states';
import { countryName, placeName } from '@thaw/i18n/vocabulary';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Borders } from '../api/queries';

export interface LabelProperties {
  kind: 'country' | 'capital';
  /** The state's id: labels of the selected countries are drawn stronger. */
  country: string;
  name: string;
  /** The name in the local language and script, where it differs. */
  local?: string;
}

/**
 * Label positions come from `states.csv` where a state has one (set by hand at the centre of the
 * map, where centroids would put the name on top of the capital's label, and for the Soviet
 * Union, whose centroid lies in Siberia); elsewhere the largest polygon's centroid serves.
 */
export function buildPlaceLabels(
  borders: Borders,
  capitals: readonly Capital[],
  states: readonly State[],
): FeatureCollection<Point, LabelProperties> {
  const anchors = new Map(
    states.flatMap((state) =>
      state.label ? [[state.id, [state.label.lon, state.label.lat]]] : [],
    ),
  );
  const countryLabels = borders.features.map(
    (feature): Feature<Point, LabelProperties> => ({
      type: 'Feature',
      properties: {
        kind: 'country',
        country: feature.properties.id,
        name: countryName(i18n, feature.properties.id, feature.properties.name),
      },
      geometry: {
        type: 'Point',
        coordinates: anchors.get(feature.properties.id) ?? labelPoint(feature.geometry),
      },
    }),
  );
  const capitalLabels = capitals.map((capital): Feature<Point, LabelProperties> => {
    // In its country's language the local name alone (Warszawa on a Polish page).
    const name = capital.localName
      ? placeName(
          i18n.locale,
          { name: capital.name, localName: capital.localName },
          capital.country,
        )
      : capital.name;
    return {
      type: 'Feature',
      properties: {
        kind: 'capital',
        country: capital.country,
        name,
        ...(capital.localName && capital.localName !== name ? { local: capital.localName } : {}),
      },
      geometry: { type: 'Point', coordinates: [capital.lon, capital.lat] },
    };
  });
  return { type: 'FeatureCollection', features: [...countryLabels, ...capitalLabels] };
}

/** The centroid of the largest polygon: islands and exclaves do not pull the label off land. */
export function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; centroid: Position } = { area: -1, centroid: [0, 0] };
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const measured = ringCentroid(outer);
    if (measured.area > best.area) best = measured;
  }
  return best.centroid;
}

function ringCentroid(ring: Position[]): { area: number; centroid: Position } {
  let twiceArea = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (twiceArea === 0) return { area: 0, centroid: ring[0] ?? [0, 0] };
  return {
    area: Math.abs(twiceArea / 2),
    centroid: [round(x / (3 * twiceArea)), round(y / (3 * twiceArea))],
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
