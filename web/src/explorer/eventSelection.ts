/**
 * Which events the explorer's lists and table show for a state (beside, and in for, the map):
 * by the map's own rule, `phaseAt` of map/visibility.ts, asked only of the events the month's
 * index (time/underWay.ts, made from the same list in the same order) says may be shown.
 */
import type { Event } from '@thaw/data/schema';
import { type EventView, phaseAt, visibleOf } from '../map/visibility';
import type { ExplorerState } from '../state/urlState';
import { pick, type UnderWayIndex } from '../time/underWay';
import type { TimelineMark } from '../timeline/Timeline';

type Filters = Pick<ExplorerState, 'countries' | 'categories'>;

/** The events of the month, in the list's order. */
export function monthEvents(
  events: readonly Event[],
  index: UnderWayIndex,
  view: EventView,
): Event[] {
  return pick(events, index.underWay(view.month)).filter(
    (event) => phaseAt(visibleOf(event), view) === 'current',
  );
}

/** What the map draws: in cumulative mode every earlier event (by end), then the month's. */
export function shownEvents(
  events: readonly Event[],
  index: UnderWayIndex,
  view: EventView,
): Event[] {
  const current = monthEvents(events, index, view);
  if (view.mode !== 'cumulative') return current;
  const ended = index.byEnd.slice(0, index.endedBefore(view.month));
  const past = pick(events, ended).filter((event) => phaseAt(visibleOf(event), view) === 'past');
  return [...past, ...current];
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
