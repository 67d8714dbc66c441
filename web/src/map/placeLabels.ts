/**
 * The points the map labels: one per state (from the borders) and the capitals of the period,
 * with their names in their own script below the English one (Москва, Warszawa, Praha).
 */
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

export interface Capital {
  country: string;
  name: string;
  lat: number;
  lon: number;
}

/**
 * Label positions set by hand for the states at the centre of the map, where centroids would put
 * the name on top of the capital's label (and the Soviet Union's centroid lies in Siberia, far
 * outside the usual frame). Elsewhere the largest polygon's centroid serves.
 */
const LABEL_ANCHORS: Record<string, Position> = {
  SU: [35, 52.8],
  PL: [18.6, 51.3],
  HU: [19.6, 46.6],
  CS: [17.6, 49.3],
  BG: [25.6, 43.25],
  DD: [12.2, 51.2],
  YU: [18.2, 44.0],
  AT: [14.4, 47.4],
};

/** The capitals of the neighbouring states, for orientation (the datasets give their own). */
export const NEIGHBOUR_CAPITALS: readonly Capital[] = [
  { country: 'DD', name: 'East Berlin', lat: 52.52, lon: 13.4 },
  { country: 'DE', name: 'Bonn', lat: 50.73, lon: 7.1 },
  { country: 'CS', name: 'Prague', lat: 50.08, lon: 14.42 },
  { country: 'AT', name: 'Vienna', lat: 48.21, lon: 16.37 },
  { country: 'RO', name: 'Bucharest', lat: 44.43, lon: 26.1 },
  { country: 'BG', name: 'Sofia', lat: 42.7, lon: 23.32 },
  { country: 'YU', name: 'Belgrade', lat: 44.82, lon: 20.46 },
  { country: 'AL', name: 'Tirana', lat: 41.33, lon: 19.82 },
  { country: 'FI', name: 'Helsinki', lat: 60.17, lon: 24.94 },
];

const LOCAL_CAPITAL_NAMES: Record<string, string> = {
  SU: 'Москва',
  PL: 'Warszawa',
  CS: 'Praha',
  AT: 'Wien',
  RO: 'București',
  BG: 'София',
  YU: 'Београд',
  AL: 'Tiranë',
};

export function buildPlaceLabels(
  borders: Borders,
  capitals: readonly Capital[],
): FeatureCollection<Point, LabelProperties> {
  const countryLabels = borders.features.map(
    (feature): Feature<Point, LabelProperties> => ({
      type: 'Feature',
      properties: {
        kind: 'country',
        country: feature.properties.id,
        name: feature.properties.name,
      },
      geometry: {
        type: 'Point',
        coordinates: LABEL_ANCHORS[feature.properties.id] ?? labelPoint(feature.geometry),
      },
    }),
  );
  const capitalLabels = [...capitals, ...NEIGHBOUR_CAPITALS].map(
    (capital): Feature<Point, LabelProperties> => {
      const local = LOCAL_CAPITAL_NAMES[capital.country];
      return {
        type: 'Feature',
        properties: {
          kind: 'capital',
          country: capital.country,
          name: capital.name,
          ...(local && local !== capital.name ? { local } : {}),
        },
        geometry: { type: 'Point', coordinates: [capital.lon, capital.lat] },
      };
    },
  );
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
