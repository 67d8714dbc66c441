import { render, screen, within } from '@testing-library/react';
import type { Event } from '@thaw/data/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MONTH_WHOLE_UP_TO, MonthEvents } from './MonthEvents';

function eventsOf(count: number): Event[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `event-${index}`,
    title: `Event ${index}`,
    category: 'protest',
    type: 'strike',
    country: 'PL',
    start: '1956-06-28',
    end: null,
    datePrecision: 'day',
    place: {
      id: 'poznan',
      name: 'Poznań',
      localName: 'Poznań',
      modernName: 'Poznań',
      lat: 52.4,
      lon: 16.9,
      precision: 'exact',
    },
  })) as unknown as Event[];
}

/** jsdom lays nothing out: the long list's box is given the height a browser gives it. */
function layOutLongLists(height: number) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('long-list') ? height : 0;
  });
}

describe('MonthEvents', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists the fullest month of the atlas whole', () => {
    render(<MonthEvents month={45} events={eventsOf(51)} selectedId={null} onSelect={() => {}} />);
    const list = screen.getByRole('list', { name: /Events in October 1956/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(51);
  });

  it('lists a short month whole', () => {
    render(<MonthEvents month={41} events={eventsOf(3)} selectedId={null} onSelect={() => {}} />);
    const list = screen.getByRole('list', { name: /Events in June 1956/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('draws only part of a long month, each row saying its place in the whole', () => {
    layOutLongLists(520);
    const count = MONTH_WHOLE_UP_TO * 20;
    render(
      <MonthEvents month={41} events={eventsOf(count)} selectedId={null} onSelect={() => {}} />,
    );
    // Counts are written as the language writes numbers: 8,000 in English.
    const list = screen.getByRole('list', {
      name: `Events in June 1956 (${count.toLocaleString('en')})`,
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(MONTH_WHOLE_UP_TO);
    expect(items[0]?.getAttribute('aria-setsize')).toBe(String(count));
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(within(list).getAllByRole('button')[0]?.textContent).toContain('Event 0');
  });
});
