import { describe, expect, it } from 'vitest';
import { defaultCompareState, parseCompareState, serializeCompareState } from './compareState';

const context = { countryIds: ['SU', 'PL', 'HU'] };

describe('the comparison’s URL state', () => {
  it('is empty at the defaults: the three countries over the whole period', () => {
    expect(serializeCompareState(defaultCompareState(context), context)).toBe('');
    expect(parseCompareState('', context)).toEqual({
      state: { ...defaultCompareState(context), from: 1953, to: 1968 },
      notes: [],
    });
  });

  it('round-trips the countries, the span, the measure and the event', () => {
    const state = {
      ...defaultCompareState(context),
      countries: ['PL', 'HU'],
      from: 1956,
      to: 1956,
      measure: 'fatalities' as const,
      event: 'pl-1956-06-28-poznan-general-strike',
    };
    const search = serializeCompareState(state, context);
    expect(search).toBe(
      '?countries=PL,HU&from=1956&to=1956&measure=fatalities&event=pl-1956-06-28-poznan-general-strike',
    );
    expect(parseCompareState(search, context)).toEqual({ state, notes: [] });
  });

  it('shows the first three countries, with a note, for fewer than two', () => {
    const { state, notes } = parseCompareState('?countries=HU', context);
    expect(state.countries).toEqual(['SU', 'PL', 'HU']);
    expect(notes).toEqual(['A comparison needs two or three countries; showing the first three.']);
  });

  it('keeps three countries at most', () => {
    const wider = { countryIds: ['SU', 'PL', 'HU', 'CS'] };
    const { state, notes } = parseCompareState('?countries=SU,PL,HU,CS', wider);
    expect(state.countries).toEqual(['SU', 'PL', 'HU']);
    expect(notes).toHaveLength(1);
  });

  it('falls back on years outside the period, and turns a backward span round', () => {
    expect(parseCompareState('?from=1945', context).state.from).toBe(1953);
    expect(parseCompareState('?from=1945', context).notes[0]).toContain('“1945”');
    const backward = parseCompareState('?from=1960&to=1956', context);
    expect(backward.state).toMatchObject({ from: 1956, to: 1960 });
    expect(backward.notes).toHaveLength(1);
  });
});
