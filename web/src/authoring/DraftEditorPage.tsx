/**
 * `/story/draft`: the reader's draft, to title, caption, reorder and prune, checked as it is
 * written with the story schema and `data:check`'s rules, each message beside its field. Every
 * keystroke is kept in the browser, valid or not; only a valid draft is presented, shared or
 * downloaded.
 */
import { i18n } from '@lingui/core';
import '../styles/authoring.css';
import { useQuery } from '@tanstack/react-query';
import type { Event } from '@thaw/data/schema';
import type { Story } from '@thaw/data/stories';
import { useEffect, useRef, useState } from 'react';
import { eventsQuery } from '../api/queries';
import { download } from '../app/download';
import { CopiedText, useCopy } from '../ui/CopiedText';
import { ErrorState } from '../ui/QueryStatus';
import { checkStory, eventsById, placeOf, type StoryProblem } from './checkStory';
import { type Draft, type DraftStep, EMPTY_DRAFT } from './draft';
import { draftStory, insertStep, moveStep, removeStep, updateStep } from './draftEdits';
import { DRAFT_PRESENT_PATH, OPEN_PATH } from './paths';
import { StoryTrouble } from './StoryTrouble';
import { storyFileName, storyFileText } from './storyFile';
import { shareLink } from './storyLink';
import { saveDraft, useDraft } from './useDraft';
import { PLACEHOLDER_CAPTION } from './viewSteps';

export default function DraftEditorPage() {
  const reading = useDraft();
  if (reading.status === 'corrupt') {
    return (
      <StoryTrouble heading={`Your saved draft cannot be read: ${reading.message}`}>
        <p>It stays in the browser as it is until you start a new draft.</p>
        <button type="button" className="button" onClick={() => saveDraft(EMPTY_DRAFT)}>
          Start a new draft
        </button>
      </StoryTrouble>
    );
  }
  return <DraftEditor stored={reading.draft} />;
}

/** A problem's field in the editor: `title`, `summary`, `steps.2.caption`, `steps.2`, `story`. */
function fieldKey(path: StoryProblem['path']): string {
  const [first, index, field] = path;
  if (first === 'title' || first === 'summary') return first;
  if (first !== 'steps' || typeof index !== 'number') return 'story';
  return field === 'title' || field === 'caption' || field === 'notes'
    ? `steps.${index}.${field}`
    : `steps.${index}`;
}

const fieldId = (key: string) => `draft-${key.replaceAll('.', '-')}`;

interface Deleted {
  index: number;
  step: DraftStep;
}

