/**
 * The death rule's arithmetic. An event's `fatalities` are all the deaths it caused, and a
 * whole's figure includes its parts'; so a sum counts an event's figure only when no event
 * above it (its `partOf`, that one's `partOf`, and so on) has a figure of its own.
 */
import type { EventRecord } from './schema';

type Counted = Pick<EventRecord, 'id' | 'partOf' | 'fatalities'>;

/** The ids of the events whose figures a sum of deaths adds up, each death once. */
export function eventsCountingDeaths(events: readonly Counted[]): Set<string> {
  const byId = new Map(events.map((event) => [event.id, event]));
  const counted = new Set<string>();
  for (const event of events) {
    if (event.fatalities === null) continue;
    let whole = event.partOf === null ? undefined : byId.get(event.partOf);
    // The checked data has no cycles; the bound keeps a broken file from looping forever.
    for (let depth = 0; whole && whole.fatalities === null && depth < events.length; depth++) {
      whole = whole.partOf === null ? undefined : byId.get(whole.partOf);
    }
    if (!whole) counted.add(event.id);
  }
  return counted;
}
