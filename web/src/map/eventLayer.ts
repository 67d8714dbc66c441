/**
 * The events, their arrows, the ripple around this month's events and the highlight, drawn by one
 * custom WebGL layer. Everything is uploaded once, laid out by time (see `TimedBatch`), so that a
 * month draws only the instances it can show; the month, the mode and the filters are uniforms.
 * A time step costs one frame however many events there are: nothing is re-tiled, re-placed or
 * uploaded again.
 */
import { CATEGORIES, CATEGORY_COLORS } from '@thaw/charts';
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { FIRST_MONTH, LAST_MONTH } from '../time/months';
import {
  categoryIndex,
  type EventGeometry,
  type EventView,
  type MapEvent,
  mercator,
  phaseAt,
} from './eventGeometry';
import { ARROWHEAD_CELL, type IconAtlas } from './eventSymbols';
import { MAP_COLORS } from './layers';

/** What one draw call shows; the numbers are the shader's. */
const PHASE = { past: 0, current: 1, either: 2 } as const;
const STYLE = { icon: 0, pulse: 1, highlight: 2 } as const;

/** The extra CSS pixels around a symbol within which a pointer still picks it. */
const PICK_MARGIN = 6;
/** MapLibre's world is 512 CSS pixels across at zoom 0. */
const WORLD_SIZE = 512;

// The visibility rule of `phaseAt` (eventGeometry.ts), on the GPU.
const VISIBILITY = `
uniform float u_month;
uniform bool u_cumulative;
uniform uint u_countries;
uniform uint u_categories;
uniform int u_phase;

bool shown(float start, float end, float country, float category) {
  bool chosen = ((u_countries >> uint(country)) & 1u) == 1u
    && ((u_categories >> uint(category)) & 1u) == 1u;
  bool current = start <= u_month && end >= u_month;
  bool past = u_cumulative && end < u_month;
  return chosen && (u_phase == 0 ? past : u_phase == 1 ? current : current || past);
}

// Outside the clip space: the triangle is dropped before any pixel is drawn.
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);
`;

const SPRITE_VERTEX = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixelRatio;
uniform int u_style;
uniform float u_cell;
uniform float u_pulseRadius;
uniform vec3 u_colors[${CATEGORIES.length}];
${VISIBILITY}
in vec2 a_pos;
in float a_start;
in float a_end;
in float a_country;
in float a_category;
in float a_scale;
in float a_angle;
in float a_icon;
out vec2 v_uv;
out vec2 v_offset;
out float v_radius;
out vec3 v_color;

void main() {
  if (!shown(a_start, a_end, a_country, a_category)) {
    gl_Position = HIDDEN;
    return;
  }
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  // Half the quad, in CSS pixels: the icon's cell, or a ring with room for its stroke.
  v_radius = u_style == 0 ? 0.0 : u_style == 1 ? u_pulseRadius : 14.0 * a_scale;
  float half_size = u_style == 0 ? 0.5 * u_cell * a_scale : v_radius + 3.0;
  // The angle is measured with y pointing south, clip space has it pointing north.
  float angle = -a_angle;
  vec2 turned = mat2(cos(angle), sin(angle), -sin(angle), cos(angle)) * corner;
  v_offset = corner * half_size;
  // The atlas's first row is the top of the icons.
  v_uv = vec2((a_icon + 0.5 + 0.5 * corner.x) / ${CATEGORIES.length + 1}.0, 0.5 - 0.5 * corner.y);
  v_color = u_colors[int(a_category)];
  vec4 centre = u_matrix * vec4(a_pos, 0.0, 1.0);
  vec2 shift = turned * half_size * u_pixelRatio * 2.0 / u_viewport;
  gl_Position = vec4(centre.xy + shift * centre.w, centre.zw);
}
`;

const SPRITE_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform sampler2D u_icons;
uniform int u_style;
uniform float u_opacity;
uniform vec3 u_ink;
in vec2 v_uv;
in vec2 v_offset;
in float v_radius;
in vec3 v_color;
uniform bool u_isSelected;
out vec4 fragColor;

// Coverage of a ring of the given width just outside \`radius\`, smoothed over a pixel.
float ring(float distance, float radius, float width) {
  return 1.0 - smoothstep(0.5 * width - 0.5, 0.5 * width + 0.5, abs(distance - radius - 0.5 * width));
}

void main() {
  float distance = length(v_offset);
  if (u_style == 0) {
    fragColor = texture(u_icons, v_uv) * u_opacity;
  } else if (u_style == 1) {
    fragColor = vec4(v_color, 1.0) * ring(distance, v_radius, 2.0) * u_opacity;
  } else {
    // The selected event: a white disc and a dark ring; the hovered one: a fainter ring.
    float selected = u_isSelected ? 1.0 : 0.0;
    float fill = (1.0 - smoothstep(v_radius - 0.5, v_radius + 0.5, distance)) * 0.65 * selected;
    float stroke = ring(distance, v_radius, 2.5) * mix(0.55, 1.0, selected);
    // Premultiplied: the ink over the white fill.
    fragColor = vec4(u_ink, 1.0) * stroke + vec4(1.0) * fill * (1.0 - stroke);
  }
}
`;

