/**
 * A column's events in the brushed span: the country's own, and other countries' events on its
 * soil (`target`), named with their country. Pointing at one marks its year in every chart.
 */
import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';
import { categoryOne } from '@thaw/i18n/vocabulary';
import { formatEventDates } from '../format/dates';
import { PlaceName } from '../panels/PlaceName';
import { ShapeIcon } from '../ui/ShapeIcon';
import { useVirtualRows } from '../ui/useVirtualRows';

/** A row of a long list: its title on one line, its date and place on another. */
const ROW_PX = 52;

export interface CountryEventsProps {
  countryId: string;
  heading: string;
  /** Events of every country in the span, in date order. */
  events: readonly Event[];
  countryNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect(id: string): void;
  onCursorYear(year: number | null): void;
}

/** The events that belong in `countryId`'s column. */
const columnEvents = (events: readonly Event[], countryId: string) =>
  events.filter((event) => event.country === countryId || event.target === countryId);

export function CountryEvents(props: CountryEventsProps) {
  const { countryId, heading, countryNames, selectedId, onSelect, onCursorYear } = props;
  const events = columnEvents(props.events, countryId);
  const headingId = `${countryId.toLowerCase()}-events-heading`;
  const nameOf = (id: string) => countryNames.get(id) ?? id;
  const list = useVirtualRows<HTMLUListElement>(events.length, ROW_PX);
  return (
    <section className="compare-events" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-heading">
        {heading} <span className="count">({events.length})</span>
      </h3>
      {events.length === 0 ? (
        <p className="muted">{i18n._('compare.noEvents')}</p>
      ) : (
        <ul
          ref={list.scrollRef}
          className="event-list compare-event-list"
          aria-labelledby={headingId}
          style={list.virtual ? { paddingTop: list.before, paddingBottom: list.after } : undefined}
        >
          {list.rows.map((position) => {
            const event = events[position];
            if (!event) return null;
            const year = Number(event.start.slice(0, 4));
            const where =
              event.country === countryId
                ? event.target &&
                  ` · ${i18n._('compare.inCountry', { country: nameOf(event.target) })}`
                : ` · ${nameOf(event.country)}`;
            return (
              <li
                key={event.id}
                style={list.virtual ? { height: ROW_PX } : undefined}
                aria-setsize={events.length}
                aria-posinset={position + 1}
              >
                <button
                  type="button"
                  className="event-list-item"
                  aria-current={event.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(event.id)}
                  onPointerEnter={() => onCursorYear(year)}
                  onPointerLeave={() => onCursorYear(null)}
                  onFocus={() => onCursorYear(year)}
                  onBlur={() => onCursorYear(null)}
                >
                  <ShapeIcon category={event.category} />
                  <span className="event-list-text">
                    <span className="event-list-title">
                      <span className="visually-hidden">{categoryOne(i18n, event.category)}: </span>
                      <span lang="en">{event.title}</span>
                    </span>
                    <span className="event-list-meta">
                      {formatEventDates(event)} ·{' '}
                      <PlaceName place={event.place} country={event.country} />
                      {where}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
