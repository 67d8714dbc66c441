/** The events under way in the selected month, each one a way into its details. */

import { i18n } from '@lingui/core';
import type { Event } from '@thaw/data/schema';
import { categoryOne } from '@thaw/i18n/vocabulary';
import { formatEventDates } from '../format/dates';
import { monthLabel } from '../time/months';
import { ShapeIcon } from '../ui/ShapeIcon';
import { useVirtualRows } from '../ui/useVirtualRows';
import { PlaceName } from './PlaceName';

/** A row of a long list: its title on one line, its date and place on another. */
const ROW_PX = 52;

export interface MonthEventsProps {
  month: number;
  events: readonly Event[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/**
 * A month's list reads whole up to this (October 1956, the atlas's fullest month, has 51);
 * longer, it scrolls in its box. Each month step replaces the list's rows: drawing hundreds of
 * them was most of a step's time at 100,000 synthetic events.
 */
export const MONTH_WHOLE_UP_TO = 100;

export function MonthEvents({ month, events, selectedId, onSelect }: MonthEventsProps) {
  const list = useVirtualRows<HTMLUListElement>(events.length, ROW_PX, MONTH_WHOLE_UP_TO);
  return (
    <section className="panel-section" aria-labelledby="month-events-heading">
      <h2 id="month-events-heading" className="panel-heading">
        {i18n._('monthEvents.heading', { month: monthLabel(month) })}{' '}
        <span className="count">({i18n.number(events.length)})</span>
      </h2>
      {events.length === 0 ? (
        <p className="muted">{i18n._('monthEvents.empty')}</p>
      ) : (
        <ul
          ref={list.scrollRef}
          className={list.virtual ? 'event-list long-list' : 'event-list'}
          aria-labelledby="month-events-heading"
          style={list.virtual ? { paddingTop: list.before, paddingBottom: list.after } : undefined}
        >
          {list.rows.map((position) => {
            const event = events[position];
            if (!event) return null;
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
