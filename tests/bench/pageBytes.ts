/**
 * What a page of the app downloads in JavaScript and CSS: every `/assets/*.js|css` it loads
 * (lazy chunks and the map's worker included), weighed as the server sends them with gzip and
 * with brotli. Shared by `pnpm bench` and the budget test (tests/e2e/bundle.test.ts).
 */
import type { Browser } from 'playwright-core';
import { getOk } from './http';

export interface Asset {
  path: string;
  /** Runs in a Web Worker (MapLibre's), not on the page's main thread. */
  worker: boolean;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageBytes {
  page: string;
  assets: Asset[];
  /** JS and CSS of the page itself (entry, lazy chunks, styles). */
  main: Weight;
  /** Scripts that run in workers. */
  workers: Weight;
  total: Weight;
}

const ASSET = /^\/assets\/.+\.(js|mjs|css)$/;

export async function measurePageBytes(
  browser: Browser,
  baseUrl: string,
  page: string,
): Promise<PageBytes> {
  // Reduced motion: the map's pulse would keep it from ever being idle.
  // No service worker: the page's own downloads are weighed, not the precache the worker fills
  // in the background on a first visit (every asset of the build, once).
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const tab = await context.newPage();
  const loaded = new Set<string>();
  const workerScripts = new Set<string>();
  tab.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (ASSET.test(path)) loaded.add(path);
  });
  tab.on('worker', (worker) => workerScripts.add(new URL(worker.url()).pathname));
  await tab.goto(new URL(page, baseUrl).href, { waitUntil: 'networkidle' });
  // A map page fetches its worker once the data is in: wait until the map has drawn.
  if ((await tab.locator('[data-testid="map"]').count()) > 0) {
    await tab
      .locator('[data-testid="map"][data-idle="true"]')
      .waitFor({ state: 'attached', timeout: 60_000 });
  }
  await context.close();

  const assets: Asset[] = [];
  for (const path of [...new Set([...loaded, ...workerScripts])].sort()) {
    const url = `${baseUrl}${path}`;
    const sent = async (encoding: string) =>
      (await getOk(url, { 'accept-encoding': encoding })).body.length;
    assets.push({
      path,
      worker: workerScripts.has(path),
      raw: await sent('identity'),
      gzip: await sent('gzip'),
      brotli: await sent('br'),
    });
  }
  const sum = (items: Asset[]): Weight => ({
    raw: items.reduce((total, asset) => total + asset.raw, 0),
    gzip: items.reduce((total, asset) => total + asset.gzip, 0),
    brotli: items.reduce((total, asset) => total + asset.brotli, 0),
  });
  return {
    page,
    assets,
    main: sum(assets.filter((asset) => !asset.worker)),
    workers: sum(assets.filter((asset) => asset.worker)),
    total: sum(assets),
  };
}

const KB = 1000;

/**
 * The budgets, gzip. `/` must stay within 473 kB on its main thread, all lazy chunks included
 * (450 kB until December 2026, when the explorer gained the symbols' layout and keyboard list, the
 * looks of uncertainty, "Add this view to a story" and virtual lists: 456 kB, of which MapLibre is
 * 297 kB; 460 kB until the interface spoke four languages: 468.9 kB measured in English, its
 * compiled catalog 4.1 kB and Lingui's runtime, then 1.5 kB of "Export video", and Russian's
 * catalog 1.4 kB more than English's); MapLibre's worker (about 148 kB, its own code, off the main thread) has a budget of
 * its own. A chart embed must stay within 200 kB and load no map library.
 */
export const BUDGETS = {
  explorerMainGzip: 473 * KB,
  explorerWorkerGzip: 160 * KB,
  chartEmbedGzip: 200 * KB,
} as const;

/** Pages whose bytes the benchmark reports. */
export const WEIGHED_PAGES = ['/', '/compare', '/embed/events-by-year'] as const;

/** Whether an asset belongs to MapLibre (its chunk, its styles or its worker). */
export const isMapLibre = (asset: Asset) => /maplibre/i.test(asset.path);
