/**
 * The map at a month as a standalone SVG, for the decks' slides and `/api/maps/{month}`: the
 * 1953–1968 borders in Web Mercator (as the web map), framed on a box of degrees, the month's
 * events coloured and shaped by category, the highlighted ones ringed, the capitals labelled,
 * with title, month, legend and source line. Pure: the route gathers the data, resvg rasterizes.
 */
import {
  CATEGORY_COLORS,
  CATEGORY_SHAPES,
  FONT_FAMILY,
  MAP_GROUND,
  markerPath,
  THEMES,
} from '@thaw/charts';
import type { Borders } from '@thaw/data';
import type { Bbox } from '@thaw/data/framing';
import { CATEGORY_LABELS, type Category } from '@thaw/data/schema';
import type { Phase } from '@thaw/data/stories';

type Point = readonly [x: number, y: number];

export interface MapArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Longitude and latitude to Web Mercator on a unit square, as MapLibre's world coordinates. */
export function mercator(lon: number, lat: number): Point {
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [(lon + 180) / 360, 0.5 - y / (2 * Math.PI)];
}

/** How far in from the area's edges the box is fitted, as the web map's `fitBounds` padding. */
const FIT_PADDING = 24;

/**
 * The projection that shows all of `bbox` in `area`, centred, at one scale on both axes (as
 * MapLibre's `fitBounds`): the box fills the area along its tighter side, and the map shows more
 * than the box along the other.
 */
export function fitProjection(bbox: Bbox, area: MapArea, padding = FIT_PADDING) {
  const [west, south, east, north] = bbox;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const scale = Math.min(
    (area.width - 2 * padding) / (x1 - x0),
    (area.height - 2 * padding) / (y1 - y0),
  );
  const centre = [(x0 + x1) / 2, (y0 + y1) / 2] as const;
  const project = (lon: number, lat: number): Point => {
    const [x, y] = mercator(lon, lat);
    return [
      area.x + area.width / 2 + (x - centre[0]) * scale,
      area.y + area.height / 2 + (y - centre[1]) * scale,
    ];
  };
  /** The box of degrees the whole area shows: more than `bbox` along its looser side. */
  const shown = (): Bbox => {
    const lonAt = (x: number) => (centre[0] + (x - area.x - area.width / 2) / scale) * 360 - 180;
    const latAt = (y: number) => {
      const world = centre[1] + (y - area.y - area.height / 2) / scale;
      return (Math.atan(Math.sinh(Math.PI * (1 - 2 * world))) * 180) / Math.PI;
    };
    return [lonAt(area.x), latAt(area.y + area.height), lonAt(area.x + area.width), latAt(area.y)];
  };
  return { project, scale, shown };
}

export interface MapEventMark {
  id: string;
  category: Category;
  lon: number;
  lat: number;
  /** Under way this month, or over and shown faded (cumulative mode). */
  phase: Phase;
  highlighted: boolean;
  /** The place's name that month, written beside a highlighted event. */
  placeName: string;
  /** Where intervening forces came from: drawn as an arrow to the place. */
  origin: { lon: number; lat: number } | null;
}

export interface MapCapital {
  country: string;
  name: string;
  lon: number;
  lat: number;
}

export interface MapPicture {
  width: number;
  height: number;
  bbox: Bbox;
  borders: Borders;
  /** The countries chosen: their land is tinted, as on the web map. */
  countries: readonly string[];
  capitals: readonly MapCapital[];
  /** Drawn in this order: the caller puts the faded past first. */
  events: readonly MapEventMark[];
  categories: readonly Category[];
  title: string;
  /** The month, and what is shown. */
  subtitle: string;
  sourceLine: string;
}

const INK = THEMES.light.text;
const MUTED = THEMES.light.muted;
const HEADER = 74;
const FOOTER = 62;
const MARGIN = 24;
const SYMBOL = 16;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (char) =>
      ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? '',
  );

const round = (value: number) => Math.round(value * 10) / 10;