const LINE_VERTEX = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixelRatio;
uniform float u_width;
uniform vec3 u_colors[${CATEGORIES.length}];
${VISIBILITY}
in vec2 a_from;
in vec2 a_to;
in float a_start;
in float a_end;
in float a_country;
in float a_category;
out vec3 v_color;

void main() {
  if (!shown(a_start, a_end, a_country, a_category)) {
    gl_Position = HIDDEN;
    return;
  }
  vec4 from = u_matrix * vec4(a_from, 0.0, 1.0);
  vec4 to = u_matrix * vec4(a_to, 0.0, 1.0);
  // In device pixels, where the line's width is measured.
  vec2 scale = 0.5 * u_viewport;
  vec2 start = from.xy / from.w * scale;
  vec2 end = to.xy / to.w * scale;
  vec2 along = normalize(end - start);
  vec2 across = vec2(-along.y, along.x);
  float half_width = 0.5 * u_width * u_pixelRatio;
  float t = float(gl_VertexID >> 1);
  float side = float(gl_VertexID & 1) * 2.0 - 1.0;
  // Square ends reaching half the width past each point close the joints between segments.
  vec2 point = mix(start, end, t) + along * (2.0 * t - 1.0) * half_width + across * side * half_width;
  v_color = u_colors[int(a_category)];
  gl_Position = vec4(point / scale, 0.0, 1.0);
}
`;

const LINE_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform float u_opacity;
in vec3 v_color;
out vec4 fragColor;

void main() {
  fragColor = vec4(v_color, 1.0) * u_opacity;
}
`;

interface Attribute {
  name: string;
  size: number;
}

/** What every instance carries for the visibility rule, in the order `timedValues` gives. */
const TIMED_ATTRIBUTES: Attribute[] = [
  { name: 'a_start', size: 1 },
  { name: 'a_end', size: 1 },
  { name: 'a_country', size: 1 },
  { name: 'a_category', size: 1 },
];

const SPRITE_ATTRIBUTES: Attribute[] = [
  { name: 'a_pos', size: 2 },
  ...TIMED_ATTRIBUTES,
  { name: 'a_scale', size: 1 },
  { name: 'a_angle', size: 1 },
  { name: 'a_icon', size: 1 },
];

const LINE_ATTRIBUTES: Attribute[] = [
  { name: 'a_from', size: 2 },
  { name: 'a_to', size: 2 },
  ...TIMED_ATTRIBUTES,
];

/**
 * Instances laid out twice in one buffer, so that any month draws contiguous ranges: first all of
 * them by the month they ended (those over before month m are the first `endedBefore[m]`: the
 * past, drawn under the present), then, month after month, those under way in that month
 * (`monthStart[m]` to `monthStart[m + 1]`). Within each, the order they came in: the largest
 * tolls first, underneath.
 */
interface TimedBatch {
  vertexArray: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  attributes: { location: number; size: number; offset: number }[];
  stride: number;
  endedBefore: number[];
  monthStart: number[];
  /** Where each instance (by the order given) sits in the part laid out by end. */
  endRank: number[];
}

interface Timed {
  startMonth: number;
  endMonth: number;
}

interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

interface Resources {
  sprites: Program;
  lines: Program;
  events: TimedBatch;
  heads: TimedBatch;
  segments: TimedBatch;
  icons: WebGLTexture;
}

