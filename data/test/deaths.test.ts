import { describe, expect, it } from 'vitest';
import { deathsByYear } from '../src/deaths';

const event = (
  id: string,
  start: string,
  end: string | null,
  fatalities: [number, number] | null,
  partOf: string | null = null,
) => ({
  id,
  start,
  end,
  partOf,
  fatalities: fatalities && { low: fatalities[0], high: fatalities[1] },
});

describe('deathsByYear', () => {
  it('books an event within one year in that year, and not its parts again', () => {
    const events = [
      event('revolution', '1956-10-23', '1956-11-11', [2500, 3000]),
      event('volley', '1956-10-25', null, [50, 100], 'revolution'),
    ];
    expect(deathsByYear(events)).toEqual([
      { id: 'revolution', year: 1956, low: 2500, high: 3000, undated: false },
    ]);
  });

  it('books a longer event’s parts in their years and the rest, undated, where it began', () => {
    const events = [
      event('reprisals', '1956-11-04', '1961-08-26', [225, 500]),
      event('trials', '1957-01-01', '1958-12-31', null, 'reprisals'),
      event('first', '1956-12-15', null, [1, 1], 'reprisals'),
      event('nagy', '1958-06-16', null, [3, 3], 'trials'),
    ];
    expect(deathsByYear(events)).toEqual([
      { id: 'nagy', year: 1958, low: 3, high: 3, undated: false },
      { id: 'first', year: 1956, low: 1, high: 1, undated: false },
      { id: 'reprisals', year: 1956, low: 221, high: 496, undated: true },
    ]);
  });

  it('leaves no undated rest when the parts account for the whole', () => {
    const events = [
      event('strikes', '1953-12-01', '1954-02-01', [2, 2]),
      event('a', '1953-12-02', null, [1, 1], 'strikes'),
      event('b', '1954-01-10', null, [1, 1], 'strikes'),
    ];
    expect(deathsByYear(events).map(({ id, year }) => [id, year])).toEqual([
      ['a', 1953],
      ['b', 1954],
    ]);
  });
});