/** A ring of the borders as path data, dropping points under half a pixel from the last kept. */
function ringPath(ring: readonly number[][], project: (lon: number, lat: number) => Point) {
  let path = '';
  let points = 0;
  let last: Point | null = null;
  for (const [lon = 0, lat = 0] of ring) {
    const point = project(lon, lat);
    if (last && Math.abs(point[0] - last[0]) < 0.5 && Math.abs(point[1] - last[1]) < 0.5) continue;
    path += `${path ? 'L' : 'M'}${round(point[0])},${round(point[1])}`;
    points++;
    last = point;
  }
  // An islet under a pixel has no area to fill (and resvg fails on such rings when clipped).
  return points >= 3 ? `${path}Z` : '';
}

/** Whether a feature's extent overlaps the box: only those are drawn. */
function reaches(rings: readonly number[][][], [west, south, east, north]: Bbox): boolean {
  let [minLon, minLat, maxLon, maxLat] = [180, 90, -180, -90];
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return minLon <= east && maxLon >= west && minLat <= north && maxLat >= south;
}

function symbol(category: Category, [x, y]: Point, size: number, opacity = 1): string {
  const path = markerPath(CATEGORY_SHAPES[category], size);
  const line = size / 24;
  const fade = opacity < 1 ? ` fill-opacity="${opacity}" stroke-opacity="${opacity}"` : '';
  // A dark hairline, then a white ring, then the fill, as the web map's icons.
  return (
    `<g transform="translate(${round(x)},${round(y)})">` +
    `<path d="${path}" fill="none" stroke="rgba(29,36,51,0.6)" stroke-width="${round(4 * line)}" stroke-linejoin="round"${fade}/>` +
    `<path d="${path}" fill="${CATEGORY_COLORS[category]}" stroke="#fff" stroke-width="${round(2.5 * line)}" stroke-linejoin="round"${fade}/>` +
    '</g>'
  );
}