export class EventLayer implements CustomLayerInterface {
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | null = null;
  private resources: Resources | null = null;
  private view: EventView;
  private selected = -1;
  private hovered = -1;
  private pulse = { radius: 14, opacity: 0.5 };
  private readonly indexById: Map<string, number>;
  /** The events in the reverse of drawing order, for picking. */
  private readonly topFirst: MapEvent[];

  constructor(
    readonly id: string,
    private readonly geometry: EventGeometry,
    private readonly atlas: IconAtlas,
    view: EventView,
  ) {
    this.view = view;
    this.indexById = new Map(geometry.events.map((event, index) => [event.id, index]));
    this.topFirst = [...geometry.events].reverse();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const { events, segments, heads } = this.geometry;
    const timedValues = (event: MapEvent) => [
      event.startMonth,
      event.endMonth,
      this.geometry.countries.indexOf(event.country),
      categoryIndex(event.category),
    ];
    const sprites = compile(gl, SPRITE_VERTEX, SPRITE_FRAGMENT);
    const lines = compile(gl, LINE_VERTEX, LINE_FRAGMENT);
    this.resources = {
      sprites,
      lines,
      events: timedBatch(
        gl,
        sprites,
        SPRITE_ATTRIBUTES,
        events,
        (event) => event,
        (event) => {
          const icon = categoryIndex(event.category);
          return [event.x, event.y, ...timedValues(event), event.scale, 0, icon];
        },
      ),
      heads: timedBatch(
        gl,
        sprites,
        SPRITE_ATTRIBUTES,
        heads,
        (head) => head.event,
        ({ event, at, angle }) => [...at, ...timedValues(event), 0.9, angle, ARROWHEAD_CELL],
      ),
      segments: timedBatch(
        gl,
        lines,
        LINE_ATTRIBUTES,
        segments,
        (segment) => segment.event,
        ({ event, from, to }) => [...from, ...to, ...timedValues(event)],
      ),
      icons: iconTexture(gl, this.atlas),
    };
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    const resources = this.resources;
    if (!resources) return;
    for (const { vertexArray, buffer } of [resources.events, resources.heads, resources.segments]) {
      gl.deleteVertexArray(vertexArray);
      gl.deleteBuffer(buffer);
    }
    gl.deleteProgram(resources.sprites.program);
    gl.deleteProgram(resources.lines.program);
    gl.deleteTexture(resources.icons);
    this.resources = null;
    this.map = null;
  }

  /** A new month or selection: uniforms only, and one repaint. */
  setView(view: EventView): void {
    this.view = view;
    this.map?.triggerRepaint();
  }

  setSelected(id: string | null): void {
    this.selected = id === null ? -1 : (this.indexById.get(id) ?? -1);
    this.map?.triggerRepaint();
  }

  setHovered(id: string | null): void {
    this.hovered = id === null ? -1 : (this.indexById.get(id) ?? -1);
    this.map?.triggerRepaint();
  }

  /** The ripple around this month's events: its radius (CSS pixels) and opacity. */
  setPulse(radius: number, opacity: number): void {
    this.pulse = { radius, opacity };
    this.map?.triggerRepaint();
  }

  /**
   * The event drawn topmost under a point of the map (CSS pixels), if any: this month's events
   * above the faded past ones, later-drawn above earlier, as on the screen.
   */
  eventAt(point: { x: number; y: number }): MapEvent | undefined {
    const map = this.map;
    if (!map) return undefined;
    const { lng, lat } = map.unproject([point.x, point.y]);
    const [x, y] = mercator([lng, lat]);
    const pixels = WORLD_SIZE * 2 ** map.getZoom();
    let past: MapEvent | undefined;
    for (const event of this.topFirst) {
      const reach = (9 * event.scale + PICK_MARGIN) / pixels;
      if (Math.abs(event.x - x) > reach || Math.abs(event.y - y) > reach) continue;
      const phase = phaseAt(event, this.view);
      if (phase === 'current') return event;
      if (phase === 'past') past ??= event;
    }
    return past;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const resources = this.resources;
    if (!resources) return;
    const { sprites, lines } = resources;
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.disable(gl.CULL_FACE);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);

