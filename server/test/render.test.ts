import type { ChartProps } from '@thaw/charts';
import type { YearlyRow } from '@thaw/data';
import { JSDOM } from 'jsdom';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { pngPixels, pngSize } from '../../tests/support/png';
import { chartKey } from '../src/render/cache';
import { renderPng } from '../src/render/png';
import {
  clearRenderCache,
  renderChartPng,
  renderChartSvg,
  renderCounts,
  stopRenderer,
} from '../src/render/renderer';

const row = (country: string, year: number, protest: number, low: number, high: number) =>
  ({
    country,
    year,
    protest,
    intervention: 0,
    leadership: 1,
    milestone: 0,
    total: protest + 1,
    fatalitiesLow: low,
    fatalitiesHigh: high,
    undatedFatalitiesLow: 0,
    undatedFatalitiesHigh: 0,
  }) satisfies YearlyRow;

const PROPS: ChartProps<'events-by-year'> = {
  width: 800,
  height: 450,
  theme: 'light',
  sourceLine: 'Source: Thaw Atlas dataset, http://127.0.0.1:8787/api/sources',
  rows: [row('PL', 1956, 3, 57, 100), row('HU', 1956, 5, 2500, 3000), row('HU', 1957, 1, 0, 0)],
  countries: [
    { id: 'PL', name: 'Poland' },
    { id: 'HU', name: 'Hungary' },
  ],
  categories: ['protest', 'leadership'],
  from: 1953,
  to: 1968,
};

/** How many pixels in the rows [top, bottom) are not white. */
function inkedPixels(png: Buffer, top: number, bottom: number): number {
  const pixels = pngPixels(png);
  const { width } = pngSize(png);
  let count = 0;
  for (let index = top * width * 4; index < bottom * width * 4; index += 4) {
    if ((pixels[index] ?? 255) < 200) count++;
  }
  return count;
}

afterAll(stopRenderer);

describe('renderChartSvg', () => {
  it('gives a standalone, well-formed SVG document of the requested size', async () => {
    const svg = await renderChartSvg('events-by-year', PROPS);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('800');
    expect(root.getAttribute('height')).toBe('450');
    expect(root.getAttribute('viewBox')).toBe('0 0 800 450');
    expect(root.getAttribute('font-family')).toContain('Noto Sans');
    expect(svg).not.toMatch(/<div|role="application"|tabindex/);
    // Nothing outside the file: no external images, fonts or stylesheets.
    expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
  }, 30_000);

  it('renders a chart once: the same chart and data come from the cache', async () => {
    clearRenderCache();
    const before = renderCounts().svg;
    const [first, concurrent] = await Promise.all([
      renderChartSvg('events-by-year', PROPS),
      renderChartSvg('events-by-year', { ...PROPS }),
    ]);
    // The same props in another key order are the same chart.
    const reordered = Object.fromEntries(Object.entries(PROPS).reverse()) as typeof PROPS;
    const again = await renderChartSvg('events-by-year', reordered);
    expect(renderCounts().svg).toBe(before + 1);
    expect(concurrent).toBe(first);
    expect(again).toBe(first);
    expect(chartKey('events-by-year', reordered)).toBe(chartKey('events-by-year', PROPS));

    await renderChartSvg('events-by-year', { ...PROPS, theme: 'dark' });
    expect(renderCounts().svg).toBe(before + 2);
  }, 30_000);

  it('fails with the chart error rather than hanging', async () => {
    const broken = { ...PROPS, rows: null } as unknown as typeof PROPS;
    await expect(renderChartSvg('events-by-year', broken)).rejects.toThrow(
      /chart rendering failed/,
    );
  }, 30_000);
});

describe('renderPng', () => {
  beforeEach(clearRenderCache);

  it.each([1, 2])(
    'writes a PNG of exactly width and height × %i',
    async (scale) => {
      const png = await renderChartPng('events-by-year', PROPS, { scale });
      expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      expect(pngSize(png)).toEqual({ width: 800 * scale, height: 450 * scale });
    },
    30_000,
  );

  it('draws text with the shipped font', async () => {
    const withTitle = await renderChartSvg('events-by-year', PROPS);
    // The same figure with the title's words taken out, so that nothing else moves.
    const withoutTitle = withTitle.replaceAll(/>Events by year[^<]*</g, '><');
    expect(withoutTitle).not.toBe(withTitle);
    // The title's band: the top 50 px of the 800 × 450 figure.
    const inked = inkedPixels(renderPng(withTitle, { scale: 1 }), 0, 50);
    const blank = inkedPixels(renderPng(withoutTitle, { scale: 1 }), 0, 50);
    expect(blank).toBe(0);
    expect(inked).toBeGreaterThan(1000);
  }, 30_000);

  it('rasterizes a chart once per scale', async () => {
    const before = renderCounts();
    await Promise.all([
      renderChartPng('events-by-year', PROPS, { scale: 2 }),
      renderChartPng('events-by-year', PROPS, { scale: 2 }),
    ]);
    await renderChartPng('events-by-year', PROPS, { scale: 2 });
    await renderChartPng('events-by-year', PROPS, { scale: 1 });
    expect(renderCounts().png).toBe(before.png + 2);
    expect(renderCounts().svg).toBe(before.svg + 1);
  }, 30_000);
});
