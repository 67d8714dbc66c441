/**
 * The events the map shows, as a sortable table: the accessible alternative to the map, and a
 * CSV download of exactly the rows shown, in their order.
 */

import { i18n } from '@lingui/core';
import { eventsToCsv } from '@thaw/data/event-columns';
import type { Event } from '@thaw/data/schema';
import { categoryLabel, categoryOne } from '@thaw/i18n/vocabulary';
import { useMemo, useState } from 'react';
import { download } from '../app/download';
import { formatFatalities } from '../format/counts';
import { formatEventDates } from '../format/dates';
import { ShapeIcon } from '../ui/ShapeIcon';
import { useVirtualRows } from '../ui/useVirtualRows';
import { PlaceName } from './PlaceName';

/** A row of a long table, its cells on one line. */
const ROW_PX = 37;

type SortKey = 'date' | 'country' | 'category' | 'title' | 'place' | 'fatalities';
type Direction = 'ascending' | 'descending';

interface Column {
  key: SortKey;
  label: () => string;
  compare(a: Event, b: Event, names: ReadonlyMap<string, string>): number;
}

const text = (a: string, b: string) => a.localeCompare(b, i18n.locale);

const COLUMNS: Column[] = [
  {
    key: 'date',
    label: () => i18n._('table.date'),
    compare: (a, b) => text(a.start, b.start) || text(a.id, b.id),
  },
  {
    key: 'country',
    label: () => i18n._('table.country'),
    compare: (a, b, names) =>
      text(names.get(a.country) ?? a.country, names.get(b.country) ?? b.country),
  },
  {
    key: 'category',
    label: () => i18n._('table.category'),
    compare: (a, b) => text(categoryLabel(i18n, a.category), categoryLabel(i18n, b.category)),
  },
  { key: 'title', label: () => i18n._('table.event'), compare: (a, b) => text(a.title, b.title) },
  {
    key: 'place',
    label: () => i18n._('table.place'),
    compare: (a, b) => text(a.place.name, b.place.name),
  },
  {
    key: 'fatalities',
    label: () => i18n._('table.deaths'),
    compare: (a, b) => (a.fatalities?.high ?? 0) - (b.fatalities?.high ?? 0),
  },
];

export interface EventsTableProps {
  events: readonly Event[];
  countryNames: ReadonlyMap<string, string>;
  caption: string;
  /** The name of the CSV download, e.g. `thaw-atlas-events-1956-10.csv`. */
  csvFilename: string;
  selectedId: string | null;
  onSelect(id: string): void;
}

export function EventsTable({
  events,
  countryNames,
  caption,
  csvFilename,
  selectedId,
  onSelect,
}: EventsTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'date',
    direction: 'ascending',
  });
  const rows = useMemo(() => {
    const column = COLUMNS.find((candidate) => candidate.key === sort.key) ?? COLUMNS[0];
    if (!column) return [...events];
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...events].sort((a, b) => {
      // Unknown tolls go after every known one, whichever the direction.
      const unknownLast =
        sort.key === 'fatalities'
          ? Number(a.fatalities === null) - Number(b.fatalities === null)
          : 0;
      return unknownLast || sign * column.compare(a, b, countryNames) || text(a.id, b.id);
    });
  }, [events, sort, countryNames]);

  const table = useVirtualRows<HTMLDivElement>(rows.length, ROW_PX);

  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="events-table-wrap">
      <div className="table-toolbar">
        <p className="table-count">{i18n._('table.count', { count: rows.length })}</p>
        <button
          type="button"
          className="button"
          disabled={rows.length === 0}
          onClick={() =>
            download(new Blob([eventsToCsv(rows)], { type: 'text/csv;charset=utf-8' }), csvFilename)
          }
        >
          {i18n._('table.downloadCsv')}
        </button>
      </div>
      <div className="table-scroll" ref={table.scrollRef}>
        <table
          className={table.virtual ? 'events-table long-table' : 'events-table'}
          aria-rowcount={table.virtual ? rows.length + 1 : undefined}
        >
          <caption>{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.label()}
                    <span className="sort-indicator" aria-hidden="true">
                      {sort.key === column.key
                        ? sort.direction === 'ascending'
                          ? ' ▲'
                          : ' ▼'
                        : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="muted">
                  {i18n._('table.empty')}
                </td>
              </tr>
            ) : (
              <>
                {table.before > 0 && <Spacer height={table.before} />}
                {table.rows.map((position) => {
                  const event = rows[position];
                  if (!event) return null;
                  return (
                    <tr
                      key={event.id}
                      style={table.virtual ? { height: ROW_PX } : undefined}
                      aria-rowindex={table.virtual ? position + 2 : undefined}
                      className={event.id === selectedId ? 'selected' : undefined}
                    >
                      <td className="nowrap">{formatEventDates(event)}</td>
                      <td className="nowrap">{countryNames.get(event.country) ?? event.country}</td>
                      <td className="nowrap">
                        <ShapeIcon category={event.category} /> {categoryOne(i18n, event.category)}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onSelect(event.id)}
                        >
                          {event.title}
                        </button>
                      </td>
                      <td>
                        <PlaceName place={event.place} country={event.country} />
                      </td>
                      <td className="nowrap numeric">{formatFatalities(event.fatalities)}</td>
                    </tr>
                  );
                })}
                {table.after > 0 && <Spacer height={table.after} />}
              </>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The room of the rows not drawn, so that the scroll bar measures the whole table. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="table-spacer">
      <td aria-hidden="true" colSpan={COLUMNS.length} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
