/** `/story/draft/present`: the reader's draft presented as a shipped story would be. */
import { i18n } from '@lingui/core';
import '../styles/authoring.css';
import { useQuery } from '@tanstack/react-query';
import { eventsQuery } from '../api/queries';
import { ErrorState, LoadingState } from '../ui/QueryStatus';
import { checkStory, eventsById } from './checkStory';
import { draftStory } from './draftEdits';
import { PresentedStory } from './PresentedStory';
import { DRAFT_PATH, DRAFT_PRESENT_PATH } from './paths';
import { StoryTrouble } from './StoryTrouble';
import { useDraft } from './useDraft';

export default function DraftPresentPage() {
  const reading = useDraft();
  const events = useQuery(eventsQuery());
  if (reading.status === 'corrupt') {
    return <StoryTrouble heading={`Your saved draft cannot be read: ${reading.message}`} />;
  }
  if (events.error) {
    return (
      <ErrorState
        what={i18n._('thing.eventsYourDraftNames')}
        error={events.error}
        onRetry={() => void events.refetch()}
      />
    );
  }
  if (!events.data) return <LoadingState what={i18n._('thing.yourDraft')} />;
  const check = checkStory(draftStory(reading.draft), eventsById(events.data));
  if (!check.ok) {
    return <StoryTrouble heading="Your draft is not ready to present" problems={check.problems} />;
  }
  return (
    <PresentedStory
      story={check.story}
      path={DRAFT_PRESENT_PATH}
      origin={
        <span>
          Your draft, as it will be presented — <a href={DRAFT_PATH}>Edit draft</a>
        </span>
      }
    />
  );
}
