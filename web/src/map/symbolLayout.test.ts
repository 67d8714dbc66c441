import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seededRandom';
import { layOutSymbols, type PlacedSymbol, SYMBOL_GAP, type SymbolToPlace } from './symbolLayout';

/** The worst overlap between two placed symbols, in pixels (negative: none touch). */
function worstOverlap(symbols: readonly SymbolToPlace[], placed: readonly PlacedSymbol[]): number {
  let worst = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      const [pa, pb, sa, sb] = [placed[a], placed[b], symbols[a], symbols[b]];
      if (!pa || !pb || !sa || !sb) throw new Error('a symbol was not placed');
      worst = Math.max(worst, sa.radius + sb.radius - Math.hypot(pa.x - pb.x, pa.y - pb.y));
    }
  }
  return worst;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('layOutSymbols', () => {
  it('leaves symbols that do not touch at their points', () => {
    const symbols = [
      { x: 0, y: 0, radius: 9 },
      { x: 40, y: 0, radius: 9 },
      { x: 0, y: 19, radius: 9 },
    ];
    expect(layOutSymbols(symbols)).toEqual([
      { x: 0, y: 0 },
      { x: 40, y: 0 },
      { x: 0, y: 19 },
    ]);
  });

  it('fans out thirteen symbols on one point around it, the first keeping the point', () => {
    const radii = [15, 9, 9, 8, 8, 8, 8, 9, 10, 8, 8, 12, 8];
    const symbols = radii.map((radius) => ({ x: 100, y: 100, radius }));
    const placed = layOutSymbols(symbols);
    expect(placed[0]).toEqual({ x: 100, y: 100 });
    expect(worstOverlap(symbols, placed)).toBeLessThanOrEqual(-SYMBOL_GAP + 1e-9);
    // Packed around the point rather than strung out: within a few symbols' widths.
    for (const spot of placed) expect(distance(spot, { x: 100, y: 100 })).toBeLessThan(70);
  });

  it('never overlaps, for random crowds of every density and size', () => {
    const random = seededRandom(15);
    for (let trial = 0; trial < 40; trial++) {
      const spread = 5 + random() * 300;
      const symbols = Array.from({ length: 5 + Math.floor(random() * 120) }, () => ({
        x: random() * spread,
        y: random() * spread,
        radius: 7 + random() * 13,
      }));
      const placed = layOutSymbols(symbols);
      expect(placed).toHaveLength(symbols.length);
      expect(worstOverlap(symbols, placed)).toBeLessThanOrEqual(-SYMBOL_GAP + 1e-9);
    }
  });

  it('never overlaps in a month of the largest benchmark: six hundred symbols round a hundred places', () => {
    const random = seededRandom(100_000);
    const places = Array.from({ length: 100 }, () => ({ x: random() * 400, y: random() * 300 }));
    const symbols = Array.from({ length: 600 }, (_, index) => {
      const place = places[Math.floor(random() * places.length)] ?? { x: 0, y: 0 };
      // Largest first, as the map orders them.
      return {
        x: place.x + random() * 10,
        y: place.y + random() * 10,
        radius: index < 60 ? 20 : 10,
      };
    });
    const placed = layOutSymbols(symbols);
    expect(worstOverlap(symbols, placed)).toBeLessThanOrEqual(-SYMBOL_GAP + 1e-9);
  });

  it('keeps each symbol near its point when the crowd is sparse', () => {
    const random = seededRandom(4);
    const symbols = Array.from({ length: 60 }, () => ({
      x: random() * 2000,
      y: random() * 2000,
      radius: 9,
    }));
    const placed = layOutSymbols(symbols);
    symbols.forEach((symbol, index) => {
      const spot = placed[index];
      if (!spot) throw new Error('not placed');
      expect(distance(spot, symbol)).toBeLessThan(40);
    });
  });

  it('does not depend on where the screen starts: panning moves the layout, nothing else', () => {
    const random = seededRandom(9);
    const symbols = Array.from({ length: 30 }, () => ({
      x: random() * 60,
      y: random() * 60,
      radius: 9,
    }));
    const placed = layOutSymbols(symbols);
    // A whole number of cells (and a power of two, so the sums are exact).
    const shift = 1024;
    const moved = layOutSymbols(symbols.map((s) => ({ ...s, x: s.x + shift, y: s.y + shift })));
    moved.forEach((spot, index) => {
      expect(spot.x - shift).toBeCloseTo(placed[index]?.x ?? Number.NaN, 6);
      expect(spot.y - shift).toBeCloseTo(placed[index]?.y ?? Number.NaN, 6);
    });
  });
});
