import { describe, expect, it } from 'vitest';
import { ivanDenisovich, poznan, whirlwind } from '../test/fixtures';
import { monthOf } from '../time/months';
import { buildEventGeometry, mercator, symbolScale } from './eventGeometry';
import { type EventView, phaseAt } from './visibility';

const geometry = buildEventGeometry([ivanDenisovich, poznan, whirlwind]);
const byId = (id: string) => {
  const found = geometry.events.find((event) => event.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const everything: EventView = {
  month: monthOf('1956-06'),
  mode: 'cumulative',
  countries: ['SU', 'PL', 'HU'],
  categories: ['protest', 'intervention', 'leadership', 'milestone'],
};

describe('buildEventGeometry', () => {
  it('orders the events by toll, largest first (drawn underneath)', () => {
    expect(geometry.events.map((event) => event.id)).toEqual([
      whirlwind.id,
      poznan.id,
      ivanDenisovich.id,
    ]);
  });

  it('places each event in Web Mercator, with its months and a size from its toll', () => {
    const event = byId(poznan.id);
    expect([event.x, event.y]).toEqual(mercator([16.93, 52.41]));
    expect([event.startMonth, event.endMonth]).toEqual([monthOf('1956-06'), monthOf('1956-06')]);
    expect(event.scale).toBeCloseTo(symbolScale(100));
  });

  it('draws an arc of 24 segments and one arrowhead for an intervention with an origin', () => {
    expect(geometry.segments).toHaveLength(24);
    expect(geometry.segments.every((segment) => segment.event.id === whirlwind.id)).toBe(true);
    expect(geometry.segments[0]?.from).toEqual(mercator([20.2, 47.17]));
    expect(geometry.segments.at(-1)?.to).toEqual(mercator([19.04, 47.5]));
    const [head] = geometry.heads;
    // From Szolnok north-west to Budapest: west (x falls) and north (y falls, y points south).
    expect(head?.angle).toBeLessThan(-Math.PI / 2);
    expect(head?.angle).toBeGreaterThan(-Math.PI);
  });
});

describe('mercator', () => {
  it('agrees with Web Mercator at the origin and on the equator', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([90, 0])).toEqual([0.75, 0.5]);
    expect(mercator([0, 85.051129])[1]).toBeCloseTo(0, 5);
  });
});

describe('symbolScale', () => {
  it('grows linearly between the steps and stays put beyond them', () => {
    expect(symbolScale(-1)).toBe(0.85);
    expect(symbolScale(1)).toBe(0.95);
    expect(symbolScale(55)).toBeCloseTo(1.1 + 0.125);
    expect(symbolScale(10000)).toBe(2.2);
    expect(symbolScale(50000)).toBe(2.2);
  });
});

describe('phaseAt', () => {
  const event = byId(poznan.id);

  it('is current in the months an event lasts, past after them, nothing before', () => {
    expect(phaseAt(event, everything)).toBe('current');
    expect(phaseAt(event, { ...everything, month: monthOf('1956-07') })).toBe('past');
    expect(phaseAt(event, { ...everything, month: monthOf('1956-05') })).toBeNull();
  });

  it('hides the past in month mode, and whatever the filters leave out', () => {
    const later = { ...everything, month: monthOf('1957-01') };
    expect(phaseAt(event, { ...later, mode: 'month' })).toBeNull();
    expect(phaseAt(event, { ...everything, countries: ['HU'] })).toBeNull();
    expect(phaseAt(event, { ...everything, categories: ['intervention'] })).toBeNull();
  });
});
