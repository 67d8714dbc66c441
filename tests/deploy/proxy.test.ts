/**
 * deploy/nginx.conf as a user runs it: nginx in front of two instances, under load on mixed
 * answers (JSON, chart SVG and PNG, the page and its script, 304s), one instance killed with
 * SIGKILL halfway. The client must see no failed request; the figures (throughput through the
 * proxy and of one bare instance, measured in this run, and the proxy's cache hits) are printed.
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNginx, type RunningNginx, startNginx } from '../support/nginx';
import { REPO_ROOT, type RunningServer, startServer } from '../support/server';

const CONNECTIONS = 16;
/** Each load run's length; the kill comes halfway through the last. */
const RUN_S = 6;

const script = readdirSync(join(REPO_ROOT, 'web/dist/assets')).find((name) =>
  /^index-.*\.js$/.test(name),
);
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const PATHS = [
  '/api/events?countries=HU&from=1956-10&to=1956-11',
  '/api/stats/yearly',
  '/api/leaders?at=1956-11-04',
  '/api/countries',
  '/api/charts/events-by-year.svg?countries=PL',
  '/api/charts/events-by-year.png?width=800&height=450',
  '/api/charts/events-by-year.png?countries=HU&width=800&height=450&theme=dark',
  '/api/charts/events-by-year.png?countries=SU,PL&from=1955&to=1960&width=640&height=360',
  '/api/charts/events-by-year.png?categories=protest&width=400&height=225&scale=2',
  '/',
  `/assets/${script}`,
];
/** What a browser revalidates: the page with its ETag (a 304, which counts as a success). */
const REVALIDATED = '/api/events?countries=HU&from=1956-10&to=1956-11';

/** A free loopback port: one the system just gave out and took back. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

interface Run {
  requestsPerSecond: number;
  total: number;
  notModified: number;
  /** Connection errors and timeouts, and every answer other than a 2xx or a 304. */
  failed: number;
  statuses: Record<string, number>;
}

async function load(url: string, etag: string): Promise<Run> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: RUN_S,
    requests: [
      ...PATHS.map((path, index) => ({ path, headers: index % 2 === 0 ? BROWSER : {} })),
      { path: REVALIDATED, headers: { ...BROWSER, 'if-none-match': etag } },
    ],
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
  );
  const notModified = statuses['304'] ?? 0;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    total: result.requests.total,
    notModified,
    failed: result.errors + result.non2xx - notModified,
    statuses,
  };
}

describe('nginx (deploy/nginx.conf) in front of two instances', () => {
  let one: RunningServer;
  let two: RunningServer;
  let proxy: RunningNginx;

  beforeAll(async () => {
    ensureNginx();
    [one, two] = await Promise.all([
      startServer({ env: { NODE_ENV: 'production' } }),
      startServer({ env: { NODE_ENV: 'production' } }),
    ]);
    // Each instance draws each chart once before the load, as a deployed instance has.
    await Promise.all(
      [one, two].map(async (server) => {
        for (const path of PATHS) {
          const response = await fetch(`${server.url}${path}`);
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`${server.url}${path}: ${response.status}`);
        }
      }),
    );
    const address = (server: RunningServer) => server.url.replace('http://', '');
    proxy = await startNginx(await freePort(), [address(one), address(two)]);
  }, 60_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([one?.stop(), two?.stop()]);
  });

  it('loses no request when an instance is killed under load, and answers most from its cache', async () => {
    const etag = (await fetch(`${one.url}${REVALIDATED}`, { headers: BROWSER })).headers.get(
      'etag',
    );
    expect(etag).toBeTruthy();

    const bare = await load(one.url, String(etag));
    const proxied = await load(proxy.url, String(etag));
    const killAt = setTimeout(() => two.process.kill('SIGKILL'), (RUN_S * 1000) / 2);
    const killed = await load(proxy.url, String(etag)).finally(() => clearTimeout(killAt));
    expect(two.process.signalCode).toBe('SIGKILL');
    await proxy.stop();

    const lines = proxy.accessLog().trim().split('\n');
    const byCache = new Map<string, number>();
    for (const line of lines) {
      const status = /cache=(\S+)/.exec(line)?.[1] ?? '?';
      byCache.set(status, (byCache.get(status) ?? 0) + 1);
    }
    const hits = byCache.get('HIT') ?? 0;
    // Requests nginx sent to the dead instance first and then to the other.
    const failedOver = lines.filter((line) => /upstream=\S+, /.test(line)).length;
    const figures = {
      bare: { requestsPerSecond: bare.requestsPerSecond, statuses: bare.statuses },
      proxied: { requestsPerSecond: proxied.requestsPerSecond, statuses: proxied.statuses },
      killed: { requestsPerSecond: killed.requestsPerSecond, statuses: killed.statuses },
      proxyOverBare: Math.round((proxied.requestsPerSecond / bare.requestsPerSecond) * 100) / 100,
      cache: Object.fromEntries(byCache),
      hitRatio: Math.round((hits / lines.length) * 1000) / 1000,
      failedOver,
    };
    console.log(`proxy under load: ${JSON.stringify(figures)}`);

    for (const run of [bare, proxied, killed]) {
      expect(run.failed, JSON.stringify(run.statuses)).toBe(0);
      expect(run.notModified).toBeGreaterThan(0);
    }
    // The proxy logged every request the client made through it.
    expect(lines.length).toBeGreaterThanOrEqual(proxied.total + killed.total);
    // The page (no-cache, 1 request in 12) always reaches an instance, the rest only when new
    // or a minute old: at most 1/12 and a few misses.
    expect(figures.hitRatio).toBeGreaterThan(0.85);
    expect(proxy.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
  });
});
