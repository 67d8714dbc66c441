/**
 * The compiled server against the same server run from its TypeScript sources through tsx (as
 * `pnpm start` ran it before it was compiled), in the same run: time from spawn to the
 * "listening on" line and resident memory once listening, alternating the two.
 */
import { startServer } from '../support/server';
import { rssMb } from './process';
import { median, ratio, round } from './stats';

export interface StartupFigures {
  starts: number;
  build: { startMs: number; rssMb: number };
  source: { startMs: number; rssMb: number };
  /** Build over source. */
  startRatio: number;
  rssRatio: number;
}

export async function measureStartup(starts: number): Promise<StartupFigures> {
  const samples = { build: [] as [number, number][], source: [] as [number, number][] };
  for (let i = 0; i < starts; i++) {
    for (const from of ['source', 'build'] as const) {
      const spawned = performance.now();
      const server = await startServer({ from });
      const startMs = performance.now() - spawned;
      samples[from].push([startMs, rssMb(server.process.pid)]);
      await server.stop();
    }
  }
  const summary = (runs: [number, number][]) => ({
    startMs: round(median(runs.map(([ms]) => ms)), 0),
    rssMb: median(runs.map(([, rss]) => rss)),
  });
  const build = summary(samples.build);
  const source = summary(samples.source);
  return {
    starts,
    build,
    source,
    startRatio: ratio(build.startMs, source.startMs),
    rssRatio: ratio(build.rssMb, source.rssMb),
  };
}
