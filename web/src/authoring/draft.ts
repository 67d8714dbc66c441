/**
 * The reader's own story while they make it: a draft kept in the browser's localStorage, under a
 * versioned key, so that it survives reloads. Its steps have the shape of a story file's; only
 * what the reader writes (titles, captions, notes) may be unfinished until it is shared.
 */
import type { Story, StoryStep } from '@thaw/data/stories';
import { z } from 'zod';

export const DRAFT_KEY = 'thaw-atlas:story-draft:v1';

export type DraftStep = StoryStep;

export interface Draft {
  title: string;
  summary: string;
  steps: DraftStep[];
}

export const EMPTY_DRAFT: Draft = { title: '', summary: '', steps: [] };

/**
 * The stored draft, checked only as far as the editor relies on it: the rest of each step is
 * checked with the story schema when the draft is shared, so an old step is never thrown away.
 */
const StoredDraft = z.object({
  version: z.literal(1),
  title: z.string(),
  summary: z.string(),
  steps: z.array(
    z.looseObject({
      title: z.string(),
      caption: z.string(),
      notes: z.string().optional(),
    }),
  ),
});

export type DraftReading =
  | { status: 'ok'; draft: Draft }
  /** The stored text, kept untouched until the reader starts afresh, and what is wrong with it. */
  | { status: 'corrupt'; message: string };

export function parseStoredDraft(text: string | null): DraftReading {
  if (text === null) return { status: 'ok', draft: EMPTY_DRAFT };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'corrupt', message: 'what the browser holds is not JSON' };
  }
  const parsed = StoredDraft.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return {
      status: 'corrupt',
      message: `it is not a draft this version of the atlas knows${where}`,
    };
  }
  const { version: _version, ...draft } = parsed.data;
  return { status: 'ok', draft: draft as Draft };
}

export const storedDraftText = (draft: Draft): string => JSON.stringify({ version: 1, ...draft });

export const addStep = (draft: Draft, step: DraftStep): Draft => ({
  ...draft,
  steps: [...draft.steps, step],
});

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
