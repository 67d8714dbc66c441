/**
 * A story presented, one step at a time: the step on the map (flown to, the timeline run to its
 * month) or its chart, its title, caption and events, progress, the table of steps, and the
 * presenter's tools (full screen, speaker notes in a second window, a printed handout). The
 * page around it owns the step (its URL): the presenter asks for another with `onStep`.
 */
import { i18n } from '@lingui/core';
import type { Country } from '@thaw/data/schema';
import type { Story } from '@thaw/data/stories';
import {
  type MouseEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useReducedMotion } from '../app/useReducedMotion';
import { monthLabel } from '../time/months';
import { CiteThis } from '../ui/CiteThis';
import { WithCountries } from '../ui/QueryStatus';
import { ExportVideo } from '../video/ExportVideo';
import { HighlightedEvents } from './HighlightedEvents';
import { StoryChart, stepChart } from './StoryChart';
import { StoryHandout } from './StoryHandout';
import { StoryMap } from './StoryMap';
import { stepDateLabel, stepExplorerHref, stepMonth } from './stepView';
import { openStoryChannel } from './storyChannel';
import { keyAction, keyTargetOf } from './storyKeys';
import { useMonthRun } from './useMonthRun';

export interface StoryPresenterProps {
  story: Story;
  /** The step shown, 0-based. */
  step: number;
  /** The link of a step (0-based), for the step controls and the table of steps. */
  hrefForStep: (index: number) => string;
  /** The reader asks for a step (0-based): the page moves its URL there. */
  onStep: (index: number) => void;
  /** A line saying where the story came from, e.g. "Shared story". */
  origin?: ReactNode;
  /** In an iframe: the story alone, without the presenter's tools, with a source line. */
  embedded?: boolean;
}

export function StoryPresenter(props: StoryPresenterProps) {
  return (
    <WithCountries what={i18n._('thing.story')}>
      {(countries) => <Presenter {...props} countries={countries} />}
    </WithCountries>
  );
}

/** Follows a link as the page's own step, unless the reader asked for a new tab or window. */
function stepLink(onStep: (index: number) => void, index: number) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    onStep(index);
  };
}

