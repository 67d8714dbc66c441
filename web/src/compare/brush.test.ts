import { yearSpan } from '@thaw/charts';
import { describe, expect, it } from 'vitest';
import { brushKey, moveThumb, nearerThumb, thumbRange } from './brush';

const bounds = { min: 1953, max: 1968 };

describe('the time brush', () => {
  it('moves a thumb a year with the arrows and five with the page keys', () => {
    const span = { from: 1955, to: 1960 };
    expect(brushKey(span, 'from', 'ArrowRight', bounds)).toEqual({ from: 1956, to: 1960 });
    expect(brushKey(span, 'from', 'ArrowDown', bounds)).toEqual({ from: 1954, to: 1960 });
    expect(brushKey(span, 'to', 'ArrowUp', bounds)).toEqual({ from: 1955, to: 1961 });
    expect(brushKey(span, 'to', 'PageUp', bounds)).toEqual({ from: 1955, to: 1965 });
    expect(brushKey(span, 'to', 'PageDown', bounds)).toEqual({ from: 1955, to: 1955 });
  });

  it('never lets the thumbs cross or leave the period', () => {
    expect(brushKey({ from: 1956, to: 1956 }, 'from', 'ArrowRight', bounds)).toEqual({
      from: 1956,
      to: 1956,
    });
    expect(brushKey({ from: 1953, to: 1956 }, 'from', 'PageDown', bounds)).toEqual({
      from: 1953,
      to: 1956,
    });
    expect(moveThumb({ from: 1956, to: 1960 }, 'to', 1900, bounds)).toEqual({
      from: 1956,
      to: 1956,
    });
    expect(moveThumb({ from: 1956, to: 1960 }, 'to', 2000, bounds)).toEqual({
      from: 1956,
      to: 1968,
    });
  });

  it('sends Home and End as far as the thumb may go', () => {
    const span = { from: 1956, to: 1960 };
    expect(thumbRange(span, 'from', bounds)).toEqual({ min: 1953, max: 1960 });
    expect(thumbRange(span, 'to', bounds)).toEqual({ min: 1956, max: 1968 });
    expect(brushKey(span, 'from', 'End', bounds)).toEqual({ from: 1960, to: 1960 });
    expect(brushKey(span, 'to', 'Home', bounds)).toEqual({ from: 1956, to: 1956 });
  });

  it('leaves other keys to the page', () => {
    expect(brushKey({ from: 1956, to: 1960 }, 'from', 'Tab', bounds)).toBeNull();
    expect(brushKey({ from: 1956, to: 1960 }, 'from', 'toString', bounds)).toBeNull();
  });

  it('gives a press on the track to the nearer thumb', () => {
    const span = { from: 1955, to: 1961 };
    expect(nearerThumb(span, 1953)).toBe('from');
    expect(nearerThumb(span, 1957)).toBe('from');
    expect(nearerThumb(span, 1959)).toBe('to');
    expect(nearerThumb(span, 1966)).toBe('to');
  });

  it('names a span of one year by that year', () => {
    expect(yearSpan(1956, 1956)).toBe('1956');
    expect(yearSpan(1953, 1968)).toBe('1953–1968');
  });
});
