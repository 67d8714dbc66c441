/**
 * `/story/{id}/{step}` and `/embed/story/{id}/{step}`: a shipped story, fetched from the API, at
 * the step its URL names. Each step is a history entry (in an iframe, one entry for the embed),
 * so back and forward step too. An unknown story or step says so and links on.
 */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import type { Story } from '@thaw/data/stories';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { storiesQuery, storyQuery } from '../api/queries';
import { navigate } from '../app/location';
import { storyStepPath } from '../app/routes';
import { embedCode } from '../charts/embedCode';
import { withLang } from '../i18n/pageLocale';
import { usePostHeight } from '../pages/usePostHeight';
import { CopiedText, useCopy } from '../ui/CopiedText';
import { ErrorState, LoadingState } from '../ui/QueryStatus';
import { StoryPresenter } from './StoryPresenter';

export interface StoryPageProps {
  id: string;
  /** 1-based, as the URL writes it; null when the URL's step is no number. */
  step: number | null;
  embedded?: boolean;
}

export default function StoryPage({ id, step, embedded = false }: StoryPageProps) {
  const story = useQuery(storyQuery(id));
  const root = useRef<HTMLDivElement>(null);
  usePostHeight(embedded ? root : { current: null });
  return (
    <div ref={root} className={embedded ? 'story-embed' : 'story-page'}>
      {story.error instanceof ApiError && story.error.status === 404 ? (
        <StoryMissing id={id} />
      ) : story.error ? (
        <ErrorState
          what={i18n._('thing.story')}
          error={story.error}
          onRetry={() => void story.refetch()}
        />
      ) : !story.data ? (
        <LoadingState what={i18n._('thing.story')} />
      ) : step === null || step > story.data.steps.length ? (
        <StepMissing story={story.data} embedded={embedded} />
      ) : (
        <ShippedStory story={story.data} index={step - 1} embedded={embedded} />
      )}
    </div>
  );
}

function ShippedStory({
  story,
  index,
  embedded,
}: {
  story: Story;
  index: number;
  embedded: boolean;
}) {
  const title = story.steps[index]?.title;
  useEffect(() => {
    document.title = `${title} · ${story.title} · Thaw Atlas`;
  }, [title, story.title]);
  const hrefForStep = (at: number) => storyStepPath(story.id, at, embedded);
  return (
    <>
      <StoryPresenter
        story={story}
        step={index}
        hrefForStep={hrefForStep}
        // An embed's steps do not fill the history of the page around it.
        onStep={(at) => navigate(hrefForStep(at), { replace: embedded })}
        embedded={embedded}
      />
      {!embedded && <StoryEmbedCode story={story} index={index} />}
    </>
  );
}

/** The iframe snippet for this story, opening at the step shown. */
function StoryEmbedCode({ story, index }: { story: Story; index: number }) {
  const { origin } = window.location;
  // The embed speaks the page's language.
  const src = withLang(`${origin}${storyStepPath(story.id, index, true)}`);
  const code = embedCode(src, i18n._('explorer.embedTitle', { month: story.title }), 720);
  const [status, setStatus] = useState('');
  const [copied, copy] = useCopy<'embed code'>(setStatus);
  return (
    <details className="story-embed-code">
      <summary>{i18n._('story.embed')}</summary>
      <p className="muted">{i18n._('story.embedHint')}</p>
      <button type="button" className="button" onClick={() => void copy('embed code', code)}>
        {i18n._('share.copyEmbed')}
      </button>{' '}
      <span role="status">{status}</span>
      {copied && <CopiedText copied={copied} rows={4} />}
    </details>
  );
}

function StoryMissing({ id }: { id: string }) {
  const stories = useQuery(storiesQuery());
  return (
    <div className="placeholder-page" role="alert">
      <h1>{i18n._('story.missing', { id: id.slice(0, 40) })}</h1>
      <p>{i18n._('story.missingText')}</p>
      {stories.data && stories.data.length > 0 && (
        <>
          <p>{i18n._('story.itsStories')}</p>
          <ul>
            {stories.data.map((story) => (
              <li key={story.id}>
                <a href={storyStepPath(story.id, 0)} lang="en">
                  {story.title}
                </a>{' '}
                <span className="muted">({i18n._('story.stepCount', { count: story.steps })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/">{i18n._('notFound.openExplorer')}</a>
      </p>
    </div>
  );
}

function StepMissing({ story, embedded }: { story: Story; embedded: boolean }) {
  const count = story.steps.length;
  return (
    <div className="placeholder-page" role="alert">
      <h1>{i18n._('story.noStep')}</h1>
      <p>{i18n._('story.noStepText', { title: story.title, count })}</p>
      <p>
        <a href={storyStepPath(story.id, 0, embedded)}>{i18n._('story.start')}</a> ·{' '}
        <a href={storyStepPath(story.id, count - 1, embedded)}>{i18n._('story.last', { count })}</a>
        {!embedded && (
          <>
            {' '}
            · <a href="/">{i18n._('notFound.openExplorer')}</a>
          </>
        )}
      </p>
    </div>
  );
}