function Presenter({
  story,
  step: index,
  hrefForStep,
  onStep,
  origin,
  embedded = false,
  countries,
}: StoryPresenterProps & { countries: readonly Country[] }) {
  const step = story.steps[index];
  const count = story.steps.length;
  const root = useRef<HTMLElement>(null);
  const reducedMotion = useReducedMotion();
  const month = useMonthRun(step ? stepMonth(step) : 0, reducedMotion);
  const context = useMemo(
    () => ({ countryIds: countries.map((country) => country.id) }),
    [countries],
  );
  const [printing, setPrinting] = useState(false);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen().catch(() => undefined);
  }, []);

  // The keys work wherever the focus is, but not while the reader types.
  const latest = useRef({ index, count, onStep, toggleFullscreen });
  latest.current = { index, count, onStep, toggleFullscreen };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const now = latest.current;
      const action = keyAction(
        { key: event.key, modified: event.ctrlKey || event.altKey || event.metaKey },
        keyTargetOf(document.activeElement),
        now.index,
        now.count,
      );
      if (!action) return;
      event.preventDefault();
      if ('fullscreen' in action) now.toggleFullscreen();
      else now.onStep(action.step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The speaker notes' window follows this one, and may move it.
  const channel = useRef<ReturnType<typeof openStoryChannel> | null>(null);
  const shown = useRef({ story, index });
  shown.current = { story, index };
  useEffect(() => {
    if (embedded) return;
    const opened = openStoryChannel(story.id, (message) => {
      if (message.type === 'hello') {
        opened.post({ type: 'show', story: shown.current.story, step: shown.current.index });
      } else if (message.type === 'go' && message.step < shown.current.story.steps.length) {
        latest.current.onStep(message.step);
      }
    });
    channel.current = opened;
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [story.id, embedded]);
  useEffect(() => {
    channel.current?.post({ type: 'show', story, step: index });
  }, [story, index]);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  if (!step) return null;
  const explorerHref = stepExplorerHref(step, context);
  const openNotes = () =>
    window.open(
      `/story/${story.id}/notes`,
      `thaw-atlas-notes-${story.id}`,
      'popup,width=760,height=600',
    );

  return (
    <article
      ref={root}
      className={`story-presenter${embedded ? ' is-embedded' : ''}`}
      aria-labelledby="story-title"
    >
      <header className="story-head">
        {origin && <p className="story-origin">{origin}</p>}
        <h1 id="story-title" className="story-title" lang="en">
          {story.title}
        </h1>
        <p className="story-progress" data-testid="story-progress">
          {i18n._('story.progress', { step: index + 1, count })}
        </p>
        <progress className="story-progress-bar" max={count} value={index + 1} aria-hidden="true" />
      </header>

      <div className="story-body">
        <section className="story-stage" aria-label={i18n._('story.stage')}>
          {step.show === 'map' ? (
            <div className="story-map">
              <StoryMap
                step={step}
                month={month}
                countries={countries}
                reducedMotion={reducedMotion}
                explorerHref={explorerHref}
              />
              <p className="story-map-month" data-testid="story-month" aria-hidden="true">
                {monthLabel(month)}
              </p>
            </div>
          ) : (
            <StoryChart
              key={index}
              step={step}
              chart={stepChart(step.show)}
              countryIds={context.countryIds}
              pageUrl={hrefForStep(index)}
            />
          )}
        </section>

        <section className="story-text" aria-live="polite" aria-labelledby="story-step-title">
          <p className="story-date" data-testid="story-date">
            {stepDateLabel(step)}
          </p>
          {/* A story's own words are English, as the events' are. */}
          <h2 id="story-step-title" className="story-step-title" lang="en">
            {step.title}
          </h2>
          <p className="story-caption" data-testid="story-caption" lang="en">
            {step.caption}
          </p>
          <HighlightedEvents ids={step.highlight} />
        </section>
      </div>

      <nav className="story-controls" aria-label={i18n._('story.steps')}>
        {index > 0 ? (
          <a
            className="button"
            href={hrefForStep(index - 1)}
            rel="prev"
            onClick={stepLink(onStep, index - 1)}
          >
            ← {i18n._('story.previous')}
          </a>
        ) : (
          <span className="button is-disabled" aria-hidden="true">
            ← {i18n._('story.previous')}
          </span>
        )}
        {index < count - 1 ? (
          <a
            className="button primary"
            href={hrefForStep(index + 1)}
            rel="next"
            onClick={stepLink(onStep, index + 1)}
          >
            {i18n._('story.next')} →
          </a>
        ) : (
          <span className="button is-disabled" aria-hidden="true">
            {i18n._('story.next')} →
          </span>
        )}
        <details className="story-contents">
          <summary>{i18n._('story.all')}</summary>
          <ol>
            {story.steps.map((each, at) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a step is its place in the story
              <li key={at}>
                <a
                  href={hrefForStep(at)}
                  aria-current={at === index ? 'step' : undefined}
                  onClick={stepLink(onStep, at)}
                  lang="en"
                >
                  {each.title}
                </a>{' '}
                <span className="muted">{stepDateLabel(each)}</span>
              </li>
            ))}
          </ol>
        </details>
        <p className="story-keys muted">
          {embedded ? i18n._('story.keys.embedded') : i18n._('story.keys')}
        </p>
      </nav>

      {embedded ? (
        <p className="embed-caption">
          {i18n._('nav.brand')} ·{' '}
          <a href={explorerHref} target="_blank" rel="noopener">
            {i18n._('story.openInExplorer')}
          </a>{' '}
          ·{' '}
          <a href="/api/sources" target="_blank" rel="noopener">
            {i18n._('event.sources')}
          </a>
        </p>
      ) : (
        <div className="story-actions">
          <a className="button" href={explorerHref}>
            {i18n._('story.openInExplorer')}
          </a>
          <button type="button" className="button" onClick={toggleFullscreen}>
            {i18n._('story.fullScreen')}
          </button>
          <button type="button" className="button" onClick={openNotes}>
            {i18n._('story.notes')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setPrinting(true)}
            disabled={printing}
          >
            {printing ? i18n._('story.preparing') : i18n._('story.print')}
          </button>
          {/* The server has only the shipped stories: a draft or a shared one (with its origin) has no deck. */}
          {!origin && (
            <a
              className="button"
              href={`/api/decks/story/${encodeURIComponent(story.id)}.pptx`}
              download
            >
              {i18n._('compare.pptx')}
            </a>
          )}
          {story.steps.some((each) => each.show === 'map') && (
            <ExportVideo
              countries={countries}
              subject={() => ({
                kind: 'story',
                story,
                step: index,
                link: `${window.location.origin}${hrefForStep(0)}`,
              })}
            />
          )}
          <CiteThis
            title={`${story.title}, step ${index + 1}: ${step.title}`}
            url={() => window.location.href}
          />
        </div>
      )}
      {printing && (
        <StoryHandout story={story} countries={countries} onReady={() => window.print()} />
      )}
    </article>
  );
}
