/**
 * `pnpm bench`: every benchmark on this machine, each against a baseline measured in the same
 * run: the API, the server's start, chart load no cache absorbs, the soak, the web app's bytes
 * and first load, Lighthouse, and the map at scale. Writes BENCHMARKS.md and BENCHMARKS.json at
 * the repository root. The root script builds the web app and the server first.
 *
 *   --quick         shorter runs, for development (figures not worth quoting)
 *   --only video    only the video export, its figures put into the BENCHMARKS.json there is
 *                   (the other figures stay those of their own run)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser';
import { REPO_ROOT, startServer } from '../support/server';
import { measureApi, measureChartCaching } from './api';
import { serveBareMap } from './bareMap';
import { measureFirstIdle } from './firstIdle';
import { runLighthouse } from './lighthouse';
import { describeMachine } from './machine';
import { measureMap } from './map';
import { measurePageBytes, WEIGHED_PAGES } from './pageBytes';
import { measureRenderLoad } from './renderLoad';
import { writeReports } from './report';
import type { Results } from './results';
import { measureScale } from './scale';
import { soak } from './soak';
import { measureStartup } from './startup';
import { round } from './stats';
import { writeSyntheticDataset } from './synthetic';
import { measureVideoExport } from './video';

const quick = process.argv.includes('--quick');
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
if (only !== undefined && only !== 'video') {
  console.error(`--only takes "video" (the one part run alone), not ${JSON.stringify(only)}`);
  process.exit(2);
}

/** Sized so that a full run stays well under 10 minutes on two cores. */
const SETTINGS = quick
  ? {
      api: { connections: 50, durationS: 1, warmupS: 0.5, rounds: 1 },
      cachingSamples: 5,
      firstIdleLoads: 1,
      lighthousePages: ['/'],
      soak: { connections: 100, durationS: 5, warmupS: 2 },
      scale: { starts: 1, fullRequests: 2, filteredRequests: 20 },
      map: { loads: 1, steps: 5, stepBudgetMs: 5_000, playbackMs: 1_000 },
      renderLoad: { uniqueCharts: 500, connections: 100 },
      starts: 1,
      videoRuns: 1,
    }
  : {
      api: { connections: 50, durationS: 2, warmupS: 1, rounds: 3 },
      cachingSamples: 20,
      firstIdleLoads: 3,
      lighthousePages: ['/', '/compare'],
      soak: { connections: 100, durationS: 60, warmupS: 10 },
      scale: { starts: 3, fullRequests: 5, filteredRequests: 100 },
      map: { loads: 2, steps: 100, stepBudgetMs: 10_000, playbackMs: 5_000 },
      renderLoad: { uniqueCharts: 5_000, connections: 100 },
      starts: 3,
      videoRuns: 3,
    };

/** Every dataset size gets the server figures; these also go to the browser. */
const SIZES = [100, 1_000, 10_000, 100_000];
const MAP_SIZES = [100, 10_000, 100_000];

const started = performance.now();
const progress = (what: string) =>
  console.log(`[${Math.round((performance.now() - started) / 1000)} s] ${what}`);

const results: Results = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: describeMachine(),
  loadAtEnd: 0,
  durationS: 0,
};

if (only === 'video') {
  const kept = JSON.parse(readFileSync(join(REPO_ROOT, 'BENCHMARKS.json'), 'utf8')) as Results;
  const browser = await launchBrowser();
  const server = await startServer();
  try {
    progress('video export: 16 months at 1280×720, MP4');
    kept.video = await measureVideoExport(browser, server.url, SETTINGS.videoRuns);
  } finally {
    await server.stop();
    await browser.close();
  }
  writeReports(kept, REPO_ROOT);
  progress('put the video export into BENCHMARKS.md and BENCHMARKS.json');
  process.exit(0);
}

progress('server start: the build against the sources through tsx');
results.startup = await measureStartup(SETTINGS.starts);
progress('unique chart images at 100 connections, data endpoints meanwhile');
results.renderLoad = await measureRenderLoad(SETTINGS.renderLoad);

const browser = await launchBrowser();
try {
  const server = await startServer();
  try {
    progress('API under load, against a bare node:http server');
    const chartCaching = await measureChartCaching(server.url, SETTINGS.cachingSamples);
    const endpoints = await measureApi(server.url, SETTINGS.api);
    results.api = { settings: SETTINGS.api, endpoints, chartCaching };
    progress('web app bytes');
    results.bytes = [];
    for (const page of WEIGHED_PAGES) {
      results.bytes.push(await measurePageBytes(browser, server.url, page));
    }
    progress('first idle on /, against bare MapLibre');
    results.firstIdle = await measureFirstIdle(browser, server.url, SETTINGS.firstIdleLoads);
    progress('Lighthouse');
    results.lighthouse = [];
    for (const page of SETTINGS.lighthousePages) {
      results.lighthouse.push(await runLighthouse(server.url, page));
    }
    progress('video export: 16 months at 1280×720, MP4');
    results.video = await measureVideoExport(browser, server.url, SETTINGS.videoRuns);
    progress('soak');
    results.soak = await soak(server, SETTINGS.soak);
  } finally {
    await server.stop();
  }

  results.scale = [];
  results.map = [];
  const root = mkdtempSync(join(tmpdir(), 'thaw-bench-'));
  const bareMap = await serveBareMap();
  try {
    for (const events of SIZES) {
      progress(`${events} synthetic events: server`);
      const dir = writeSyntheticDataset(root, events);
      const { figures, running } = await measureScale(dir, events, SETTINGS.scale);
      results.scale.push(figures);
      try {
        if (MAP_SIZES.includes(events)) {
          progress(`${events} synthetic events: map`);
          results.map.push(
            await measureMap(browser, running.server.url, bareMap, events, SETTINGS.map),
          );
        }
      } finally {
        await running.server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await bareMap.close();
    rmSync(root, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

results.loadAtEnd = round(loadavg()[0] ?? 0, 2);
results.durationS = round((performance.now() - started) / 1000, 0);
writeReports(results, REPO_ROOT);
progress('wrote BENCHMARKS.md and BENCHMARKS.json');
