import { inflateSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { YearlyRow } from '../src/api/schemas';
import type { ChartProps } from '../src/charts';
import {
  chartKey,
  clearRenderCache,
  renderChartPng,
  renderChartSvg,
  renderCounts,
  renderPng,
  stopRenderer,
} from '../src/render';

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

/** Width and height from the IHDR chunk, which follows the 8-byte signature. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
function pngPixels(png: Buffer): Uint8Array {
  const { width, height } = pngSize(png);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') {
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    }
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return pixels;
}

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
    'writes a PNG of exactly width × %i by height × %i',
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
