/**
 * The reader's own story while they make it: a draft kept in the browser's localStorage, under a
 * versioned key, so that it survives reloads. Its steps have the shape of a story file's; only
 * what the reader writes (titles, captions, notes) may be unfinished until it is shared.
 */
import type { StoryStep } from '@thaw/data/stories';
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
