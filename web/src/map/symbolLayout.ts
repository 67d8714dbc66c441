/**
 * Where each of the month's symbols is drawn, so that none covers another: the one layout that
 * the event layer draws, picks, highlights and offers to the keyboard. Pure, in screen pixels.
 *
 * Symbols are placed one by one, in the order given (the first keeps its own point). Each goes
 * to the free spot nearest its true point: its point if free, else the first free spot on rings
 * of growing radius around it. Symbols at one place then fan out around it, those at nearby
 * places stay close to theirs, and, zoomed in far enough, exact sites separate by themselves.
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
/** How far apart the rings of candidate spots are, in pixels. */
const STEP = 2;

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
  /** The symbol the last spot tried ran into: the likeliest to block the next one too. */
  let blocker = -1;
  const blocks = (other: number, x: number, y: number, radius: number) => {
    const at = placed[other];
    const clearance = radius + (symbols[other]?.radius ?? 0) + gap;
    return at !== undefined && (at.x - x) ** 2 + (at.y - y) ** 2 < clearance ** 2;
  };

  const isFree = (x: number, y: number, radius: number): boolean => {
    if (blocker >= 0 && blocks(blocker, x, y, radius)) return false;
    const column = Math.floor(x / cell);
    const row = Math.floor(y / cell);
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (const other of grid.get(keyOf(column + dc, row + dr)) ?? []) {
          if (blocks(other, x, y, radius)) {
            blocker = other;
            return false;
          }
        }
      }
    }
    return true;
  };

  for (const [index, symbol] of symbols.entries()) {
    const spot = freeSpotNear(symbol, isFree);
    placed.push(spot);
    const key = keyOf(Math.floor(spot.x / cell), Math.floor(spot.y / cell));
    const members = grid.get(key);
    if (members) members.push(index);
    else grid.set(key, [index]);
  }
  return placed;
}

/**
 * The symbol's point, or the first free spot on rings `STEP` apart around it, each ring walked
 * clockwise from north in steps of half the symbol's radius (a finer walk packs no tighter).
 * Beyond every placed symbol all is free, so the search ends.
 */
function freeSpotNear(
  { x, y, radius }: SymbolToPlace,
  isFree: (x: number, y: number, radius: number) => boolean,
): PlacedSymbol {
  if (isFree(x, y, radius)) return { x, y };
  for (let ring = 1; ; ring++) {
    const distance = ring * STEP;
    const spots = Math.ceil((2 * Math.PI * distance) / Math.max(STEP, radius / 2));
    for (let spot = 0; spot < spots; spot++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * spot) / spots;
      const at = { x: x + distance * Math.cos(angle), y: y + distance * Math.sin(angle) };
      if (isFree(at.x, at.y, radius)) return at;
    }
  }
}
