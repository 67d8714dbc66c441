/**
 * Which events are under way in each month, and which were over before it, derived once for a
 * list of events: a month step then reads the few events of its month instead of testing them
 * all. The index holds positions, not events, so that it serves any list in the same order, such
 * as the same events named as at another date (places/gazetteer.ts keeps their order).
 */
import { FIRST_MONTH, LAST_MONTH } from './months';

export interface Timed {
  startMonth: number;
  endMonth: number;
}

export interface UnderWayIndex {
  /** Positions of the events under way in `month` (start ≤ month ≤ end), in the list's order. */
  underWay(month: number): readonly number[];
  /** Positions of all the events by the month they ended, equal ends in the list's order. */
  byEnd: readonly number[];
  /** How many events ended before `month`: the first that many of `byEnd`. */
  endedBefore(month: number): number;
}

const NONE: readonly number[] = [];

export function underWayIndex<T>(items: readonly T[], timeOf: (item: T) => Timed): UnderWayIndex {
  const byMonth: number[][] = Array.from({ length: LAST_MONTH - FIRST_MONTH + 1 }, () => []);
  const times = items.map(timeOf);
  times.forEach(({ startMonth, endMonth }, position) => {
    const first = Math.max(startMonth, FIRST_MONTH);
    const last = Math.min(endMonth, LAST_MONTH);
    for (let month = first; month <= last; month++) byMonth[month - FIRST_MONTH]?.push(position);
  });
  // Stable: equal ends keep the list's order.
  const byEnd = times.map((_, position) => position).sort((a, b) => timeAt(a) - timeAt(b));
  function timeAt(position: number) {
    return times[position]?.endMonth ?? 0;
  }
  const endedCount: number[] = [];
  let ended = 0;
  for (let month = FIRST_MONTH; month <= LAST_MONTH + 1; month++) {
    while (ended < byEnd.length && timeAt(byEnd[ended] ?? 0) < month) ended++;
    endedCount.push(ended);
  }
  return {
    underWay: (month) => byMonth[month - FIRST_MONTH] ?? NONE,
    byEnd,
    endedBefore: (month) =>
      endedCount[Math.min(Math.max(month, FIRST_MONTH), LAST_MONTH + 1) - FIRST_MONTH] ?? 0,
  };
}

/** The items at `positions` of `items`. */
export function pick<T>(items: readonly T[], positions: readonly number[]): T[] {
  const picked: T[] = [];
  for (const position of positions) {
    const item = items[position];
    if (item !== undefined) picked.push(item);
  }
  return picked;
}