function text(
  content: string,
  [x, y]: Point,
  { size, weight = 400, fill = INK, halo = false, anchor = 'start' }: TextStyle,
): string {
  const haloAttributes = halo
    ? ' stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
    : '';
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${haloAttributes}>${escapeXml(content)}</text>`;
}

interface TextStyle {
  size: number;
  weight?: number;
  fill?: string;
  halo?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** The area the map itself takes in a picture of `width × height`: within title and footer. */
const mapArea = (width: number, height: number): MapArea => ({
  x: MARGIN,
  y: HEADER,
  width: width - 2 * MARGIN,
  height: height - HEADER - FOOTER,
});

export function mapSvg(picture: MapPicture): string {
  const { width, height } = picture;
  const area = mapArea(width, height);
  const { project, shown } = fitProjection(picture.bbox, area);
  const visible = shown();
  const chosen = new Set(picture.countries);

  const land: string[] = [];
  const focus: string[] = [];
  for (const feature of picture.borders.features) {
    const polygons =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates;
    const rings = polygons.flat();
    if (!reaches(rings, visible)) continue;
    const path = rings.map((ring) => ringPath(ring, project)).join('');
    (chosen.has(feature.properties.id) ? focus : land).push(path);
  }

  const arrows = picture.events.flatMap((event) => {
    if (!event.origin) return [];
    const [x0, y0] = project(event.origin.lon, event.origin.lat);
    const [x1, y1] = project(event.lon, event.lat);
    // Forces from next door at this zoom: no room for an arrow.
    if (Math.hypot(x1 - x0, y1 - y0) < 2 * SYMBOL) return [];
    // Bowed to the left of travel, as the web map's arrows.
    const cx = (x0 + x1) / 2 - (y1 - y0) * 0.18;
    const cy = (y0 + y1) / 2 + (x1 - x0) * 0.18;
    const color = CATEGORY_COLORS[event.category];
    const opacity = event.phase === 'past' ? 0.35 : 0.9;
    // The head drawn as a path along the curve's last tangent, not an SVG marker: resvg fails
    // on a marker that lies off the picture.
    const angle = Math.atan2(y1 - cy, x1 - cx);
    const corner = (turn: number): Point => [
      x1 - 11 * Math.cos(angle + turn),
      y1 - 11 * Math.sin(angle + turn),
    ];
    const [left, right] = [corner(0.45), corner(-0.45)];
    return [
      `<path d="M${round(x0)},${round(y0)}Q${round(cx)},${round(cy)} ${round(x1)},${round(y1)}" fill="none" stroke="${color}" stroke-width="2.5" stroke-opacity="${opacity}"/>`,
      `<path d="M${round(x1)},${round(y1)}L${round(left[0])},${round(left[1])}L${round(right[0])},${round(right[1])}Z" fill="${color}" fill-opacity="${opacity}"/>`,
    ];
  });

  const marks = picture.events.map((event) => {
    const at = project(event.lon, event.lat);
    if (event.phase === 'past') return symbol(event.category, at, SYMBOL * 0.8, 0.35);
    if (!event.highlighted) return symbol(event.category, at, SYMBOL);
    const ring = `<circle cx="${round(at[0])}" cy="${round(at[1])}" r="${SYMBOL}" fill="none" stroke="${INK}" stroke-width="2.5"/>`;
    return ring + symbol(event.category, at, SYMBOL * 1.4);
  });
  const placeLabels = picture.events
    .filter((event) => event.highlighted && event.phase === 'current')
    .filter(
      (event, index, all) =>
        all.findIndex((other) => other.placeName === event.placeName) === index,
    )
    .map((event) => {
      const [x, y] = project(event.lon, event.lat);
      return text(event.placeName, [x + SYMBOL + 4, y + 5], {
        size: 15,
        weight: 700,
        halo: true,
      });
    });
  const capitals = picture.capitals.map((capital) => ({
    name: capital.name,
    at: project(capital.lon, capital.lat),
  }));
  const capitalDots = capitals.map(
    ({ at: [x, y] }) =>
      `<circle cx="${round(x)}" cy="${round(y)}" r="3.5" fill="${INK}" stroke="#fff" stroke-width="1.5"/>`,
  );
  // The capitals' names on top of the events, as on the web map.
  const capitalLabels = capitals.map(({ name, at: [x, y] }) =>
    text(name, [x, y - 12], { size: 13, fill: MUTED, halo: true, anchor: 'middle' }),
  );

  const legendY = area.y + area.height + 24;
  let legendX = MARGIN + SYMBOL / 2;
  const legend: string[] = [];
  for (const category of picture.categories) {
    legend.push(symbol(category, [legendX, legendY - 5], SYMBOL));
    const label = CATEGORY_LABELS[category];
    legend.push(text(label, [legendX + 14, legendY], { size: 14 }));
    // An estimate of the label's width at 14 px Noto Sans: enough to keep the entries apart.
    legendX += 14 + label.length * 7.6 + 26;
  }
  if (picture.events.some((event) => event.highlighted)) {
    legend.push(
      `<circle cx="${round(legendX)}" cy="${legendY - 5}" r="8" fill="none" stroke="${INK}" stroke-width="2"/>`,
    );
    legend.push(text('Highlighted in this step', [legendX + 14, legendY], { size: 14 }));
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" fill="${MAP_GROUND.water}"/>`,
    `<path d="${land.join('')}" fill="${MAP_GROUND.land}" stroke="${MAP_GROUND.border}" stroke-width="1"/>`,
    `<path d="${focus.join('')}" fill="${MAP_GROUND.focusLand}" stroke="${MAP_GROUND.focusBorder}" stroke-width="1.2"/>`,
    ...arrows,
    ...capitalDots,
    ...marks,
    ...placeLabels,
    ...capitalLabels,
    // The frame's surround painted over what lies outside it: resvg fails on faded symbols
    // within a clip path over borders this large.
    `<path d="M0,0H${width}V${height}H0ZM${area.x},${area.y}V${area.y + area.height}H${area.x + area.width}V${area.y}Z" fill="#fff" fill-rule="evenodd"/>`,
    `<rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" fill="none" stroke="#d5d9de"/>`,
    text(picture.title, [MARGIN, 34], { size: 24, weight: 700 }),
    text(picture.subtitle, [MARGIN, 58], { size: 15, fill: MUTED }),
    ...legend,
    text(picture.sourceLine, [MARGIN, height - 14], { size: 13, fill: MUTED }),
    '</svg>',
  ].join('');
}
