import { describe, expect, it } from 'vitest';
import { formatFatalities } from './counts';
import { formatEventDates } from './dates';

// Intl sets the dash of a span between thin spaces; the expectations write plain ones.
const dates = (event: Parameters<typeof formatEventDates>[0]) =>
  formatEventDates(event).replaceAll('\u2009', ' ');

describe('formatEventDates', () => {
  it('is no more exact than the sources', () => {
    expect(dates({ start: '1956-10-23', end: null, datePrecision: 'day' })).toBe('23 October 1956');
    expect(dates({ start: '1956-10-01', end: null, datePrecision: 'month' })).toBe('October 1956');
    expect(dates({ start: '1956-01-01', end: null, datePrecision: 'year' })).toBe('1956');
  });

  it('writes spans as people do', () => {
    expect(dates({ start: '1956-06-28', end: '1956-06-30', datePrecision: 'day' })).toBe(
      '28 – 30 June 1956',
    );
    expect(dates({ start: '1956-10-23', end: '1956-11-04', datePrecision: 'day' })).toBe(
      '23 October – 4 November 1956',
    );
    expect(dates({ start: '1953-05-26', end: '1954-08-04', datePrecision: 'day' })).toBe(
      '26 May 1953 – 4 August 1954',
    );
    expect(dates({ start: '1968-03-01', end: '1968-04-30', datePrecision: 'month' })).toBe(
      'March – April 1968',
    );
  });
});

describe('formatFatalities', () => {
  it('gives ranges, single figures, none and unknown', () => {
    expect(formatFatalities({ low: 57, high: 100 })).toBe('57–100 killed');
    expect(formatFatalities({ low: 2500, high: 2500 })).toBe('2,500 killed');
    expect(formatFatalities({ low: 0, high: 0 })).toBe('none killed');
    expect(formatFatalities(null)).toBe('unknown');
  });
});
