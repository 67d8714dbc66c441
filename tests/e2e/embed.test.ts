/**
 * A chart alone at /embed/{chart}: its title, source and a way back, in a theme and size, and in
 * an iframe on someone else's page, which it resizes to its content.
 */
import { CHART_IDS } from '@thaw/charts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  ARTIFACTS,
  Comparison,
  imageColours,
  serveFiles,
  useBrowser,
  watchErrors,
} from '../support/browser';

const COUNTRY_COLORS = ['#EE6677', '#4477AA', '#228833'];

/** The font size of a chart's title, the first bold text of its SVG. */
const titleSize = (page: Page) =>
  page.locator('svg.recharts-surface text[font-weight="700"]').first().getAttribute('font-size');

describe('chart embeds', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  // The server runs as deployed (production build): every embed must answer and draw.
  it.each(CHART_IDS)('answers /embed/%s with the chart drawn', async (chart) => {
    const context = await browser().newContext({ viewport: { width: 960, height: 700 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${baseUrl}/embed/${chart}?countries=SU,PL,HU`);
    expect(response?.status()).toBe(200);
    const surface = page.locator('svg.recharts-surface');
    await surface.waitFor();
    expect(await surface.locator('path, circle, rect').count()).toBeGreaterThan(12);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    expect(errors).toEqual({ uncaught: [], console: [] });
    await context.close();
  });

  it('draws the chart alone with its title, source line and a link back, without the map library', async () => {
    const context = await browser().newContext({ viewport: { width: 960, height: 700 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const release = (await (await fetch(`${baseUrl}/api/meta`)).json()) as { version: string };
    await page.goto(
      `${baseUrl}/embed/country-comparison?countries=SU,PL,HU&from=1953&to=1968&measure=fatalities`,
    );
    await page.locator('svg.recharts-surface .recharts-line').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Deaths per year by country, 1953–1968',
    );
    // The source line names the release and its licence (/api/meta).
    expect(await page.locator('svg.recharts-surface').textContent()).toContain(
      `Source: Thaw Atlas dataset v${release.version}, CC BY 4.0, ${baseUrl}/api/sources`,
    );
    const back = page.getByRole('link', { name: 'Explore and compare' });
    expect(await back.getAttribute('href')).toBe('/compare?measure=fatalities');
    expect(scripts.filter((url) => /maplibre|ExplorerPage/.test(url))).toEqual([]);
    // As wide as its frame, in the query's proportions.
    const svg = await page.locator('svg.recharts-surface').boundingBox();
    expect(svg?.width).toBe(960);
    expect(svg?.height).toBe(540);
    // Nothing the page's Content-Security-Policy had to refuse.
    expect(errors).toEqual({ uncaught: [], console: [] });
    await context.close();
  });

  it('takes the dark, transparent and slide looks, and notes what it could not read', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const open = async (query: string) => {
      await page.goto(`${baseUrl}/embed/events-by-year?countries=HU&from=1956&to=1957&${query}`);
      await page.locator('svg.recharts-surface .recharts-bar-rectangle').first().waitFor();
    };
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    await open('theme=dark');
    expect(await background()).toBe('rgb(22, 24, 29)');
    const normal = Number(await titleSize(page));
    await open('theme=transparent');
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await open('size=slide&theme=dark');
    expect(Number(await titleSize(page))).toBeGreaterThan(normal * 1.2);
    await page.screenshot({ path: `${ARTIFACTS}/embed-slide-dark.png` });

    await open('theme=neon&width=5');
    const notes = page.getByTestId('url-notes');
    expect(await notes.textContent()).toContain('theme “neon”');
    expect(await notes.textContent()).toContain('width “5”');
    await context.close();
  });

  it('sits in an iframe on a page of another origin, which it resizes to its content', async () => {
    const compare = await Comparison.open(browser(), baseUrl, '/compare?from=1955&to=1958');
    const embed = await compare.copied(/^Events per year by country/, 'Copy embed code');
    await compare.close();
    const blog = await serveFiles(
      new Map([
        [
          '/post.html',
          {
            type: 'text/html; charset=utf-8',
            body: `<!doctype html><html lang="en"><title>Lecture notes</title><body style="margin:24px">
<h1>The Thaw, compared</h1><div id="column" style="width:720px">${embed}</div><p>After the chart.</p></body></html>`,
          },
        ],
      ]),
    );
    const page = await (
      await browser().newContext({ viewport: { width: 1000, height: 900 } })
    ).newPage();
    try {
      await page.goto(`${blog.url}/post.html`);
      const iframe = page.locator('iframe');
      await page
        .frameLocator('iframe')
        .locator('svg.recharts-surface .recharts-line')
        .first()
        .waitFor();
      const frame = await (await iframe.elementHandle())?.contentFrame();
      if (!frame) throw new Error('no embed frame');
      const contentHeight = () =>
        frame.evaluate(() =>
          Math.ceil(document.querySelector('.embed-chart')?.getBoundingClientRect().height ?? 0),
        );
      const frameHeight = async () => Math.round((await iframe.boundingBox())?.height ?? 0);
      // 720 wide in 16:9 is 405 for the chart, and the caption under it.
      await expect.poll(frameHeight).toBe(await contentHeight());
      expect(await frameHeight()).toBeGreaterThan(405);

      const shot = await iframe.screenshot({ path: `${ARTIFACTS}/embed-in-page.png` });
      const colours = await imageColours(page, shot, COUNTRY_COLORS);
      for (const colour of COUNTRY_COLORS) expect(colours.near[colour], colour).toBeGreaterThan(20);

      // A narrower column: the chart draws smaller and the iframe follows.
      const before = await frameHeight();
      await page.evaluate(() => {
        const column = document.getElementById('column');
        if (column) column.style.width = '480px';
      });
      await expect.poll(frameHeight).toBeLessThan(before - 100);
      await expect.poll(frameHeight).toBe(await contentHeight());
    } finally {
      await page.context().close();
      await blog.close();
    }
  });
});
