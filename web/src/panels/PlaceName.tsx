import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';

/** A place as named then, with today's name beside it where it differs: "Stalinogród (Katowice)". */
export function PlaceName({ place }: { place: Pick<Event['place'], 'name' | 'modernName'> }) {
  return (
    <>
      {place.name}
      {place.modernName !== place.name && (
        <span className="modern-name" title={i18n._('place.todaysName')}>
          {' '}
          {i18n._('place.today', { name: place.modernName })}
        </span>
      )}
    </>
  );
}
