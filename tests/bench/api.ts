/**
 * The API under load (autocannon on loopback) against a bare `node:http` server answering the
 * same bytes, in rounds that alternate the two so that noise on the machine hits both alike; and
 * whether chart images are drawn once per query.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { CannedAnswer } from './bare-server';
import { getOk } from './http';
import { median, percentile, ratio, round } from './stats';

export interface Endpoint {
  name: string;
  path: string;
  headers?: Record<string, string>;
  /** JSON endpoints carry the throughput goal (≥ 0.8× the bare server). */
  json: boolean;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'events, all (gzip)',
    path: '/api/events',
    headers: { 'accept-encoding': 'gzip' },
    json: true,
  },
  {
    name: 'events, HU Oct–Nov 1956',
    path: '/api/events?countries=HU&from=1956-10&to=1956-11',
    json: true,
  },
  { name: 'leaders on 1956-11-04', path: '/api/leaders?at=1956-11-04', json: true },
  { name: 'yearly stats', path: '/api/stats/yearly', json: true },
  { name: 'chart SVG', path: '/api/charts/events-by-year.svg', json: false },
  { name: 'chart PNG', path: '/api/charts/events-by-year.png', json: false },
];

export const JSON_GOAL = 0.8;

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface EndpointFigures {
  name: string;
  path: string;
  json: boolean;
  bytes: number;
  app: LoadFigures;
  bare: LoadFigures;
  /** App throughput over the bare server's. */
  ratio: number;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
}

/** One autocannon run; `requests` cycles through several paths per connection. */
export async function load(
  url: string,
  {
    connections,
    durationS,
    headers,
    requests,
  }: {
    connections: number;
    durationS: number;
    headers?: Record<string, string>;
    requests?: autocannon.Request[];
  },
): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: durationS, headers, requests });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function measureApi(
  baseUrl: string,
  options: LoadOptions,
): Promise<EndpointFigures[]> {
  const answers: CannedAnswer[] = [];
  for (const endpoint of ENDPOINTS) {
    const { headers, body } = await getOk(`${baseUrl}${endpoint.path}`, endpoint.headers);
    answers.push({ path: endpoint.path, headers: replayable(headers), body });
  }
  const bare = await startBareServer(answers);
  try {
    const figures: EndpointFigures[] = [];
    for (const [index, endpoint] of ENDPOINTS.entries()) {
      figures.push(
        await compare(endpoint, baseUrl, bare.url, answers[index]?.body.length ?? 0, options),
      );
    }
    return figures;
  } finally {
    bare.stop();
  }
}

async function compare(
  endpoint: Endpoint,
  appUrl: string,
  bareUrl: string,
  bytes: number,
  { connections, durationS, warmupS, rounds }: LoadOptions,
): Promise<EndpointFigures> {
  const run = (base: string, seconds: number) =>
    load(`${base}${endpoint.path}`, { connections, durationS: seconds, headers: endpoint.headers });
  await run(appUrl, warmupS);
  await run(bareUrl, warmupS);
  const app: LoadFigures[] = [];
  const bare: LoadFigures[] = [];
  for (let round = 0; round < rounds; round++) {
    app.push(await run(appUrl, durationS));
    bare.push(await run(bareUrl, durationS));
  }
  const appFigures = medianFigures(app);
  const bareFigures = medianFigures(bare);
  return {
    name: endpoint.name,
    path: endpoint.path,
    json: endpoint.json,
    bytes,
    app: appFigures,
    bare: bareFigures,
    ratio: ratio(appFigures.requestsPerSecond, bareFigures.requestsPerSecond),
  };
}

/** The median of each figure over rounds; errors are summed, since any is one too many. */
function medianFigures(runs: LoadFigures[]): LoadFigures {
  const of = (pick: (run: LoadFigures) => number) => median(runs.map(pick));
  const sum = (pick: (run: LoadFigures) => number) =>
    runs.reduce((total, run) => total + pick(run), 0);
  return {
    requestsPerSecond: of((run) => run.requestsPerSecond),
    p50Ms: of((run) => run.p50Ms),
    p99Ms: of((run) => run.p99Ms),
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
  };
}

/** The real answer's headers, less those that describe one connection or one moment. */
function replayable(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name, value]) => !skip.has(name) && typeof value === 'string')
      .map(([name, value]) => [name, value as string]),
  );
}

function startBareServer(answers: CannedAnswer[]): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./bare-server.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) =>
      resolve({ url: `http://127.0.0.1:${message.port}`, stop: () => child.kill() }),
    );
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
    child.send(answers);
  });
}

export interface ChartCaching {
  /** First request of a query never asked before: the SVG is drawn and rasterized. */
  firstMs: number;
  /** The same chart at another scale: its SVG is cached, so this is rasterization alone. */
  rasterizeMs: number;
  /** The same URL again, median (the response cache answers). */
  repeatP50Ms: number;
  /** The same chart under URLs the response cache has not seen (an ignored parameter), median. */
  sameChartOtherUrlP50Ms: number;
  /** Whether asking for the same chart again rasterized it again. */
  rasterizedAgain: boolean;
  /** Whether the repeated answers were the same bytes as the first. */
  sameBytes: boolean;
}

/**
 * Proves from outside that a chart PNG is rasterized once: after the first request, the same
 * chart, even under a URL the response cache has not seen, comes back far faster than resvg
 * can rasterize it (measured in the same run), with the same bytes.
 */
export async function measureChartCaching(baseUrl: string, samples: number): Promise<ChartCaching> {
  // A size no other phase asks for, so its first request draws.
  const url = `${baseUrl}/api/charts/events-by-year.png?width=1234&height=567`;
  const first = await getOk(url);
  const rasterize = await getOk(`${url}&scale=2`);
  const repeats: number[] = [];
  const others: number[] = [];
  let sameBytes = true;
  for (let i = 0; i < samples; i++) {
    const repeat = await getOk(url);
    const other = await getOk(`${url}&bench-run=${i}`);
    repeats.push(repeat.ms);
    others.push(other.ms);
    sameBytes &&= repeat.body.equals(first.body) && other.body.equals(first.body);
  }
  const sameChartOtherUrlP50Ms = median(others);
  return {
    firstMs: round(first.ms),
    rasterizeMs: round(rasterize.ms),
    repeatP50Ms: round(median(repeats), 2),
    sameChartOtherUrlP50Ms: round(sameChartOtherUrlP50Ms, 2),
    // Anything near resvg's own time would mean a second rasterization.
    rasterizedAgain: percentile(others, 90) > rasterize.ms / 4,
    sameBytes,
  };
}
