/**
 * How the server's cost grows with the data: synthetic datasets loaded by the real server
 * (THAW_DATA_DIR), its start time and memory, and `/api/events` latency for the full dump and for
 * filtered queries. Each measured request has a URL the server has not answered before, so the
 * response cache never answers for the query it times.
 */
import { getOk } from './http';
import { rssMb, startTimedServer, type TimedServer } from './process';
import { median, percentile, round } from './stats';

export interface ScaleFigures {
  events: number;
  /** Spawn to "listening on", median of the starts. */
  startMs: number;
  rssAfterStartMb: number;
  /** The whole dump as JSON, never asked before (serialized anew), median. */
  fullMs: number;
  fullMb: number;
  /** One country, one month, never asked before, median and 99th percentile. */
  filteredP50Ms: number;
  filteredP99Ms: number;
  rssAfterQueriesMb: number;
}

export interface ScaleOptions {
  starts: number;
  fullRequests: number;
  filteredRequests: number;
}

/** Measures one dataset; resolves with the figures and the last server, still running. */
export async function measureScale(
  dataDir: string,
  events: number,
  { starts, fullRequests, filteredRequests }: ScaleOptions,
): Promise<{ figures: ScaleFigures; running: TimedServer }> {
  const startTimes: number[] = [];
  let running: TimedServer | undefined;
  for (let i = 0; i < starts; i++) {
    await running?.server.stop();
    running = await startTimedServer(dataDir);
    startTimes.push(running.startMs);
  }
  if (!running) throw new Error('starts must be at least 1');
  const { url, process: child } = running.server;
  const rssAfterStartMb = rssMb(child.pid);

  // Warm-up on Poland, so that the timed (Hungarian) queries are new to the cache.
  for (let i = 0; i < 10; i++) await getOk(`${url}/api/events?countries=PL&${monthSpan(i)}`);

  const filtered: number[] = [];
  for (let i = 0; i < filteredRequests; i++) {
    filtered.push((await getOk(`${url}/api/events?countries=HU&${monthSpan(i)}`)).ms);
  }
  const full: number[] = [];
  let fullBytes = 0;
  for (let i = 0; i < fullRequests; i++) {
    // An ignored parameter gives the same query a URL the response cache has not seen.
    const response = await getOk(`${url}/api/events?bench-run=${i}`);
    full.push(response.ms);
    fullBytes = response.body.length;
  }
  return {
    figures: {
      events,
      startMs: round(median(startTimes), 0),
      rssAfterStartMb,
      fullMs: round(median(full)),
      fullMb: round(fullBytes / 1e6, 1),
      filteredP50Ms: round(median(filtered), 2),
      filteredP99Ms: round(percentile(filtered, 99), 2),
      rssAfterQueriesMb: rssMb(child.pid),
    },
    running,
  };
}

const FIRST_YEAR = 1953;
const MONTHS = 16 * 12;

/** `from=…&to=…` for one month of the period, spread so that consecutive calls differ. */
function monthSpan(i: number): string {
  const month = (i * 37) % MONTHS;
  const key = `${FIRST_YEAR + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  return `from=${key}&to=${key}`;
}
