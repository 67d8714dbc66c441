/** The draft's side of "Add this view to a story", loaded when the reader first asks for it. */
import { addStep, type DraftStep } from './draft';
import { readDraft, saveDraft } from './useDraft';

export type Added = { added: number } | { problem: string };

/** Adds `step` as the draft's last step, or says why it could not. */
export function addToDraft(step: DraftStep): Added {
  const reading = readDraft();
  // An unreadable draft is left as it is: the editor says what is wrong and offers a new one.
  if (reading.status === 'corrupt') {
    return { problem: `Your saved draft cannot be read: ${reading.message}.` };
  }
  const draft = addStep(reading.draft, step);
  const problem = saveDraft(draft);
  return problem
    ? { problem: `Could not keep the step: ${problem}.` }
    : { added: draft.steps.length };
}
