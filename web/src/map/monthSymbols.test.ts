import { describe, expect, it } from 'vitest';
import { event, place } from '../test/fixtures';
import { monthOf } from '../time/months';
import { buildEventGeometry } from './eventGeometry';
import { monthSymbols, PARTS_ZOOM } from './monthSymbols';
import type { EventView } from './visibility';

const revolution = event({
  id: 'hu-1956-10-23-armed-uprising',
  start: '1956-10-23',
  end: '1956-12-12',
  type: 'uprising',
  fatalities: { low: 3220, high: 3722 },
});
const volley = event({
  id: 'hu-1956-10-25-kossuth-square-massacre',
  start: '1956-10-25',
  category: 'intervention',
  type: 'suppression',
  place: place('budapest-kossuth-ter', 'Kossuth Square', 47.5066, 19.0466),
  partOf: revolution.id,
});
// A part of a part: the Soviet intervention's assault, itself part of the revolution.
const intervention = event({
  id: 'su-1956-10-24-soviet-intervention-hungary',
  country: 'SU',
  target: 'HU',
  category: 'intervention',
  type: 'invasion',
  start: '1956-10-24',
  end: '1956-11-10',
  partOf: revolution.id,
});
const assault = event({
  id: 'su-1956-11-04-corvin-koz-assault',
  country: 'SU',
  target: 'HU',
  category: 'intervention',
  type: 'suppression',
  start: '1956-11-04',
  place: place('budapest-corvin-koz', 'Corvin köz', 47.4861, 19.0706),
  partOf: intervention.id,
});
const elsewhere = event({ id: 'hu-1956-11-07-sztalinvaros', start: '1956-11-07' });
const geometry = buildEventGeometry([revolution, volley, intervention, assault, elsewhere]);
const candidates = geometry.events.map((event, index) => ({ event, index }));

const view = (month: string, countries = ['HU', 'SU']): EventView => ({
  month: monthOf(month),
  mode: 'month',
  countries,
  categories: ['protest', 'intervention', 'leadership', 'milestone'],
});
const ids = (layout: ReturnType<typeof monthSymbols>) =>
  layout.symbols.map((symbol) => symbol.event.id).sort();

describe('monthSymbols', () => {
  it('below PARTS_ZOOM lets the whole stand for its parts, at any depth', () => {
    const layout = monthSymbols(candidates, view('1956-11'), PARTS_ZOOM - 0.5);
    expect(ids(layout)).toEqual([elsewhere.id, revolution.id].sort());
    expect(layout.givingWay.map((index) => geometry.events[index]?.id).sort()).toEqual(
      [assault.id, intervention.id].sort(),
    );
  });

  it('from PARTS_ZOOM on draws every part beside its whole', () => {
    const layout = monthSymbols(candidates, view('1956-11'), PARTS_ZOOM);
    expect(ids(layout)).toEqual([assault.id, elsewhere.id, intervention.id, revolution.id].sort());
    expect(layout.givingWay).toEqual([]);
  });

  it('keeps a part whose whole the view leaves out, and the selected part', () => {
    // The revolution is Hungary's: with the Soviet Union alone, its intervention stands for the assault.
    const soviet = monthSymbols(candidates, view('1956-11', ['SU']), 4);
    expect(ids(soviet)).toEqual([intervention.id]);
    const chosen = monthSymbols(candidates, view('1956-10'), 4, volley.id);
    expect(ids(chosen)).toEqual([revolution.id, volley.id].sort());
  });

  it('fans the symbols on one point out around it, the largest toll keeping it', () => {
    const { symbols } = monthSymbols(candidates, view('1956-11'), 9);
    const whole = symbols.find((symbol) => symbol.event.id === revolution.id);
    expect([whole?.dx, whole?.dy]).toEqual([0, 0]);
    for (const [at, a] of symbols.entries()) {
      for (const b of symbols.slice(at + 1)) {
        const apart = Math.hypot(
          a.event.x * 512 * 2 ** 9 + a.dx - (b.event.x * 512 * 2 ** 9 + b.dx),
          a.event.y * 512 * 2 ** 9 + a.dy - (b.event.y * 512 * 2 ** 9 + b.dy),
        );
        expect(apart).toBeGreaterThanOrEqual(a.radius + b.radius);
      }
    }
  });
});
