/**
 * `/story/shared#…`: a story someone shared as a link, checked like a story file and presented
 * like a shipped story, or what is wrong with the link.
 */
import { i18n } from '@lingui/core';
import '../styles/authoring.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { eventsQuery } from '../api/queries';
import { ErrorState, LoadingState } from '../ui/QueryStatus';
import { checkStory, eventsById } from './checkStory';
import { PresentedStory } from './PresentedStory';
import { SHARED_PATH } from './paths';
import { StoryOrigin } from './StoryOrigin';
import { failedHeading, StoryTrouble } from './StoryTrouble';
import { readSharedHash } from './storyLink';

function subscribeToHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export default function SharedStoryPage() {
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash);
  const events = useQuery(eventsQuery());
  const reading = useMemo(() => readSharedHash(hash), [hash]);
  const check = useMemo(
    () => (reading.ok && events.data ? checkStory(reading.value, eventsById(events.data)) : null),
    [reading, events.data],
  );

  if (!reading.ok) return <StoryTrouble heading={`This link is damaged: ${reading.message}`} />;
  if (events.error) {
    return (
      <ErrorState
        what={i18n._('thing.eventsThisStoryNames')}
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  }
  if (!check) return <LoadingState what={i18n._('thing.sharedStory')} />;
  if (!check.ok) {
    return (
      <StoryTrouble
        heading={failedHeading('link', check.unknownEvents)}
        problems={check.problems}
      />
    );
  }
  return (
    <PresentedStory
      story={check.story}
      path={SHARED_PATH}
      hash={hash}
      origin={<StoryOrigin story={check.story} label="Shared story — not reviewed by the atlas" />}
    />
  );
}
