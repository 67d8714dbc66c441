/**
 * The map in headless Chromium with a dataset of a given size: time to its first `idle`; the
 * main-thread cost of one month step, the map's own (its global state `month` + 1) and the whole
 * app's (the timeline slider's arrow key: React, panels and map); the cost of a plain repaint for
 * reference; and frames per second while the timeline plays.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { LAPTOP } from '../support/browser';
import { median, percentile, round } from './stats';

export const STEP_GOAL_MS = 16;
/** A step at the largest size may cost at most this many times a step at the smallest. */
export const STEP_GROWTH_GOAL = 2;

export interface Steps {
  count: number;
  /** Renderer main-thread busy time per step, median. */
  mainThreadMs: number;
  /** From the change to the map's next `idle` (its worker included), median. */
  toIdleMs: number;
}

export interface MapFigures {
  events: number;
  /** Navigation to the map's first `idle`, median of the loads. */
  firstIdleMs: number;
  mapStep: Steps;
  appStep: Steps;
  /** A repaint with nothing changed: what any frame costs on this machine's software WebGL. */
  repaint: Steps;
  playbackFps: number;
  /** The 95th percentile of the time between frames while playing. */
  playbackFrameP95Ms: number;
}

export interface MapOptions {
  loads: number;
  /** Steps of each kind, unless their time budget runs out first. */
  steps: number;
  stepBudgetMs: number;
  playbackMs: number;
}

/** What the page and the benchmark share on `window` (see web/src/map/AtlasMap.tsx). */
interface BenchWindow {
  __thawBench?: boolean;
  __thawMap?: {
    setGlobalStateProperty(name: string, value: unknown): void;
    getGlobalState(): Record<string, unknown>;
    triggerRepaint(): void;
    loaded(): boolean;
    once(event: string, listener: () => void): void;
  };
  __firstIdle?: number;
}

/** The first month of the period: the steps walk forward from there, as playback does. */
const START_PATH = '/?date=1953-01';
const REPAINTS = 10;

export async function measureMap(
  browser: Browser,
  baseUrl: string,
  events: number,
  options: MapOptions,
): Promise<MapFigures> {
  const url = new URL(START_PATH, baseUrl).href;
  const firstIdles: number[] = [];
  for (let load = 1; load < options.loads; load++) {
    const opened = await openMap(browser, url, 'reduce');
    firstIdles.push(await firstIdle(opened.page));
    await opened.close();
  }
  // The last load stays open for the steps.
  const { page, close } = await openMap(browser, url, 'reduce');
  firstIdles.push(await firstIdle(page));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const budget = { count: options.steps, budgetMs: options.stepBudgetMs };
  const mapStep = await timeSteps(page, cdp, budget, 'map');
  const appStep = await timeSteps(page, cdp, budget, 'slider');
  const repaint = await timeSteps(page, cdp, { ...budget, count: REPAINTS }, 'repaint');
  await close();
  return {
    events,
    firstIdleMs: round(median(firstIdles), 0),
    mapStep,
    appStep,
    repaint,
    ...(await measurePlayback(browser, url, options.playbackMs)),
  };
}

/**
 * Opens `url` in a fresh context (nothing cached), the page asking for the map handle and noting
 * the time of the map's first idle. Reduced motion, unless measuring playback: the map's pulse
 * would keep it from ever being idle.
 */
export async function openMap(
  browser: Browser,
  url: string,
  reducedMotion: 'reduce' | 'no-preference',
) {
  const context = await browser.newContext({ ...LAPTOP, reducedMotion });
  await context.addInitScript(() => {
    const page = window as BenchWindow;
    page.__thawBench = true;
    new MutationObserver((records, observer) => {
      if (records.some((record) => (record.target as HTMLElement).dataset.idle === 'true')) {
        page.__firstIdle = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle'] });
  });
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

/** Milliseconds from navigation (the page's time origin) to the map's first idle. */
export async function firstIdle(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as BenchWindow).__firstIdle, null, {
    timeout: 180_000,
  });
  return (await handle.jsonValue()) as number;
}

type StepKind = 'map' | 'slider' | 'repaint';

/** One change of the given kind; resolves with the milliseconds until the map is idle again. */
function step(page: Page, kind: StepKind): Promise<number> {
  return page.evaluate(async (what) => {
    const map = (window as BenchWindow).__thawMap;
    const slider = document.querySelector('[role="slider"][aria-label="Date"]');
    if (!map || !slider)
      throw new Error('the map handle (window.__thawMap) or the slider is missing');
    const started = performance.now();
    const idle = new Promise<void>((resolve) => map.once('idle', resolve));
    if (what === 'map') map.setGlobalStateProperty('month', Number(map.getGlobalState().month) + 1);
    else if (what === 'slider') {
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    } else map.triggerRepaint();
    await idle;
    return performance.now() - started;
  }, kind);
}

/**
 * Up to `count` changes, or as many as fit in `budgetMs`; for each, the renderer's main-thread
 * busy time (Chromium's `TaskDuration` metric before and after) and the time to idle.
 */
async function timeSteps(
  page: Page,
  cdp: CDPSession,
  { count, budgetMs }: { count: number; budgetMs: number },
  kind: StepKind,
): Promise<Steps> {
  const mainThread: number[] = [];
  const toIdle: number[] = [];
  const started = performance.now();
  while (mainThread.length < count && performance.now() - started < budgetMs) {
    const before = await taskSeconds(cdp);
    toIdle.push(await step(page, kind));
    mainThread.push(((await taskSeconds(cdp)) - before) * 1000);
  }
  return {
    count: mainThread.length,
    mainThreadMs: round(median(mainThread)),
    toIdleMs: round(median(toIdle)),
  };
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}

/** Plays the timeline (with motion, as most readers see it) and times the animation frames. */
async function measurePlayback(browser: Browser, url: string, playbackMs: number) {
  const { page, close } = await openMap(browser, url, 'no-preference');
  // With motion the map may never be idle (its pulse animates): start once it has loaded.
  await page.waitForFunction(() => (window as BenchWindow).__thawMap?.loaded(), null, {
    timeout: 180_000,
  });
  await page.getByRole('button', { name: 'Play' }).click();
  // No named functions inside: tsx would wrap the name in a helper that the page lacks.
  const intervals = await page.evaluate(async (duration) => {
    const gaps: number[] = [];
    const started = performance.now();
    let last = started;
    while (last - started < duration) {
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      gaps.push(now - last);
      last = now;
    }
    return gaps;
  }, playbackMs);
  await close();
  const seconds = intervals.reduce((sum, gap) => sum + gap, 0) / 1000;
  return {
    playbackFps: round(intervals.length / seconds),
    playbackFrameP95Ms: round(percentile(intervals, 95)),
  };
}
