/** BENCHMARKS.md (for people) and BENCHMARKS.json (for tools) from one run's results. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_GOAL } from './api';
import { FIRST_IDLE_GOAL } from './firstIdle';
import { LIGHTHOUSE_GOAL } from './lighthouse';
import { STEP_FRAME_GOAL, STEP_GOAL_MS, STEP_GROWTH_GOAL } from './map';
import { BUDGETS, isMapLibre, type PageBytes } from './pageBytes';
import { DATA_P99_GOAL_MS, RENDER_RSS_TOLERANCE } from './renderLoad';
import type { Results } from './results';
import { RSS_TOLERANCE } from './soak';
import { ratio } from './stats';
import { VIDEO_GOAL_S } from './video';

interface Goal {
  goal: string;
  figure: string;
  met: boolean;
}

export function writeReports(results: Results, dir: string): void {
  writeFileSync(join(dir, 'BENCHMARKS.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'BENCHMARKS.md'), markdown(results));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value} ms`;
const yes = (met: boolean) => (met ? 'yes' : '**no**');

/** A Markdown table with its columns padded as Biome formats them (`pnpm lint` checks this file). */
function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const length = (text: string) => [...text].length;
  const widths = header.map((_, column) =>
    Math.max(3, ...cells.map((row) => length(row[column] ?? ''))),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - length(cell))).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

function goals(results: Results): Goal[] {
  const list: Goal[] = [];
  const { api, scale, map, bytes, firstIdle, soak, lighthouse, renderLoad, video } = results;
  if (api) {
    const json = api.endpoints.filter((endpoint) => endpoint.json);
    const worst = json.reduce((low, endpoint) => (endpoint.ratio < low.ratio ? endpoint : low));
    list.push({
      goal: `JSON endpoints ≥ ${JSON_GOAL}× the bare server's throughput`,
      figure: `lowest ${worst.ratio}× (${worst.name})`,
      met: worst.ratio >= JSON_GOAL,
    });
    const { chartCaching: caching } = api;
    list.push({
      goal: 'chart PNG rasterized once per query',
      figure: `again ${caching.sameChartOtherUrlP50Ms} ms vs rasterizing ${caching.rasterizeMs} ms`,
      met: !caching.rasterizedAgain && caching.sameBytes,
    });
  }
  const largest = scale?.at(-1);
  if (largest) {
    list.push({
      goal: `start < 3 s at ${largest.events} events`,
      figure: ms(largest.startMs),
      met: largest.startMs < 3000,
    });
    list.push({
      goal: `filtered /api/events p50 < 5 ms at ${largest.events} events`,
      figure: ms(largest.filteredP50Ms),
      met: largest.filteredP50Ms < 5,
    });
  }
  const [fewest, most] = [map?.[0], map?.at(-1)];
  if (fewest && most) {
    list.push({
      goal: `map step < ${STEP_GOAL_MS} ms of main-thread script at ${most.events} events`,
      figure: ms(most.mapStep.scriptMs),
      met: most.mapStep.scriptMs < STEP_GOAL_MS,
    });
    const growth = ratio(most.mapStep.scriptMs, fewest.mapStep.scriptMs);
    list.push({
      goal: `map step's script at ${most.events} events ≤ ${STEP_GROWTH_GOAL}× at ${fewest.events}`,
      figure: `${growth}× (${ms(fewest.mapStep.scriptMs)} → ${ms(most.mapStep.scriptMs)})`,
      met: growth <= STEP_GROWTH_GOAL,
    });
    const frames = ratio(most.mapStep.mainThreadMs, most.bareRepaint.mainThreadMs);
    list.push({
      goal: `map step's whole main-thread time at ${most.events} events ≤ ${STEP_FRAME_GOAL}× a bare MapLibre frame of the same events`,
      figure: `${frames}× (${ms(most.mapStep.mainThreadMs)} vs ${ms(most.bareRepaint.mainThreadMs)})`,
      met: frames <= STEP_FRAME_GOAL,
    });
  }
  const explorer = bytes?.find((page) => page.page === '/');
  if (explorer) {
    list.push({
      goal: `\`/\` ≤ ${kb(BUDGETS.explorerMainGzip)} gzip on the main thread`,
      figure: `${kb(explorer.main.gzip)} (+ ${kb(explorer.workers.gzip)} MapLibre worker)`,
      met: explorer.main.gzip <= BUDGETS.explorerMainGzip,
    });
  }
  for (const embed of bytes?.filter((page) => page.page.startsWith('/embed/')) ?? []) {
    list.push({
      goal: `\`${embed.page}\` ≤ ${kb(BUDGETS.chartEmbedGzip)} gzip, without MapLibre`,
      figure: `${kb(embed.total.gzip)}, MapLibre ${embed.assets.some(isMapLibre) ? 'loaded' : 'absent'}`,
      met: embed.total.gzip <= BUDGETS.chartEmbedGzip && !embed.assets.some(isMapLibre),
    });
  }
  if (firstIdle) {
    list.push({
      goal: `first idle on \`/\` ≤ ${FIRST_IDLE_GOAL}× a bare MapLibre page`,
      figure: `${firstIdle.ratio}×`,
      met: firstIdle.ratio <= FIRST_IDLE_GOAL,
    });
  }
  if (soak) {
    list.push({
      goal: 'soak: no errors, no non-2xx',
      figure: `${soak.errors} errors, ${soak.non2xx} non-2xx`,
      met: soak.errors === 0 && soak.non2xx === 0,
    });
    list.push({
      goal: `soak: RSS at the end within ${RSS_TOLERANCE * 100}% of after warm-up`,
      figure: `${soak.rssAfterWarmupMb} → ${soak.rssAtEndMb} MB`,
      met: Math.abs(soak.rssGrowth) <= RSS_TOLERANCE,
    });
  }
  if (renderLoad) {
    list.push({
      goal: `${renderLoad.uniqueCharts} unique chart PNGs: no failure but 503 with Retry-After`,
      figure: `${renderLoad.drawn} drawn, ${renderLoad.refused} refused, ${renderLoad.failures} failed`,
      met: renderLoad.failures === 0 && renderLoad.retryAfterOnEvery503,
    });
    list.push({
      goal: `meanwhile, data endpoints p99 ≤ ${DATA_P99_GOAL_MS} ms`,
      figure: ms(renderLoad.dataP99Ms),
      met: renderLoad.dataP99Ms <= DATA_P99_GOAL_MS,
    });
    list.push({
      goal: `meanwhile, RSS at the end within ${RENDER_RSS_TOLERANCE * 100}% of after the first 500`,
      figure: `${renderLoad.rssAfterFirst500Mb} → ${renderLoad.rssAtEndMb} MB`,
      met: Math.abs(renderLoad.rssGrowth) <= RENDER_RSS_TOLERANCE,
    });
  }
  for (const page of lighthouse ?? []) {
    list.push({
      goal: `Lighthouse on \`${page.page}\`: accessibility and best practices ≥ ${LIGHTHOUSE_GOAL}`,
      figure: `${page.accessibility} and ${page.bestPractices}`,
      met: page.accessibility >= LIGHTHOUSE_GOAL && page.bestPractices >= LIGHTHOUSE_GOAL,
    });
  }
  if (video) {
    list.push({
      goal: `video export, ${video.months} months at ${video.size} (MP4), ≤ ${VIDEO_GOAL_S} s`,
      figure: `${video.seconds} s`,
      met: video.seconds <= VIDEO_GOAL_S,
    });
  }
  return list;
}