    const cumulative = this.view.mode === 'cumulative';
    const shared = (program: Program) => {
      gl.useProgram(program.program);
      const set = uniformSetter(gl, program);
      gl.uniformMatrix4fv(
        set.location('u_matrix'),
        false,
        options.defaultProjectionData.mainMatrix,
      );
      gl.uniform2f(set.location('u_viewport'), gl.drawingBufferWidth, gl.drawingBufferHeight);
      gl.uniform1f(set.location('u_pixelRatio'), devicePixelRatioOf(gl));
      gl.uniform1f(set.location('u_month'), this.view.month);
      gl.uniform1i(set.location('u_cumulative'), cumulative ? 1 : 0);
      gl.uniform1ui(
        set.location('u_countries'),
        this.mask(this.geometry.countries, this.view.countries),
      );
      gl.uniform1ui(set.location('u_categories'), this.mask(CATEGORIES, this.view.categories));
      gl.uniform3fv(set.location('u_colors'), CATEGORY_RGB);
      return set;
    };

    const line = shared(lines);
    const month = this.view.month;
    const drawLines = (phase: number, width: number, opacity: number) => {
      gl.uniform1i(line.location('u_phase'), phase);
      gl.uniform1f(line.location('u_width'), width);
      gl.uniform1f(line.location('u_opacity'), opacity);
      drawRange(gl, resources.segments, rangeOf(resources.segments, phase, month));
    };
    if (cumulative) drawLines(PHASE.past, 1.5, 0.25);
    drawLines(PHASE.current, 3, 0.85);

    const sprite = shared(sprites);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, resources.icons);
    gl.uniform1i(sprite.location('u_icons'), 0);
    gl.uniform1f(sprite.location('u_cell'), this.atlas.cellSize / this.atlas.pixelRatio);
    gl.uniform1f(sprite.location('u_pulseRadius'), this.pulse.radius);
    gl.uniform3fv(sprite.location('u_ink'), HIGHLIGHT_RGB);
    const drawSprites = (
      batch: TimedBatch,
      style: number,
      phase: number,
      opacity: number,
      range = rangeOf(batch, phase, month),
    ) => {
      gl.uniform1i(sprite.location('u_style'), style);
      gl.uniform1i(sprite.location('u_phase'), phase);
      gl.uniform1f(sprite.location('u_opacity'), opacity);
      drawRange(gl, batch, range);
    };
    const { events, heads } = resources;
    drawSprites(heads, STYLE.icon, PHASE.current, 1);
    if (cumulative) drawSprites(events, STYLE.icon, PHASE.past, 0.35);
    drawSprites(events, STYLE.pulse, PHASE.current, this.pulse.opacity);
    // The highlighted events one by one, from the part laid out by end, which holds them all.
    for (const index of new Set([this.selected, this.hovered])) {
      const rank = events.endRank[index];
      if (rank === undefined) continue;
      gl.uniform1i(sprite.location('u_isSelected'), this.selected === index ? 1 : 0);
      drawSprites(events, STYLE.highlight, PHASE.either, 1, { first: rank, count: 1 });
    }
    drawSprites(events, STYLE.icon, PHASE.current, 1);
    gl.bindVertexArray(null);
  }

  /** A bit per chosen item, by its position in `all`. */
  private mask(all: readonly string[], chosen: readonly string[]): number {
    let bits = 0;
    all.forEach((item, index) => {
      if (chosen.includes(item)) bits |= 1 << index;
    });
    return bits >>> 0;
  }
}

/** `#rrggbb` as the shader's 0–1 channels. */
const rgb = (hex: string) =>
  [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
const CATEGORY_RGB = new Float32Array(
  CATEGORIES.flatMap((category) => rgb(CATEGORY_COLORS[category])),
);
const HIGHLIGHT_RGB = new Float32Array(rgb(MAP_COLORS.highlight));

/** The canvas's device pixels per CSS pixel (MapLibre sizes its drawing buffer by it). */
function devicePixelRatioOf(gl: WebGL2RenderingContext): number {
  const canvas = gl.canvas as HTMLCanvasElement;
  return canvas.clientWidth > 0 ? gl.drawingBufferWidth / canvas.clientWidth : 1;
}

interface Range {
  first: number;
  count: number;
}

/** The instances a phase can show in a month: the ended ones (past) or that month's (current). */
function rangeOf({ endedBefore, monthStart }: TimedBatch, phase: number, month: number): Range {
  const at = Math.min(Math.max(month, 0), monthStart.length - 2);
  if (phase === PHASE.past) return { first: 0, count: endedBefore[at] ?? 0 };
  const first = monthStart[at] ?? 0;
  return { first, count: (monthStart[at + 1] ?? first) - first };
}

/** Draws `range` of the batch's instances: its attributes re-pointed at the first of them. */
function drawRange(gl: WebGL2RenderingContext, batch: TimedBatch, { first, count }: Range): void {
  if (count === 0) return;
  gl.bindVertexArray(batch.vertexArray);
  gl.bindBuffer(gl.ARRAY_BUFFER, batch.buffer);
  const bytes = batch.stride * 4;
  for (const { location, size, offset } of batch.attributes) {
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, bytes, first * bytes + offset * 4);
  }
  gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
}

