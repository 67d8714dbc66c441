/**
 * A story as a printed handout, a step a page: its title and date, its map at that moment, its
 * caption and its events with their sources. A WebGL canvas does not print, so one map off
 * screen is set to each step in turn and its picture taken (`composeMapImage`, as the explorer's
 * PNG download); a chart step prints the server's drawing of its chart.
 */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import { sourceLine } from '@thaw/charts';
import type { Country } from '@thaw/data/schema';
import type { Story, StoryStep } from '@thaw/data/stories';
import { useEffect, useMemo, useRef, useState } from 'react';
import { metaQuery } from '../api/queries';
import { serializeChartView } from '../charts/chartView';
import type { AtlasMapHandle } from '../map/AtlasMap';
import { composeMapImage } from '../map/mapImage';
import { HighlightedEvents } from './HighlightedEvents';
import { stepChart, stepChartView } from './StoryChart';
import { StoryMap } from './StoryMap';
import { stepDateLabel, stepExplorerHref, stepFilterWords, stepMonth } from './stepView';

export interface StoryHandoutProps {
  story: Story;
  countries: readonly Country[];
  /** Every step's picture is ready: the handout can be printed. */
  onReady?(): void;
}

/** Resolves on the next animation frame. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function StoryHandout({ story, countries, onReady }: StoryHandoutProps) {
  const context = useMemo(
    () => ({ countryIds: countries.map((country) => country.id) }),
    [countries],
  );
  const countryNames = useMemo(
    () => new Map(countries.map((country) => [country.id, country.name])),
    [countries],
  );
  /** The map step whose picture is being taken; the count of steps once all are taken. */
  const [capturing, setCapturing] = useState(() => nextMapStep(story.steps, 0));
  const [pictures, setPictures] = useState<ReadonlyMap<number, string>>(new Map());
  const mapBox = useRef<HTMLDivElement>(null);
  const map = useRef<AtlasMapHandle>(null);
  const ready = capturing >= story.steps.length;
  const meta = useQuery(metaQuery());
  // The pictures' source line names the release and its licence: the pictures wait for them.
  const release = useMemo(() => {
    if (meta.data) return { version: meta.data.version, licence: meta.data.licence?.id ?? null };
    return meta.error ? { version: null, licence: null } : null;
  }, [meta.data, meta.error]);

  useEffect(() => {
    const step = story.steps[capturing];
    if (!step || !release) return;
    let cancelled = false;
    void (async () => {
      // The step's frame and month reach the map in this commit; its next frame draws them.
      await nextFrame();
      await nextFrame();
      let canvas = map.current?.canvas();
      while (!cancelled && !(canvas && mapBox.current?.querySelector('[data-idle="true"]'))) {
        await nextFrame();
        canvas = map.current?.canvas();
      }
      if (cancelled || !canvas) return;
      const blob = await composeMapImage(canvas, {
        title: `${step.title} · ${stepDateLabel(step)}`,
        subtitle: stepFilterWords(step, countryNames),
        categories: step.categories,
        sourceLine: `${sourceLine(window.location.origin, release, i18n)} · ${i18n._('explorer.borders')} · ${window.location.origin}${stepExplorerHref(step, context)}`,
      });
      if (cancelled) return;
      const url = URL.createObjectURL(blob);
      setPictures((taken) => new Map(taken).set(capturing, url));
      setCapturing(nextMapStep(story.steps, capturing + 1));
    })();
    return () => {
      cancelled = true;
    };
  }, [capturing, story, countryNames, context, release]);

  const taken = useRef(pictures);
  taken.current = pictures;
  useEffect(
    () => () => {
      for (const url of taken.current.values()) URL.revokeObjectURL(url);
    },
    [],
  );

  const readyRef = useRef(onReady);
  readyRef.current = onReady;
  useEffect(() => {
    if (ready) readyRef.current?.();
  }, [ready]);

  const capturedStep = story.steps[capturing];
  return (
    <>
      {capturedStep && (
        <div className="story-handout-capture" ref={mapBox} aria-hidden="true">
          <StoryMap
            step={capturedStep}
            month={stepMonth(capturedStep)}
            countries={countries}
            reducedMotion
            explorerHref={stepExplorerHref(capturedStep, context)}
            mapRef={map}
            pictured
          />
        </div>
      )}
      <div
        className="story-handout"
        data-testid="story-handout"
        data-ready={ready}
        aria-busy={!ready}
      >
        {story.steps.map((step, index) => (
          <section
            // biome-ignore lint/suspicious/noArrayIndexKey: a step is its place in the story
            key={index}
            className="story-handout-page"
            aria-labelledby={`handout-step-${index}`}
          >
            <p className="story-handout-story muted">
              {story.title} · step {index + 1} of {story.steps.length}
            </p>
            <h2 id={`handout-step-${index}`}>{step.title}</h2>
            <p className="story-date">{stepDateLabel(step)}</p>
            <HandoutPicture
              step={step}
              picture={pictures.get(index)}
              countryIds={context.countryIds}
            />
            <p className="story-caption">{step.caption}</p>
            <HighlightedEvents ids={step.highlight} printed />
          </section>
        ))}
      </div>
    </>
  );
}

function HandoutPicture({
  step,
  picture,
  countryIds,
}: {
  step: StoryStep;
  picture: string | undefined;
  countryIds: readonly string[];
}) {
  if (step.show !== 'map') {
    const query = serializeChartView(
      { ...stepChartView(step, countryIds), width: 960, height: 540 },
      { countryIds },
    );
    return (
      <img
        className="story-handout-picture"
        src={`/api/charts/${stepChart(step.show)}.svg${query}`}
        alt={`The chart of ${step.title}`}
      />
    );
  }
  return picture ? (
    <img
      className="story-handout-picture"
      src={picture}
      alt={`The map of ${step.title}, ${stepDateLabel(step)}`}
    />
  ) : (
    <p className="story-handout-picture is-pending muted">Drawing the map…</p>
  );
}

/** The first step from `start` on that shows the map, or the count of steps when none does. */
function nextMapStep(steps: readonly StoryStep[], start: number): number {
  const found = steps.findIndex((step, index) => index >= start && step.show === 'map');
  return found === -1 ? steps.length : found;
}
