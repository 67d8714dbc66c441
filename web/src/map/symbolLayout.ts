/**
 * Where each of the month's symbols is drawn, so that none covers another: the one layout that
 * the event layer draws, picks, highlights and offers to the keyboard. Pure, in screen pixels.
 *
 * Symbols are placed one by one, in the order given (the first keeps its own point). Each goes
 * to the free spot nearest its true point: its point if free, else the first free spot on rings
 * of growing radius around it, each ring searched clockwise from north. Symbols at one place then
 * fan out around it, those at nearby places stay close to theirs, and, zoomed in far enough,
 * exact sites separate by themselves.
 *
 * A ring is not walked spot by spot: each placed symbol near it blocks one arc of it, worked out
 * exactly, and the first spot past those arcs is the answer. A crowd of hundreds around one city
 * is then laid out in a few milliseconds, as a month step needs.
 */

export interface SymbolToPlace {
  /** The true point, in screen pixels (any origin: the layout does not depend on it). */
  x: number;
  y: number;
  /** Half the symbol's size, in the same pixels. */
  radius: number;
}

export interface PlacedSymbol {
  x: number;
  y: number;
}

/** Room left between two symbols, in pixels: their outlines touch at worst. */
export const SYMBOL_GAP = 1;
/** Rings are this part of the symbol's radius apart: finer packs no tighter. */
const RING_STEP = 0.5;
/** Arcs are widened by this (radians), so that a spot just past one clears it despite rounding. */
const ARC_SLACK = 1e-9;
const TURN = 2 * Math.PI;

/** A placed symbol near the one being placed: how far from its point, in which direction, its size. */
interface Near {
  distance: number;
  /** Clockwise from north (y down), radians. */
  bearing: number;
  radius: number;
}

/**
 * The symbols' drawn centres, in the order given. Any two placed symbols `a`, `b` keep
 * `distance >= a.radius + b.radius + gap`: they never overlap.
 */
