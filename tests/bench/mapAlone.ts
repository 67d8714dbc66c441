/**
 * The map's benchmarks alone, for trying a change to the map or the panels in a few minutes
 * rather than `pnpm bench`'s eleven: first `idle` on `/` against bare MapLibre (real data), and
 * the map and app steps at the given synthetic sizes. Prints the figures as JSON; writes no report.
 * Build first (`pnpm build`), then from tests/:
 *
 *   tsx bench/mapAlone.ts [--loads=3] [--sizes=100000] [--steps=30] [--playback-ms=0]
 *
 * `--loads=0` skips the first idle; playback is not measured unless asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser';
import { startServer } from '../support/server';
import { serveBareMap } from './bareMap';
import { measureFirstIdle } from './firstIdle';
import { measureMap } from './map';
import { startTimedServer } from './process';
import { writeSyntheticDataset } from './synthetic';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const loads = Number(option('loads', '3'));
const sizes = option('sizes', '100000').split(',').filter(Boolean).map(Number);
const steps = Number(option('steps', '30'));
const playbackMs = Number(option('playback-ms', '0'));

const browser = await launchBrowser();
try {
  if (loads > 0) {
    const server = await startServer();
    try {
      const firstIdle = await measureFirstIdle(browser, server.url, loads);
      console.log(JSON.stringify({ firstIdle }));
    } finally {
      await server.stop();
    }
  }
  const root = mkdtempSync(join(tmpdir(), 'thaw-bench-map-'));
  const bareMap = await serveBareMap();
  try {
    for (const events of sizes) {
      const running = await startTimedServer(writeSyntheticDataset(root, events));
      try {
        const options = { loads: 1, steps, stepBudgetMs: 20_000, playbackMs };
        const map = await measureMap(browser, running.server.url, bareMap, events, options);
        console.log(JSON.stringify({ map }));
      } finally {
        await running.server.stop();
      }
    }
  } finally {
    await bareMap.close();
    rmSync(root, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