function uniformSetter(gl: WebGL2RenderingContext, program: Program) {
  return {
    location(name: string): WebGLUniformLocation | null {
      if (!program.uniforms.has(name)) {
        program.uniforms.set(name, gl.getUniformLocation(program.program, name));
      }
      return program.uniforms.get(name) ?? null;
    },
  };
}

function compile(gl: WebGL2RenderingContext, vertex: string, fragment: string): Program {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('WebGL could not create a shader for the events.');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
      throw new Error(`The events' shader did not compile: ${gl.getShaderInfoLog(shader)}`);
    }
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`The events' shaders did not link: ${gl.getProgramInfoLog(program)}`);
  }
  return { program, uniforms: new Map() };
}

/** The instances of `items` (in drawing order) laid out by time: see `TimedBatch`. */
function timedBatch<T>(
  gl: WebGL2RenderingContext,
  { program }: Program,
  attributes: Attribute[],
  items: readonly T[],
  timeOf: (item: T) => Timed,
  row: (item: T) => number[],
): TimedBatch {
  const byEnd = items
    .map((item, index) => ({ item, index, time: timeOf(item) }))
    // Stable: equal ends keep the order given.
    .sort((a, b) => a.time.endMonth - b.time.endMonth);
  const endRank: number[] = [];
  for (const [rank, { index }] of byEnd.entries()) endRank[index] = rank;
  const endedBefore: number[] = [];
  let ended = 0;
  for (let month = FIRST_MONTH; month <= LAST_MONTH + 1; month++) {
    while ((byEnd[ended]?.time.endMonth ?? Number.POSITIVE_INFINITY) < month) ended++;
    endedBefore.push(ended);
  }
  const months: T[][] = Array.from({ length: LAST_MONTH + 1 }, () => []);
  for (const item of items) {
    const { startMonth, endMonth } = timeOf(item);
    for (let month = Math.max(startMonth, 0); month <= Math.min(endMonth, LAST_MONTH); month++) {
      months[month]?.push(item);
    }
  }
  const monthStart: number[] = [];
  let next = items.length;
  for (const current of months) {
    monthStart.push(next);
    next += current.length;
  }
  monthStart.push(next);

  const stride = attributes.reduce((sum, { size }) => sum + size, 0);
  const data = new Float32Array(next * stride);
  const laidOut = [...byEnd.map(({ item }) => item), ...months.flat()];
  for (const [index, item] of laidOut.entries()) data.set(row(item), index * stride);

  const vertexArray = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vertexArray);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  const located: TimedBatch['attributes'] = [];
  let offset = 0;
  for (const { name, size } of attributes) {
    const location = gl.getAttribLocation(program, name);
    if (location >= 0) {
      gl.enableVertexAttribArray(location);
      gl.vertexAttribDivisor(location, 1);
      located.push({ location, size, offset });
    }
    offset += size;
  }
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  return { vertexArray, buffer, attributes: located, stride, endedBefore, monthStart, endRank };
}

/** The icons side by side in one texture, premultiplied as MapLibre blends, with mipmaps. */
function iconTexture(gl: WebGL2RenderingContext, { cells, cellSize }: IconAtlas): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  gl.texImage2D(
    gl.TEXTURE_2D,
    0,
    gl.RGBA,
    cellSize * cells.length,
    cellSize,
    0,
    gl.RGBA,
    gl.UNSIGNED_BYTE,
    null,
  );
  cells.forEach((cell, index) => {
    gl.texSubImage2D(gl.TEXTURE_2D, 0, index * cellSize, 0, gl.RGBA, gl.UNSIGNED_BYTE, cell);
  });
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  gl.generateMipmap(gl.TEXTURE_2D);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return texture;
}
