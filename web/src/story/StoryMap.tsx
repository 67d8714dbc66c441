/** A step on the map: the explorer's map at the step's month, filters and frame, its events emphasised. */
import { useQuery } from '@tanstack/react-query';
import type { Country } from '@thaw/data/schema';
import { capitalsOf } from '@thaw/data/states';
import type { StoryStep } from '@thaw/data/stories';
import { type Ref, useMemo } from 'react';
import { bordersQuery, eventsQuery, placesQuery } from '../api/queries';
import { navigate } from '../app/location';
import { MapArea } from '../explorer/MapArea';
import { AtlasMap, type AtlasMapHandle } from '../map/AtlasMap';
import { gazetteerOf } from '../places/gazetteer';
import { STATES } from '../style/states';
import { stepMapView } from './stepView';

export interface StoryMapProps {
  step: StoryStep;
  /** The month on screen: the step's, or one on the way to it. */
  month: number;
  countries: readonly Country[];
  reducedMotion: boolean;
  /** The step in the explorer: where an event clicked on the map, or the table, opens. */
  explorerHref: string;
  mapRef?: Ref<AtlasMapHandle>;
  /** Drawn off screen to be taken as a picture (the handout's). */
  pictured?: boolean;
}

export function StoryMap({
  step,
  month,
  countries,
  reducedMotion,
  explorerHref,
  mapRef,
  pictured,
}: StoryMapProps) {
  const borders = useQuery(bordersQuery());
  const events = useQuery(eventsQuery());
  const places = useQuery(placesQuery());
  const capitals = useMemo(() => capitalsOf(countries, STATES), [countries]);
  const gazetteer = useMemo(() => gazetteerOf(places.data ?? []), [places.data]);
  const view = stepMapView(step, month);
  const retry = () => {
    for (const query of [borders, events, places]) if (query.isError) void query.refetch();
  };
  return (
    <MapArea
      borders={borders}
      events={events}
      places={places}
      onRetry={retry}
      onShowTable={() => navigate(explorerHref.replace('/?', '/?view=table&'))}
      render={(bordersData, eventsData) => (
        <AtlasMap
          ref={mapRef}
          borders={bordersData}
          capitals={capitals}
          events={eventsData}
          gazetteer={gazetteer}
          state={view}
          frame={step.frame.bbox}
          selectedEvent={null}
          highlighted={step.highlight}
          onSelectEvent={(id) =>
            window.open(`${explorerHref}&event=${encodeURIComponent(id)}`, '_blank', 'noopener')
          }
          reducedMotion={reducedMotion}
          pictured={pictured}
        />
      )}
    />
  );
}
