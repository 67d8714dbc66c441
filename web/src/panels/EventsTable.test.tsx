import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eventsToCsv } from '@thaw/data/event-columns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { event, ivanDenisovich, poznan, whirlwind } from '../test/fixtures';
import { EventsTable } from './EventsTable';

const countryNames = new Map([
  ['SU', 'Soviet Union'],
  ['PL', 'Poland'],
  ['HU', 'Hungary'],
]);
const budapest = event({
  id: 'hu-1956-10-23-budapest-demonstration',
  fatalities: { low: 0, high: 0 },
});
const events = [whirlwind, poznan, ivanDenisovich, budapest];

function titles() {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[3]?.textContent);
}

describe('EventsTable', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists the events by date, and sorts by a column both ways', async () => {
    const onSelect = vi.fn();
    render(
      <EventsTable
        events={events}
        countryNames={countryNames}
        caption="Events up to November 1962"
        csvFilename="events.csv"
        selectedId={null}
        onSelect={onSelect}
      />,
    );
    expect(screen.getByRole('table', { name: 'Events up to November 1962' })).toBeTruthy();
    expect(titles()).toEqual([poznan.title, budapest.title, whirlwind.title, ivanDenisovich.title]);
    const deaths = screen.getByRole('button', { name: /Deaths/ });
    await userEvent.click(deaths);
    expect(screen.getByRole('columnheader', { name: /Deaths/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    // Unknown tolls last, whichever the direction.
    expect(titles()).toEqual([budapest.title, poznan.title, whirlwind.title, ivanDenisovich.title]);
    await userEvent.click(deaths);
    expect(screen.getByRole('columnheader', { name: /Deaths/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(titles()).toEqual([whirlwind.title, poznan.title, budapest.title, ivanDenisovich.title]);
    await userEvent.click(screen.getByRole('button', { name: whirlwind.title }));
    expect(onSelect).toHaveBeenCalledWith(whirlwind.id);
  });

  it('downloads what it shows, in its order, as CSV', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <EventsTable
        events={[whirlwind, poznan]}
        countryNames={countryNames}
        caption="Events"
        csvFilename="thaw-atlas-events-1956-11.csv"
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Place/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await created[0]?.text();
    const lines = text?.trim().split('\r\n') ?? [];
    // The API's columns (`/api/events?format=csv`), one list in data/.
    expect(lines[0]).toMatch(/^id,country,category,type,title,start,end,datePrecision,placeName/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([whirlwind.id, poznan.id]);
  });

  it('says so when nothing is shown', () => {
    render(
      <EventsTable
        events={[]}
        countryNames={countryNames}
        caption="Events"
        csvFilename="e.csv"
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    expect(screen.getByText(/No events for the selected/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveProperty('disabled', true);
  });
});

describe('eventsToCsv', () => {
  it('quotes what needs quoting and leaves unknowns empty', () => {
    const csv = eventsToCsv([
      event({ id: 'x-1', title: 'A "quoted", title', fatalities: null, sources: ['a', 'b'] }),
    ]);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain('"A ""quoted"", title"');
    // No fatalities or participants: four empty fields before the actors and the sources.
    expect(row).toContain(',,,,,students,a;b,');
  });
});
