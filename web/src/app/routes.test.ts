import { describe, expect, it } from 'vitest';
import { matchRoute, parseStepNumber, storyStepPath } from './routes';

describe('story routes', () => {
  it('reads a story and its 1-based step from the path, step 1 when none is given', () => {
    expect(matchRoute('/story/1956')).toEqual({ page: 'story', id: '1956', step: 1 });
    expect(matchRoute('/story/1956/4')).toEqual({ page: 'story', id: '1956', step: 4 });
    expect(matchRoute('/story/1953-after-stalin/12/')).toEqual({
      page: 'story',
      id: '1953-after-stalin',
      step: 12,
    });
    expect(matchRoute('/embed/story/1968/2')).toEqual({ page: 'embed-story', id: '1968', step: 2 });
    expect(matchRoute('/embed/story/1968')).toEqual({ page: 'embed-story', id: '1968', step: 1 });
  });

  it('keeps a step that is no number as null, for the page to say so', () => {
    for (const segment of ['0', '-1', '02', 'two', '1.5', '99999']) {
      expect(parseStepNumber(segment), segment).toBeNull();
      expect(matchRoute(`/story/1956/${segment}`)).toEqual({
        page: 'story',
        id: '1956',
        step: null,
      });
    }
    expect(parseStepNumber(undefined)).toBe(1);
    expect(parseStepNumber('13')).toBe(13);
  });

  it('has the notes and print pages of a story, and nothing deeper', () => {
    expect(matchRoute('/story/1956/notes')).toEqual({ page: 'story-notes', id: '1956' });
    expect(matchRoute('/story/1956/print')).toEqual({ page: 'story-print', id: '1956' });
    expect(matchRoute('/story/1956/2/3')).toEqual({ page: 'not-found' });
    expect(matchRoute('/story/Not_An_Id')).toEqual({ page: 'not-found' });
    expect(matchRoute('/story')).toEqual({ page: 'not-found' });
    // The chart embeds keep their paths.
    expect(matchRoute('/embed/timeline')).toEqual({ page: 'embed-chart', chart: 'timeline' });
  });

  it('writes a step path that reads back as the same step', () => {
    expect(storyStepPath('1956', 0)).toBe('/story/1956/1');
    expect(storyStepPath('1956', 4, true)).toBe('/embed/story/1956/5');
    expect(matchRoute(storyStepPath('1968', 6))).toEqual({ page: 'story', id: '1968', step: 7 });
  });
});
