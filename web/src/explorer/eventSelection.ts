/**
 * Which events the explorer's lists and table show for a state (beside, and in for, the map):
 * by the map's own rule, `phaseAt` of map/visibility.ts.
 */
import type { Event } from '@thaw/data/schema';
import { type EventView, phaseAt, visibleOf } from '../map/visibility';
import type { ExplorerState } from '../state/urlState';
import type { TimelineMark } from '../timeline/Timeline';

type Filters = Pick<ExplorerState, 'countries' | 'categories'>;

/** The events of the month, by start. */
export function monthEvents(events: readonly Event[], view: EventView): Event[] {
  return events.filter((event) => phaseAt(visibleOf(event), view) === 'current');
}

/** What the map draws: the month's events and, in cumulative mode, every earlier one. */
export function shownEvents(events: readonly Event[], view: EventView): Event[] {
  return events.filter((event) => phaseAt(visibleOf(event), view) !== null);
}

const TURNING_POINTS = new Set(['uprising', 'camp-uprising', 'invasion']);

/** Marked on the timeline: changes of leader, uprisings, invasions, and anything deadly. */
export function timelineMarks(events: readonly Event[], filters: Filters): TimelineMark[] {
  return events
    .filter(
      (event) =>
        filters.countries.includes(event.country) &&
        filters.categories.includes(event.category) &&
        (event.category === 'leadership' ||
          TURNING_POINTS.has(event.type) ||
          (event.fatalities?.high ?? 0) >= 20),
    )
    .map((event) => ({
      id: event.id,
      month: visibleOf(event).startMonth,
      category: event.category,
      title: event.title,
    }));
}
