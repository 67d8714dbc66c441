/**
 * The month's symbols as the map draws them: which of the month's events have a symbol of their
 * own at this zoom (wholes and parts), and where each is drawn (`layOutSymbols`), relative to its
 * true point. The event layer draws, picks and highlights from this, and the map's keyboard list
 * offers the same symbols: one source of truth for where a symbol is.
 */
import type { MapEvent } from './eventGeometry';
import { SYMBOL_EXTENT } from './eventSymbols';
import { layOutSymbols } from './symbolLayout';
import { type EventView, phaseAt } from './visibility';

/**
 * Below this zoom (a country or more on screen) a whole stands for its parts: the revolution's
 * symbol for the volleys and sieges that were part of it. From it on (a region, a city), each
 * part has its own symbol, and the whole keeps its own among them, at its place.
 */
export const PARTS_ZOOM = 6;
/** MapLibre's world is 512 CSS pixels across at zoom 0. */
export const WORLD_SIZE = 512;

export interface MonthSymbol {
  event: MapEvent;
  /** Its place in the geometry's events (the layer's buffers and layout texture). */
  index: number;
  /** Where it is drawn, from its true point, in CSS pixels (y down). */
  dx: number;
  dy: number;
  /** Half the room it takes, in CSS pixels. */
  radius: number;
}

/** Whether a whole of the event (its `partOf`, or that one's, …) has a symbol in the view. */
export function wholeShown(event: MapEvent, view: EventView): boolean {
  for (let whole = event.whole; whole; whole = whole.whole) {
    if (phaseAt(whole, view) !== null) return true;
  }
  return false;
}

export interface MonthLayout {
  symbols: MonthSymbol[];
  /** The indices of the month's events that give way to their whole: not drawn. */
  givingWay: number[];
}

/** An event and its place in the geometry's events. */
export interface Indexed {
  event: MapEvent;
  index: number;
}

/**
 * The symbols of the month's events (those of `candidates` under way) at `zoom`, laid out in the
 * order given (the largest toll first keeps its point). Below `PARTS_ZOOM` a part whose whole is
 * shown gives way to it, unless it is the selected event: what the reader chose stays drawn.
 */
export function monthSymbols(
  candidates: readonly Indexed[],
  view: EventView,
  zoom: number,
  selectedId: string | null = null,
): MonthLayout {
  const partsShown = zoom >= PARTS_ZOOM;
  const world = WORLD_SIZE * 2 ** zoom;
  const chosen: Indexed[] = [];
  const givingWay: number[] = [];
  for (const { event, index } of candidates) {
    if (phaseAt(event, view) !== 'current') continue;
    if (!partsShown && event.id !== selectedId && wholeShown(event, view)) givingWay.push(index);
    else chosen.push({ event, index });
  }
  const toPlace = chosen.map(({ event }) => ({
    x: event.x * world,
    y: event.y * world,
    radius: SYMBOL_EXTENT * event.scale,
  }));
  const placed = layOutSymbols(toPlace);
  const symbols = chosen.map(({ event, index }, at) => {
    const from = toPlace[at] ?? { x: 0, y: 0, radius: 0 };
    const to = placed[at] ?? from;
    return { event, index, dx: to.x - from.x, dy: to.y - from.y, radius: from.radius };
  });
  return { symbols, givingWay };
}
