/**
 * "Add this view to a story", beside a view's other actions: the view as it is now becomes the
 * last step of the reader's draft, and a line says which step it is and links to the editor.
 */
import { i18n } from '@lingui/core';
import { useState } from 'react';
import { type Added, addToDraft } from './addToDraft';
import type { DraftStep } from './draft';
import { DRAFT_PATH } from './paths';

export interface AddToStoryProps {
  /** Made when asked for: the frame is the camera's at that moment. */
  step(): DraftStep;
}

export function AddToStory({ step }: AddToStoryProps) {
  const [outcome, setOutcome] = useState<Added | null>(null);
  const add = () => setOutcome(addToDraft(step()));
  return (
    <div className="add-to-story">
      <button type="button" className="button" onClick={add}>
        {i18n._('story.addView')}
      </button>
      <p className="add-to-story-status" role="status">
        {outcome &&
          ('added' in outcome ? (
            <>
              {i18n._('story.added', { step: outcome.added })} —{' '}
              <a href={DRAFT_PATH}>{i18n._('story.editDraft')}</a>
            </>
          ) : (
            <>
              {outcome.problem} <a href={DRAFT_PATH}>{i18n._('story.openDraft')}</a>
            </>
          ))}
      </p>
    </div>
  );
}
