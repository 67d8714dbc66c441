/**
 * The gazetteer's one rule: which name a place bore on a day. Used by the loader (an event's
 * place is named as on its date), by the API (`/api/places?at=`) and by the web app (places named
 * as at the slider's date). Browser-safe: types only.
 */
import type { Event, EventRecord, GazetteerPlace, Origin, Place, PlaceName } from './schema';

/** The name valid on `date` among a place's names, or null when none is recorded for that day. */
export function nameAt<N extends Pick<PlaceName, 'from' | 'to'>>(
  names: readonly N[],
  date: string,
): N | null {
  return (
    names.find((name) => (name.from ?? '') <= date && (name.to === null || date <= name.to)) ?? null
  );
}

/** The gazetteer's names, by place id. */
export function namesByPlace(names: readonly PlaceName[]): Map<string, PlaceName[]> {
  const byPlace = new Map<string, PlaceName[]>();
  for (const name of names) {
    const list = byPlace.get(name.place);
    if (list) list.push(name);
    else byPlace.set(name.place, [name]);
  }
  return byPlace;
}

/** A gazetteer place as an event on `date` has it. */
export function placeOn(place: GazetteerPlace, names: readonly PlaceName[], date: string): Place {
  const then = nameAt(names, date);
  return {
    id: place.id,
    name: then?.name ?? place.name,
    modernName: place.name,
    localName: then?.localName ?? place.localName,
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
  };
}

/** An event with its places looked up; every id must be in `places` (data:check ensures it). */
export function resolveEvent(
  record: EventRecord,
  places: ReadonlyMap<string, GazetteerPlace>,
  names: ReadonlyMap<string, readonly PlaceName[]>,
): Event {
  const at = (id: string) => {
    const place = places.get(id);
    if (!place) throw new Error(`no place "${id}" in the gazetteer`);
    return placeOn(place, names.get(id) ?? [], record.start);
  };
  let origin: Origin | null = null;
  if (record.origin !== null) {
    const { precision: _, ...rest } = at(record.origin);
    origin = rest;
  }
  return {
    ...record,
    place: at(record.place),
    origin,
    sources: [...new Set(record.citations.map((citation) => citation.source))],
  };
}
