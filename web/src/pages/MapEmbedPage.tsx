/**
 * `/embed/map?date=…&countries=…`: the map alone, for an iframe, in the state its URL gives,
 * with a link to the full explorer at the same view.
 */

import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import { askedFrame } from '@thaw/data/framing';
import type { Country, GazetteerEntry } from '@thaw/data/schema';
import { capitalsOf } from '@thaw/data/states';
import { useMemo } from 'react';
import { bordersQuery, countriesQuery, eventsQuery, placesQuery } from '../api/queries';
import { useReducedMotion } from '../app/useReducedMotion';
import { AtlasMap } from '../map/AtlasMap';
import { MapErrorBoundary } from '../map/MapErrorBoundary';
import { gazetteerOf } from '../places/gazetteer';
import { serializeExplorerState } from '../state/urlState';
import { useExplorerState } from '../state/useExplorerState';
import { STATES } from '../style/states';
import { monthLabel } from '../time/months';
import { ErrorState, LoadingState } from '../ui/QueryStatus';

export default function MapEmbedPage() {
  const countries = useQuery(countriesQuery());
  const borders = useQuery(bordersQuery());
  const events = useQuery(eventsQuery());
  // Without the gazetteer the map still draws, its places named as their events name them.
  const places = useQuery(placesQuery());
  const error = countries.error ?? borders.error ?? events.error;
  if (error) {
    const retry = () => {
      for (const query of [countries, borders, events]) if (query.isError) void query.refetch();
    };
    return <ErrorState what={i18n._('thing.map')} error={error} onRetry={retry} />;
  }
  if (!countries.data || !borders.data || !events.data || (!places.data && !places.error)) {
    return <LoadingState what={i18n._('thing.map')} />;
  }
  return (
    <EmbeddedMap
      countries={countries.data}
      borders={borders.data}
      events={events.data}
      places={places.data ?? []}
    />
  );
}

function EmbeddedMap({
  countries,
  borders,
  events,
  places,
}: {
  countries: readonly Country[];
  borders: Parameters<typeof AtlasMap>[0]['borders'];
  events: Parameters<typeof AtlasMap>[0]['events'];
  places: readonly GazetteerEntry[];
}) {
  const context = useMemo(
    () => ({ countryIds: countries.map((country) => country.id) }),
    [countries],
  );
  const { state } = useExplorerState(context);
  const capitals = useMemo(() => capitalsOf(countries, STATES), [countries]);
  const gazetteer = useMemo(() => gazetteerOf(places), [places]);
  const reducedMotion = useReducedMotion();
  const selectedEvent = events.find((event) => event.id === state.event) ?? null;
  const explorerLink = `/${serializeExplorerState(state, context)}`;
  const tableLink = `/${serializeExplorerState({ ...state, view: 'table' }, context)}`;
  return (
    <div className="embed-map">
      <div className="embed-map-frame">
        <MapErrorBoundary onShowTable={() => window.open(tableLink, '_blank', 'noopener')}>
          <AtlasMap
            borders={borders}
            capitals={capitals}
            events={events}
            gazetteer={gazetteer}
            state={state}
            frame={askedFrame(state.bbox, state.countries, context.countryIds)}
            selectedEvent={selectedEvent}
            onSelectEvent={(id) =>
              window.open(
                `/${serializeExplorerState({ ...state, event: id }, context)}`,
                '_blank',
                'noopener',
              )
            }
            reducedMotion={reducedMotion}
          />
        </MapErrorBoundary>
      </div>
      <p className="embed-caption">
        <strong>{monthLabel(state.month)}</strong> · {i18n._('nav.brand')} ·{' '}
        <a href={explorerLink} target="_blank" rel="noopener">
          {i18n._('embed.exploreMap')}
        </a>
      </p>
    </div>
  );
}
