import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '@thaw/data/schema';
import { Story } from '@thaw/data/stories';
import { describe, expect, it } from 'vitest';
import { event, place } from '../test/fixtures';
import { checkStory, eventsById, placeOf, problemText } from './checkStory';
import { readStoryFile, storyFileName, storyFileText } from './storyFile';

const shipped = ['1953-after-stalin', '1956', '1968'].map((id) =>
  readFileSync(join(import.meta.dirname, `../../../data/stories/${id}.json`), 'utf8'),
);

const budapest: Event = event({ id: 'hu-1956-10-23-demonstration' });
const known = eventsById([
  budapest,
  event({
    id: 'pl-1956-06-28-poznan',
    country: 'PL',
    place: place('poznan', 'Poznań', 52.4, 16.9),
  }),
]);

const story = {
  id: 'budapest-1956',
  title: 'Budapest, 1956',
  summary: 'The revolution.',
  steps: [
    {
      title: 'The demonstration',
      date: '1956-10',
      countries: ['HU'],
      mode: 'month',
      frame: { bbox: [16, 45.7, 22.9, 48.6] },
      highlight: [budapest.id],
      caption: 'Students marched in Budapest.',
      show: 'map',
    },
  ],
};

const withStep = (patch: object) => ({
  ...story,
  steps: [story.steps[0], { ...story.steps[0], ...patch }],
});

describe('story files', () => {
  it('are laid out as the shipped ones are, byte for byte', () => {
    // JSON keeps no trailing zero: a figure written 55.0 is written back as 55.
    for (const text of shipped) {
      expect(storyFileText(JSON.parse(text))).toBe(text.replace(/(\d)\.0\b/g, '$1'));
    }
  });

  it('are named by the story id and read back as the story written', () => {
    const parsed = Story.parse(story);
    expect(storyFileName(parsed)).toBe('budapest-1956.json');
    const reading = readStoryFile(storyFileText(parsed));
    expect(reading).toEqual({ ok: true, value: parsed });
    expect(checkStory(reading.ok && reading.value, known)).toEqual({ ok: true, story: parsed });
  });

  it('say when a file is not JSON', () => {
    expect(readStoryFile('   ')).toEqual({ ok: false, message: 'the file is empty' });
    const reading = readStoryFile('{"id": "x",');
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toMatch(/^the file is not JSON \(.+\)$/);
  });

  it('name the step and the field of each schema problem', () => {
    const check = checkStory(withStep({ caption: 'No stop at the end', colour: 'red' }), known);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map(problemText)).toEqual([
      'step 2, caption: end the caption with a full stop',
      'step 2, caption: a caption is one to three sentences',
      'step 2, colour: "colour" is not a field of a story',
    ]);
    const empty = checkStory({ ...story, title: '', steps: [] }, known);
    expect(!empty.ok && empty.problems.map(problemText)).toEqual([
      'title: give the story a title',
      'steps: a story has at least one step',
    ]);
  });

  it('name the events they highlight that the atlas does not have', () => {
    const check = checkStory(
      withStep({ highlight: [budapest.id, 'hu-1956-10-99-invented'] }),
      known,
    );
    expect(check).toEqual({
      ok: false,
      problems: [
        { path: ['steps', 1, 'highlight', 1], message: 'no event "hu-1956-10-99-invented"' },
      ],
      unknownEvents: ['hu-1956-10-99-invented'],
    });
  });

  it('apply data:check’s rules of a step: the period, what the map shows, the frame', () => {
    const check = checkStory(
      withStep({ date: '1970-01', highlight: ['pl-1956-06-28-poznan'] }),
      known,
    );
    expect(!check.ok && check.problems.map(problemText)).toEqual([
      "step 2, date: 1970-01 lies outside the atlas's period, 1953-01 to 1968-12",
      'step 2, highlight[0]: "pl-1956-06-28-poznan" is not on the map in this step: its country, PL, is not among the step\'s countries',
    ]);
  });

  it('place a problem as a reader says it', () => {
    expect(placeOf(['steps', 2, 'frame', 'bbox', 0])).toBe('step 3, frame.bbox[0]');
    expect(placeOf(['steps', 0])).toBe('step 1');
    expect(placeOf(['summary'])).toBe('summary');
    expect(placeOf([])).toBe('the story');
  });
});
