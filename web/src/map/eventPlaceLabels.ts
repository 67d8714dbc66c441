/**
 * The names the map writes by this month's events, in the names of their time: one label per
 * name a place bore (Stalinogród, then Katowice), each shown by its feature-state while its name
 * is in use and an event there is under way. A rename is then a time step like any other: a
 * feature-state change, nothing re-tiled.
 */
import type { Event } from '@thaw/data/schema';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { type Gazetteer, nameOn, namingDay } from '../places/gazetteer';
import { underWayIndex } from '../time/underWay';
import { type EventView, phaseAt, type Visible, visibleOf } from './visibility';

export interface PlaceLabelProperties {
  /** The feature's id: the place's id and which of its names. */
  key: string;
  name: string;
  /** Today's name, where it differs. */
  modern?: string;
}

export interface EventPlaceLabels {
  /** Every label the map may show. */
  features: FeatureCollection<Point, PlaceLabelProperties>;
  /**
   * The keys of the labels a view shows: of the month's events, those `drawn` says have a symbol
   * (a part that gives way to its whole has none, and its place no label).
   */
  shown(view: EventView, drawn?: (eventId: string) => boolean): Set<string>;
}

const labelKey = (placeId: string, name: string) => `${placeId}:${name}`;

/** The key of the label that names `place` on `day` (`namingDay` of the month shown). */
function labelKeyOn(gazetteer: Gazetteer, place: Event['place'], day: string): string {
  return labelKey(
    place.id,
    nameOn(gazetteer, place.id, day)?.name ?? gazetteerName(gazetteer, place),
  );
}

/**
 * Labels for the places of `events`, but where a capital's label already stands. Without a
 * gazetteer (it did not load), each event's place keeps its name of the event's date.
 */
export function eventPlaceLabels(
  events: readonly Event[],
  gazetteer: Gazetteer,
  capitalNames: ReadonlySet<string>,
): EventPlaceLabels {
  const features = new Map<string, Feature<Point, PlaceLabelProperties>>();
  const labelled: { id: string; visible: Visible; place: Event['place'] }[] = [];
  for (const event of events) {
    const { place } = event;
    if (capitalNames.has(place.name) || capitalNames.has(place.modernName)) continue;
    labelled.push({ id: event.id, visible: visibleOf(event), place });
    const names = gazetteer.get(place.id)?.names ?? [];
    for (const name of [...names.map((then) => then.name), gazetteerName(gazetteer, place)]) {
      const key = labelKey(place.id, name);
      if (features.has(key)) continue;
      features.set(key, {
        type: 'Feature',
        properties: {
          key,
          name,
          ...(name !== place.modernName ? { modern: place.modernName } : {}),
        },
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      });
    }
  }
  // A month step looks at the labelled events under way that month, not at them all.
  const underWay = underWayIndex(labelled, ({ visible }) => visible);
  return {
    features: { type: 'FeatureCollection', features: [...features.values()] },
    shown(view, drawn = () => true) {
      const day = namingDay(view.month);
      const keys = new Set<string>();
      for (const position of underWay.underWay(view.month)) {
        const { id, visible, place } = labelled[position] ?? {};
        if (!id || !visible || !place) continue;
        if (phaseAt(visible, view) !== 'current' || !drawn(id)) continue;
        keys.add(labelKeyOn(gazetteer, place, day));
      }
      return keys;
    },
  };
}

/** A place's name outside its recorded names: today's, or, with no gazetteer, its event's. */
function gazetteerName(gazetteer: Gazetteer, place: Event['place']): string {
  return gazetteer.has(place.id) ? place.modernName : place.name;
}
