/**
 * Time from navigation to the map's first `idle` on `/`, against a bare MapLibre page drawing the
 * same borders and events in a box of the same size (tests/bench/bare-map), loaded alternately in
 * the same run so that noise on the machine hits both alike.
 */
import type { Browser, Page } from 'playwright-core';
import { serveBareMap } from './bareMap';
import { firstIdle, mapBoxSize, openMap } from './map';
import { median, ratio, round } from './stats';

export const FIRST_IDLE_GOAL = 1.3;

export interface FirstIdleFigures {
  loads: number;
  appMs: number;
  bareMs: number;
  /** App over bare. */
  ratio: number;
  /** When the events had arrived (the end of the `/api/events` response), medians. */
  appEventsInMs: number;
  bareEventsInMs: number;
}

export async function measureFirstIdle(
  browser: Browser,
  baseUrl: string,
  loads: number,
): Promise<FirstIdleFigures> {
  const site = await serveBareMap();
  try {
    const app: Timings = { idle: [], eventsIn: [] };
    const bare: Timings = { idle: [], eventsIn: [] };
    for (let load = 0; load < loads; load++) {
      const opened = await openMap(browser, `${baseUrl}/`, 'reduce');
      await note(app, opened.page);
      const size = await mapBoxSize(opened.page);
      await opened.close();

      const baseline = await openMap(browser, site.url(baseUrl, size), 'reduce');
      await note(bare, baseline.page);
      await baseline.close();
    }
    const appMs = median(app.idle);
    const bareMs = median(bare.idle);
    return {
      loads,
      appMs: round(appMs, 0),
      bareMs: round(bareMs, 0),
      ratio: ratio(appMs, bareMs),
      appEventsInMs: round(median(app.eventsIn), 0),
      bareEventsInMs: round(median(bare.eventsIn), 0),
    };
  } finally {
    await site.close();
  }
}

interface Timings {
  idle: number[];
  eventsIn: number[];
}

/** The first idle of a page, and when its events had arrived: what happened before and after. */
async function note(timings: Timings, page: Page): Promise<void> {
  timings.idle.push(await firstIdle(page));
  timings.eventsIn.push(
    await page.evaluate(() => {
      const events = performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === '/api/events');
      return (events as { responseEnd?: number } | undefined)?.responseEnd ?? Number.NaN;
    }),
  );
}
