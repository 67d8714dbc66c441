/**
 * "Export video" as a reader uses it, in headless Chromium: the dialog driven by its labels, the
 * file caught as a download and read with Debian's ffprobe and ffmpeg (container, codec, size,
 * frame count, duration, frames of two months compared), the GIF decoded, the WebM fallback
 * where a browser has no H.264 encoder, a story's steps, a range that runs backwards, and Cancel.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { ARTIFACTS, Atlas, LAPTOP, useBrowser, watchErrors } from '../support/browser';
import { pngPixels, pngSize } from '../support/png';

const OUT = join(ARTIFACTS, 'video');
/** The app's frame rate (web/src/video/videoPlan.ts). */
const FPS = 12;

interface Probe {
  streams: {
    codec_name: string;
    width: number;
    height: number;
    nb_read_frames: string;
  }[];
  format: { format_name: string; duration: string };
}

function probe(path: string): Probe {
  const json = execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_streams', '-show_format', '-count_frames', '-of', 'json', path],
    { encoding: 'utf8' },
  );
  return JSON.parse(json) as Probe;
}

/** The frame shown at `seconds`, as RGBA pixels. */
function frameAt(video: string, seconds: number, name: string) {
  const path = join(OUT, `${name}.png`);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-ss',
    String(seconds),
    '-i',
    video,
    '-frames:v',
    '1',
    '-pix_fmt',
    'rgba',
    path,
  ]);
  const png = readFileSync(path);
  return { ...pngSize(png), pixels: pngPixels(png) };
}

type Frame = ReturnType<typeof frameAt>;

/** Pixels of a box that differ between two frames by more than codec noise. */
function differing(
  a: Frame,
  b: Frame,
  box: { x: number; y: number; width: number; height: number },
) {
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const at = (y * a.width + x) * 4;
      let gap = 0;
      for (let channel = 0; channel < 3; channel++) {
        gap = Math.max(
          gap,
          Math.abs((a.pixels[at + channel] ?? 0) - (b.pixels[at + channel] ?? 0)),
        );
      }
      if (gap > 40) count++;
    }
  }
  return count;
}

/** The frame's map box at 1280×720 (web/src/map/mapImage.ts `frameLayout`, without a caption). */
const MAP_720 = { x: 24, y: 78, width: 1232, height: 548 };

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Export video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  await dialog.waitFor();
  return dialog;
}