function markdown(results: Results): string {
  const { machine } = results;
  const busy = Math.max(machine.loadAtStart, results.loadAtEnd) > machine.cores;
  const sections = [
    '# Benchmarks',
    [
      `Written by \`pnpm bench\` (tests/bench/) on ${results.date.slice(0, 16).replace('T', ' ')} UTC`,
      `in ${Math.round(results.durationS)} s${results.mode === 'quick' ? ' (a **quick** run: shortened, not worth quoting)' : ''}.`,
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, Node ${machine.node}.`,
      `Load average (1 min): ${machine.loadAtStart} at the start, ${results.loadAtEnd} at the end`,
      busy
        ? '— more than the cores: other work ran on the machine and slowed the absolute figures.'
        : '.',
      'Each figure is measured against a baseline in the same run, alternating the two where it',
      'can, so the ratios hold better than the absolute figures on a shared machine.',
    ].join(' '),
    '## Goals',
    table(
      ['goal', 'figure', 'met'],
      goals(results).map((goal) => [goal.goal, goal.figure, yes(goal.met)]),
    ),
  ];
  if (results.api) sections.push(...apiSection(results.api));
  if (results.scale) sections.push(...scaleSection(results.scale));
  if (results.map) sections.push(...mapSection(results.map));
  if (results.bytes) sections.push(...bytesSection(results.bytes));
  if (results.firstIdle) {
    const { appMs, bareMs, ratio: times, loads, appEventsInMs, bareEventsInMs } = results.firstIdle;
    sections.push(
      '## First idle on `/` against bare MapLibre',
      `Navigation to the map's first \`idle\`, median of ${loads} loads each, alternated, nothing cached: the app ${ms(appMs)}, a bare MapLibre page with the same borders and events in a box of the same size (tests/bench/bare-map) ${ms(bareMs)}: **${times}×**. The events had arrived at ${ms(appEventsInMs)} in the app and ${ms(bareEventsInMs)} in the bare page; the map took ${ms(appMs - appEventsInMs)} and ${ms(bareMs - bareEventsInMs)} after that.`,
    );
  }
  if (results.video) {
    const video = results.video;
    sections.push(
      '## Video export',
      `"Export video" on the explorer, ${video.months} months at ${video.size} as MP4 (H.264), ${video.frames} frames at 12 a second, from the click on Export to the download, median of ${video.runs} runs in headless Chromium (the map drawn by SwiftShader, H.264 encoded in software), measured ${video.date.slice(0, 10)} (load average ${video.load} at the end): **${video.seconds} s**, ${video.framesPerSecond} frames a second, a file of ${kb(video.bytes)}.`,
    );
  }
  if (results.soak) {
    const soak = results.soak;
    sections.push(
      '## Soak',
      `autocannon, ${soak.connections} connections for ${soak.durationS} s after a warm-up, cycling through ${soak.endpoints} endpoints (PNG and SVG charts, every data endpoint, compressed and not): ${soak.requestsPerSecond} req/s, p50 ${ms(soak.p50Ms)}, p99 ${ms(soak.p99Ms)}, ${soak.errors} errors, ${soak.non2xx} non-2xx. Server RSS ${soak.rssAfterWarmupMb} MB after the warm-up, ${soak.rssAtEndMb} MB at the end (${(soak.rssGrowth * 100).toFixed(1)}%).`,
    );
  }
  if (results.startup) {
    const { starts, build, source, startRatio, rssRatio } = results.startup;
    sections.push(
      '## Server start: compiled against TypeScript through tsx',
      `Spawn to the "listening on" line and RSS once listening, the real datasets, median of ${starts} starts each, alternated: the build (\`node server/dist/start.js\`, what \`pnpm start\` runs) ${ms(build.startMs)} and ${build.rssMb} MB; the same server from its sources through tsx (what \`pnpm start\` ran before) ${ms(source.startMs)} and ${source.rssMb} MB: **${startRatio}×** the time and **${rssRatio}×** the memory.`,
    );
  }
  if (results.renderLoad) {
    const load = results.renderLoad;
    sections.push(
      '## Chart load no cache absorbs',
      `A server of its own, every chart drawn once first; then ${load.uniqueCharts} chart PNGs each never asked for before (a title of its own) at ${load.connections} connections, while 4 connections read three data endpoints: in ${load.durationS} s, ${load.drawn} charts drawn, ${load.refused} refused with 503 (Retry-After on every one: ${load.retryAfterOnEvery503 ? 'yes' : '**no**'}), ${load.failures} failures (other statuses, errors, time-outs). Data endpoints meanwhile: ${load.dataRequests} requests, p50 ${ms(load.dataP50Ms)}, p99 ${ms(load.dataP99Ms)}. Server RSS ${load.rssAfterFirst500Mb} MB after the first 500 answers, ${load.rssAtEndMb} MB at the end (${(load.rssGrowth * 100).toFixed(1)}%).`,
    );
  }
  if (results.lighthouse) {
    sections.push(
      '## Lighthouse',
      'Lighthouse 12 (desktop preset) with Debian Chromium, headless.',
      table(
        ['page', 'accessibility', 'best practices', 'audits below full score'],
        results.lighthouse.map((page) => [
          `\`${page.page}\``,
          page.accessibility,
          page.bestPractices,
          page.failing.join('; ') || '—',
        ]),
      ),
    );
  }
  return `${sections.join('\n\n')}\n`;
}

