/**
 * After one visit the atlas works with the network off: the map and its slider, the comparison
 * and the embeds, from the service worker's caches, with a line that says it is offline. A newer
 * version of the app, or newer data behind a cached answer, is announced with a Reload.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, Comparison, useBrowser, watchErrors } from '../support/browser';
import { REPO_ROOT, startServer } from '../support/server';

/** Every request the page's caches hold, as path and query. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        urls.push(url.pathname + url.search);
      }
    }
    return urls;
  });

/** Resolves once a service worker controls the page (it precached the app before activating). */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });

const POLL = { timeout: 30_000, interval: 200 };

/** What the map explorer fetches first; the comparison and the map embed draw from it too. */
const DATA = ['/api/countries', '/api/events', '/api/borders', '/api/sources', '/api/leaders'];

describe('offline use', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('serves the service worker for revalidation on every load', async () => {
    const response = await fetch(`${baseUrl}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('opens the map, the comparison and the embeds with the network off after one visit', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    const { page } = atlas;
    const errors = watchErrors(page);
    await controlled(page);
    await atlas.mapIdle();
    // A chart embed's drawing is kept as it is fetched, at the width it was drawn for.
    const embed = await page.context().newPage();
    await embed.goto(`${baseUrl}/embed/events-by-year?countries=HU&from=1956&to=1957`);
    await embed.locator('svg.recharts-surface').waitFor();
    await expect
      .poll(async () => {
        const urls = await cached(page);
        return [
          ...DATA,
          '/api/charts/events-by-year.svg',
          '/assets/maplibre-gl-worker',
          // The map's glyphs (web/scripts/build-glyphs.ts): Latin and Cyrillic, both weights.
          '/glyphs/NotoSans-Regular/0-255.pbf',
          '/glyphs/NotoSans-Regular/1024-1279.pbf',
          '/glyphs/NotoSans-SemiBold/0-255.pbf',
        ].filter((prefix) => !urls.some((url) => url.startsWith(prefix)));
      }, POLL)
      .toEqual([]);

    await page.context().setOffline(true);
    await page.reload();
    await atlas.slider.waitFor();
    await atlas.mapIdle();
    expect((await atlas.mapColours()).distinct).toBeGreaterThan(40);
    const notice = page.getByRole('status').filter({ hasText: 'Offline' });
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Offline: showing the atlas as saved on this device.');

    const october = await atlas.monthEvents();
    await atlas.setDate('1956-11');
    expect(await atlas.date()).toBe('November 1956');
    await expect.poll(() => atlas.monthEvents(), POLL).not.toEqual(october);
    expect((await atlas.monthEvents()).length).toBeGreaterThan(0);
    // The whole period's leaders came with the first visit: a month step needs no network.
    await expect.poll(() => page.getByTestId('leaders-HU').textContent(), POLL).toContain('Kádár');

    // Only the app's pages fall back to the app; the API answers from the network or not at all.
    const uncached = await page.evaluate(() =>
      fetch('/api/events?countries=PL&format=csv').then(
        (response) => response.headers.get('content-type'),
        () => 'no answer',
      ),
    );
    expect(uncached).toBe('no answer');

    await page.goto(`${baseUrl}/compare`);
    await new Comparison(page, baseUrl).chartsDrawn();
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();

    await page.goto(`${baseUrl}/embed/map?date=1956-11`);
    await atlas.mapIdle();
    await expect.poll(() => page.getByText('November 1956').count(), POLL).toBeGreaterThan(0);

    await embed.reload();
    await embed.locator('svg.recharts-surface').waitFor();
    await embed.getByRole('status').filter({ hasText: 'Offline' }).waitFor();

    await page.context().setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ state: 'hidden' });
    expect(errors.uncaught).toEqual([]);
    // The browser's own lines for the requests refused offline are all the console holds
    // (ERR_FAILED: the worker had no copy to answer with, as for the CSV above).
    expect(
      errors.console.filter((line) => !/net::ERR_(INTERNET_DISCONNECTED|FAILED)$/.test(line)),
      errors.console.join('\n'),
    ).toEqual([]);
    await atlas.close();
  });

  it('announces a newer version of the app, which Reload puts in charge', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    const { page } = atlas;
    await controlled(page);
    // A worker at another URL is a new version to the browser: it installs and waits, as a
    // new build's would.
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next'));
    const prompt = page.getByRole('status').filter({ hasText: 'A new version' });
    await prompt.waitFor({ timeout: 30_000 });
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await atlas.slider.waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${baseUrl}/sw.js?next`,
    );
    await atlas.close();
  });

  it('announces newer data behind the cached answers, which Reload shows', async () => {
    const datasets = mkdtempSync(join(tmpdir(), 'thaw-offline-'));
    cpSync(join(REPO_ROOT, 'data/datasets'), datasets, { recursive: true });
    const before = await startServer({ dataDir: datasets });
    const origin = before.url;
    const atlas = await Atlas.open(browser(), origin, '/?date=1956-10');
    const { page } = atlas;
    await controlled(page);
    await expect
      .poll(async () => (await cached(page)).includes('/api/events?format=json'))
      .toBe(true);
    const title = 'Student march in Budapest swells into a mass demonstration';
    expect(await atlas.monthEvents()).toContain(title);
    await before.stop();

    // The historians correct a title, and the server starts again at the same address.
    const events = join(datasets, 'HU/events.csv');
    writeFileSync(events, readFileSync(events, 'utf8').replace(title, `${title} (corrected)`));
    const after = await startServer({ dataDir: datasets, env: { PORT: new URL(origin).port } });
    try {
      // The page opens from the cache at once; the worker's refresh finds another ETag.
      await page.reload();
      await atlas.slider.waitFor();
      expect(await atlas.monthEvents()).toContain(title);
      const prompt = page.getByRole('status').filter({ hasText: 'Newer data is available.' });
      await prompt.waitFor({ timeout: 30_000 });
      await Promise.all([
        page.waitForEvent('load'),
        prompt.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await atlas.slider.waitFor();
      await expect.poll(() => atlas.monthEvents(), POLL).toContain(`${title} (corrected)`);
    } finally {
      await atlas.close();
      await after.stop();
      rmSync(datasets, { recursive: true, force: true });
    }
  });
});
