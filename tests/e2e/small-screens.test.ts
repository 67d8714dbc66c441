/**
 * A phone (390×844) and a tablet (768×1024), by touch: the map first and usable with a finger,
 * the panels below it, year labels that do not run into each other, no sideways scroll, axe
 * clean. Each view is saved as a screenshot to look at (tests/artifacts/small-*.png).
 */
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { ARTIFACTS, Atlas, Comparison, useBrowser } from '../support/browser';

const SCREENS: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
};

/** Pages as a reader meets them: the map, an event open, the table, the comparison, embeds. */
const PAGES = [
  '/?date=1956-10',
  '/?date=1956-06&event=pl-1956-06-28-poznan-general-strike',
  '/?date=1956-12&view=table',
  '/compare',
  '/compare?countries=PL,HU&from=1956&to=1956&event=pl-1956-06-28-poznan-general-strike',
  '/embed/map?date=1956-11',
  '/embed/timeline?from=1956&to=1956',
];

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);

/** The page's labels matching `selector`, left to right, as boxes. */
const labelBoxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((labels) =>
    labels
      .map((label) => label.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => ({ left: box.left, right: box.right }))
      .sort((a, b) => a.left - b.left),
  );

describe.each(Object.entries(SCREENS))('on a %s', (screen, options) => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const open = (path: string) => Atlas.open(browser(), baseUrl, path, options);

  it('shows the map first, the timeline under it, the filters and panels below', async () => {
    const atlas = await open('/?date=1956-10');
    const { page } = atlas;
    await atlas.mapIdle();
    const height = options.viewport?.height ?? 0;
    const map = await atlas.map.boundingBox();
    const slider = await atlas.slider.boundingBox();
    const filters = await page.getByRole('group', { name: 'Countries' }).boundingBox();
    const panel = await page.getByRole('complementary', { name: 'Details' }).boundingBox();
    if (!map || !slider || !filters || !panel) throw new Error('a part of the page has no box');
    // The map and the slider fit in the first screen, above everything else.
    expect(map.y).toBeLessThan(250);
    expect(map.height).toBeGreaterThan(300);
    expect(slider.y + slider.height).toBeLessThanOrEqual(height);
    expect(filters.y).toBeGreaterThan(slider.y);
    expect(panel.y).toBeGreaterThan(filters.y);
    await atlas.screenshot(`small-${screen}-explorer`);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const share = await page.getByTestId('copied-text').boundingBox();
    expect(share && share.x >= 0 && share.x + share.width <= (options.viewport?.width ?? 0)).toBe(
      true,
    );
    await atlas.screenshot(`small-${screen}-share`);
    await atlas.close();
  });

  it('opens an event with a tap on its symbol', async () => {
    // Framed on the Danube south of Budapest: close enough for the revolution's parts to have
    // symbols of their own (on a phone, Hungary as a whole is below PARTS_ZOOM).
    const atlas = await open('/?date=1956-11&countries=HU&mode=month&bbox=18.5,46.6,19.4,47.3');
    const { page } = atlas;
    await atlas.mapIdle();
    const defence = 'hu-1956-11-07-sztalinvaros-resistance';
    // Where the map draws its symbol (its own layout), which a crowded month may set aside from
    // its place; none drawn, this throws.
    const at = await atlas.symbolPoint(defence);
    await page.touchscreen.tap(at.x, at.y);
    await atlas.details.waitFor();
    expect(atlas.query().get('event')).toBe(defence);
    // The details are in view: the page went to them.
    const details = await atlas.details.boundingBox();
    const height = options.viewport?.height ?? 0;
    expect(details && details.y < height && details.y + 40 > 0).toBe(true);
    await atlas.screenshot(`small-${screen}-event`);
    await atlas.close();
  });

  it('zooms with a pinch, and keeps the frame pinched to', async () => {
    const atlas = await open('/?date=1956-11&countries=HU&mode=month');
    const { page } = atlas;
    await atlas.mapIdle();
    const box = await atlas.map.boundingBox();
    if (!box) throw new Error('the map has no box');
    const zoom = () =>
      page.evaluate(() =>
        (
          window as unknown as { __thawMap: { map: { getZoom(): number } } }
        ).__thawMap.map.getZoom(),
      );
    const before = await zoom();
    const cdp = await page.context().newCDPSession(page);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const fingers = (apart: number) => [
      { x: centre.x - apart, y: centre.y, id: 1 },
      { x: centre.x + apart, y: centre.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let apart = 30; apart <= 140; apart += 10) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers(apart),
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(zoom).toBeGreaterThan(before + 1);
    // A pinch is the reader's move: the URL keeps the frame.
    await expect.poll(() => atlas.query().get('bbox')).not.toBeNull();
    await atlas.close();
  });

  it('labels the years of the timeline and the brush without running them together', async () => {
    const atlas = await open('/?date=1956-10');
    const timeline = await labelBoxes(atlas.page, '.timeline-year-label');
    await atlas.close();
    const compare = await Comparison.open(browser(), baseUrl, '/compare', options);
    const brush = await labelBoxes(compare.page, '.brush-year-label');
    await compare.screenshot(`small-${screen}-compare`);
    await compare.close();
    for (const [axis, labels] of Object.entries({ timeline, brush })) {
      expect(labels.length, axis).toBeGreaterThanOrEqual(3);
      labels.slice(1).forEach((label, index) => {
        expect(label.left, `${axis} label ${index + 1}`).toBeGreaterThan(
          (labels[index]?.right ?? 0) + 2,
        );
      });
    }
  });

  it('scrolls no page sideways, and axe finds nothing serious', async () => {
    const context = await browser().newContext({
      ...options,
      reducedMotion: 'reduce',
      bypassCSP: true,
    });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(new URL(path, baseUrl).href);
      await page
        .locator(
          path.includes('/timeline') || path.startsWith('/compare')
            ? 'svg.recharts-surface .recharts-layer'
            : '[data-testid="map"][data-idle="true"]',
        )
        .first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), path).toEqual([]);
      if (path.startsWith('/embed/map')) {
        await page.screenshot({ path: join(ARTIFACTS, `small-${screen}-embed.png`) });
      }
    }
    await context.close();
  });
});
