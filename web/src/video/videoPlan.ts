/**
 * What a video of the map shows, frame by frame, before anything is drawn: a list of shots (a
 * month of the explorer, or a month of a story's step), each held for a whole number of frames
 * at a fixed rate. The same query gives the same shots, and frame i lies at i / FPS seconds.
 */

import type { Bbox } from '@thaw/data/framing';
import type { Category } from '@thaw/data/schema';
import type { StoryStep } from '@thaw/data/stories';
import { stepMonths } from '@thaw/data/stories';
import type { EventView } from '../map/visibility';
import { monthLabel, monthOf } from '../time/months';

/** Frames a second: the map changes only from month to month, so few are needed. */
export const FPS = 12;

/** Months a second the explorer's video may run at: each divides FPS, so a month is whole frames. */
export const SPEEDS = [0.5, 1, 2, 3, 4, 6] as const;
export type Speed = (typeof SPEEDS)[number];

/** Seconds a story's step stays on screen. */
export const STEP_SECONDS = [2, 3, 4, 6, 8] as const;
export type StepSeconds = (typeof STEP_SECONDS)[number];

export const SIZES = [
  { id: '1920x1080', width: 1920, height: 1080, label: '1920 × 1080 (Full HD)' },
  { id: '1280x720', width: 1280, height: 720, label: '1280 × 720 (HD)' },
  { id: '1080x1080', width: 1080, height: 1080, label: '1080 × 1080 (square)' },
] as const;
export type VideoSize = (typeof SIZES)[number];

/** A month on the map, with the categories the legend names. */
export type ShotView = EventView & { categories: readonly Category[] };

/** One picture of the map, held for `frames` frames. */
export interface Shot {
  view: ShotView;
  /** The box the map fits, or null for the countries' frame. */
  frame: Bbox | null;
  highlighted: readonly string[];
  title: string;
  subtitle: string;
  caption?: string;
  frames: number;
}

/** The explorer's view that a video runs through: its filters and frame, a month after another. */
export interface ExplorerRun {
  from: number;
  to: number;
  speed: Speed;
  mode: EventView['mode'];
  countries: readonly string[];
  categories: readonly Category[];
  frame: Bbox | null;
  /** What the filters are, in words (the image's subtitle). */
  filterWords: string;
}

export const framesPerMonth = (speed: Speed): number => FPS / speed;

/** Each month from `from` to `to`, at the explorer's filters and frame. */
export function explorerShots(run: ExplorerRun): Shot[] {
  if (run.to < run.from) throw new Error('The last month is before the first.');
  const shots: Shot[] = [];
  for (let month = run.from; month <= run.to; month++) {
    shots.push({
      view: { month, mode: run.mode, countries: run.countries, categories: run.categories },
      frame: run.frame,
      highlighted: [],
      title: `Thaw Atlas · ${monthLabel(month)}`,
      subtitle: run.filterWords,
      frames: framesPerMonth(run.speed),
    });
  }
  return shots;
}

/** A story's step as the video sees it. */
export interface StoryRunStep {
  step: StoryStep;
  /** Its place in the story, 0-based. */
  index: number;
  /** Its countries, categories and mode in words (`stepFilterWords`). */
  filterWords: string;
}

/**
 * A segment per step of `seconds`: its months run in order through the segment (a single month
 * holds it all), at its frame and filters, its events emphasised and its caption shown.
 */
export function storyShots(
  storyTitle: string,
  count: number,
  steps: readonly StoryRunStep[],
  seconds: StepSeconds,
): Shot[] {
  const segment = seconds * FPS;
  return steps.flatMap(({ step, index, filterWords }) => {
    const { from, to } = stepMonths(step);
    const first = monthOf(from);
    const months = monthOf(to) - first + 1;
    // Month k of the span takes the frames from ⌊k·segment/months⌋: whole frames, none lost.
    const start = (k: number) => Math.floor((k * segment) / months);
    const shots: Shot[] = [];
    for (let k = 0; k < months; k++) {
      const frames = start(k + 1) - start(k);
      if (frames === 0) continue;
      const month = first + k;
      shots.push({
        view: { month, mode: step.mode, countries: step.countries, categories: step.categories },
        frame: step.frame.bbox,
        highlighted: step.highlight,
        title: `${step.title} · ${monthLabel(month)}`,
        subtitle: `${storyTitle} · step ${index + 1} of ${count} · ${filterWords}`,
        caption: step.caption,
        frames,
      });
    }
    return shots;
  });
}

/** The frames of the whole video. */
export const frameCount = (shots: readonly Shot[]): number =>
  shots.reduce((sum, shot) => sum + shot.frames, 0);
