/**
 * The map in headless Chromium with a dataset of a given size: time to its first `idle`; the
 * main-thread cost of one month step, the map's own (what the page does on a new month: the
 * events layer's uniforms and this month's place labels) and the whole app's (the timeline
 * slider's arrow key: React, panels and map); the cost of a plain repaint of the app and of a
 * bare MapLibre page drawing the same events, the baseline; and frames per second while the
 * timeline plays.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { LAPTOP } from '../support/browser';
import type { BareMapSite } from './bareMap';
import { median, percentile, round } from './stats';

/** A step's own work on the main thread (script) fits in a frame at 60 Hz... */
export const STEP_GOAL_MS = 16;
/** ...and at the largest size costs at most this many times a step at the smallest. */
export const STEP_GROWTH_GOAL = 2;
/** A whole step, frame included, costs about what a bare MapLibre page's frame does. */
export const STEP_FRAME_GOAL = 1.3;

export interface Steps {
  count: number;
  /** Renderer main-thread busy time per step, median. */
  mainThreadMs: number;
  /** Of that, running JavaScript (the page's and MapLibre's own work), median. */
  scriptMs: number;
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
  /** The same on a bare MapLibre page drawing the same borders and events: the baseline. */
  bareRepaint: Steps;
  playbackFps: number;
  /** The 95th percentile of the time between frames while playing. */
  playbackFrameP95Ms: number;
}

export interface MapOptions {
  loads: number;
  /** Steps of each kind, unless their time budget runs out first. */
  steps: number;
  stepBudgetMs: number;
  /** 0: no playback measured. */
  playbackMs: number;
}

/** What the page and the benchmark share on `window` (see web/src/map/AtlasMap.tsx). */
interface BenchWindow {
  __thawBench?: boolean;
  __thawMap?: {
    map: {
      triggerRepaint(): void;
      loaded(): boolean;
      once(event: string, listener: () => void): void;
    };
    /** The app's only: shows a view (month, mode, countries, categories) as a month step does. */
    show?(view: { month: number }): void;
    shown?(): { month: number };
  };
  __firstIdle?: number;
}

/** The first month of the period: the steps walk forward from there, as playback does. */
const START_PATH = '/?date=1953-01';
const REPAINTS = 10;

export async function measureMap(
  browser: Browser,
  baseUrl: string,
  bare: BareMapSite,
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
  const size = await mapBoxSize(page);
  await close();
  const baseline = await openMap(browser, bare.url(baseUrl, size), 'reduce');
  await firstIdle(baseline.page);
  const baselineCdp = await baseline.page.context().newCDPSession(baseline.page);
  await baselineCdp.send('Performance.enable');
  const repaints = { ...budget, count: REPAINTS };
  const bareRepaint = await timeSteps(baseline.page, baselineCdp, repaints, 'repaint');
  await baseline.close();
  return {
    events,
    firstIdleMs: round(median(firstIdles), 0),
    mapStep,
    appStep,
    repaint,
    bareRepaint,
    ...(options.playbackMs > 0
      ? await measurePlayback(browser, url, options.playbackMs)
      : { playbackFps: Number.NaN, playbackFrameP95Ms: Number.NaN }),
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

/** The map's box on the page, in CSS pixels. */
export function mapBoxSize(page: Page): Promise<{ width: number; height: number }> {
  return page.getByTestId('map').evaluate((box) => {
    const { width, height } = box.getBoundingClientRect();
    return { width: Math.round(width), height: Math.round(height) };
  });
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
    const handle = (window as BenchWindow).__thawMap;
    if (!handle) throw new Error('the map handle (window.__thawMap) is missing');
    const { map, show, shown } = handle;
    const started = performance.now();
    const idle = new Promise<void>((resolve) => map.once('idle', resolve));
    if (what === 'map') {
      if (!show || !shown) throw new Error('the page cannot show a month (not the app?)');
      show({ ...shown(), month: shown().month + 1 });
    } else if (what === 'slider') {
      const slider = document.querySelector('[role="slider"][aria-label="Date"]');
      if (!slider) throw new Error('the timeline slider is missing');
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
  const script: number[] = [];
  const toIdle: number[] = [];
  const started = performance.now();
  while (mainThread.length < count && performance.now() - started < budgetMs) {
    const before = await busySeconds(cdp);
    toIdle.push(await step(page, kind));
    const after = await busySeconds(cdp);
    mainThread.push((after.task - before.task) * 1000);
    script.push((after.script - before.script) * 1000);
  }
  return {
    count: mainThread.length,
    mainThreadMs: round(median(mainThread)),
    scriptMs: round(median(script)),
    toIdleMs: round(median(toIdle)),
  };
}

/** Chromium's running totals of the renderer main thread's busy time, and of its script time. */
async function busySeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const total = (name: string) =>
    metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { task: total('TaskDuration'), script: total('ScriptDuration') };
}

/** Plays the timeline (with motion, as most readers see it) and times the animation frames. */
async function measurePlayback(browser: Browser, url: string, playbackMs: number) {
  const { page, close } = await openMap(browser, url, 'no-preference');
  // With motion the map may never be idle (its pulse animates): start once it has loaded.
  await page.waitForFunction(() => (window as BenchWindow).__thawMap?.map.loaded(), null, {
    timeout: 180_000,
  });
  await page.getByRole('button', { name: 'Play' }).click({ timeout: 120_000 });
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
