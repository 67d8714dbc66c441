/**
 * One event in full: what, when (as exactly as the sources say), where (named as then, with the
 * modern name beside it), the toll and who it counts, the whole it is part of, and the sources
 * with the page or section where each claim stands.
 */

import { i18n } from '@lingui/core';
import type { Citation, Event, Source } from '@thaw/data/schema';
import { categoryOne, eventTypeLabel, placePrecisionLabel } from '@thaw/i18n/vocabulary';
import { useEffect, useRef } from 'react';
import { formatFatalities, formatParticipants } from '../format/counts';
import { formatEventDates } from '../format/dates';
import { openQuestions } from '../map/uncertainty';
import { ShapeIcon } from '../ui/ShapeIcon';
import { PlaceName } from './PlaceName';

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
          <ShapeIcon category={event.category} /> {categoryOne(i18n, event.category)} ·{' '}
          {eventTypeLabel(i18n, event.type)}
        </p>
        <button
          type="button"
          className="icon-button close-button"
          aria-label={i18n._('event.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="event-details-heading" className="event-title" tabIndex={-1} ref={heading}>
        <span lang="en">{event.title}</span>
      </h2>
      <dl className="event-facts">
        <dt>{i18n._('event.date')}</dt>
        <dd>{formatEventDates(event)}</dd>
        <dt>{i18n._('event.place')}</dt>
        <dd>
          <PlaceName place={event.place} country={event.country} />
          {placePrecisionLabel(i18n, event.place.precision)}
          {event.origin && (
            <>
              {' '}
              · {i18n._('event.forcesFrom')} <PlaceName place={event.origin} />
            </>
          )}
        </dd>
        <dt>{i18n._('event.country')}</dt>
        <dd>
          {targetName
            ? i18n._('event.countryIn', { country: countryName, target: targetName })
            : countryName}
        </dd>
        <dt>{i18n._('event.deaths')}</dt>
        <dd>
          {formatFatalities(event.fatalities)}
          {event.fatalitiesNote && (
            <span className="fatalities-note" data-testid="fatalities-note" lang="en">
              {' '}
              ({event.fatalitiesNote})
            </span>
          )}
        </dd>
        {event.partOf && (
          <>
            <dt>{i18n._('event.partOf')}</dt>
            <dd data-testid="event-part-of">
              {whole && onOpenEvent ? (
                <button
                  type="button"
                  className="link-button"
                  lang="en"
                  onClick={() => onOpenEvent(whole.id)}
                >
                  {whole.title}
                </button>
              ) : (
                <span lang="en">{whole?.title ?? event.partOf}</span>
              )}
            </dd>
          </>
        )}
        {event.participants && (
          <>
            <dt>{i18n._('event.participants')}</dt>
            <dd>{formatParticipants(event.participants)}</dd>
          </>
        )}
        {event.actors.length > 0 && (
          <>
            <dt>{i18n._('event.actors')}</dt>
            <dd lang="en">{event.actors.join(', ')}</dd>
          </>
        )}
      </dl>
      <p className="event-summary" lang="en">
        {event.summary}
      </p>
      <OpenQuestions event={event} />
      <h3 className="event-sources-heading">{i18n._('event.sources')}</h3>
      {sources === undefined ? (
        <p className="muted">{i18n._('state.loading', { what: i18n._('thing.sources') })}</p>
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
        {i18n._('event.open')}
      </h3>
      <dl className="event-facts" data-testid="open-questions">
        {questions.map(({ topic, text, note }) => (
          <div key={topic} className="open-question">
            <dt>{topic}</dt>
            <dd>
              {text}
              {note && (
                <>
                  : <span lang="en">{note}</span>.
                </>
              )}
            </dd>
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
        {i18n._('event.notInBibliography', { source: citation.source })}
        {locator}
      </span>
    );
  }
  const byline = [source.author, source.year].filter((part) => part !== null).join(', ');
  return (
    // A work is cited in its own words and language.
    <cite className="citation" translate="no">
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
