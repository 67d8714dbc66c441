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

type Dated = Counted & Pick<EventRecord, 'start' | 'end'>;

/** Deaths booked in one year: `undated` of them belong to a longer event and its undated rest. */
export interface YearDeaths {
  id: string;
  year: number;
  low: number;
  high: number;
  /** Whether the figure is the undated rest of an event lasting several years. */
  undated: boolean;
}

const startYear = (event: Dated) => Number(event.start.slice(0, 4));
const endYear = (event: Dated) => Number((event.end ?? event.start).slice(0, 4));

/**
 * Each death once, in the year it happened as far as the data can tell. An event within one
 * calendar year books its figure in that year. An event lasting several years (the reprisals of
 * 1956–61) books its parts' figures in their own years, and the rest of its figure, which no
 * source dates to a year, in the year it began, marked undated, so that totals stay whole.
 */
export function deathsByYear(events: readonly Dated[]): YearDeaths[] {
  const counted = eventsCountingDeaths(events);
  const partsOf = new Map<string, Dated[]>();
  for (const event of events) {
    if (event.partOf === null) continue;
    const parts = partsOf.get(event.partOf);
    if (parts) parts.push(event);
    else partsOf.set(event.partOf, [event]);
  }
  /** The figured events inside `whole` with no figured event between them and it. */
  const figuredParts = (whole: Dated, depth: number): Dated[] =>
    (partsOf.get(whole.id) ?? []).flatMap((part) =>
      part.fatalities !== null || depth >= events.length ? [part] : figuredParts(part, depth + 1),
    );
  const book = (event: Dated, depth: number): YearDeaths[] => {
    const figure = event.fatalities ?? { low: 0, high: 0 };
    if (startYear(event) === endYear(event) || depth >= events.length) {
      return [{ id: event.id, year: startYear(event), ...figure, undated: false }];
    }
    const parts = figuredParts(event, depth).flatMap((part) => book(part, depth + 1));
    const low = figure.low - parts.reduce((sum, part) => sum + part.low, 0);
    const high = figure.high - parts.reduce((sum, part) => sum + part.high, 0);
    if (low <= 0 && high <= 0) return parts;
    const rest = { id: event.id, year: startYear(event), undated: true };
    return [...parts, { ...rest, low: Math.max(0, low), high: Math.max(0, high) }];
  };
  return events.filter((event) => counted.has(event.id)).flatMap((event) => book(event, 0));
}
