/**
 * Headless Debian Chromium for the browser tests, and a small driver that uses the atlas the way
 * a reader does: through roles, labels and test ids. The one exception is the map, whose camera
 * and labels the tests read from MapLibre itself, through the handle the page exposes for
 * `pnpm bench` (AtlasMap's `exposeToBenchmarks`).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT } from './server';

/** Flags that let SwiftShader draw WebGL headless and keep Chromium off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');

/** Each launch gets a fresh temporary profile (Playwright's own `--user-data-dir`). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** One Chromium for the tests of a file, launched before them and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not been launched yet');
    return browser;
  };
}

/** A laptop screen; reduced motion, so the map settles (no pulse) and camera moves are instant. */
export const LAPTOP: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  reducedMotion: 'reduce',
  acceptDownloads: true,
};

/** `[west, south, east, north]` in degrees, as the URL's `bbox` and a story step's frame. */
export type Bbox = [number, number, number, number];

/** A place label the map shows: the name of the month, and today's where it differs. */
export interface ShownLabel {
  name: string;
  modern?: string;
}

/** A symbol of the month where the event layer draws it (its own layout), in page pixels. */
export interface DrawnSymbol {
  id: string;
  x: number;
  y: number;
  /** The event's true point, where its leader line starts. */
  anchorX: number;
  anchorY: number;
  radius: number;
}

/** What the page's map handle offers the tests (the part of it they use). */
interface MapHandle {
  symbols(): DrawnSymbol[];
  map: {
    getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
    getZoom(): number;
    project(at: [number, number]): { x: number; y: number };
    getContainer(): HTMLElement;
    queryRenderedFeatures(options: { layers: string[] }): {
      properties: Record<string, string>;
      state: Record<string, unknown>;
    }[];
  };
}

/** Has the pages of a context expose their map, as `pnpm bench` has them. */
export async function exposeMap(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as { __thawBench?: boolean }).__thawBench = true;
  });
}

/** The box the map of `page` shows. */
export function mapBounds(page: Page): Promise<Bbox> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __thawMap: MapHandle }).__thawMap;
    const bounds = map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] as Bbox;
  });
}

/** Whether `[lon, lat]` lies in `box`. */
export function inBox([west, south, east, north]: Bbox, lon: number, lat: number): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

const FIRST_YEAR = 1953;

/** Months since January 1953, as the slider counts them. */
function monthIndex(date: string): number {
  return (Number(date.slice(0, 4)) - FIRST_YEAR) * 12 + Number(date.slice(5, 7)) - 1;
}

export interface CanvasColours {
  /** Pixels sampled. */
  sampled: number;
  /** Distinct colours among them, each channel rounded to 16 levels. */
  distinct: number;
  /** How many sampled pixels lie near each of the given colours. */
  near: Record<string, number>;
}

