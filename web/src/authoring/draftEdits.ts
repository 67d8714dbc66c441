/** The editor's changes to a draft, and a draft as a story and back. */
import type { Story } from '@thaw/data/stories';
import type { Draft, DraftStep } from './draft';

export const insertStep = (draft: Draft, index: number, step: DraftStep): Draft => ({
  ...draft,
  steps: [...draft.steps.slice(0, index), step, ...draft.steps.slice(index)],
});

export const removeStep = (draft: Draft, index: number): Draft => ({
  ...draft,
  steps: draft.steps.filter((_, at) => at !== index),
});

/** The step at `index` moved one place up (-1) or down (+1); at an end, the draft as it was. */
export function moveStep(draft: Draft, index: number, by: -1 | 1): Draft {
  const to = index + by;
  const moved = draft.steps[index];
  const other = draft.steps[to];
  if (!moved || !other) return draft;
  const steps = [...draft.steps];
  steps[to] = moved;
  steps[index] = other;
  return { ...draft, steps };
}

export function updateStep(draft: Draft, index: number, patch: Partial<DraftStep>): Draft {
  return {
    ...draft,
    steps: draft.steps.map((step, at) => {
      if (at !== index) return step;
      const updated = { ...step, ...patch };
      // Notes are optional and, when given, not empty.
      if (!updated.notes) delete updated.notes;
      return updated;
    }),
  };
}

/** `"1956 in Budapest"` → `1956-in-budapest`: the id a story file is named by. */
export function storyIdOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .match(/[a-z0-9]+/g);
  return words ? words.join('-').slice(0, 60).replace(/-$/, '') : 'my-story';
}

/** The draft as a story, to be checked with the story schema before it goes anywhere. */
export const draftStory = (draft: Draft): Story => ({ id: storyIdOf(draft.title), ...draft });

/** A story (a shared link, an opened file) as a draft to go on with. */
export const storyDraft = ({ title, summary, steps }: Story): Draft => ({ title, summary, steps });
