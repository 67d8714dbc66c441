import { describe, expect, it } from 'vitest';
import { gazetteerOf } from '../places/gazetteer';
import {
  event,
  gazetteerPlace,
  ivanDenisovich,
  katowice,
  place,
  poznan,
  stalinogrod,
  whirlwind,
} from '../test/fixtures';
import { monthOf } from '../time/months';
import { eventPlaceLabels } from './eventPlaceLabels';
import type { EventView } from './visibility';

const restored = event({
  id: 'pl-1956-12-10-katowice-name-restored',
  country: 'PL',
  category: 'milestone',
  start: '1956-12-10',
  place: place('katowice', 'Katowice', 50.26, 19.02, 'Stalinogród'),
});
const strike = event({
  id: 'pl-1956-06-katowice-strike',
  country: 'PL',
  start: '1956-06-29',
  place: place('katowice', 'Katowice', 50.26, 19.02, 'Stalinogród'),
});
const rally = event({
  id: 'pl-1968-03-14-katowice',
  country: 'PL',
  start: '1968-03-14',
  place: katowice,
});
const events = [ivanDenisovich, poznan, whirlwind, restored, strike, rally];
const gazetteer = gazetteerOf([gazetteerPlace(katowice, stalinogrod)]);
const labels = eventPlaceLabels(events, gazetteer, new Set(['Moscow']));
const view = (month: string): EventView => ({
  month: monthOf(month),
  mode: 'cumulative',
  countries: ['SU', 'PL', 'HU'],
  categories: ['protest', 'intervention', 'leadership', 'milestone'],
});

describe('the labels of the events’ places', () => {
  it('has one label per name of each place, never for a capital with its own label', () => {
    expect(labels.features.features.map((feature) => feature.properties)).toEqual([
      { key: 'poznan:Poznań', name: 'Poznań' },
      { key: 'budapest:Budapest', name: 'Budapest' },
      { key: 'katowice:Stalinogród', name: 'Stalinogród', modern: 'Katowice' },
      { key: 'katowice:Katowice', name: 'Katowice' },
    ]);
  });

  it('shows the places of the events under way, in the names of the month', () => {
    expect([...labels.shown(view('1956-06'))].sort()).toEqual([
      'katowice:Stalinogród',
      'poznan:Poznań',
    ]);
    expect([...labels.shown(view('1956-11'))]).toEqual(['budapest:Budapest']);
    // Renamed on 10 December 1956: December is named by its last day.
    expect([...labels.shown(view('1956-12'))]).toEqual(['katowice:Katowice']);
    expect([...labels.shown(view('1968-03'))]).toEqual(['katowice:Katowice']);
    expect([...labels.shown({ ...view('1956-06'), countries: ['SU', 'HU'] })]).toEqual([]);
  });

  it('labels no place whose event the map draws no symbol for (a part given way to its whole)', () => {
    const drawn = (id: string) => !id.startsWith('pl-1956-06-28');
    expect([...labels.shown(view('1956-06'), drawn)]).not.toContain('poznan:Poznań');
    expect([...labels.shown(view('1956-06'), () => false)]).toEqual([]);
  });

  it('names each place as its events do when the gazetteer did not load', () => {
    const fallback = eventPlaceLabels(events, gazetteerOf([]), new Set(['Moscow']));
    expect([...fallback.shown(view('1956-12'))]).toEqual(['katowice:Stalinogród']);
    expect([...fallback.shown(view('1968-03'))]).toEqual(['katowice:Katowice']);
  });
});
