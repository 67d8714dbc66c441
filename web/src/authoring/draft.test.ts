import { describe, expect, it } from 'vitest';
import {
  addStep,
  type Draft,
  type DraftStep,
  EMPTY_DRAFT,
  parseStoredDraft,
  storedDraftText,
} from './draft';
import { draftStory, insertStep, moveStep, removeStep, storyIdOf, updateStep } from './draftEdits';
import { PLACEHOLDER_CAPTION } from './viewSteps';

const step = (title: string): DraftStep => ({
  title,
  date: '1956-10',
  countries: ['HU'],
  categories: ['protest'],
  mode: 'month',
  frame: { bbox: [16, 45.7, 22.9, 48.6] },
  highlight: [],
  caption: PLACEHOLDER_CAPTION,
  show: 'map',
});

const titles = (draft: Draft) => draft.steps.map((each) => each.title);
const threeSteps = [step('One'), step('Two'), step('Three')].reduce(addStep, EMPTY_DRAFT);

describe('the draft', () => {
  it('adds steps at the end, in order', () => {
    expect(titles(threeSteps)).toEqual(['One', 'Two', 'Three']);
    expect(EMPTY_DRAFT.steps).toEqual([]);
  });

  it('moves a step up and down, and not past either end', () => {
    expect(titles(moveStep(threeSteps, 2, -1))).toEqual(['One', 'Three', 'Two']);
    expect(titles(moveStep(threeSteps, 0, 1))).toEqual(['Two', 'One', 'Three']);
    expect(moveStep(threeSteps, 0, -1)).toBe(threeSteps);
    expect(moveStep(threeSteps, 2, 1)).toBe(threeSteps);
  });

  it('deletes a step, and puts it back where it was', () => {
    const removed = removeStep(threeSteps, 1);
    expect(titles(removed)).toEqual(['One', 'Three']);
    expect(insertStep(removed, 1, step('Two'))).toEqual(threeSteps);
  });

  it('edits one step, dropping notes left empty', () => {
    const noted = updateStep(threeSteps, 1, { caption: 'Budapest rose.', notes: 'Say more.' });
    expect(noted.steps[1]).toMatchObject({ caption: 'Budapest rose.', notes: 'Say more.' });
    expect(noted.steps[0]).toBe(threeSteps.steps[0]);
    expect(updateStep(noted, 1, { notes: '' }).steps[1]).not.toHaveProperty('notes');
  });

  it('survives the round trip through storage', () => {
    const text = storedDraftText({ ...threeSteps, title: 'Budapest' });
    expect(JSON.parse(text).version).toBe(1);
    expect(parseStoredDraft(text)).toEqual({
      status: 'ok',
      draft: { ...threeSteps, title: 'Budapest' },
    });
    expect(parseStoredDraft(null)).toEqual({ status: 'ok', draft: EMPTY_DRAFT });
  });

  it('says what is wrong with a corrupt stored value, rather than failing', () => {
    expect(parseStoredDraft('{"version":1,"title":')).toEqual({
      status: 'corrupt',
      message: 'what the browser holds is not JSON',
    });
    expect(parseStoredDraft('{"version":2,"title":"","summary":"","steps":[]}')).toMatchObject({
      status: 'corrupt',
      message: expect.stringContaining('at version'),
    });
    expect(
      parseStoredDraft('{"version":1,"title":"","summary":"","steps":[{"title":3}]}'),
    ).toMatchObject({ status: 'corrupt', message: expect.stringContaining('at steps.0.title') });
  });

  it('names a story by its title, as the story files are named', () => {
    expect(storyIdOf('Łódź and Poznań, 1956!')).toBe('lodz-and-poznan-1956');
    expect(storyIdOf('  ')).toBe('my-story');
    expect(draftStory({ ...EMPTY_DRAFT, title: 'Hungary 1956' }).id).toBe('hungary-1956');
  });
});
