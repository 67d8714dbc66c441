import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seededRandom';
import { type LaneItem, layOutLane } from '../src/laneLayout';

const SIZE = 10;
const BADGE = 24;
/** Three rows: the centre, then above, then below (as the timeline orders them). */
const OFFSETS = [0, -1, 1];

const item = (id: string, x: number, extra: Partial<LaneItem> = {}): LaneItem => ({
  id,
  wholeId: null,
  first: false,
  x,
  endX: x,
  ...extra,
});

/** Each drawn marker's extent on its row, as `layOutLane` reserves it. */
function extents(items: readonly LaneItem[], rows: Map<string, number>) {
  return items.flatMap((i) => {
    const row = rows.get(i.id);
    return row === undefined
      ? []
      : [{ row, from: i.x - SIZE * 0.55, to: Math.max(i.endX, i.x + SIZE / 2) }];
  });
}

describe('layOutLane', () => {
  it('puts events far apart on the centre row', () => {
    const items = [item('a', 0), item('b', 50), item('c', 100)];
    const { rows, badges } = layOutLane(items, OFFSETS, SIZE, BADGE);
    expect([...rows.values()]).toEqual([0, 0, 0]);
    expect(badges).toEqual([]);
  });

  it('dodges events days apart into the next rows', () => {
    const items = [item('a', 0), item('b', 2), item('c', 4)];
    const { rows } = layOutLane(items, OFFSETS, SIZE, BADGE);
    expect([rows.get('a'), rows.get('b'), rows.get('c')]).toEqual([0, 1, 2]);
  });

  it('counts what does not fit in a badge on the bottom row, drawing nothing on top of anything', () => {
    const items = Array.from({ length: 7 }, (_, i) => item(`e${i}`, i));
    const { rows, badges } = layOutLane(items, OFFSETS, SIZE, BADGE);
    // Two marker rows are left once the bottom one holds the badge.
    expect(rows.size).toBe(2);
    expect([...rows.values()].sort()).toEqual([0, 1]);
    expect(badges).toEqual([{ x: 2, row: 2, ids: ['e2', 'e3', 'e4', 'e5', 'e6'] }]);
  });

  it('lets parts give way to their whole and to lone events', () => {
    const items = [
      item('part1', 0, { wholeId: 'whole' }),
      item('whole', 1, { endX: 40 }),
      item('part2', 2, { wholeId: 'whole' }),
      item('lone', 3),
      item('part3', 4, { wholeId: 'whole' }),
    ];
    const { rows, badges } = layOutLane(items, OFFSETS, SIZE, BADGE);
    expect(rows.has('whole')).toBe(true);
    expect(rows.has('lone')).toBe(true);
    expect(badges.flatMap((badge) => badge.ids)).toEqual(['part1', 'part2', 'part3']);
  });

  it('draws the changes of leader before the others', () => {
    const items = Array.from({ length: 7 }, (_, i) => item(`e${i}`, i, { first: i === 5 }));
    const { rows } = layOutLane(items, OFFSETS, SIZE, BADGE);
    expect(rows.get('e5')).toBe(0);
  });

  it('always draws the kept (highlighted) event', () => {
    const items = Array.from({ length: 7 }, (_, i) => item(`e${i}`, i));
    const { rows, badges } = layOutLane(items, OFFSETS, SIZE, BADGE, 'e6');
    expect(rows.has('e6')).toBe(true);
    expect(badges.flatMap((badge) => badge.ids)).not.toContain('e6');
  });

  it('never overlaps two markers or two badges, and accounts for every event, on random lanes', () => {
    const random = seededRandom(7);
    for (let lane = 0; lane < 200; lane++) {
      const items = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, i) => {
        const x = Math.round(random() * 300);
        return item(`e${i}`, x, { endX: random() < 0.3 ? x + random() * 80 : x });
      }).sort((a, b) => a.x - b.x);
      const { rows, badges } = layOutLane(items, OFFSETS, SIZE, BADGE);
      const marks = extents(items, rows);
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          if (a.row === b.row) expect(a.to <= b.from || b.to <= a.from).toBe(true);
        }
      }
      const badgeRows = new Set(badges.map((badge) => badge.row));
      for (const mark of marks) expect(badgeRows.has(mark.row)).toBe(false);
      for (const [i, badge] of badges.entries()) {
        const next = badges[i + 1];
        if (next) expect(next.x - badge.x).toBeGreaterThanOrEqual(BADGE);
      }
      const counted = badges.flatMap((badge) => badge.ids);
      expect(rows.size + counted.length).toBe(items.length);
    }
  });
});