function apiSection(api: NonNullable<Results['api']>): string[] {
  const { settings: run, chartCaching: caching } = api;
  return [
    '## API under load',
    `autocannon on loopback, ${run.connections} connections, ${run.rounds} rounds of ${run.durationS} s per server after ${run.warmupS} s of warm-up, alternating the app with a bare \`node:http\` server (its own process) that answers the same bytes with the same headers. Medians of the rounds; latency in whole ms, as autocannon records it.`,
    table(
      ['endpoint', 'bytes', 'req/s', 'p50', 'p99', 'bare req/s', 'bare p50', 'bare p99', 'ratio'],
      api.endpoints.map((endpoint) => [
        `${endpoint.name} \`${endpoint.path}\``,
        endpoint.bytes,
        endpoint.app.requestsPerSecond,
        ms(endpoint.app.p50Ms),
        ms(endpoint.app.p99Ms),
        endpoint.bare.requestsPerSecond,
        ms(endpoint.bare.p50Ms),
        ms(endpoint.bare.p99Ms),
        `${endpoint.ratio}×`,
      ]),
    ),
    `Chart PNG caching: a query never asked before took ${ms(caching.firstMs)} (SVG drawn in the worker, then rasterized); the same chart at scale 2 (SVG cached, rasterized anew) ${ms(caching.rasterizeMs)}; the same URL again ${ms(caching.repeatP50Ms)} (median); the same chart under URLs the response cache had never seen ${ms(caching.sameChartOtherUrlP50Ms)} (median), ${caching.sameBytes ? 'the same bytes' : '**different bytes**'}: ${caching.rasterizedAgain ? '**rasterized again**' : 'not rasterized again'}.`,
  ];
}