async function exportFile(page: Page, name: string): Promise<{ path: string; filename: string }> {
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 240_000 }),
    dialog.getByRole('button', { name: 'Export' }).click(),
  ]);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}-${download.suggestedFilename()}`);
  rmSync(path, { force: true });
  await download.saveAs(path);
  return { path, filename: download.suggestedFilename() };
}

describe('export video', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('exports 16 months at 1280×720 as an MP4 (H.264) whose months differ where their events do', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-06');
    const errors = watchErrors(atlas.page);
    await atlas.mapIdle();
    // The dialog's code, the encoders and the muxer come from the app's own host, and nothing else.
    const elsewhere: string[] = [];
    const origin = new URL(baseUrl).origin;
    atlas.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url());
    });
    const dialog = await openDialog(atlas.page);
    await dialog.getByLabel('From month').fill('1956-01');
    await dialog.getByLabel('To month').fill('1957-04');
    await dialog.getByLabel('Speed').selectOption({ label: '2 months a second' });
    await dialog.getByLabel('Size').selectOption({ label: '1280 × 720 (HD)' });
    await expect.poll(() => dialog.getByLabel('MP4 (H.264)').isChecked()).toBe(true);
    const started = performance.now();
    const { path, filename } = await exportFile(atlas.page, 'explorer');
    const seconds = (performance.now() - started) / 1000;
    expect(filename).toBe('thaw-atlas-1956-01-to-1957-04.mp4');
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('96 frames');

    const { streams, format } = probe(path);
    expect(format.format_name).toContain('mp4');
    expect(streams).toHaveLength(1);
    const [video] = streams;
    expect(video?.codec_name).toBe('h264');
    expect([video?.width, video?.height]).toEqual([1280, 720]);
    // 16 months, 6 frames each at 2 months a second.
    expect(Number(video?.nb_read_frames)).toBe(16 * 6);
    expect(Number(format.duration)).toBeCloseTo(8, 1);

    // The middle frame of February 1956 (nothing in Hungary yet) and of October 1956.
    const february = frameAt(path, (1 * 6 + 3) / FPS, 'february-1956');
    const october = frameAt(path, (9 * 6 + 3) / FPS, 'october-1956');
    const octoberAgain = frameAt(path, (9 * 6 + 5) / FPS, 'october-1956-later');
    expect([october.width, october.height]).toEqual([1280, 720]);
    // They differ where the events do, and only there: around Budapest (the uprising, with the
    // laptop's frame of the three countries this is where it lies), not over Western Europe,
    // where none of the three countries' events are; the map around them is the same picture.
    const changed = differing(february, october, MAP_720);
    expect(changed).toBeGreaterThan(500);
    expect(changed).toBeLessThan(0.05 * MAP_720.width * MAP_720.height);
    expect(differing(february, october, { x: 420, y: 440, width: 80, height: 70 })).toBeGreaterThan(
      300,
    );
    expect(differing(february, october, { x: 30, y: 80, width: 220, height: 520 })).toBe(0);
    // A month is held: its frames are one picture (up to the codec's noise).
    expect(differing(october, octoberAgain, MAP_720)).toBeLessThan(50);
    // The title names the month: the header differs too.
    expect(differing(february, october, { x: 24, y: 20, width: 500, height: 40 })).toBeGreaterThan(
      50,
    );
    expect(errors.uncaught).toEqual([]);
    expect(elsewhere).toEqual([]);
    // The map the frames were drawn on was a picture's: the page's own map is still the one read.
    const pageMapRead = await atlas.page.evaluate(() => {
      const page = window as unknown as { __thawMap: { map: { getContainer(): HTMLElement } } };
      const box = page.__thawMap.map.getContainer();
      return box.isConnected && box.closest('.video-stage') === null;
    });
    expect(pageMapRead).toBe(true);
    console.log(`16 months at 1280×720 exported in ${seconds.toFixed(1)} s`);
    await atlas.close();
  });

  it('makes a GIF that decodes, a frame a month, the same bytes for the same query', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU');
    await atlas.mapIdle();
    const hashes: string[] = [];
    for (const run of ['first', 'second']) {
      const dialog = await openDialog(atlas.page);
      await dialog.getByLabel('From month').fill('1956-09');
      await dialog.getByLabel('To month').fill('1956-11');
      await dialog.getByLabel('Speed').selectOption({ label: '1 month a second' });
      await dialog.getByLabel('GIF (for tools that take only images)').check();
      const { path, filename } = await exportFile(atlas.page, `gif-${run}`);
      expect(filename).toBe('thaw-atlas-1956-09-to-1956-11.gif');
      const { streams, format } = probe(path);
      expect(format.format_name).toBe('gif');
      expect(streams[0]?.codec_name).toBe('gif');
      expect([streams[0]?.width, streams[0]?.height]).toEqual([1280, 720]);
      expect(Number(streams[0]?.nb_read_frames)).toBe(3);
      expect(Number(format.duration)).toBeCloseTo(3, 1);
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain('3 frames, 3 s');
      hashes.push(createHash('sha256').update(readFileSync(path)).digest('hex'));
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    }
    expect(hashes[0]).toBe(hashes[1]);
    await atlas.close();
  });

  it('falls back to WebM (VP9) where the browser cannot encode H.264', async () => {
    const context = await browser().newContext(LAPTOP);
    await context.addInitScript(() => {
      const original = VideoEncoder.isConfigSupported.bind(VideoEncoder);
      VideoEncoder.isConfigSupported = (config) =>
        config.codec.startsWith('avc1')
          ? Promise.resolve({ supported: false, config })
          : original(config);
    });
    const atlas = new Atlas(await context.newPage(), baseUrl);
    await atlas.open('/?date=1968-08');
    await atlas.mapIdle();
    const dialog = await openDialog(atlas.page);
    await dialog.getByLabel('From month').fill('1968-07');
    await dialog.getByLabel('To month').fill('1968-08');
    await dialog.getByLabel('Speed').selectOption({ label: '4 months a second' });
    await dialog.getByLabel('Size').selectOption({ label: '1080 × 1080 (square)' });
    await expect.poll(() => dialog.getByLabel('WebM (VP9)').isChecked()).toBe(true);
    const { path, filename } = await exportFile(atlas.page, 'webm');
    expect(filename).toBe('thaw-atlas-1968-07-to-1968-08.webm');
    const { streams, format } = probe(path);
    expect(format.format_name).toContain('webm');
    expect(streams[0]?.codec_name).toBe('vp9');
    expect([streams[0]?.width, streams[0]?.height]).toEqual([1080, 1080]);
    expect(Number(streams[0]?.nb_read_frames)).toBe(2 * 3);
    expect(Number(format.duration)).toBeCloseTo(0.5, 1);
    await atlas.close();
  });

  it("exports a story's steps, each with its caption, for its seconds", async () => {
    const context = await browser().newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(new URL('/story/1956/6', baseUrl).href);
    const dialog = await openDialog(page);
    // Steps 6 and 7 of 1956 are both October 1956 on the map.
    await expect.poll(() => dialog.getByLabel('From step').inputValue()).toBe('5');
    await dialog.getByLabel('To step').selectOption({ index: 6 });
    await dialog.getByLabel('Each step').selectOption({ label: '2 seconds' });
    const { path, filename } = await exportFile(page, 'story');
    expect(filename).toBe('thaw-atlas-1956-steps-6-to-7.mp4');
    const { streams, format } = probe(path);
    expect(streams[0]?.codec_name).toBe('h264');
    expect(Number(streams[0]?.nb_read_frames)).toBe(2 * 2 * FPS);
    expect(Number(format.duration)).toBeCloseTo(4, 1);
    // Each step's caption is written under its title: the caption's lines differ between them.
    expect(
      differing(
        frameAt(path, 0.5, 'story-step-6-early'),
        frameAt(path, 2.5, 'story-step-7-early'),
        { x: 24, y: 76, width: 1232, height: 84 },
      ),
    ).toBeGreaterThan(500);
    // Two steps of one month at other frames and events: their pictures differ.
    const first = frameAt(path, 1, 'story-step-6');
    const second = frameAt(path, 3, 'story-step-7');
    expect(differing(first, second, { x: 24, y: 0, width: 1232, height: 720 })).toBeGreaterThan(
      500,
    );
    await context.close();
  });

  it('cancels an export: no file, the dialog back to its form', async () => {
    // Without the page's CSP, which would refuse axe's injected script.
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1960-01', { bypassCSP: true });
    await atlas.mapIdle();
    const dialog = await openDialog(atlas.page);
    // The dialog opens with the focus inside it, and nothing in it fails axe.
    await expect
      .poll(() => atlas.page.evaluate(() => document.activeElement?.closest('dialog') !== null))
      .toBe(true);
    expect(await seriousViolations(atlas.page)).toEqual([]);
    mkdirSync(OUT, { recursive: true });
    await atlas.page.screenshot({ path: join(OUT, 'dialog.png') });
    // A range that runs backwards is refused with a message, and nothing starts.
    await dialog.getByLabel('From month').fill('1957-01');
    await dialog.getByLabel('To month').fill('1956-01');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('The last month is before the first.');
    await dialog.getByLabel('From month').fill('1953-01');
    await dialog.getByLabel('To month').fill('1968-12');
    await dialog.getByLabel('Speed').selectOption({ label: '0.5 months a second' });
    let downloads = 0;
    atlas.page.on('download', () => downloads++);
    await dialog.getByRole('button', { name: 'Export' }).click();
    const progress = dialog.getByRole('status');
    await expect
      .poll(() => progress.textContent(), { timeout: 60_000 })
      .toMatch(/Frame [1-9]\d* of 4608 · about/);
    const cancelled = performance.now();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The encoder is closed first; on a machine busy with other work that may take a while.
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 })
      .toBe('Export cancelled: no file was made.');
    console.log(`cancelled in ${Math.round(performance.now() - cancelled)} ms`);
    expect(await dialog.getByRole('button', { name: 'Export' }).isEnabled()).toBe(true);
    expect(await dialog.getByLabel('From month').isEnabled()).toBe(true);
    expect(await atlas.page.locator('.video-stage').count()).toBe(0);
    // Esc closes the dialog, and the focus returns to its button.
    await atlas.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => atlas.page.evaluate(() => document.activeElement?.textContent))
      .toBe('Export video');
    expect(downloads).toBe(0);
    await atlas.close();
  });
});
