/**
 * Where a story from outside the atlas came from, and "Save as my draft", which makes it the
 * reader's own to edit (asking first before it replaces a draft).
 */
import type { Story } from '@thaw/data/stories';
import { useState } from 'react';
import { storyDraft } from './draftEdits';
import { DRAFT_PATH } from './paths';
import { saveDraft, useDraft } from './useDraft';

type Saving = 'idle' | 'confirm' | 'saved' | { problem: string };

/** The origin line, and "Save as my draft", which asks first before it replaces a draft. */
export function StoryOrigin({ story, label }: { story: Story; label: string }) {
  const current = useDraft();
  const [saving, setSaving] = useState<Saving>('idle');
  const save = () => {
    const problem = saveDraft(storyDraft(story));
    setSaving(problem ? { problem } : 'saved');
  };
  const ask = () => {
    const steps = current.status === 'ok' ? current.draft.steps.length : 0;
    // A draft with steps, or one that cannot be read, is not replaced unasked.
    if (steps > 0 || current.status === 'corrupt') setSaving('confirm');
    else save();
  };
  return (
    // Inline only: the presenter sets it in a line of its own.
    <span className="story-origin-line">
      <span>{label}</span>{' '}
      <button type="button" className="button" onClick={ask}>
        Save as my draft
      </button>
      <span role="status">
        {saving === 'confirm' && (
          <>
            This replaces the draft you have.{' '}
            <button type="button" className="link-button" onClick={save}>
              Replace my draft
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setSaving('idle')}>
              Keep my draft
            </button>
          </>
        )}
        {saving === 'saved' && (
          <>
            Saved as your draft — <a href={DRAFT_PATH}>Edit draft</a>
          </>
        )}
        {typeof saving === 'object' && `Could not save it: ${saving.problem}.`}
      </span>
    </span>
  );
}
