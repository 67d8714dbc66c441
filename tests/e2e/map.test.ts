/** The map draws offline, in the categories' colours, and downloads as a picture for slides. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, Atlas, useBrowser } from '../support/browser';

const CATEGORY_COLORS = ['#D55E00', '#0072B2', '#E69F00', '#009E73'];

describe('the map', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('draws the borders, labels and events, without errors or asking any other host', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1968-08');
    const foreign: string[] = [];
    const errors: string[] = [];
    atlas.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    atlas.page.on('pageerror', (error) => errors.push(error.message));
    atlas.page.on('request', (request) => {
      if (
        new URL(request.url()).origin !== new URL(baseUrl).origin &&
        !request.url().startsWith('blob:')
      ) {
        foreign.push(request.url());
      }
    });
    await atlas.page.reload();
    await atlas.mapIdle();
    const colours = await atlas.mapColours(CATEGORY_COLORS);
    // Water, land, the selected countries, borders, labels, symbols: far from a blank canvas.
    expect(colours.distinct).toBeGreaterThan(40);
    // In August 1968 interventions (the invasion) and protests (Red Square) are under way.
    expect(Object.values(colours.near).filter((count) => count > 0).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await atlas.screenshot('map-1968-08');
    await atlas.close();
  });

  it('follows the category filter and the month', async () => {
    const blue = '#0072B2';
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1968-08&mode=month');
    await atlas.mapIdle();
    const invasion = await atlas.mapColours([blue]);
    expect(invasion.near[blue]).toBeGreaterThan(0);
    await atlas.setChecked('Interventions', false);
    await atlas.mapIdle();
    expect((await atlas.mapColours([blue])).near[blue]).toBe(0);
    await atlas.screenshot('map-1968-08-no-interventions');
    await atlas.setChecked('Interventions', true);
    await atlas.setDate('1968-07');
    await atlas.mapIdle();
    expect((await atlas.mapColours([blue])).near[blue]).toBeLessThan(invasion.near[blue] ?? 0);
    await atlas.close();
  });

  it('downloads the map as a PNG with room for title, legend and source', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    await atlas.mapIdle();
    const [download] = await Promise.all([
      atlas.page.waitForEvent('download'),
      atlas.page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thaw-atlas-1956-10.png');
    const path = join(ARTIFACTS, 'map-download-1956-10.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const canvasSize = await atlas.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      return { width: canvas?.width ?? 0, height: canvas?.height ?? 0 };
    });
    // The map's pixels plus margins, a header and a footer.
    expect(png.readUInt32BE(16)).toBeGreaterThan(canvasSize.width);
    expect(png.readUInt32BE(20)).toBeGreaterThan(canvasSize.height);
    await atlas.close();
  });

  it('embeds the map alone at /embed/map, and a chart embed never loads the map library', async () => {
    const embed = await (await browser().newContext({ reducedMotion: 'reduce' })).newPage();
    const scripts: string[] = [];
    embed.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await embed.goto(new URL('/embed/map?date=1956-11', baseUrl).href);
    await embed.locator('[data-testid="map"][data-idle="true"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => embed.getByText('November 1956').count()).toBeGreaterThan(0);
    const mapScripts = scripts.length;
    scripts.length = 0;
    await embed.goto(new URL('/embed/events-by-year', baseUrl).href);
    await embed.getByRole('heading').first().waitFor();
    expect(scripts.length).toBeLessThan(mapScripts);
    const loaded = await embed.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(loaded.filter((name) => /maplibre|ExplorerPage/.test(name))).toEqual([]);
    await embed.context().close();
  });
});
