/** `/story/{id}/print`: a shipped story as a handout to print, a step a page. */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError } from '../api/client';
import { storyQuery } from '../api/queries';
import { storyStepPath } from '../app/routes';
import { ErrorState, LoadingState, WithCountries } from '../ui/QueryStatus';
import { StoryHandout } from './StoryHandout';

export default function StoryPrintPage({ id }: { id: string }) {
  const story = useQuery(storyQuery(id));
  useEffect(() => {
    if (story.data) document.title = `${story.data.title} · handout · Thaw Atlas`;
  }, [story.data]);
  if (story.error) {
    return story.error instanceof ApiError && story.error.status === 404 ? (
      <div className="placeholder-page" role="alert">
        <h1>No story “{id.slice(0, 40)}”</h1>
        <p>{story.error.message}</p>
        <p>
          <a href="/">Open the map explorer</a>
        </p>
      </div>
    ) : (
      <ErrorState
        what={i18n._('thing.story')}
        error={story.error}
        onRetry={() => void story.refetch()}
      />
    );
  }
  if (!story.data) return <LoadingState what={i18n._('thing.story')} />;
  const data = story.data;
  return (
    <div className="story-print-page">
      <div className="story-print-head">
        <h1>{data.title}: handout</h1>
        <p>{data.summary}</p>
        <p>
          <button type="button" className="button primary" onClick={() => window.print()}>
            Print
          </button>{' '}
          <a href={storyStepPath(data.id, 0)}>Present the story</a>
        </p>
      </div>
      <WithCountries what={i18n._('thing.handout')}>
        {(countries) => <StoryHandout story={data} countries={countries} />}
      </WithCountries>
    </div>
  );
}
