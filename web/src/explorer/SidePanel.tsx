/** Beside the map: the selected event, who led at the date, and the month's events. */
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
    <aside className="explorer-panel" aria-label="Details">
      {selectedId !== null && events.data && (
        <SelectedEvent {...props} id={selectedId} allEvents={events.data} />
      )}
      {leaders.error ? (
        <ErrorState what="the leaders" error={leaders.error} onRetry={onRetry} />
      ) : leaders.data ? (
        <LeadersPanel month={month} countries={countries} tenures={leaders.data} />
      ) : (
        <LoadingState what="the leaders" />
      )}
      {events.error ? (
        <ErrorState what="the events" error={events.error} onRetry={onRetry} />
      ) : events.data ? (
        <MonthEvents
          month={month}
          events={props.monthEvents}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ) : (
        <LoadingState what="the events" />
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
        <p>There is no event “{id}” in the atlas. The link may be older than the data.</p>
        <button type="button" className="button" onClick={onClose}>
          Dismiss
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
      {sources.error && <ErrorState what="the sources" error={sources.error} onRetry={onRetry} />}
    </>
  );
}