export function layOutSymbols(
  symbols: readonly SymbolToPlace[],
  gap: number = SYMBOL_GAP,
): PlacedSymbol[] {
  const largest = symbols.reduce((most, { radius }) => Math.max(most, radius), 0);
  // A cell as wide as the widest clearance: any symbol that can touch a spot is in the 3×3 cells around it.
  const cell = Math.max(2 * largest + gap, 1);
  const grid = new Map<number, number[]>();
  const placed: PlacedSymbol[] = [];
  // Cells by one number: columns and rows well within ±2^20 of the screen.
  const keyOf = (column: number, row: number) => column * 2 ** 21 + row;
  const clearance = (radius: number, other: number) => radius + (symbols[other]?.radius ?? 0) + gap;

  const isFree = (x: number, y: number, radius: number): boolean => {
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const other of grid.get(keyOf(column + dc, row + dr)) ?? []) {
          const at = placed[other];
          if (at && (at.x - x) ** 2 + (at.y - y) ** 2 < clearance(radius, other) ** 2) return false;
        }
      }
    }
    return true;
  };

  /**
   * The symbol's point, or the first free spot on its rings, from the first not known to be full.
   * The placed symbols are gathered by squares of cells around the point as the rings grow (not
   * those too near to cross any ring searched), and a ring looks only at those that cross it.
   * Beyond every placed symbol all is free: the search ends.
   */
  const freeSpotNear = ({ x, y, radius }: SymbolToPlace): PlacedSymbol => {
    if (isFree(x, y, radius)) return { x, y };
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    const reach = radius + largest + gap;
    const step = ringStep(radius);
    const firstRing = Math.max(1, Math.floor(searchedAround(x, y, radius) / step));
    const near: Near[] = [];
    // A square `k` cells out holds symbols within (k + 1)·cell·√2 of the point: the inner ones
    // are skipped when that is short of the first ring by more than any clearance.
    let square = Math.max(-1, Math.ceil((firstRing * step - reach) / (cell * Math.SQRT2)) - 2);
    /** Every placed symbol from the first ring's reach to this far from the point is in `near`. */
    let gatheredWithin = -1;
    const arcs = new Arcs();
    for (let ring = firstRing; ; ring++) {
      const distance = ring * step;
      while (gatheredWithin < distance + reach) {
        square++;
        gatherSquare(column, row, square, near, x, y);
        gatheredWithin = square * cell;
      }
      arcs.clear();
      let whole = false;
      for (const other of near) {
        const apart = other.distance;
        const needed = radius + other.radius + gap;
        if (apart - distance >= needed || distance - apart >= needed) continue;
        if (apart + distance <= needed) {
          whole = true;
          break;
        }
        const cos =
          (distance * distance + apart * apart - needed * needed) / (2 * distance * apart);
        const half = Math.acos(Math.min(1, Math.max(-1, cos))) + ARC_SLACK;
        arcs.add(other.bearing - half, other.bearing + half);
      }
      if (whole) continue;
      const free = arcs.firstFreeBearing();
      if (free === null) continue;
      const spot = { x: x + distance * Math.sin(free), y: y - distance * Math.cos(free) };
      if (isFree(spot.x, spot.y, radius)) return spot;
    }
  };

  /** Adds to `near` the placed symbols in the cells on the square `size` cells out from (column, row). */
  const gatherSquare = (
    column: number,
    row: number,
    size: number,
    near: Near[],
    x: number,
    y: number,
  ): void => {
    for (let dc = -size; dc <= size; dc++) {
      const edge = dc === -size || dc === size;
      for (let dr = -size; dr <= size; dr += edge || size === 0 ? 1 : 2 * size) {
        for (const index of grid.get(keyOf(column + dc, row + dr)) ?? []) {
          const at = placed[index] as PlacedSymbol;
          const dx = at.x - x;
          const dy = at.y - y;
          near.push({
            distance: Math.sqrt(dx * dx + dy * dy),
            bearing: Math.atan2(dx, -dy),
            radius: symbols[index]?.radius ?? 0,
          });
        }
      }
    }
  };

  /**
   * How far out from (x, y) the rings are known to be full for a symbol of `radius`: a symbol as
   * large or smaller, whose point is near, found its rings full up to some distance, and nothing
   * placed since has freed them. A crowd's symbols then start where the last one's search ended,
   * instead of walking again through the rings filled before them.
   */
  const searchedAround = (x: number, y: number, radius: number): number => {
    let known = 0;
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const other of searches.get(keyOf(column + dc, row + dr)) ?? []) {
          const { x: ox, y: oy, radius: otherRadius } = symbols[other] as SymbolToPlace;
          if (otherRadius > radius) continue;
          const full = (fullWithin[other] as number) - Math.sqrt((ox - x) ** 2 + (oy - y) ** 2);
          if (full > known) known = full;
        }
      }
    }
    return known;
  };
  /** Per symbol placed: how far out from its point its rings were all full. */
  const fullWithin: number[] = [];
  /** The symbols whose search found full rings, by the cell of their true point. */
  const searches = new Map<number, number[]>();

  for (const [index, symbol] of symbols.entries()) {
    const spot = freeSpotNear(symbol);
    const shift = Math.sqrt((spot.x - symbol.x) ** 2 + (spot.y - symbol.y) ** 2);
    fullWithin.push(shift - ringStep(symbol.radius));
    if (shift > 0) {
      const key = keyOf(Math.floor(symbol.x / cell), Math.floor(symbol.y / cell));
      const searched = searches.get(key);
      if (searched) searched.push(index);
      else searches.set(key, [index]);
    }
    placed.push(spot);
    const key = keyOf(Math.floor(spot.x / cell), Math.floor(spot.y / cell));
    const members = grid.get(key);
    if (members) members.push(index);
    else grid.set(key, [index]);
  }
  return placed;
}

/** How far apart a symbol's rings are. */
const ringStep = (radius: number) => Math.max(radius * RING_STEP, 0.5);

/** The arcs of a ring that placed symbols block, as bearings within [0, 2π), kept by start. */
class Arcs {
  private starts = new Float64Array(64);
  private ends = new Float64Array(64);
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  add(start: number, end: number): void {
    if (end - start >= TURN) {
      this.insert(0, TURN);
      return;
    }
    const from = ((start % TURN) + TURN) % TURN;
    const to = from + (end - start);
    if (to <= TURN) this.insert(from, to);
    else {
      this.insert(from, TURN);
      this.insert(0, to - TURN);
    }
  }

  /** The first bearing clockwise from north (0) that no arc covers, or null when they cover all. */
  firstFreeBearing(): number | null {
    let bearing = 0;
    for (let arc = 0; arc < this.count; arc++) {
      if ((this.starts[arc] as number) > bearing) break;
      bearing = Math.max(bearing, this.ends[arc] as number);
    }
    return bearing < TURN ? bearing : null;
  }

  /** Insertion by start: a ring has a few dozen arcs, which this sorts faster than a comparator. */
  private insert(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Float64Array(2 * this.count);
      const ends = new Float64Array(2 * this.count);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    let at = this.count++;
    for (; at > 0 && (this.starts[at - 1] as number) > start; at--) {
      this.starts[at] = this.starts[at - 1] as number;
      this.ends[at] = this.ends[at - 1] as number;
    }
    this.starts[at] = start;
    this.ends[at] = end;
  }
}
