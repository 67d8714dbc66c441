/**
 * The events, their arrows, the ripple around this month's events and the highlight, drawn by one
 * custom WebGL layer. Everything is uploaded once, laid out by time (`layOutByTime`), so that a
 * month draws only the instances it can show; the month, the mode and the filters are uniforms.
 * A time step costs one frame however many events there are: nothing is re-tiled or re-uploaded
 * but the month's layout (`monthSymbols`): where each of the month's symbols is drawn, fanned out
 * from its true point with a leader line back to it, and which parts give way to their whole.
 * It is a small texture, one texel per event, redone when the month, the zoom or the selection
 * changes; the faded earlier months stay at their own points, under the month's symbols.
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
  LAYOUT_WIDTH,
  layoutTexture,
  type Program,
  rgb,
  uniformLocation,
} from './glHelpers';
import { MAP_COLORS } from './layers';
import { layOutByTime, type Range, rangeOf, type TimeLayout } from './layOutByTime';
import {
  type Indexed,
  type MonthLayout,
  type MonthSymbol,
  monthSymbols,
  WORLD_SIZE,
} from './monthSymbols';
import {
  type EventView,
  PHASE,
  type PhaseNumber,
  phaseAt,
  visibilityUniforms,
  visibilityValues,
} from './visibility';

/** The extra CSS pixels around a symbol within which a pointer still picks it. */
const PICK_MARGIN = 6;

/** A symbol of the month where it is drawn, in CSS pixels of the map's container. */
export interface SymbolOnScreen {
  id: string;
  /** Where the symbol is drawn. */
  x: number;
  y: number;
  /** The event's true point, where its leader line starts. */
  anchorX: number;
  anchorY: number;
  /** Half the room the symbol takes. */
  radius: number;
}

/** Instances uploaded in the order of their time layout. */
type TimedBatch = InstanceBuffer & Omit<TimeLayout<unknown>, 'order'>;

interface Resources {
  sprites: Program;
  lines: Program;
  events: TimedBatch;
  heads: TimedBatch;
  segments: TimedBatch;
  icons: WebGLTexture;
  /** Per event: its symbol's shift in CSS pixels (x, y) and whether it gives way to its whole (z). */
  layout: WebGLTexture;
}

/** The month's layout, and what it was laid out for. */
interface Laid extends MonthLayout {
  view: EventView;
  zoom: number;
  selected: number;
  /** The indices of the events with a symbol. */
  drawn: Set<number>;
}

export class EventLayer implements CustomLayerInterface {
  readonly type = 'custom';
  readonly renderingMode = '2d';
  private map: MapLibreMap | null = null;
  /** The canvas's width in CSS pixels, read when the map resizes, not in a frame. */
  private cssWidth = 0;
  private readonly measure = () => {
    this.cssWidth = this.map?.getCanvas().clientWidth ?? 0;
  };
  private resources: Resources | null = null;
  private view: EventView;
  private selected = -1;
  private hovered = -1;
  /** Events a story step points at: drawn as the selected one is. */
  private highlighted: number[] = [];
  private pulse = { radius: RING_RADIUS, opacity: 0.5 };
  private readonly indexById: Map<string, number>;
  /** The past events in the reverse of drawing order, for picking. */
  private readonly topFirst: MapEvent[];
  /** The events laid out by time, as the buffers are: a month's layout looks at its own only. */
  private readonly byTime: TimeLayout<Indexed>;
  private layout: Laid | null = null;
  /** The layout texture's contents, and the events whose texels the uploaded layout set. */
  private readonly texels: Float32Array;
  private written: number[] = [];
  private uploaded: Laid | null = null;

