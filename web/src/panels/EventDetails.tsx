/**
 * One event in full: what, when (as exactly as the sources say), where (named as then, with the
 * modern name beside it), the toll and who it counts, the whole it is part of, and the sources
 * with the page or section where each claim stands.
 */
import type { Citation, Event, Source } from '@thaw/data/schema';
import { CATEGORY_SINGULAR } from '@thaw/data/schema';
import { useEffect, useRef } from 'react';
import { formatFatalities, formatParticipants } from '../format/counts';
import { formatEventDates } from '../format/dates';
import { openQuestions } from '../map/uncertainty';
import { ShapeIcon } from '../ui/ShapeIcon';
import { PlaceName } from './PlaceName';

const PLACE_PRECISION: Record<Event['place']['precision'], string> = {
  exact: '',
  city: ' (the city)',
  region: ' (the region)',
  country: ' (the country as a whole)',
};

export interface EventDetailsProps {
  event: Event;
  /** Country names by id, for the event's country and target. */
  countryNames: ReadonlyMap<string, string>;
  /** The bibliography by id; undefined while it loads. */
  sources: ReadonlyMap<string, Source> | undefined;
  /** The event this one is part of, when it is (`partOf`) and known. */
  whole?: Pick<Event, 'id' | 'title'>;
  /** Opens another event (the whole); without it the whole is named but not a link. */
  onOpenEvent?(id: string): void;
  /** Move the focus here: when the reader chose the event, not when a link opened with it. */
  takeFocus: boolean;
  onClose(): void;
}

export function EventDetails({
  event,
  countryNames,
  sources,
  whole,
  onOpenEvent,
  takeFocus,
  onClose,
}: EventDetailsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const countryName = countryNames.get(event.country) ?? event.country;
  const targetName = event.target ? (countryNames.get(event.target) ?? event.target) : null;

  // Readers who chose an event from a list or the map land on its details.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves again with each event shown
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus, event.id]);

  return (
    <article
      className="panel-section event-details"
      aria-labelledby="event-details-heading"
      data-testid="event-details"
    >
      <div className="event-details-top">
        <p className="event-kind">
          <ShapeIcon category={event.category} /> {CATEGORY_SINGULAR[event.category]} ·{' '}
          {event.type.replaceAll('-', ' ')}
        </p>
        <button
          type="button"
          className="icon-button close-button"
          aria-label="Close event details"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="event-details-heading" className="event-title" tabIndex={-1} ref={heading}>
        {event.title}
      </h2>
      <dl className="event-facts">
        <dt>Date</dt>
        <dd>{formatEventDates(event)}</dd>
        <dt>Place</dt>
        <dd>
          <PlaceName place={event.place} />
          {PLACE_PRECISION[event.place.precision]}
          {event.origin && (
            <>
              {' '}
              · forces came from <PlaceName place={event.origin} />
            </>
          )}
        </dd>
        <dt>Country</dt>
        <dd>{targetName ? `${countryName}, in ${targetName}` : countryName}</dd>
        <dt>Deaths</dt>
        <dd>
          {formatFatalities(event.fatalities)}
          {event.fatalitiesNote && (
            <span className="fatalities-note" data-testid="fatalities-note">
              {' '}
              ({event.fatalitiesNote})
            </span>
          )}
        </dd>
        {event.partOf && (
          <>
            <dt>Part of</dt>
            <dd data-testid="event-part-of">
              {whole && onOpenEvent ? (
                <button type="button" className="link-button" onClick={() => onOpenEvent(whole.id)}>
                  {whole.title}
                </button>
              ) : (
                (whole?.title ?? event.partOf)
              )}
            </dd>
          </>
        )}
        {event.participants && (
          <>
            <dt>Participants</dt>
            <dd>{formatParticipants(event.participants)}</dd>
          </>
        )}
        {event.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>{event.actors.join(', ')}</dd>
          </>
        )}
      </dl>
      <p className="event-summary">{event.summary}</p>
      <OpenQuestions event={event} />
      <h3 className="event-sources-heading">Sources</h3>
      {sources === undefined ? (
        <p className="muted">Loading the sources…</p>
      ) : (
        <ol className="event-sources">
          {event.citations.map((citation) => (
            <li key={`${citation.source}@${citation.locator ?? ''}`}>
              <SourceCitation citation={citation} source={sources.get(citation.source)} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

/** What the sources leave open (uncertainty.ts), said where the map's symbol shows it. */
function OpenQuestions({ event }: { event: Event }) {
  const questions = openQuestions(event);
  if (questions.length === 0) return null;
  return (
    <section className="open-questions" aria-labelledby="open-questions-heading">
      <h3 id="open-questions-heading" className="event-sources-heading">
        What the sources leave open
      </h3>
      <dl className="event-facts" data-testid="open-questions">
        {questions.map(({ topic, text }) => (
          <div key={topic} className="open-question">
            <dt>{topic}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** One citation: the work (linked when it is online) and where in it the claim stands. */
export function SourceCitation({
  citation,
  source,
}: {
  citation: Citation;
  source: Source | undefined;
}) {
  const locator = citation.locator && (
    <span className="citation-locator">, {citation.locator}</span>
  );
  if (!source) {
    return (
      <span className="muted">
        {citation.source} (not in the bibliography){locator}
      </span>
    );
  }
  const byline = [source.author, source.year].filter((part) => part !== null).join(', ');
  return (
    <cite className="citation">
      {byline && <>{byline}. </>}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {source.publisher && <>. {source.publisher}</>}
      {locator}
    </cite>
  );
}
