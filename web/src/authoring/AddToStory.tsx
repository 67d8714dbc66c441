/**
 * "Add this view to a story", beside a view's other actions: the view as it is now becomes the
 * last step of the reader's draft, and a line says which step it is and links to the editor.
 */
import { useState } from 'react';
import { addStep, type DraftStep } from './draft';
import { DRAFT_PATH } from './paths';
import { readDraft, saveDraft } from './useDraft';

export interface AddToStoryProps {
  /** Made when asked for: the frame is the camera's at that moment. */
  step(): DraftStep;
}

type Outcome = { added: number } | { problem: string };

export function AddToStory({ step }: AddToStoryProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const add = () => {
    const reading = readDraft();
    // An unreadable draft is left as it is: the editor says what is wrong and offers a new one.
    if (reading.status === 'corrupt') {
      setOutcome({ problem: `Your saved draft cannot be read: ${reading.message}.` });
      return;
    }
    const draft = addStep(reading.draft, step());
    const problem = saveDraft(draft);
    setOutcome(
      problem ? { problem: `Could not keep the step: ${problem}.` } : { added: draft.steps.length },
    );
  };
  return (
    <div className="add-to-story">
      <button type="button" className="button" onClick={add}>
        Add this view to a story
      </button>
      <p className="add-to-story-status" role="status">
        {outcome &&
          ('added' in outcome ? (
            <>
              Added as step {outcome.added} of your draft — <a href={DRAFT_PATH}>Edit draft</a>
            </>
          ) : (
            <>
              {outcome.problem} <a href={DRAFT_PATH}>Open the draft</a>
            </>
          ))}
      </p>
    </div>
  );
}
