/**
 * Places in the names of their time, as at the slider's date: Stalinogród in 1955, Katowice in
 * 1957. The rule of which name was in use on a day is the data's (`nameAt`, as the loader and
 * `/api/places?at=` apply it); this module applies it to the events the panels list.
 */
import { nameAt } from '@thaw/data/places';
import type { Event, GazetteerEntry } from '@thaw/data/schema';
import { monthKey } from '../time/months';

type Names = GazetteerEntry['names'];

/** The names each place bore, by place id; places never renamed have none. */
export type Gazetteer = ReadonlyMap<string, { modern: NameThen; names: Names }>;

export interface NameThen {
  name: string;
  localName: string;
}

export function gazetteerOf(places: readonly GazetteerEntry[]): Gazetteer {
  return new Map(
    places
      .filter((place) => place.names.length > 0)
      .map((place) => [
        place.id,
        { modern: { name: place.modernName, localName: place.localName }, names: place.names },
      ]),
  );
}

/**
 * The day a month is named by: its last, as the month shows every event up to its end. A place
 * renamed during the month (Katowice on 10 December 1956) has its new name that month.
 */
export function namingDay(month: number): string {
  const key = monthKey(month);
  const [year, monthOfYear] = key.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 0, monthOfYear ?? 1, 0)).getUTCDate();
  return `${key}-${String(last).padStart(2, '0')}`;
}

/** A place's name on `day`: the gazetteer's name then, else its modern one. */
export function nameOn(gazetteer: Gazetteer, placeId: string, day: string): NameThen | null {
  const place = gazetteer.get(placeId);
  if (!place) return null;
  return nameAt(place.names, day) ?? place.modern;
}

/** Which name each renamed place bears on `day`: the same key exactly while no name changes. */
export function namingKey(gazetteer: Gazetteer, day: string): string {
  return [...gazetteer.keys()].map((id) => nameOn(gazetteer, id, day)?.name).join('|');
}

function renamed<P extends Pick<Event['place'], 'id' | 'name' | 'localName'>>(
  place: P,
  gazetteer: Gazetteer,
  day: string,
): P {
  const then = nameOn(gazetteer, place.id, day);
  if (!then || (then.name === place.name && then.localName === place.localName)) return place;
  return { ...place, name: then.name, localName: then.localName };
}

/**
 * The events with their place and origin named as on `day`. An event whose names do not change
 * is the same object, so that what was derived from it stays valid.
 */
export function eventsNamedOn(
  events: readonly Event[],
  gazetteer: Gazetteer,
  day: string,
): Event[] {
  if (gazetteer.size === 0) return [...events];
  return events.map((event) => {
    const place = renamed(event.place, gazetteer, day);
    const origin = event.origin && renamed(event.origin, gazetteer, day);
    return place === event.place && origin === event.origin ? event : { ...event, place, origin };
  });
}

/** `eventsNamedOn` for any day, each set of names made once: a month step mostly costs a lookup. */
export function eventNamer(
  events: readonly Event[],
  gazetteer: Gazetteer,
): (day: string) => readonly Event[] {
  const byNames = new Map<string, readonly Event[]>();
  return (day) => {
    const key = namingKey(gazetteer, day);
    let named = byNames.get(key);
    if (!named) {
      named = eventsNamedOn(events, gazetteer, day);
      byNames.set(key, named);
    }
    return named;
  };
}
