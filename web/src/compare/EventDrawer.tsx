/**
 * The selected event beside the comparison: the map explorer's details panel with its sources,
 * and a link to the map at the event's month. Escape closes it, and the focus goes back to where
 * the reader opened it from.
 */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { eventsQuery, sourcesQuery } from '../api/queries';
import { EventDetails } from '../panels/EventDetails';
import { monthKey, monthLabel, monthOf } from '../time/months';
import { ErrorState, LoadingState } from '../ui/QueryStatus';

export interface EventDrawerProps {
  eventId: string;
  countryNames: ReadonlyMap<string, string>;
  /** Whether the reader chose the event here (the details then take the focus). */
  pickedByReader: boolean;
  /** Opens another event here (the whole an event is part of). */
  onOpenEvent(id: string): void;
  onClose(): void;
}

export function EventDrawer({
  eventId,
  countryNames,
  pickedByReader,
  onOpenEvent,
  onClose,
}: EventDrawerProps) {
  // Every event, not only the span's: a shared link may name one outside the brushed years.
  const events = useQuery(eventsQuery());
  const sources = useQuery(sourcesQuery());
  const sourceMap = useMemo(
    () => sources.data && new Map(sources.data.map((source) => [source.id, source])),
    [sources.data],
  );
  const event = events.data?.find((candidate) => candidate.id === eventId);
  const openedFrom = useRef<Element | null>(null);

  useEffect(() => {
    openedFrom.current = document.activeElement;
    return () => {
      if (openedFrom.current instanceof HTMLElement && openedFrom.current.isConnected) {
        openedFrom.current.focus();
      }
    };
  }, []);

  const retry = () => {
    for (const query of [events, sources]) if (query.isError) void query.refetch();
  };
  const month = event && monthOf(event.start);

  return (
    <aside
      className="compare-drawer"
      aria-label={i18n._('compare.eventDetails')}
      onKeyDown={(key) => {
        if (key.key === 'Escape') onClose();
      }}
    >
      {events.error ? (
        <ErrorState what={i18n._('thing.event')} error={events.error} onRetry={retry} />
      ) : !events.data ? (
        <LoadingState what={i18n._('thing.event')} />
      ) : !event || month === undefined ? (
        <div className="panel-section url-notes" role="status">
          <p>There is no event “{eventId}” in the atlas. The link may be older than the data.</p>
          <button type="button" className="button" onClick={onClose}>
            Dismiss
          </button>
        </div>
      ) : (
        <>
          <EventDetails
            event={event}
            countryNames={countryNames}
            sources={sourceMap}
            whole={events.data.find((candidate) => candidate.id === event.partOf)}
            onOpenEvent={onOpenEvent}
            takeFocus={pickedByReader}
            onClose={onClose}
          />
          {sources.error && (
            <ErrorState what={i18n._('thing.sources')} error={sources.error} onRetry={retry} />
          )}
          <p>
            <a href={`/?date=${monthKey(month)}&event=${encodeURIComponent(event.id)}`}>
              Show on the map in {monthLabel(month)}
            </a>
          </p>
        </>
      )}
    </aside>
  );
}
