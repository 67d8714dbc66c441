import { StoryStep } from '@thaw/data/stories';
import { describe, expect, it } from 'vitest';
import { monthOf } from '../time/months';
import { explorerShots, FPS, frameCount, SPEEDS, storyShots } from './videoPlan';

const run = {
  mode: 'cumulative' as const,
  countries: ['HU'],
  categories: ['protest' as const],
  frame: [16, 45, 23, 49] as [number, number, number, number],
  filterWords: 'Hungary · protests · up to this month',
};

const step = (fields: Record<string, unknown>) =>
  StoryStep.parse({
    title: 'Budapest',
    countries: ['HU'],
    mode: 'month',
    frame: { bbox: [16.1, 45.7, 22.9, 48.6] },
    caption: 'The uprising began on 23 October.',
    show: 'map',
    ...fields,
  });

describe('explorerShots', () => {
  it('gives each month of the range its title and the same whole number of frames', () => {
    const shots = explorerShots({
      ...run,
      from: monthOf('1956-10'),
      to: monthOf('1957-01'),
      speed: 2,
    });
    expect(shots.map((shot) => shot.title)).toEqual([
      'Thaw Atlas · October 1956',
      'Thaw Atlas · November 1956',
      'Thaw Atlas · December 1956',
      'Thaw Atlas · January 1957',
    ]);
    expect(shots.every((shot) => shot.frames === FPS / 2 && shot.frame === run.frame)).toBe(true);
    expect(shots[0]?.view).toEqual({
      month: monthOf('1956-10'),
      mode: 'cumulative',
      countries: ['HU'],
      categories: ['protest'],
    });
    expect(frameCount(shots)).toBe(4 * 6);
  });

  it('holds every speed for whole frames, and refuses a range that runs backwards', () => {
    for (const speed of SPEEDS) expect(Number.isInteger(FPS / speed)).toBe(true);
    expect(() => explorerShots({ ...run, from: 10, to: 9, speed: 1 })).toThrow('before the first');
  });
});

describe('storyShots', () => {
  it('gives a step of one month the whole segment, and spreads a span over it', () => {
    const steps = [
      { step: step({ date: '1956-10' }), index: 4, filterWords: 'Hungary' },
      { step: step({ from: '1953-06', to: '1953-08' }), index: 7, filterWords: 'Hungary' },
    ];
    const shots = storyShots('1956', 12, steps, 2);
    expect(shots.map((shot) => [shot.view.month, shot.frames])).toEqual([
      [monthOf('1956-10'), 24],
      [monthOf('1953-06'), 8],
      [monthOf('1953-07'), 8],
      [monthOf('1953-08'), 8],
    ]);
    expect(shots[0]?.title).toBe('Budapest · October 1956');
    expect(shots[0]?.subtitle).toBe('1956 · step 5 of 12 · Hungary');
    expect(shots[0]?.caption).toBe('The uprising began on 23 October.');
    expect(shots[0]?.frame).toEqual([16.1, 45.7, 22.9, 48.6]);
  });

  it('loses no frame when a span has more months than the segment has frames', () => {
    const steps = [{ step: step({ from: '1953-01', to: '1957-12' }), index: 0, filterWords: '' }];
    const shots = storyShots('Long', 1, steps, 2);
    expect(frameCount(shots)).toBe(2 * FPS);
    expect(shots.every((shot) => shot.frames >= 1)).toBe(true);
  });
});
