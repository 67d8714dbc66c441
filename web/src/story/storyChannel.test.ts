import type { StoryInput } from '@thaw/data/stories';
import { Story } from '@thaw/data/stories';
import { describe, expect, it } from 'vitest';
import { formatElapsed, readStoryMessage, storyChannelName } from './storyChannel';

const step = {
  title: 'Stalin dies',
  date: '1953-03',
  countries: ['SU'],
  mode: 'month',
  frame: { bbox: [30, 50, 40, 60] },
  caption: 'Stalin died on 5 March 1953.',
  show: 'map',
} satisfies StoryInput['steps'][number];
const story = Story.parse({
  id: 'a-story',
  title: 'A story',
  summary: 'Two steps.',
  steps: [step, step],
});

describe('the presenter channel', () => {
  it('is named for the story', () => {
    expect(storyChannelName('1956')).toBe('thaw-atlas:story:1956');
  });

  it('reads the messages of both windows', () => {
    expect(readStoryMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readStoryMessage({ type: 'go', step: 1 })).toEqual({ type: 'go', step: 1 });
    expect(readStoryMessage({ type: 'show', story, step: 1 })).toEqual({
      type: 'show',
      story,
      step: 1,
    });
  });

  it('ignores what is not one of them', () => {
    for (const data of [
      null,
      'hello',
      { type: 'go', step: -1 },
      { type: 'go', step: 1.5 },
      { type: 'go' },
      { type: 'show', story, step: 2 },
      { type: 'show', story: { ...story, steps: [] }, step: 0 },
      { type: 'show', story: { id: 'x' }, step: 0 },
      { type: 'thaw-atlas:height', height: 300 },
    ]) {
      expect(readStoryMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('shows the speaker the time presenting', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
