/**
 * Which events the explorer shows for a state: the same rule as the map's layer filters, for the
 * lists and the table that stand beside (and in for) the map.
 */
import type { Event } from '@thaw/data/schema';
import type { ExplorerState } from '../state/urlState';
import { monthOf } from '../time/months';
import type { TimelineMark } from '../timeline/Timeline';

type Filters = Pick<ExplorerState, 'countries' | 'categories'>;

export function matchesFilters(event: Event, { countries, categories }: Filters): boolean {
  return countries.includes(event.country) && categories.includes(event.category);
}

/** Under way at some time in the month. */
export function isUnderWay(event: Event, month: number): boolean {
  return monthOf(event.start) <= month && monthOf(event.end ?? event.start) >= month;
}

/** The events of the month, by start. */
export function monthEvents(events: readonly Event[], state: Filters & { month: number }): Event[] {
  return events.filter((event) => matchesFilters(event, state) && isUnderWay(event, state.month));
}

/** What the map draws: the month's events and, in cumulative mode, every earlier one. */
export function shownEvents(
  events: readonly Event[],
  state: Filters & Pick<ExplorerState, 'month' | 'mode'>,
): Event[] {
  return state.mode === 'month'
    ? monthEvents(events, state)
    : events.filter((event) => matchesFilters(event, state) && monthOf(event.start) <= state.month);
}

const TURNING_POINTS = new Set(['uprising', 'camp-uprising', 'invasion']);

/** Marked on the timeline: changes of leader, uprisings, invasions, and anything deadly. */
export function timelineMarks(events: readonly Event[], filters: Filters): TimelineMark[] {
  return events
    .filter(
      (event) =>
        matchesFilters(event, filters) &&
        (event.category === 'leadership' ||
          TURNING_POINTS.has(event.type) ||
          (event.fatalities?.high ?? 0) >= 20),
    )
    .map((event) => ({
      id: event.id,
      month: monthOf(event.start),
      category: event.category,
      title: event.title,
    }));
}
