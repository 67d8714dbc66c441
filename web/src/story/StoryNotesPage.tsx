/**
 * `/story/{id}/notes`: the speaker's window. It shows the step the presentation window shows
 * (told over the story's `BroadcastChannel`), its notes, the next step's title and a clock, and
 * can move the presentation on.
 */
import type { Story } from '@thaw/data/stories';
import { useEffect, useRef, useState } from 'react';
import { stepDateLabel } from './stepView';
import { formatElapsed, openStoryChannel, type StoryMessage } from './storyChannel';
import { keyAction, keyTargetOf } from './storyKeys';

interface Shown {
  story: Story;
  step: number;
}

export default function StoryNotesPage({ id }: { id: string }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const channel = useRef<{ post(message: StoryMessage): void } | null>(null);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const opened = openStoryChannel(id, (message) => {
      if (message.type === 'show') setShown({ story: message.story, step: message.step });
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [id]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const go = (step: number) => channel.current?.post({ type: 'go', step });
  const latest = useRef(shown);
  latest.current = shown;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = latest.current;
      if (!current) return;
      const action = keyAction(
        { key: event.key, modified: event.ctrlKey || event.altKey || event.metaKey },
        keyTargetOf(document.activeElement),
        current.step,
        current.story.steps.length,
      );
      if (action && 'step' in action) {
        event.preventDefault();
        channel.current?.post({ type: 'go', step: action.step });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const step = shown?.story.steps[shown.step];
  const next = shown?.story.steps[shown.step + 1];
  useEffect(() => {
    document.title = `Speaker notes${shown ? ` · ${shown.story.title}` : ''} · Thaw Atlas`;
  }, [shown]);

  return (
    <main className="story-notes" id="main">
      <div className="story-notes-clock">
        <p data-testid="notes-timer">
          <span className="visually-hidden">Time presenting: </span>
          {formatElapsed(now - started)}
        </p>
        <button type="button" className="button" onClick={() => setStarted(Date.now())}>
          Restart the clock
        </button>
      </div>
      {!shown || !step ? (
        <div className="placeholder-page" role="status">
          <h1>Speaker notes</h1>
          <p>
            Waiting for the presentation: open the story in another window of this browser (
            <a href={`/story/${id}`} target="_blank" rel="noopener">
              the story
            </a>
            ) and its notes appear here, following each step.
          </p>
        </div>
      ) : (
        <>
          <p className="story-progress" data-testid="notes-progress">
            {shown.story.title} · Step {shown.step + 1} of {shown.story.steps.length}
          </p>
          <h1 className="story-step-title" data-testid="notes-step-title">
            {step.title} <span className="muted">{stepDateLabel(step)}</span>
          </h1>
          <div className="story-notes-text" data-testid="notes-text">
            {step.notes ? <p>{step.notes}</p> : <p className="muted">No notes for this step.</p>}
          </div>
          <p className="story-caption">
            <span className="muted">Caption: </span>
            {step.caption}
          </p>
          <p data-testid="notes-next">
            <span className="muted">Next: </span>
            {next ? next.title : 'the end of the story'}
          </p>
          <nav className="story-controls" aria-label="Steps">
            <button
              type="button"
              className="button"
              disabled={shown.step === 0}
              onClick={() => go(shown.step - 1)}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button primary"
              disabled={!next}
              onClick={() => go(shown.step + 1)}
            >
              Next →
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
