/**
 * The time layout of the event layer's buffers, apart from WebGL so that it can be tested: the
 * instances laid out twice, so that any month draws contiguous ranges. First all of them by the
 * month they ended (those over before month m are the first `endedBefore[m]`: the past, drawn
 * under the present), then, month after month, those under way in that month (`monthStart[m]` to
 * `monthStart[m + 1]`). Within each, the order they came in: the largest tolls first, underneath.
 */
import { FIRST_MONTH, LAST_MONTH } from '../time/months';
import { pick, type Timed, underWayIndex } from '../time/underWay';
import { PHASE, type PhaseNumber } from './visibility';

export type { Timed };

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

/** The month index of time/underWay.ts, written out as the buffers' order. */
export function layOutByTime<T>(items: readonly T[], timeOf: (item: T) => Timed): TimeLayout<T> {
  const index = underWayIndex(items, timeOf);
  const endRank: number[] = [];
  index.byEnd.forEach((position, rank) => {
    endRank[position] = rank;
  });
  const endedBefore: number[] = [];
  for (let month = FIRST_MONTH; month <= LAST_MONTH + 1; month++) {
    endedBefore.push(index.endedBefore(month));
  }
  const byMonth: T[] = [];
  const monthStart: number[] = [];
  for (let month = FIRST_MONTH; month <= LAST_MONTH; month++) {
    monthStart.push(items.length + byMonth.length);
    for (const item of pick(items, index.underWay(month))) byMonth.push(item);
  }
  monthStart.push(items.length + byMonth.length);
  return { order: [...pick(items, index.byEnd), ...byMonth], endedBefore, monthStart, endRank };
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
