/**
 * A teacher's path into a lecture: from the comparison, copy a chart's embed code and another's
 * image URL, put them into a reveal.js deck, and present it. Both slides must show the charts,
 * checked by their pixels.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import {
  ARTIFACTS,
  Comparison,
  imageColours,
  type StaticFile,
  serveFiles,
  useBrowser,
} from '../support/browser';

const resolve = createRequire(import.meta.url).resolve;
const COUNTRY_COLORS = ['#EE6677', '#4477AA', '#228833'];
const CATEGORY_COLORS = ['#D55E00', '#0072B2', '#E69F00', '#009E73'];

/** reveal.js's own files, from the package, at the paths the deck names. */
function revealFiles(): [string, StaticFile][] {
  const file = (path: string, type: string) => ({ body: readFileSync(resolve(path)), type });
  return [
    ['/reveal/reveal.js', file('reveal.js', 'text/javascript')],
    ['/reveal/reset.css', file('reveal.js/reset.css', 'text/css')],
    ['/reveal/reveal.css', file('reveal.js/reveal.css', 'text/css')],
    ['/reveal/white.css', file('reveal.js/theme/white.css', 'text/css')],
  ];
}

function deck(embed: string, imageUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>The Thaw in three countries</title>
  <link rel="stylesheet" href="/reveal/reset.css">
  <link rel="stylesheet" href="/reveal/reveal.css">
  <link rel="stylesheet" href="/reveal/white.css">
</head>
<body>
  <div class="reveal"><div class="slides">
    <section id="embed-slide">${embed}</section>
    <section id="image-slide"><img src="${imageUrl}" alt="Events by year in Hungary" width="960" height="540"></section>
  </div></div>
  <script src="/reveal/reveal.js"></script>
  <script>Reveal.initialize({ transition: 'none', controls: false, progress: false });</script>
</body>
</html>`;
}

describe('charts in a slide deck', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('shows an embedded chart and a chart by image URL in a reveal.js deck', async () => {
    // What a teacher copies from the comparison, with the slide option ticked.
    const compare = await Comparison.open(browser(), baseUrl, '/compare?from=1955&to=1958');
    const copyForSlides = async (title: RegExp, action: string) => {
      const figure = await compare.openActions(title);
      await figure.getByRole('checkbox', { name: /^For slides/ }).check();
      return compare.copied(title, action);
    };
    const embed = await copyForSlides(/^Events per year by country/, 'Copy embed code');
    const imageUrl = await copyForSlides(/^Events by year, 1955–1958 · Hungary/, 'Copy image URL');
    await compare.close();
    expect(embed).toContain('size=slide');
    expect(imageUrl).toContain('size=slide');

    const site = await serveFiles(
      new Map([
        ...revealFiles(),
        ['/deck.html', { body: deck(embed, imageUrl), type: 'text/html; charset=utf-8' }],
      ]),
    );
    const page = await (
      await browser().newContext({
        viewport: { width: 1280, height: 720 },
        reducedMotion: 'reduce',
      })
    ).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${site.url}/deck.html`);
      await page.waitForFunction(() =>
        (window as unknown as { Reveal: { isReady(): boolean } }).Reveal.isReady(),
      );

      // Slide 1: the iframe draws the chart and grows to the chart's height.
      const iframe = page.locator('#embed-slide iframe');
      await page
        .frameLocator('#embed-slide iframe')
        .locator('svg.recharts-surface .recharts-line')
        .first()
        .waitFor();
      await expect
        .poll(
          async () => await iframe.evaluate((frame) => (frame as HTMLIFrameElement).style.height),
        )
        .not.toMatch(/^(0px|)$/);
      await page.screenshot({ path: `${ARTIFACTS}/slides-embed.png` });
      const embedded = await imageColours(page, await iframe.screenshot(), COUNTRY_COLORS);
      expect(embedded.distinct).toBeGreaterThan(20);
      for (const colour of COUNTRY_COLORS)
        expect(embedded.near[colour], colour).toBeGreaterThan(20);

      // Slide 2: the server's picture, by its URL.
      await page.keyboard.press('ArrowRight');
      const image = page.locator('#image-slide img');
      await expect
        .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
        .toBe(1920);
      await page.screenshot({ path: `${ARTIFACTS}/slides-image.png` });
      const pictured = await imageColours(page, await image.screenshot(), CATEGORY_COLORS);
      expect(Object.values(pictured.near).filter((count) => count > 20).length).toBeGreaterThan(2);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await site.close();
    }
  });
});