export class Atlas {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async open(
    browser: Browser,
    baseUrl: string,
    path = '/',
    options: BrowserContextOptions = {},
  ) {
    const context = await browser.newContext({ ...LAPTOP, ...options });
    await exposeMap(context);
    const atlas = new Atlas(await context.newPage(), baseUrl);
    await atlas.open(path);
    return atlas;
  }

  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href);
    await this.slider.waitFor();
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  get slider() {
    return this.page.getByRole('slider', { name: 'Date' });
  }

  get map() {
    return this.page.getByTestId('map');
  }

  get details() {
    return this.page.getByTestId('event-details');
  }

  /** The reader's view of the date: `October 1956`. */
  async date(): Promise<string | null> {
    return this.slider.getAttribute('aria-valuetext');
  }

  /** The URL's query, as the app wrote it. */
  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** Moves the slider to `YYYY-MM` with the keyboard, a year or a month at a time. */
  async setDate(date: string): Promise<void> {
    const target = monthIndex(date);
    await this.slider.focus();
    for (;;) {
      const now = Number(await this.slider.getAttribute('aria-valuenow'));
      const gap = target - now;
      if (gap === 0) break;
      if (Math.abs(gap) >= 12) await this.page.keyboard.press(gap > 0 ? 'PageUp' : 'PageDown');
      else await this.page.keyboard.press(gap > 0 ? 'ArrowRight' : 'ArrowLeft');
    }
  }

  /** The titles in "Events in <month>", in order. */
  async monthEvents(): Promise<string[]> {
    const list = this.page.getByRole('region', { name: /^Events in / });
    const items = list.locator('.event-list-title');
    return (await items.allTextContents()).map((text) => text.replace(/^[^:]+: /, '').trim());
  }

  /** Opens an event from the month's list by (part of) its title, and waits for its details. */
  async openEvent(title: string | RegExp): Promise<void> {
    await this.page
      .getByRole('region', { name: /^Events in / })
      .getByRole('button', { name: title })
      .first()
      .click();
    await this.details.waitFor();
  }

  async setChecked(label: string, checked: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: label, exact: true }).setChecked(checked);
  }

  /** Waits until the map has drawn everything it has to draw. */
  async mapIdle(): Promise<void> {
    // Attached rather than visible: the map stays mounted (hidden) behind the table view.
    await this.page
      .locator('[data-testid="map"][data-idle="true"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
  }

  /** The box the map shows now. */
  bounds(): Promise<Bbox> {
    return mapBounds(this.page);
  }

  /** The month's symbols where the map draws them now, in page pixels. */
  async symbols(): Promise<DrawnSymbol[]> {
    return this.page.evaluate(() => {
      const { map, symbols } = (window as unknown as { __thawMap: MapHandle }).__thawMap;
      const box = map.getContainer().getBoundingClientRect();
      return symbols().map((symbol) => ({
        ...symbol,
        x: box.left + symbol.x,
        y: box.top + symbol.y,
        anchorX: box.left + symbol.anchorX,
        anchorY: box.top + symbol.anchorY,
      }));
    });
  }

  /** Where the map draws an event's symbol now, in page pixels; throws if it draws none. */
  async symbolPoint(id: string): Promise<{ x: number; y: number }> {
    const symbol = (await this.symbols()).find((drawn) => drawn.id === id);
    if (!symbol) throw new Error(`the map draws no symbol for ${id}`);
    return { x: symbol.x, y: symbol.y };
  }

  /** The place labels the map draws now, read from its rendered features, in name order. */
  async placeLabels(): Promise<ShownLabel[]> {
    const labels = await this.page.evaluate(() => {
      const { map } = (window as unknown as { __thawMap: MapHandle }).__thawMap;
      return map
        .queryRenderedFeatures({ layers: ['event-place-labels'] })
        .filter((feature) => feature.state.shown === true)
        .map(({ properties }) => ({
          name: properties.name ?? '',
          ...(properties.modern ? { modern: properties.modern } : {}),
        }));
    });
    // A label across tile edges is one label.
    const unique = new Map(labels.map((label) => [`${label.name}|${label.modern}`, label]));
    return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Samples the map's pixels (its canvas keeps its drawing buffer for exactly this). */
  async mapColours(colours: readonly string[] = []): Promise<CanvasColours> {
    return this.page.evaluate((targets) => {
      const source = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      if (!source) throw new Error('no map canvas');
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(source, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const rgb = targets.map((hex) =>
        [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)),
      );
      const near: Record<string, number> = Object.fromEntries(targets.map((hex) => [hex, 0]));
      const seen = new Set<number>();
      let sampled = 0;
      for (let offset = 0; offset < data.length; offset += 4 * 3) {
        const [r = 0, g = 0, b = 0] = [data[offset], data[offset + 1], data[offset + 2]];
        sampled++;
        seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        rgb.forEach(([tr = 0, tg = 0, tb = 0], index) => {
          if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40) {
            const key = targets[index];
            if (key) near[key] = (near[key] ?? 0) + 1;
          }
        });
      }
      return { sampled, distinct: seen.size, near };
    }, colours);
  }

  /** Saves a screenshot to tests/artifacts/<name>.png (gitignored), to look at. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}

export interface PageErrors {
  /** Exceptions nothing caught (`pageerror`). */
  uncaught: string[];
  /** `console.error` calls, including the browser's own network failure lines. */
  console: string[];
}

/** Starts recording a page's uncaught exceptions and console errors. */
export function watchErrors(page: Page): PageErrors {
  const errors: PageErrors = { uncaught: [], console: [] };
  page.on('pageerror', (error) => errors.uncaught.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.console.push(message.text());
  });
  return errors;
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The colours of a PNG (a screenshot, a download), decoded by the browser of `page`. */
export async function imageColours(
  page: Page,
  png: Buffer,
  colours: readonly string[] = [],
): Promise<CanvasColours> {
  return page.evaluate(
    async ({ data, targets }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const rgb = targets.map((hex) =>
        [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)),
      );
      const near: Record<string, number> = Object.fromEntries(targets.map((hex) => [hex, 0]));
      const seen = new Set<number>();
      let sampled = 0;
      for (let offset = 0; offset < pixels.length; offset += 4) {
        const [r = 0, g = 0, b = 0] = [pixels[offset], pixels[offset + 1], pixels[offset + 2]];
        sampled++;
        seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        rgb.forEach(([tr = 0, tg = 0, tb = 0], index) => {
          const key = targets[index];
          if (key && Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40) {
            near[key] = (near[key] ?? 0) + 1;
          }
        });
      }
      return { sampled, distinct: seen.size, near };
    },
    { data: png.toString('base64'), targets: [...colours] },
  );
}

