/**
 * The time layout of the event layer's buffers, apart from WebGL so that it can be tested: the
 * instances laid out twice, so that any month draws contiguous ranges. First all of them by the
 * month they ended (those over before month m are the first `endedBefore[m]`: the past, drawn
 * under the present), then, month after month, those under way in that month (`monthStart[m]` to
 * `monthStart[m + 1]`). Within each, the order they came in: the largest tolls first, underneath.
 */
import { FIRST_MONTH, LAST_MONTH } from '../time/months';
import { PHASE, type PhaseNumber } from './visibility';

export interface Timed {
  startMonth: number;
  endMonth: number;
}

export interface TimeLayout<T> {
  /** The instances in buffer order: by end, then month by month. */
  order: T[];
  endedBefore: number[];
  monthStart: number[];
  /** Where each instance (by the order given) sits in the part laid out by end. */
  endRank: number[];
}

export interface Range {
  first: number;
  count: number;
}

export function layOutByTime<T>(items: readonly T[], timeOf: (item: T) => Timed): TimeLayout<T> {
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
  return {
    order: [...byEnd.map(({ item }) => item), ...months.flat()],
    endedBefore,
    monthStart,
    endRank,
  };
}

/**
 * The instances a phase can show in a month: the ended ones (past) or that month's (current);
 * the shader's `shown()` then drops those the filters leave out.
 */
export function rangeOf(
  { endedBefore, monthStart }: Pick<TimeLayout<unknown>, 'endedBefore' | 'monthStart'>,
  phase: PhaseNumber,
  month: number,
): Range {
  const at = Math.min(Math.max(month, 0), monthStart.length - 2);
  if (phase === PHASE.past) return { first: 0, count: endedBefore[at] ?? 0 };
  const first = monthStart[at] ?? 0;
  return { first, count: (monthStart[at + 1] ?? first) - first };
}
