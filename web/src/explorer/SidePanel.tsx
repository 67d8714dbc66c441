/** Beside the map: the selected event, who led at the date, and the month's events. */
import { i18n } from '@lingui/core';
import type { Country, Event, Source, Tenure } from '@thaw/data/schema';
import { EventDetails } from '../panels/EventDetails';
import { LeadersPanel } from '../panels/LeadersPanel';
import { MonthEvents } from '../panels/MonthEvents';
import { ErrorState, LoadingState } from '../ui/QueryStatus';

interface Loading<T> {
  data?: T;
  error: Error | null;
}

export interface SidePanelProps {
  month: number;
  selectedId: string | null;
  countries: readonly Country[];
  countryNames: ReadonlyMap<string, string>;
  /** All events, places named as at the month; undefined while they load. */
  events: Loading<readonly Event[]>;
  monthEvents: readonly Event[];
  leaders: Loading<Tenure[]>;
  sources: Loading<ReadonlyMap<string, Source>>;
  /** Whether the reader picked the selected event (the details then take the focus). */
  pickedByReader: boolean;
  onSelect(id: string): void;
  onClose(): void;
  onRetry(): void;
}

export function SidePanel(props: SidePanelProps) {
  const { month, selectedId, countries, events, leaders, onSelect, onRetry } = props;
  return (
    <aside className="explorer-panel" aria-label={i18n._('panel.details')}>
      {selectedId !== null && events.data && (
        <SelectedEvent {...props} id={selectedId} allEvents={events.data} />
      )}
      {leaders.error ? (
        <ErrorState what={i18n._('thing.leaders')} error={leaders.error} onRetry={onRetry} />
      ) : leaders.data ? (
        <LeadersPanel month={month} countries={countries} tenures={leaders.data} />
      ) : (
        <LoadingState what={i18n._('thing.leaders')} />
      )}
      {events.error ? (
        <ErrorState what={i18n._('thing.events')} error={events.error} onRetry={onRetry} />
      ) : events.data ? (
        <MonthEvents
          month={month}
          events={props.monthEvents}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ) : (
        <LoadingState what={i18n._('thing.events')} />
      )}
    </aside>
  );
}

type SelectedEventProps = Pick<
  SidePanelProps,
  'countryNames' | 'sources' | 'pickedByReader' | 'onSelect' | 'onClose' | 'onRetry'
> & { id: string; allEvents: readonly Event[] };

function SelectedEvent({
  id,
  allEvents,
  countryNames,
  sources,
  pickedByReader,
  onSelect,
  onClose,
  onRetry,
}: SelectedEventProps) {
  const event = allEvents.find((candidate) => candidate.id === id);
  if (!event) {
    return (
      <div className="panel-section url-notes" role="status">
        <p>{i18n._('panel.noSuchEvent', { id })}</p>
        <button type="button" className="button" onClick={onClose}>
          {i18n._('panel.dismiss')}
        </button>
      </div>
    );
  }
  return (
    <>
      <EventDetails
        event={event}
        countryNames={countryNames}
        sources={sources.data}
        whole={allEvents.find((candidate) => candidate.id === event.partOf)}
        onOpenEvent={onSelect}
        takeFocus={pickedByReader}
        onClose={onClose}
      />
      {sources.error && (
        <ErrorState what={i18n._('thing.sources')} error={sources.error} onRetry={onRetry} />
      )}
    </>
  );
}
