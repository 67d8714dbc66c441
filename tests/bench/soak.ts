/**
 * A long run of mixed traffic (issue #7): many connections over every kind of endpoint, chart
 * images included; there must be no errors and no non-2xx answer, and memory must settle: the
 * server's RSS at the end within 20% of its RSS after the warm-up.
 */
import type { RunningServer } from '../support/server';
import { type LoadFigures, load } from './api';
import { rssMb } from './process';
import { round } from './stats';

export const RSS_TOLERANCE = 0.2;

/** What readers, decks and notebooks ask for, PNG charts of several sizes and themes included. */
const MIX = [
  { path: '/api/events', headers: { 'accept-encoding': 'br, gzip' } },
  { path: '/api/events?countries=HU&from=1956-10&to=1956-11' },
  { path: '/api/events?format=geojson&countries=PL', headers: { 'accept-encoding': 'gzip' } },
  { path: '/api/events?format=csv&categories=protest' },
  { path: '/api/leaders?at=1956-11-04' },
  { path: '/api/stats/yearly?countries=SU,PL' },
  { path: '/api/countries' },
  { path: '/api/sources' },
  { path: '/api/borders', headers: { 'accept-encoding': 'br' } },
  { path: '/api/charts/events-by-year.png' },
  { path: '/api/charts/timeline.png?countries=HU&from=1956&to=1957&theme=dark' },
  { path: '/api/charts/leaders.png?scale=2&width=960&height=540' },
  { path: '/api/charts/events-by-year.svg?countries=PL' },
  { path: '/healthz' },
].map(({ path, headers }) => ({ method: 'GET' as const, path, headers }));

export interface SoakFigures extends LoadFigures {
  connections: number;
  durationS: number;
  endpoints: number;
  rssAfterWarmupMb: number;
  rssAtEndMb: number;
  /** RSS at the end over RSS after the warm-up, minus one. */
  rssGrowth: number;
}

export async function soak(
  server: RunningServer,
  { connections, durationS, warmupS }: { connections: number; durationS: number; warmupS: number },
): Promise<SoakFigures> {
  await load(server.url, { connections, durationS: warmupS, requests: MIX });
  const rssAfterWarmupMb = rssMb(server.process.pid);
  const figures = await load(server.url, { connections, durationS, requests: MIX });
  const rssAtEndMb = rssMb(server.process.pid);
  return {
    ...figures,
    connections,
    durationS,
    endpoints: MIX.length,
    rssAfterWarmupMb,
    rssAtEndMb,
    rssGrowth: round(rssAtEndMb / rssAfterWarmupMb - 1, 3),
  };
}
