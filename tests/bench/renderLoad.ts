/**
 * Load no cache absorbs: thousands of chart PNGs, each never asked for before, at 100
 * connections, while a few clients keep reading the data endpoints. The renderer's queue is
 * bounded, so the server must answer the charts it can and refuse the rest with 503 and
 * Retry-After, keep the data endpoints fast, and keep its memory level.
 */
import { CHART_IDS } from '@thaw/charts';
import autocannon from 'autocannon';
import { startServer } from '../support/server';
import { getOk } from './http';
import { rssMb } from './process';
import { round } from './stats';

const DATA_PATHS = [
  '/api/events?countries=HU&from=1956-10&to=1956-11',
  '/api/leaders?at=1956-11-04',
  '/api/stats/yearly',
];

export const DATA_P99_GOAL_MS = 10;
export const RENDER_RSS_TOLERANCE = 0.2;

export interface RenderLoadFigures {
  uniqueCharts: number;
  connections: number;
  drawn: number;
  refused: number;
  /** Answers other than 200 and 503, and transport errors: there must be none. */
  failures: number;
  /** Whether every 503 carried Retry-After. */
  retryAfterOnEvery503: boolean;
  durationS: number;
  dataRequests: number;
  dataP50Ms: number;
  dataP99Ms: number;
  rssAfterFirst500Mb: number;
  rssAtEndMb: number;
  /** RSS at the end over RSS after the first 500 answers, minus one. */
  rssGrowth: number;
}

export async function measureRenderLoad({
  uniqueCharts,
  connections,
}: {
  uniqueCharts: number;
  connections: number;
}): Promise<RenderLoadFigures> {
  // A server of its own: its caches hold none of these charts, and its memory is its own.
  const server = await startServer();
  try {
    // The render worker started and every chart drawn once, so that "after the first 500"
    // measures a working server rather than one still loading its code.
    for (const chart of CHART_IDS)
      await getOk(`${server.url}/api/charts/${chart}.png?width=640&height=360`);
    let next = 0;
    let answered = 0;
    let drawn = 0;
    let refused = 0;
    let failures = 0;
    let rssAfterFirst500Mb = 0;
    const started = performance.now();
    const flood = running({
      url: server.url,
      connections,
      amount: uniqueCharts,
      requests: [
        {
          method: 'GET',
          // Every request a chart no one has asked for: a title of its own.
          setupRequest: (request) => ({
            ...request,
            path: `/api/charts/events-by-year.png?width=640&height=360&title=Chart+${next++}`,
          }),
        },
      ],
    });
    // autocannon reports each status but not the headers: sampleRefusals reads those.
    flood.instance.on('response', (_client, status) => {
      answered++;
      if (status === 200) drawn++;
      else if (status === 503) refused++;
      else failures++;
      if (answered === 500) rssAfterFirst500Mb = rssMb(server.process.pid);
    });
    const readers = running({
      url: server.url,
      connections: 4,
      duration: 3_600,
      requests: DATA_PATHS.map((path) => ({ method: 'GET' as const, path })),
    });
    const floodResult = await flood.done;
    const durationS = (performance.now() - started) / 1000;
    readers.instance.stop();
    const readersResult = await readers.done;
    const retryAfterOnEvery503 = await sampleRefusals(server.url);
    const rssAtEndMb = rssMb(server.process.pid);
    return {
      uniqueCharts,
      connections,
      drawn,
      refused,
      failures: failures + floodResult.errors + floodResult.timeouts,
      retryAfterOnEvery503,
      durationS: round(durationS, 1),
      dataRequests: readersResult.requests.total,
      dataP50Ms: readersResult.latency.p50,
      dataP99Ms: readersResult.latency.p99,
      rssAfterFirst500Mb,
      rssAtEndMb,
      rssGrowth: round(rssAtEndMb / rssAfterFirst500Mb - 1, 3),
    };
  } finally {
    await server.stop();
  }
}

/** An autocannon run to watch and stop while it runs, and its result. */
function running(options: autocannon.Options) {
  let settle: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const instance = autocannon(options, (error, result) => (error ? fail(error) : settle(result)));
  return { instance, done };
}

/** Fills the queue at once and reads the headers of the refusals. */
async function sampleRefusals(baseUrl: string): Promise<boolean> {
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      fetch(`${baseUrl}/api/charts/timeline.png?width=640&height=360&title=Sample+${i}`),
    ),
  );
  const refusals = answers.filter((answer) => answer.status === 503);
  await Promise.all(answers.map((answer) => answer.arrayBuffer()));
  return refusals.length > 0 && refusals.every((answer) => answer.headers.has('retry-after'));
}
