/** The map's frame: loading and failure states around the map, and the legend on it. */
import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';
import type { ReactNode } from 'react';
import type { Borders } from '../api/queries';
import { MapErrorBoundary } from '../map/MapErrorBoundary';
import { SymbolSample } from '../map/SymbolSample';
import { LOOK_LABELS } from '../map/uncertainty';
import { ErrorState, LoadingState } from '../ui/QueryStatus';

interface Loading<T> {
  data?: T;
  error: Error | null;
}

const DASHED = { dashed: true, hollow: false } as const;
const HOLLOW = { dashed: false, hollow: true } as const;

export interface MapAreaProps {
  borders: Loading<Borders>;
  events: Loading<Event[]>;
  /** The gazetteer: the map waits for it, and if it fails, labels places as their events do. */
  places: Loading<unknown>;
  onRetry(): void;
  onShowTable(): void;
  render(borders: Borders, events: Event[]): ReactNode;
}

export function MapArea({ borders, events, places, onRetry, onShowTable, render }: MapAreaProps) {
  const error = borders.error ?? events.error;
  if (error) return <ErrorState what={i18n._('thing.map')} error={error} onRetry={onRetry} />;
  if (!borders.data || !events.data || (places.data === undefined && !places.error)) {
    return <LoadingState what={i18n._('thing.map')} />;
  }
  return (
    <MapErrorBoundary onShowTable={onShowTable}>
      {render(borders.data, events.data)}
      <p className="map-legend" data-testid="map-legend">
        {i18n._('map.legend')} ·{' '}
        <span className="legend-look">
          <SymbolSample category="protest" look={DASHED} /> {LOOK_LABELS.dashed}
        </span>{' '}
        ·{' '}
        <span className="legend-look">
          <SymbolSample category="protest" look={HOLLOW} /> {LOOK_LABELS.hollow}
        </span>
      </p>
    </MapErrorBoundary>
  );
}