function scaleSection(scale: NonNullable<Results['scale']>): string[] {
  return [
    '## Scale',
    'Synthetic datasets (generated into a temporary folder, checked by the same loader), served by the real server with `THAW_DATA_DIR`. Start: spawn to the "listening on" line, median of the starts. Each timed request has a URL the server had not answered, so it is computed, not read from the response cache: the full dump as JSON (median), and one country for one month (`?countries=HU&from=…&to=…`, a different month each time).',
    table(
      [
        'events',
        'start',
        'RSS after start',
        'full dump',
        'size',
        'filtered p50',
        'filtered p99',
        'RSS after queries',
      ],
      scale.map((point) => [
        point.events,
        ms(point.startMs),
        `${point.rssAfterStartMb} MB`,
        ms(point.fullMs),
        `${point.fullMb} MB`,
        ms(point.filteredP50Ms),
        ms(point.filteredP99Ms),
        `${point.rssAfterQueriesMb} MB`,
      ]),
    ),
  ];
}

function mapSection(map: NonNullable<Results['map']>): string[] {
  return [
    '## Map in Chromium',
    "Headless Debian Chromium (software WebGL: SwiftShader), 1440×900, the same synthetic datasets, from January 1953 forward. A step's main-thread cost is Chromium's `TaskDuration` over the step, until the map's next `idle`, and of that its `ScriptDuration`, the JavaScript run (the page's and MapLibre's); the map step is what the page does on a new month (the events layer's uniforms and this month's place labels, called through `window.__thawMap`, which the page exposes only to the benchmark), the app step presses → on the timeline slider (React, panels and map). A repaint with nothing changed is what any frame costs here, in the app and in a bare MapLibre page drawing the same borders and events (tests/bench/bare-map), the baseline: with software WebGL and software compositing, the main thread waits while the frame is drawn and read back, a wait that grows with what is drawn and is not script. Medians; FPS while the timeline plays, with motion.",
    table(
      [
        'events',
        'first idle',
        'map step (main thread / script / to idle)',
        'app step (main thread / script)',
        'repaint',
        'bare repaint',
        'playback FPS',
        'frame p95',
      ],
      map.map((point) => [
        point.events,
        ms(point.firstIdleMs),
        `${ms(point.mapStep.mainThreadMs)} / ${ms(point.mapStep.scriptMs)} / ${ms(point.mapStep.toIdleMs)} (${point.mapStep.count} steps)`,
        `${ms(point.appStep.mainThreadMs)} / ${ms(point.appStep.scriptMs)} (${point.appStep.count} steps)`,
        ms(point.repaint.mainThreadMs),
        ms(point.bareRepaint.mainThreadMs),
        point.playbackFps,
        ms(point.playbackFrameP95Ms),
      ]),
    ),
  ];
}

function bytesSection(bytes: PageBytes[]): string[] {
  return [
    '## Web app bytes',
    "JavaScript and CSS each page loads in Chromium (`/assets/*`, lazy chunks included), weighed as the server sends them. The budgets are enforced by tests/e2e/bundle.test.ts; MapLibre's worker is counted apart (it runs off the main thread).",
    table(
      ['page', 'gzip', 'brotli', 'raw', 'worker gzip', 'files'],
      bytes.map((page) => [
        `\`${page.page}\``,
        kb(page.main.gzip),
        kb(page.main.brotli),
        kb(page.main.raw),
        page.workers.gzip > 0 ? kb(page.workers.gzip) : '—',
        page.assets.length,
      ]),
    ),
  ];
}
