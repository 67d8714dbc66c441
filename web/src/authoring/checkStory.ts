/**
 * A story from outside the atlas (a draft, a shared link, an opened file) checked as `data:check`
 * checks the shipped ones: the story schema, then each step against the period and the events.
 * Each problem names its place as a reader says it: "step 3, caption".
 */
import type { Event } from '@thaw/data/schema';
import { Story } from '@thaw/data/stories';
import { stepProblems } from '@thaw/data/story-rules';

export type StoryPath = (string | number)[];

export interface StoryProblem {
  /** Where in the story, as the schema has it: `['steps', 2, 'caption']`. */
  path: StoryPath;
  message: string;
}

export type StoryCheck =
  | { ok: true; story: Story }
  /** `unknownEvents`: the highlighted ids the atlas has no event for. */
  | { ok: false; problems: StoryProblem[]; unknownEvents: string[] };

export type EventsById = ReadonlyMap<
  string,
  Pick<Event, 'country' | 'category' | 'start' | 'end' | 'place'>
>;

export const eventsById = (events: readonly Event[]): EventsById =>
  new Map(events.map((event) => [event.id, event]));

export function checkStory(value: unknown, events: EventsById): StoryCheck {
  const parsed = Story.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.filter((key) => typeof key !== 'symbol');
      // An unknown key is named, not the object that holds it.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      return keys.map((key) => ({
        path: key === undefined ? path : [...path, key],
        message: key === undefined ? issue.message : `"${key}" is not a field of a story`,
      }));
    });
    return { ok: false, problems, unknownEvents: [] };
  }
  const story = parsed.data;
  const problems = story.steps.flatMap((step, index) =>
    stepProblems(step, events).map(({ path, message }) => ({
      path: ['steps', index, ...path],
      message,
    })),
  );
  if (problems.length === 0) return { ok: true, story };
  const named = story.steps.flatMap((step) => step.highlight);
  const unknownEvents = [...new Set(named.filter((id) => !events.has(id)))];
  return { ok: false, problems, unknownEvents };
}

/** `['steps', 2, 'frame', 'bbox', 0]` → `step 3, frame.bbox[0]`; `['summary']` → `summary`. */
export function placeOf(path: StoryPath): string {
  const [first, second, ...rest] = path;
  if (first === 'steps' && typeof second === 'number') {
    const field = fieldPath(rest);
    return field ? `step ${second + 1}, ${field}` : `step ${second + 1}`;
  }
  return fieldPath(path) || 'the story';
}

const fieldPath = (path: StoryPath): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');

/** `step 3, caption: a caption is one to three sentences`. */
export const problemText = ({ path, message }: StoryProblem): string =>
  `${placeOf(path)}: ${message}`;