function DraftEditor({ stored }: { stored: Draft }) {
  // The draft as written, even when the browser would not keep it: nothing typed is lost.
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [status, setStatus] = useState('');
  const [copied, copy] = useCopy<'share link'>(setStatus);
  const focusAfter = useRef<string | null>(null);
  const events = useQuery(eventsQuery());

  const edit = (next: Draft) => {
    setDraft(next);
    setSaveProblem(saveDraft(next));
  };
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const check = events.data ? checkStory(draftStory(draft), eventsById(events.data)) : null;
  const problems = new Map<string, string[]>();
  for (const problem of check && !check.ok ? check.problems : []) {
    const key = fieldKey(problem.path);
    const { caption } = draft.steps[Number(problem.path[1])] ?? {};
    // The placeholder fails the schema for a reason of its own: it is not the teacher's text.
    const message =
      key.endsWith('.caption') && caption === PLACEHOLDER_CAPTION
        ? 'write the caption: one to three sentences in your own words'
        : key.startsWith('steps.') && !key.endsWith('.title') && !key.endsWith('.caption')
          ? `${placeOf(problem.path).replace(/^step \d+, /, '')}: ${problem.message}`
          : problem.message;
    problems.set(key, [...new Set([...(problems.get(key) ?? []), message])]);
  }
  const story = check?.ok ? check.story : null;
  const eventTitles = new Map(events.data?.map((event: Event) => [event.id, event.title]));

  const move = (index: number, by: -1 | 1) => {
    edit(moveStep(draft, index, by));
    const to = index + by;
    const atEnd = to === 0 || to === draft.steps.length - 1;
    // The moved step's button keeps the focus; at an end, the one still enabled.
    focusAfter.current = `step-${to}-${atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`;
  };
  const remove = (index: number) => {
    const step = draft.steps[index];
    if (!step) return;
    edit(removeStep(draft, index));
    setDeleted({ index, step });
    focusAfter.current = 'undo-delete';
  };
  const undo = () => {
    if (!deleted) return;
    edit(insertStep(draft, deleted.index, deleted.step));
    focusAfter.current = `step-${deleted.index}-title`;
    setDeleted(null);
  };

  return (
    <div className="draft-editor">
      <h1>Your story draft</h1>
      <p className="muted">
        Kept in this browser. Add steps from the map explorer or the comparison with “Add this view
        to a story”.
      </p>
      {saveProblem && (
        <p className="draft-save-problem" role="alert">
          Your last change is on this page but not kept: {saveProblem}. Download or share the story
          before you leave.
        </p>
      )}
      <Field
        id={fieldId('title')}
        label="Story title"
        value={draft.title}
        onChange={(title) => edit({ ...draft, title })}
        problems={problems.get('title')}
      />
      <Field
        id={fieldId('summary')}
        label="Summary"
        multiline
        value={draft.summary}
        onChange={(summary) => edit({ ...draft, summary })}
        problems={problems.get('summary')}
      />
      {problems.get('story') && <Problems id={fieldId('story')} messages={problems.get('story')} />}

      <p className="draft-undo" role="status">
        {deleted && (
          <>
            Deleted step {deleted.index + 1}, “{deleted.step.title}”.{' '}
            <button id="undo-delete" type="button" className="link-button" onClick={undo}>
              Undo
            </button>
          </>
        )}
      </p>

      {draft.steps.length === 0 ? (
        <p>
          No steps yet. Open <a href="/">the map explorer</a> or{' '}
          <a href="/compare">the comparison</a>, set up a view and choose “Add this view to a
          story”.
        </p>
      ) : (
        <ol className="draft-steps">
          {draft.steps.map((step, index) => (
            <DraftStepEditor
              // Steps have no ids; a step's fields are controlled, so its place is its key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              index={index}
              count={draft.steps.length}
              step={step}
              problems={problems}
              eventTitles={eventTitles}
              onChange={(patch) => edit(updateStep(draft, index, patch))}
              onMove={(by) => move(index, by)}
              onDelete={() => remove(index)}
            />
          ))}
        </ol>
      )}

      <section className="draft-actions" aria-labelledby="draft-actions-heading">
        <h2 id="draft-actions-heading">Present and share</h2>
        {events.error && (
          <ErrorState
            what={i18n._('thing.eventsToCheckDraftAgainst')}
            error={events.error}
            onRetry={() => void events.refetch()}
          />
        )}
        {!check && !events.error && <p role="status">Checking the draft against the events…</p>}
        {check && !check.ok && (
          <p>
            Fix the {check.problems.length === 1 ? 'problem' : `${check.problems.length} problems`}{' '}
            marked above to present, share or download the draft.
          </p>
        )}
        <div className="draft-action-buttons">
          {story ? (
            <a className="button" href={DRAFT_PRESENT_PATH}>
              Present the draft
            </a>
          ) : (
            <button type="button" className="button" disabled>
              Present the draft
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={!story}
            onClick={() =>
              story && void copy('share link', shareLink(story, window.location.origin))
            }
          >
            Copy share link
          </button>
          <button
            type="button"
            className="button"
            disabled={!story}
            onClick={() => story && downloadStory(story)}
          >
            Download as file
          </button>
          <a className="button" href={OPEN_PATH}>
            Open a story file
          </a>
        </div>
        {copied && <CopiedText copied={copied} rows={3} />}
        <p role="status">{status}</p>
      </section>
    </div>
  );
}

function downloadStory(story: Story) {
  const file = new Blob([storyFileText(story)], { type: 'application/json' });
  download(file, storyFileName(story));
}

interface DraftStepEditorProps {
  index: number;
  count: number;
  step: DraftStep;
  problems: ReadonlyMap<string, string[]>;
  eventTitles: ReadonlyMap<string, string>;
  onChange(patch: Partial<DraftStep>): void;
  onMove(by: -1 | 1): void;
  onDelete(): void;
}

function DraftStepEditor({
  index,
  count,
  step,
  problems,
  eventTitles,
  onChange,
  onMove,
  onDelete,
}: DraftStepEditorProps) {
  const key = `steps.${index}`;
  const when = step.date ?? `${step.from} to ${step.to}`;
  const highlight = step.highlight ?? [];
  return (
    <li className="draft-step" data-testid="draft-step">
      <fieldset>
        <legend>
          Step {index + 1}: {step.title || 'untitled'}
        </legend>
        <p className="draft-step-view">
          {step.show === 'compare' ? 'Comparison' : 'Map'}, {when} · {step.countries.join(', ')} ·{' '}
          {step.mode === 'month' ? 'that month only' : 'up to then'}
        </p>
        {highlight.length > 0 && (
          <ul className="draft-step-highlight" aria-label={`Events step ${index + 1} highlights`}>
            {highlight.map((id) => (
              <li key={id}>
                {eventTitles.get(id) ?? id}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange({ highlight: highlight.filter((other) => other !== id) })}
                >
                  Stop highlighting{eventTitles.has(id) ? '' : ` ${id}`}
                  <span className="visually-hidden"> {eventTitles.get(id)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {problems.get(key) && <Problems id={fieldId(key)} messages={problems.get(key)} />}
        <Field
          id={`step-${index}-title`}
          label="Step title"
          value={step.title}
          onChange={(title) => onChange({ title })}
          problems={problems.get(`${key}.title`)}
        />
        <Field
          id={`step-${index}-caption`}
          label="Caption"
          multiline
          value={step.caption === PLACEHOLDER_CAPTION ? '' : step.caption}
          placeholder={PLACEHOLDER_CAPTION}
          onChange={(caption) => onChange({ caption: caption || PLACEHOLDER_CAPTION })}
          problems={problems.get(`${key}.caption`)}
        />
        <Field
          id={`step-${index}-notes`}
          label="Speaker notes (optional)"
          multiline
          value={step.notes ?? ''}
          onChange={(notes) => onChange({ notes })}
          problems={problems.get(`${key}.notes`)}
        />
        <div className="draft-step-tools">
          <button
            id={`step-${index}-up`}
            type="button"
            className="button"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            Move up<span className="visually-hidden"> step {index + 1}</span>
          </button>
          <button
            id={`step-${index}-down`}
            type="button"
            className="button"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            Move down<span className="visually-hidden"> step {index + 1}</span>
          </button>
          <button type="button" className="button" onClick={onDelete}>
            Delete<span className="visually-hidden"> step {index + 1}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  problems?: readonly string[];
  multiline?: boolean;
  placeholder?: string;
}

function Field({ id, label, value, onChange, problems, multiline, placeholder }: FieldProps) {
  const errorId = `${id}-problems`;
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': problems ? true : undefined,
    'aria-describedby': problems ? errorId : undefined,
  };
  return (
    <div className="draft-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {problems && <Problems id={errorId} messages={problems} />}
    </div>
  );
}

function Problems({ id, messages = [] }: { id: string; messages?: readonly string[] }) {
  return (
    <ul id={id} className="draft-problems">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
