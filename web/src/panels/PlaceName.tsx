import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';
import { placeName } from '@thaw/i18n/vocabulary';

/**
 * A place as named then, with today's name beside it where it differs: "Stalinogród (Katowice)".
 * In the language of the place's country (`country`, the event's), its local form; a name left
 * in English is a proper name, not translated.
 */
export function PlaceName({
  place,
  country,
}: {
  place: Pick<Event['place'], 'name' | 'modernName' | 'localName'>;
  country?: string;
}) {
  const name = placeName(i18n.locale, place, country);
  return (
    <span translate="no">
      {name}
      {place.modernName !== place.name && (
        <span className="modern-name" title={i18n._('place.todaysName')}>
          {' '}
          {i18n._('place.today', { name: place.modernName })}
        </span>
      )}
    </span>
  );
}
