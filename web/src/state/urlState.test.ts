import { CATEGORIES } from '@thaw/charts';
import { describe, expect, it } from 'vitest';
import { monthOf } from '../time/months';
import {
  DEFAULT_MONTH,
  defaultState,
  parseExplorerState,
  serializeExplorerState,
} from './urlState';

const context = { countryIds: ['SU', 'PL', 'HU'] };

describe('the URL state', () => {
  it('is empty at the defaults, and the defaults come from an empty URL', () => {
    expect(serializeExplorerState(defaultState(context), context)).toBe('');
    expect(parseExplorerState('', context)).toEqual({ state: defaultState(context), notes: [] });
  });

  it('writes only what differs from the defaults, with readable lists', () => {
    const state = {
      ...defaultState(context),
      month: monthOf('1956-10'),
      countries: ['PL', 'HU'],
      categories: ['protest' as const, 'intervention' as const],
      event: 'hu-1956-10-23-budapest-demonstration',
    };
    const search = serializeExplorerState(state, context);
    expect(search).toBe(
      '?date=1956-10&countries=PL,HU&categories=protest,intervention&event=hu-1956-10-23-budapest-demonstration',
    );
    expect(parseExplorerState(search, context)).toEqual({ state, notes: [] });
  });

  it('round-trips the mode and the view', () => {
    const state = { ...defaultState(context), mode: 'month' as const, view: 'table' as const };
    expect(serializeExplorerState(state, context)).toBe('?mode=month&view=table');
    expect(parseExplorerState('?mode=month&view=table', context).state).toEqual(state);
  });

  it('reads a year as its January, and lists in any order and case', () => {
    const { state, notes } = parseExplorerState(
      '?date=1968&countries=hu,pl&categories=Milestone',
      context,
    );
    expect(notes).toEqual([]);
    expect(state.month).toBe(monthOf('1968-01'));
    expect(state.countries).toEqual(['PL', 'HU']);
    expect(state.categories).toEqual(['milestone']);
  });

  it('falls back to the defaults on bad values, with a note for each', () => {
    const { state, notes } = parseExplorerState('?date=banana&countries=XX', context);
    expect(state).toEqual(defaultState(context));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('“banana”');
    expect(notes[1]).toContain('“XX”');
  });

  it('keeps the good part of a list and notes the rest', () => {
    const { state, notes } = parseExplorerState(
      '?countries=PL,XX&categories=riots,protest',
      context,
    );
    expect(state.countries).toEqual(['PL']);
    expect(state.categories).toEqual(['protest']);
    expect(notes).toEqual(['Ignored unknown country “XX”.', 'Ignored unknown category “riots”.']);
  });

  it('rejects months outside the period and malformed ids, and notes unknown parameters', () => {
    for (const date of ['1952-12', '1969-01', '1956-13', '1956-1', '56']) {
      const { state, notes } = parseExplorerState(`?date=${date}`, context);
      expect(state.month, date).toBe(DEFAULT_MONTH);
      expect(notes, date).toHaveLength(1);
    }
    const { state, notes } = parseExplorerState(
      '?event=<script>&mode=fast&view=globe&zoom=4',
      context,
    );
    expect(state.event).toBeNull();
    expect(state.mode).toBe('cumulative');
    expect(state.view).toBe('map');
    expect(notes).toHaveLength(4);
    expect(notes[3]).toContain('“zoom”');
  });

  it('keeps every category by default', () => {
    expect(defaultState(context).categories).toEqual(CATEGORIES);
  });
});
