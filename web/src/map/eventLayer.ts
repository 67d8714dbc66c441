/**
 * The events, their arrows, the ripple around this month's events and the highlight, drawn by one
 * custom WebGL layer. Everything is uploaded once, laid out by time (`layOutByTime`), so that a
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
import { type EventGeometry, type MapEvent, mercator } from './eventGeometry';
import {
  LINE_ATTRIBUTES,
  LINE_FRAGMENT,
  LINE_VERTEX,
  SPRITE_ATTRIBUTES,
  SPRITE_FRAGMENT,
  SPRITE_VERTEX,
  STYLE,
} from './eventShaders';
import { ARROWHEAD_CELL, type IconAtlas, RING_RADIUS, SYMBOL_RADIUS } from './eventSymbols';
import {
  type Attribute,
  cellTexture,
  compile,
  devicePixelRatioOf,
  drawInstances,
  type InstanceBuffer,
  instanceBuffer,
  type Program,
  rgb,
  uniformLocation,
} from './glHelpers';
import { MAP_COLORS } from './layers';
import { layOutByTime, type Range, rangeOf, type TimeLayout } from './layOutByTime';
import {
  categoryIndex,
  type EventView,
  PHASE,
  type PhaseNumber,
  phaseAt,
  visibilityUniforms,
  visibilityValues,
} from './visibility';

/** The extra CSS pixels around a symbol within which a pointer still picks it. */
const PICK_MARGIN = 6;
/** MapLibre's world is 512 CSS pixels across at zoom 0. */
const WORLD_SIZE = 512;

/** Instances uploaded in the order of their time layout. */
type TimedBatch = InstanceBuffer & Omit<TimeLayout<unknown>, 'order'>;

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
  /** Events a story step points at: drawn as the selected one is. */
  private highlighted: number[] = [];
  private pulse = { radius: RING_RADIUS, opacity: 0.5 };
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
    const { events, segments, heads, countries } = this.geometry;
    const timed = (event: MapEvent) => visibilityValues(event, countries);
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
        (event) => [
          event.x,
          event.y,
          ...timed(event),
          event.scale,
          0,
          categoryIndex(event.category),
        ],
      ),
      heads: timedBatch(
        gl,
        sprites,
        SPRITE_ATTRIBUTES,
        heads,
        (head) => head.event,
        ({ event, at, angle }) => [...at, ...timed(event), 0.9, angle, ARROWHEAD_CELL],
      ),
      segments: timedBatch(
        gl,
        lines,
        LINE_ATTRIBUTES,
        segments,
        (segment) => segment.event,
        ({ event, from, to }) => [...from, ...to, ...timed(event)],
      ),
      icons: cellTexture(gl, this.atlas.cells, this.atlas.cellSize),
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

  setHighlighted(ids: readonly string[]): void {
    this.highlighted = ids.flatMap((id) => this.indexById.get(id) ?? []);
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
      const reach = (SYMBOL_RADIUS * event.scale + PICK_MARGIN) / pixels;
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
    const rule = visibilityUniforms(this.view, this.geometry.countries);
    const shared = (program: Program) => {
      gl.useProgram(program.program);
      const at = (name: string) => uniformLocation(gl, program, name);
      gl.uniformMatrix4fv(at('u_matrix'), false, options.defaultProjectionData.mainMatrix);
      gl.uniform2f(at('u_viewport'), gl.drawingBufferWidth, gl.drawingBufferHeight);
      gl.uniform1f(at('u_pixelRatio'), devicePixelRatioOf(gl));
      gl.uniform1f(at('u_month'), rule.u_month);
      gl.uniform1i(at('u_cumulative'), rule.u_cumulative ? 1 : 0);
      gl.uniform1ui(at('u_countries'), rule.u_countries);
      gl.uniform1ui(at('u_categories'), rule.u_categories);
      gl.uniform3fv(at('u_colors'), CATEGORY_RGB);
      return at;
    };

    const line = shared(lines);
    const month = this.view.month;
    const drawLines = (phase: PhaseNumber, width: number, opacity: number) => {
      gl.uniform1i(line('u_phase'), phase);
      gl.uniform1f(line('u_width'), width);
      gl.uniform1f(line('u_opacity'), opacity);
      drawInstances(gl, resources.segments, rangeOf(resources.segments, phase, month));
    };
    if (cumulative) drawLines(PHASE.past, 1.5, 0.25);
    drawLines(PHASE.current, 3, 0.85);

    const sprite = shared(sprites);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, resources.icons);
    gl.uniform1i(sprite('u_icons'), 0);
    gl.uniform1f(sprite('u_cell'), this.atlas.cellSize / this.atlas.pixelRatio);
    gl.uniform1f(sprite('u_pulseRadius'), this.pulse.radius);
    gl.uniform3fv(sprite('u_ink'), HIGHLIGHT_RGB);
    const drawSprites = (
      batch: TimedBatch,
      style: number,
      phase: PhaseNumber,
      opacity: number,
      range: Range = rangeOf(batch, phase, month),
    ) => {
      gl.uniform1i(sprite('u_style'), style);
      gl.uniform1i(sprite('u_phase'), phase);
      gl.uniform1f(sprite('u_opacity'), opacity);
      drawInstances(gl, batch, range);
    };
    const { events, heads } = resources;
    drawSprites(heads, STYLE.icon, PHASE.current, 1);
    if (cumulative) drawSprites(events, STYLE.icon, PHASE.past, 0.35);
    drawSprites(events, STYLE.pulse, PHASE.current, this.pulse.opacity);
    // The highlighted events one by one, from the part laid out by end, which holds them all.
    for (const index of new Set([...this.highlighted, this.selected, this.hovered])) {
      const rank = events.endRank[index];
      if (rank === undefined) continue;
      const emphasised = this.selected === index || this.highlighted.includes(index);
      gl.uniform1i(sprite('u_isSelected'), emphasised ? 1 : 0);
      drawSprites(events, STYLE.highlight, PHASE.either, 1, { first: rank, count: 1 });
    }
    drawSprites(events, STYLE.icon, PHASE.current, 1);
    gl.bindVertexArray(null);
  }
}

const CATEGORY_RGB = new Float32Array(
  CATEGORIES.flatMap((category) => rgb(CATEGORY_COLORS[category])),
);
const HIGHLIGHT_RGB = new Float32Array(rgb(MAP_COLORS.highlight));

/** The instances of `items` (in drawing order), laid out by time and uploaded. */
function timedBatch<T>(
  gl: WebGL2RenderingContext,
  program: Program,
  attributes: readonly Attribute[],
  items: readonly T[],
  eventOf: (item: T) => MapEvent,
  row: (item: T) => number[],
): TimedBatch {
  const { order, ...layout } = layOutByTime(items, eventOf);
  return { ...instanceBuffer(gl, program, attributes, order.map(row)), ...layout };
}
