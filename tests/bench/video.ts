/**
 * "Export video" timed as a reader runs it: 16 months at 1280×720 as MP4 (H.264) from the
 * explorer, from the click on Export to the download, in headless Chromium (the map drawn by
 * SwiftShader, H.264 encoded in software): the slow case, where a laptop's GPU is faster.
 */
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { LAPTOP } from '../support/browser';
import { median, round } from './stats';

/** What a laptop user should wait at most for a year and a third of the map as a video. */
export const VIDEO_GOAL_S = 30;

export interface VideoFigures {
  /** When it was measured (`pnpm bench --only video` measures it apart from the full run). */
  date: string;
  runs: number;
  months: number;
  frames: number;
  size: string;
  /** Median of the runs, click to download. */
  seconds: number;
  /** Output frames a second, at that median. */
  framesPerSecond: number;
  bytes: number;
  /** The 1-minute load average when the runs ended: other work on the machine slows them. */
  load: number;
}

const MONTHS = 16;
const FRAMES = MONTHS * 6;

export async function measureVideoExport(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<VideoFigures> {
  const context = await browser.newContext(LAPTOP);
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?date=1956-06`);
    await page
      .locator('[data-testid="map"][data-idle="true"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      await page.getByRole('button', { name: 'Export video' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export video' });
      await dialog.getByLabel('From month').fill('1956-01');
      await dialog.getByLabel('To month').fill('1957-04');
      await dialog.getByLabel('Speed').selectOption({ label: '2 months a second' });
      await dialog.getByLabel('Size').selectOption({ label: '1280 × 720 (HD)' });
      await dialog.getByLabel('MP4 (H.264)').check();
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 300_000 }),
        dialog.getByRole('button', { name: 'Export' }).click(),
      ]);
      times.push(performance.now() - started);
      bytes = statSync(await download.path()).size;
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
    const seconds = median(times) / 1000;
    return {
      date: new Date().toISOString(),
      runs,
      months: MONTHS,
      frames: FRAMES,
      size: '1280×720',
      seconds: round(seconds, 1),
      framesPerSecond: round(FRAMES / seconds, 1),
      bytes,
      load: round(loadavg()[0] ?? 0, 1),
    };
  } finally {
    await context.close();
  }
}
