/**
 * `/story/open`: a story file (as downloaded, or from `data/stories`) chosen or dropped, checked
 * like `data:check` checks the shipped ones, and presented, or what is wrong with it.
 */
import { i18n } from '@lingui/core';
import '../styles/authoring.css';
import { useQuery } from '@tanstack/react-query';
import { type DragEvent, useId, useState } from 'react';
import { eventsQuery } from '../api/queries';
import { ErrorState, LoadingState } from '../ui/QueryStatus';
import { checkStory, eventsById, type StoryCheck } from './checkStory';
import { PresentedStory } from './PresentedStory';
import { OPEN_PATH } from './paths';
import { StoryOrigin } from './StoryOrigin';
import { failedHeading, StoryTrouble } from './StoryTrouble';
import { readStoryFile } from './storyFile';

type Opened = { name: string } & ({ notJson: string } | { check: StoryCheck });

export default function OpenStoryPage() {
  const events = useQuery(eventsQuery());
  const [opened, setOpened] = useState<Opened | null>(null);

  if (events.error) {
    return (
      <ErrorState
        what={i18n._('thing.eventsStoriesName')}
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  }
  if (!events.data) return <LoadingState what={i18n._('thing.eventsStoriesName')} />;
  const known = eventsById(events.data);

  const open = async (file: File) => {
    const reading = readStoryFile(await file.text());
    setOpened(
      reading.ok
        ? { name: file.name, check: checkStory(reading.value, known) }
        : { name: file.name, notJson: reading.message },
    );
  };
  const picker = <FilePicker onFile={(file) => void open(file)} />;

  if (!opened) {
    return (
      <div className="story-open">
        <h1>Open a story file</h1>
        <p>
          A story downloaded from the draft editor, or one of the atlas’s own files, in the format
          of <code>data/stories/*.json</code>.
        </p>
        {picker}
      </div>
    );
  }
  if ('notJson' in opened) {
    return (
      <StoryTrouble heading={`“${opened.name}” cannot be opened: ${opened.notJson}`}>
        {picker}
      </StoryTrouble>
    );
  }
  if (!opened.check.ok) {
    return (
      <StoryTrouble
        heading={`“${opened.name}”: ${failedHeading('file', opened.check.unknownEvents)}`}
        problems={opened.check.problems}
      >
        {picker}
      </StoryTrouble>
    );
  }
  return (
    <PresentedStory
      story={opened.check.story}
      path={OPEN_PATH}
      origin={
        <StoryOrigin
          story={opened.check.story}
          label={`From the file “${opened.name}” — not reviewed by the atlas`}
        />
      }
    />
  );
}

/** A file input that is also a drop zone. */
function FilePicker({ onFile }: { onFile(file: File): void }) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds to the file input inside it
    <div
      className="story-drop"
      data-over={over}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId}>Choose a story file (.json), or drop one here</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
    </div>
  );
}
