/** The events a step points at: each with its date, its place and its sources. */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import type { Event, Source } from '@thaw/data/schema';
import { categoryOne } from '@thaw/i18n/vocabulary';
import { useMemo } from 'react';
import { eventsQuery, sourcesQuery } from '../api/queries';
import { formatEventDates } from '../format/dates';
import { SourceCitation } from '../panels/EventDetails';
import { PlaceName } from '../panels/PlaceName';
import { ShapeIcon } from '../ui/ShapeIcon';

export function HighlightedEvents({
  ids,
  printed = false,
}: {
  ids: readonly string[];
  /** On paper: the sources listed, not behind a toggle. */
  printed?: boolean;
}) {
  const events = useQuery(eventsQuery());
  const sources = useQuery(sourcesQuery());
  const byId = useMemo(
    () => new Map((events.data ?? []).map((event) => [event.id, event])),
    [events.data],
  );
  const sourceMap = useMemo(
    () => new Map((sources.data ?? []).map((source) => [source.id, source])),
    [sources.data],
  );
  if (ids.length === 0) return null;
  if (events.error) {
    return <p className="muted">The step’s events did not load: {events.error.message}</p>;
  }
  if (!events.data) return <p className="muted">{i18n._('story.loadingEvents')}</p>;
  const shown = ids.flatMap((id) => byId.get(id) ?? []);
  return (
    <ul className="story-events" aria-label={i18n._('story.events')} data-testid="story-events">
      {shown.map((event) => (
        <HighlightedEvent key={event.id} event={event} sources={sourceMap} printed={printed} />
      ))}
    </ul>
  );
}

function HighlightedEvent({
  event,
  sources,
  printed,
}: {
  event: Event;
  sources: ReadonlyMap<string, Source>;
  printed: boolean;
}) {
  const citations = (
    <ol>
      {event.citations.map((citation) => (
        <li key={`${citation.source}@${citation.locator ?? ''}`}>
          <SourceCitation citation={citation} source={sources.get(citation.source)} />
        </li>
      ))}
    </ol>
  );
  return (
    <li className="story-event">
      <p className="story-event-title">
        <ShapeIcon category={event.category} />{' '}
        <span className="visually-hidden">{categoryOne(i18n, event.category)}: </span>
        <span lang="en">{event.title}</span>
      </p>
      <p className="story-event-facts">
        {formatEventDates(event)} · <PlaceName place={event.place} country={event.country} />
      </p>
      {printed ? (
        <div className="story-event-sources">Sources: {citations}</div>
      ) : (
        <details className="story-event-sources">
          <summary>
            {i18n._('event.sources')} ({i18n.number(event.citations.length)})
          </summary>
          {citations}
        </details>
      )}
    </li>
  );
}