  constructor(
    readonly id: string,
    private readonly geometry: EventGeometry,
    private readonly atlas: IconAtlas,
    view: EventView,
  ) {
    this.view = view;
    this.indexById = new Map(geometry.events.map((event, index) => [event.id, index]));
    this.topFirst = [...geometry.events].reverse();
    this.byTime = layOutByTime(
      geometry.events.map((event, index) => ({ event, index })),
      ({ event }) => event,
    );
    this.texels = new Float32Array(
      4 * LAYOUT_WIDTH * Math.max(1, Math.ceil(geometry.events.length / LAYOUT_WIDTH)),
    );
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.measure();
    map.on('resize', this.measure);
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
          event.icon,
          this.indexOf(event),
        ],
      ),
      heads: timedBatch(
        gl,
        sprites,
        SPRITE_ATTRIBUTES,
        heads,
        (head) => head.event,
        ({ event, at, angle }) => [
          ...at,
          ...timed(event),
          0.9,
          angle,
          ARROWHEAD_CELL,
          this.indexOf(event),
        ],
      ),
      segments: timedBatch(
        gl,
        lines,
        LINE_ATTRIBUTES,
        segments,
        (segment) => segment.event,
        ({ event, from, to }) => [...from, ...to, ...timed(event), this.indexOf(event)],
      ),
      icons: cellTexture(gl, this.atlas.cells, this.atlas.cellSize),
      layout: layoutTexture(gl, this.texels),
    };
    this.uploaded = null;
  }

  private indexOf(event: MapEvent): number {
    return this.indexById.get(event.id) ?? -1;
  }

  onRemove(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    map.off('resize', this.measure);
    const resources = this.resources;
    if (!resources) return;
    for (const { vertexArray, buffer } of [resources.events, resources.heads, resources.segments]) {
      gl.deleteVertexArray(vertexArray);
      gl.deleteBuffer(buffer);
    }
    gl.deleteProgram(resources.sprites.program);
    gl.deleteProgram(resources.lines.program);
    gl.deleteTexture(resources.icons);
    gl.deleteTexture(resources.layout);
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

  /** The month's layout as drawn now: done afresh when the view, zoom or selection moved. */
  private monthLayout(): Laid {
    const zoom = this.map?.getZoom() ?? 0;
    const { layout, view, selected } = this;
    if (layout?.view === view && layout.zoom === zoom && layout.selected === selected) {
      return layout;
    }
    const selectedId = this.geometry.events[selected]?.id ?? null;
    const { first, count } = rangeOf(this.byTime, PHASE.current, view.month);
    const underWay = this.byTime.order.slice(first, first + count);
    const laid = monthSymbols(underWay, view, zoom, selectedId);
    const drawn = new Set(laid.symbols.map((symbol) => symbol.index));
    this.layout = { ...laid, view, zoom, selected, drawn };
    return this.layout;
  }

  /** Whether the month's layout gives the event a symbol now. */
  draws(id: string): boolean {
    const index = this.indexById.get(id);
    return index !== undefined && this.monthLayout().drawn.has(index);
  }

  /** The month's symbols as drawn now. */
  monthSymbols(): MonthSymbol[] {
    return this.monthLayout().symbols;
  }

  /** The month's symbols in CSS pixels of the map's container, in the layout's order. */
  symbolsOnScreen(): SymbolOnScreen[] {
    const map = this.map;
    if (!map) return [];
    return this.monthSymbols().map(({ event, dx, dy, radius }) => {
      const anchor = map.project([event.lon, event.lat]);
      return {
        id: event.id,
        x: anchor.x + dx,
        y: anchor.y + dy,
        anchorX: anchor.x,
        anchorY: anchor.y,
        radius,
      };
    });
  }

  /**
   * The event drawn under a point of the map (CSS pixels), if any: the month's symbol nearest
   * it where it is drawn, else the topmost faded past one at its point, as on the screen.
   */
  eventAt(point: { x: number; y: number }): MapEvent | undefined {
    const map = this.map;
    if (!map) return undefined;
    let nearest: { id: string; distance: number } | undefined;
    for (const { id, x, y, radius } of this.symbolsOnScreen()) {
      const distance = Math.hypot(x - point.x, y - point.y);
      if (distance <= radius + PICK_MARGIN && (!nearest || distance < nearest.distance)) {
        nearest = { id, distance };
      }
    }
    if (nearest) return this.geometry.events[this.indexById.get(nearest.id) ?? -1];
    const { lng, lat } = map.unproject([point.x, point.y]);
    const [x, y] = mercator([lng, lat]);
    const pixels = WORLD_SIZE * 2 ** map.getZoom();
    for (const event of this.topFirst) {
      const reach = (SYMBOL_RADIUS * event.scale + PICK_MARGIN) / pixels;
      if (Math.abs(event.x - x) > reach || Math.abs(event.y - y) > reach) continue;
      if (phaseAt(event, this.view) === 'past') return event;
    }
    return undefined;
  }

  /** Writes the month's layout into its texture, clearing what the last one wrote. */
  private uploadLayout(gl: WebGL2RenderingContext, texture: WebGLTexture): void {
    const layout = this.monthLayout();
    if (layout === this.uploaded) return;
    for (const index of this.written) this.texels.fill(0, 4 * index, 4 * index + 4);
    this.written = [];
    for (const { index, dx, dy } of layout.symbols) {
      this.texels[4 * index] = dx;
      this.texels[4 * index + 1] = dy;
      this.written.push(index);
    }
    for (const index of layout.givingWay) {
      this.texels[4 * index + 2] = 1;
      this.written.push(index);
    }
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texSubImage2D(
      gl.TEXTURE_2D,
      0,
      0,
      0,
      LAYOUT_WIDTH,
      this.texels.length / 4 / LAYOUT_WIDTH,
      gl.RGBA,
      gl.FLOAT,
      this.texels,
    );
    this.uploaded = layout;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const resources = this.resources;
    if (!resources) return;
    const { sprites, lines } = resources;
    this.uploadLayout(gl, resources.layout);
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
      gl.uniform1f(at('u_pixelRatio'), devicePixelRatioOf(gl, this.cssWidth));
      gl.uniform1f(at('u_month'), rule.u_month);
      gl.uniform1i(at('u_cumulative'), rule.u_cumulative ? 1 : 0);
      gl.uniform1ui(at('u_countries'), rule.u_countries);
      gl.uniform1ui(at('u_categories'), rule.u_categories);
      gl.uniform3fv(at('u_colors'), CATEGORY_RGB);
      gl.activeTexture(gl.TEXTURE1);
      gl.bindTexture(gl.TEXTURE_2D, resources.layout);
      gl.uniform1i(at('u_layout'), 1);
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
      // Arrowheads stay on their arcs; the events' symbols go where the month's layout put them.
      gl.uniform1i(sprite('u_fanned'), batch === resources.events ? 1 : 0);
      gl.uniform1i(sprite('u_phase'), phase);
      gl.uniform1f(sprite('u_opacity'), opacity);
      drawInstances(gl, batch, range);
    };
    const { events, heads } = resources;
    drawSprites(heads, STYLE.icon, PHASE.current, 1);
    if (cumulative) drawSprites(events, STYLE.icon, PHASE.past, 0.35);
    drawSprites(events, STYLE.leader, PHASE.current, 0.75);
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
