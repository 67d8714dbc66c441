/**
 * Time from navigation to the map's first `idle` on `/`, against a bare MapLibre page drawing the
 * same borders and events in a box of the same size (tests/bench/bare-map), loaded alternately in
 * the same run so that noise on the machine hits both alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveFiles } from '../support/browser';
import { REPO_ROOT } from '../support/server';
import { firstIdle, openMap } from './map';
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

const MAPLIBRE_DIST = join(REPO_ROOT, 'web/node_modules/maplibre-gl/dist');
const BARE_PAGE = join(REPO_ROOT, 'tests/bench/bare-map');

export async function measureFirstIdle(
  browser: Browser,
  baseUrl: string,
  loads: number,
): Promise<FirstIdleFigures> {
  const script = 'text/javascript; charset=utf-8';
  const site = await serveFiles(
    new Map([
      [
        '/',
        { body: readFileSync(join(BARE_PAGE, 'index.html')), type: 'text/html; charset=utf-8' },
      ],
      ['/bare-map.js', { body: readFileSync(join(BARE_PAGE, 'bare-map.js')), type: script }],
      ...['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map(
        (file) =>
          [
            `/maplibre/${file}`,
            {
              body: readFileSync(join(MAPLIBRE_DIST, file)),
              type: file.endsWith('.css') ? 'text/css; charset=utf-8' : script,
            },
          ] as const,
      ),
    ]),
  );
  try {
    const app: Timings = { idle: [], eventsIn: [] };
    const bare: Timings = { idle: [], eventsIn: [] };
    let size = { width: 0, height: 0 };
    for (let load = 0; load < loads; load++) {
      const opened = await openMap(browser, `${baseUrl}/`, 'reduce');
      await note(app, opened.page);
      size = await opened.page.getByTestId('map').evaluate((box) => {
        const { width, height } = box.getBoundingClientRect();
        return { width: Math.round(width), height: Math.round(height) };
      });
      await opened.close();

      const query = new URLSearchParams({ api: baseUrl, ...mapStrings(size) });
      const baseline = await openMap(browser, `${site.url}/?${query}`, 'reduce');
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

const mapStrings = (size: { width: number; height: number }) => ({
  width: String(size.width),
  height: String(size.height),
});
