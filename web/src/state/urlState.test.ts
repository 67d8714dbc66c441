import { CATEGORIES } from '@thaw/charts';
import { type Bbox, roundBbox } from '@thaw/data/framing';
import type { StoryInput } from '@thaw/data/stories';
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

  it('holds the map’s frame as west,south,east,north, the shape of a story step’s frame', () => {
    const bbox: Bbox = [16.094, 45.753, 22.876, 48.553];
    const state = { ...defaultState(context), bbox };
    const search = serializeExplorerState(state, context);
    expect(search).toBe('?bbox=16.094,45.753,22.876,48.553');
    expect(parseExplorerState(search, context)).toEqual({ state, notes: [] });
    // A story's frame, written by hand: spaces and more decimals are read, then rounded.
    expect(parseExplorerState('?bbox=18.8, 47.35, 19.35, 47.651234', context).state.bbox).toEqual([
      18.8, 47.35, 19.35, 47.651,
    ]);
  });

  it('takes every story step’s frame, so that a slide and its link frame alike', () => {
    const stories = import.meta.glob<StoryInput>('../../../data/stories/*.json', {
      eager: true,
      import: 'default',
    });
    const frames = Object.values(stories).flatMap((story) =>
      story.steps.map((step) => step.frame.bbox),
    );
    expect(frames.length).toBeGreaterThan(10);
    for (const bbox of frames) {
      const state = { ...defaultState(context), bbox: roundBbox(bbox) };
      const search = serializeExplorerState(state, context);
      expect(parseExplorerState(search, context), search).toEqual({ state, notes: [] });
    }
  });

  it('frames the chosen countries, with a note, when the frame cannot be read', () => {
    for (const [raw, why] of [
      ['banana', 'four numbers'],
      ['16,45,23', 'four numbers'],
      ['16,45,23,48,1', 'four numbers'],
      ['16,45,,48', 'four numbers'],
      ['23,45,16,48', 'west must be less than east'],
      ['16,48,23,45', 'south must be less than north'],
      ['16,45,23,95', '90'],
      ['-200,45,23,48', '-180'],
      ['Infinity,45,23,48', 'four numbers'],
    ]) {
      const { state, notes } = parseExplorerState(`?date=1956-10&bbox=${raw}`, context);
      expect(state.bbox, raw).toBeNull();
      expect(state.month, raw).toBe(monthOf('1956-10'));
      expect(notes, raw).toHaveLength(1);
      expect(notes[0], raw).toContain(why);
      expect(notes[0], raw).toContain('framing the chosen countries');
    }
  });

  it('keeps every category by default', () => {
    expect(defaultState(context).categories).toEqual(CATEGORIES);
  });
});
