/**
 * The 1953–1968 borders (`borders/europe-1953-1968.geojson`) and a fast answer to "which state
 * is this point in?", used by the dataset checks and the server.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { repoPath } from './paths';

export const BORDERS_PATH = repoPath('data', 'borders', 'europe-1953-1968.geojson');

export type Borders = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>;

export interface Locator {
  /** The id of the state that contains the point, or null at sea (or outside the map). */
  stateAt(lon: number, lat: number): string | null;
  /** 0 inside the state, else the great-circle distance in km to its nearest edge. */
  distanceKm(id: string, lon: number, lat: number): number;
  readonly ids: ReadonlySet<string>;
}

const position = z.tuple([z.number(), z.number()]);
const polygon = z.array(z.array(position).min(4, 'a ring needs at least 4 positions'));
// Compiled once: checking the file's thirty thousand positions took some 50 ms of every start.
const bordersSchema = z.compile(
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ id: z.string().regex(/^[A-Z]{2}$/), name: z.string().min(1) }),
        geometry: z.discriminatedUnion('type', [
          z.object({ type: z.literal('Polygon'), coordinates: polygon }),
          z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
        ]),
      }),
    ),
  }),
);

/** Reads and checks a borders file; a malformed one fails here, naming the file and the place. */
export function readBorders(path: string = BORDERS_PATH): Borders {
  const result = bordersSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}: ${z.prettifyError(result.error)}`);
  const seen = new Set<string>();
  for (const { properties } of result.data.features) {
    if (seen.has(properties.id)) throw new Error(`${path}: state "${properties.id}" appears twice`);
    seen.add(properties.id);
  }
  return result.data;
}

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * The world is cut into 1° cells. For every state that reaches a cell, the cell keeps the state's
 * edges that cross it and whether the cell's reference point is inside. A point's answer is then
 * the reference point's, flipped once for every edge crossed on the way there: a lookup tests
 * only the few edges of one cell instead of whole coastlines.
 */
interface CellEntry {
  state: number;
  referenceInside: boolean;
  /** x1, y1, x2, y2 for each edge that crosses the cell. */
  edges: Float64Array;
}

const COLUMNS = 360;
const ROWS = 180;
/** Off the 0.001° grid of the file's coordinates, so no vertex lies on a reference line. */
const REFERENCE_OFFSET_X = 0.5000123;
const REFERENCE_OFFSET_Y = 0.5000321;

const columnOf = (lon: number) => Math.min(COLUMNS - 1, Math.max(0, Math.floor(lon) + 180));
const rowOf = (lat: number) => Math.min(ROWS - 1, Math.max(0, Math.floor(lat) + 90));
const referenceX = (column: number) => column - 180 + REFERENCE_OFFSET_X;
const referenceY = (row: number) => row - 90 + REFERENCE_OFFSET_Y;

export function createLocator(borders: Borders): Locator {
  const ids = borders.features.map((feature) => feature.properties.id);
  const indexById = new Map(ids.map((id, index) => [id, index]));
  const cells = buildCells(borders.features.map((feature) => edgesOf(feature.geometry)));
  const onMap = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

  return {
    ids: new Set(ids),

    stateAt(lon, lat) {
      if (!onMap(lon, lat)) return null;
      for (const entry of cells[rowOf(lat) * COLUMNS + columnOf(lon)] ?? []) {
        if (entryContains(entry, lon, lat)) return ids[entry.state] ?? null;
      }
      return null;
    },

    distanceKm(id, lon, lat) {
      const state = indexById.get(id);
      if (state === undefined) throw new RangeError(`no state "${id}" in the borders`);
      if (!onMap(lon, lat)) return Number.NaN;
      const entry = cells[rowOf(lat) * COLUMNS + columnOf(lon)]?.find(
        (item) => item.state === state,
      );
      if (entry && entryContains(entry, lon, lat)) return 0;
      return nearestEdgeKm(cells, state, lon, lat);
    },
  };
}

/** Every edge of a geometry as x1, y1, x2, y2, closing rings that are not closed. */
function edgesOf(geometry: Polygon | MultiPolygon): Float64Array {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const edges: number[] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        // No destructuring here or in buildCells: these loops run at every start mostly before
        // the JIT has optimized them, when destructuring costs an array and an iterator each time.
        const from = ring[i] ?? [];
        const to = ring[(i + 1) % ring.length] ?? [];
        const x1 = from[0] ?? 0;
        const y1 = from[1] ?? 0;
        const x2 = to[0] ?? 0;
        const y2 = to[1] ?? 0;
        if (x1 !== x2 || y1 !== y2) edges.push(x1, y1, x2, y2);
      }
    }
  }
  return Float64Array.from(edges);
}

function buildCells(statesEdges: Float64Array[]): (CellEntry[] | undefined)[] {
  const cells: (CellEntry[] | undefined)[] = new Array(COLUMNS * ROWS);
  statesEdges.forEach((edges, state) => {
    const cellEdges = new Map<number, number[]>();
    // For each row, where the edges cross the horizontal line through its reference points.
    const crossings = new Map<number, number[]>();
    let [minColumn, maxColumn, minRow, maxRow] = [COLUMNS, -1, ROWS, -1];

    for (let i = 0; i < edges.length; i += 4) {
      const x1 = edges[i] as number;
      const y1 = edges[i + 1] as number;
      const x2 = edges[i + 2] as number;
      const y2 = edges[i + 3] as number;
      const c1 = columnOf(Math.min(x1, x2));
      const c2 = columnOf(Math.max(x1, x2));
      const r1 = rowOf(Math.min(y1, y2));
      const r2 = rowOf(Math.max(y1, y2));
      minColumn = Math.min(minColumn, c1);
      maxColumn = Math.max(maxColumn, c2);
      minRow = Math.min(minRow, r1);
      maxRow = Math.max(maxRow, r2);
      for (let row = r1; row <= r2; row++) {
        for (let column = c1; column <= c2; column++) {
          const key = row * COLUMNS + column;
          const list = cellEdges.get(key) ?? [];
          list.push(x1, y1, x2, y2);
          cellEdges.set(key, list);
        }
        const y = referenceY(row);
        if (y1 > y !== y2 > y) {
          const list = crossings.get(row) ?? [];
          list.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
          crossings.set(row, list);
        }
      }
    }

    for (let row = minRow; row <= maxRow; row++) {
      const xs = (crossings.get(row) ?? []).sort((a, b) => a - b);
      let passed = 0; // crossings west of the current reference point
      for (let column = minColumn; column <= maxColumn; column++) {
        const x = referenceX(column);
        while (passed < xs.length && (xs[passed] as number) <= x) passed++;
        const referenceInside = (xs.length - passed) % 2 === 1;
        const key = row * COLUMNS + column;
        const own = cellEdges.get(key);
        if (!referenceInside && !own) continue;
        const entry = { state, referenceInside, edges: Float64Array.from(own ?? []) };
        const list = cells[key] ?? [];
        list.push(entry);
        cells[key] = list;
      }
    }
  });
  return cells;
}

/**
 * Even-odd rule, walking from the point to the cell's reference point: along the point's
 * latitude to the reference longitude, then along that longitude to the reference point.
 */
function entryContains(entry: CellEntry, lon: number, lat: number): boolean {
  const column = columnOf(lon);
  const row = rowOf(lat);
  const rx = referenceX(column);
  const ry = referenceY(row);
  const [westX, eastX] = lon < rx ? [lon, rx] : [rx, lon];
  const [southY, northY] = lat < ry ? [lat, ry] : [ry, lat];
  const edges = entry.edges;
  let inside = entry.referenceInside;
  for (let i = 0; i < edges.length; i += 4) {
    const x1 = edges[i] as number;
    const y1 = edges[i + 1] as number;
    const x2 = edges[i + 2] as number;
    const y2 = edges[i + 3] as number;
    if (y1 > lat !== y2 > lat) {
      const x = x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1);
      if (x > westX && x <= eastX) inside = !inside;
    }
    if (x1 > rx !== x2 > rx) {
      const y = y1 + ((rx - x1) * (y2 - y1)) / (x2 - x1);
      if (y > southY && y <= northY) inside = !inside;
    }
  }
  return inside;
}

/**
 * Searches the cells in growing squares around the point, and stops once every cell not yet
 * seen is farther than the nearest edge found. The nearest edge is chosen in a local
 * equirectangular projection around the point (good to a few percent at the few hundred km
 * that matter here); the distance to the nearest point on it is then measured on the sphere.
 */
function nearestEdgeKm(
  cells: (CellEntry[] | undefined)[],
  state: number,
  lon: number,
  lat: number,
): number {
  const kmPerDegree = EARTH_RADIUS_KM * RADIANS;
  const [column, row] = [columnOf(lon), rowOf(lat)];
  const cosLat = Math.cos(lat * RADIANS);
  let best = Number.POSITIVE_INFINITY;
  let bestPoint: [number, number] | null = null;

  const visit = (edges: Float64Array) => {
    for (let i = 0; i < edges.length; i += 4) {
      const x1 = edges[i] as number;
      const y1 = edges[i + 1] as number;
      const x2 = edges[i + 2] as number;
      const y2 = edges[i + 3] as number;
      // No edge is nearer than the gap between its latitudes and the point's.
      const latitudeGap = Math.max(0, Math.min(y1, y2) - lat, lat - Math.max(y1, y2));
      if (latitudeGap * kmPerDegree > best) continue;
      const kx = Math.cos(((lat + (y1 + y2) / 2) / 2) * RADIANS);
      const [ax, ay] = [(x1 - lon) * kx, y1 - lat];
      const [dx, dy] = [(x2 - x1) * kx, y2 - y1];
      const lengthSquared = dx * dx + dy * dy;
      const t =
        lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      const km = Math.hypot(ax + t * dx, ay + t * dy) * kmPerDegree;
      if (km < best) {
        best = km;
        bestPoint = [x1 + t * (x2 - x1), y1 + t * (y2 - y1)];
      }
    }
  };

  for (let ring = 0; ring <= COLUMNS; ring++) {
    // Cells in this square and beyond are at least ring - 1 whole degrees away in latitude or
    // longitude; a longitude gap of g degrees is at least asin(cos lat · sin g) on the sphere.
    const unseenKm =
      EARTH_RADIUS_KM * Math.asin(cosLat * Math.sin(Math.min(ring - 1, 90) * RADIANS));
    if (ring > 0 && best <= unseenKm) break;
    for (let r = row - ring; r <= row + ring; r++) {
      if (r < 0 || r >= ROWS) continue;
      const onEdge = r === row - ring || r === row + ring;
      for (let c = column - ring; c <= column + ring; c += onEdge || ring === 0 ? 1 : 2 * ring) {
        if (c < 0 || c >= COLUMNS) continue;
        const entry = cells[r * COLUMNS + c]?.find((item) => item.state === state);
        if (entry) visit(entry.edges);
      }
    }
  }
  const point: [number, number] | null = bestPoint;
  return point ? haversineKm(lon, lat, point[0], point[1]) : Number.POSITIVE_INFINITY;
}

function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinLat = Math.sin(((lat2 - lat1) * RADIANS) / 2);
  const sinLon = Math.sin(((lon2 - lon1) * RADIANS) / 2);
  const a = sinLat * sinLat + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