/** The comparison (`/compare`), used as a reader uses it: the brush, the columns, the charts. */
export class Comparison {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async open(
    browser: Browser,
    baseUrl: string,
    path = '/compare',
    options: BrowserContextOptions = {},
  ) {
    const context = await browser.newContext({ ...LAPTOP, ...options });
    const comparison = new Comparison(await context.newPage(), baseUrl);
    await comparison.page.goto(new URL(path, baseUrl).href);
    await comparison.chartsDrawn();
    return comparison;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  /** Waits until every figure on the page holds its drawn chart. */
  async chartsDrawn(): Promise<void> {
    await this.page.getByRole('slider', { name: 'From year' }).waitFor();
    await this.page.waitForFunction(() => {
      const figures = [...document.querySelectorAll('figure.chart-figure')];
      return (
        figures.length > 0 &&
        figures.every((figure) => figure.querySelector('svg.recharts-surface .recharts-layer'))
      );
    });
  }

  thumb(which: 'From' | 'To') {
    return this.page.getByRole('slider', { name: `${which} year` });
  }

  /** Moves a brush thumb to `year` with the keyboard, a year at a time. */
  async setYear(which: 'From' | 'To', year: number): Promise<void> {
    const thumb = this.thumb(which);
    await thumb.focus();
    for (;;) {
      const gap = year - Number(await thumb.getAttribute('aria-valuenow'));
      if (gap === 0) break;
      await this.page.keyboard.press(gap > 0 ? 'ArrowRight' : 'ArrowLeft');
    }
  }

  column(countryId: string) {
    return this.page.getByTestId(`column-${countryId}`);
  }

  /** A chart by (part of) its title. */
  figure(title: string | RegExp) {
    return this.page.getByRole('figure', { name: title });
  }

  /** The names of every figure on the page: their titles. */
  async figureTitles(): Promise<string[]> {
    return this.page
      .locator('figure.chart-figure')
      .evaluateAll((figures) => figures.map((figure) => figure.getAttribute('aria-label') ?? ''));
  }

  /** Opens a figure's "Download and share" panel, unless it is open. */
  async openActions(title: string | RegExp) {
    const figure = this.figure(title);
    const toggle = figure.getByRole('button', { name: 'Download and share' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return figure;
  }

  /** Presses one of the buttons of a figure's "Download and share". */
  async chartAction(title: string | RegExp, action: string): Promise<void> {
    const figure = await this.openActions(title);
    await figure.getByRole('button', { name: action, exact: true }).click();
  }

  /** Saves what a figure's download button gives, and returns its bytes and file name. */
  async download(title: string | RegExp, action: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.chartAction(title, action),
    ]);
    const path = join(ARTIFACTS, download.suggestedFilename());
    mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(path);
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** What a figure's copy button copied, as its panel shows it. */
  async copied(title: string | RegExp, action: string): Promise<string> {
    await this.chartAction(title, action);
    return this.figure(title).getByTestId('copied-text').inputValue();
  }

  /** The URL's query as the page has it now (`page.url()` learns of `pushState` later). */
  async query(): Promise<URLSearchParams> {
    return new URL(await this.page.evaluate(() => window.location.href)).searchParams;
  }

  async screenshot(name: string, fullPage = false): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage });
    return path;
  }
}

export interface StaticFile {
  body: string | Buffer;
  type: string;
}

export interface StaticSite {
  /** `http://127.0.0.1:<port>`: another origin than the app's. */
  url: string;
  close(): Promise<void>;
}

/**
 * A plain web server for pages that are not the app's (a blog post, a slide deck), so that an
 * embed is tried on another origin, as it will be used. `files` maps URL paths to file contents.
 */
export function serveFiles(files: ReadonlyMap<string, StaticFile>): Promise<StaticSite> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    response.end(file?.body ?? 'not found');
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
