/**
 * Where the timeline puts each event inside its country's lane: markers dodge vertically into
 * rows (centre first, then alternately above and below) so that events days apart stay side by
 * side. When a stretch of time holds more events than the lane has rows, no marker is drawn on
 * top of another: the lane gives its bottom row to "+N" badges that count what did not fit, and
 * the parts of an event (`partOf`) give way first, since their whole already stands for them,
 * and the changes of leader last, being few and what a reader looks for.
 */

export interface LaneItem {
  id: string;
  /** The event this one is part of, when that event is in the chart too. */
  wholeId: string | null;
  /** Placed before the others (a change of leader). */
  first: boolean;
  x: number;
  /** Where a lasting event's line ends (x for a one-day event). */
  endX: number;
}

export interface LaneBadge {
  x: number;
  row: number;
  /** The ids of the events it counts, in time order. */
  ids: string[];
}

export interface LaneLayout {
  /** The row of each event drawn, by id (0 the centre row, then outwards). */
  rows: Map<string, number>;
  badges: LaneBadge[];
}

/**
 * Lays out one lane's items (in time order) over `rowOffsets.length` rows, `rowOffsets` giving each
 * row's distance from the centre in row steps. `size` is a marker's width: two markers on a row
 * need that much room between their centres, a badge `badgeWidth`. The event `keep` (the one
 * highlighted) is always drawn.
 */
export function layOutLane(
  items: readonly LaneItem[],
  rowOffsets: readonly number[],
  size: number,
  badgeWidth: number,
  keep: string | null = null,
): LaneLayout {
  const all = rowOffsets.map((_, row) => row);
  const first = placeInRows(items, all, size, keep);
  if (first.unplaced.length === 0) return { rows: first.rows, badges: [] };
  // The bottom row becomes the badges' row; the others (if any) hold markers.
  const badgeRow = all.reduce((lowest, row) =>
    (rowOffsets[row] ?? 0) > (rowOffsets[lowest] ?? 0) ? row : lowest,
  );
  const second = placeInRows(
    items,
    all.filter((row) => row !== badgeRow),
    size,
    keep,
  );
  return { rows: second.rows, badges: badgeRuns(second.unplaced, items, badgeRow, badgeWidth) };
}

/**
 * The kept event first, then those marked `first`, then wholes and lone events, then parts where
 * there is still room; each in the first free row.
 */
function placeInRows(
  items: readonly LaneItem[],
  rows: readonly number[],
  size: number,
  keep: string | null,
) {
  const drawn = new Set(items.map((item) => item.id));
  const isPart = (item: LaneItem) => item.wholeId !== null && drawn.has(item.wholeId);
  const rank = (item: LaneItem) => (item.id === keep ? 0 : item.first ? 1 : isPart(item) ? 3 : 2);
  const taken = new Map<number, [number, number][]>(rows.map((row) => [row, []]));
  const placed = new Map<string, number>();
  const unplaced: string[] = [];
  for (const item of [0, 1, 2, 3].flatMap((r) => items.filter((item) => rank(item) === r))) {
    const from = item.x - size * 0.55;
    const to = Math.max(item.endX, item.x + size / 2);
    const row = rows.find((candidate) =>
      (taken.get(candidate) ?? []).every(([start, end]) => to <= start || from >= end),
    );
    if (row === undefined) {
      unplaced.push(item.id);
      continue;
    }
    taken.get(row)?.push([from, to]);
    placed.set(item.id, row);
  }
  return { rows: placed, unplaced };
}

/** The events that did not fit, gathered into badges no closer together than `badgeWidth`. */
function badgeRuns(
  unplaced: readonly string[],
  items: readonly LaneItem[],
  row: number,
  badgeWidth: number,
): LaneBadge[] {
  const left = new Set(unplaced);
  const badges: LaneBadge[] = [];
  for (const item of items) {
    if (!left.has(item.id)) continue;
    const last = badges.at(-1);
    if (last && item.x - last.x < badgeWidth) last.ids.push(item.id);
    else badges.push({ x: item.x, row, ids: [item.id] });
  }
  return badges;
}
