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
import { rawRequest } from '../support/rawRequest';
import { REPO_ROOT, type RunningServer, startServer } from '../support/server';

const CONNECTIONS = 16;
/** Each load run's length; the kill comes halfway through the last. */
const RUN_S = 5;

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
  '/',
  `/assets/${script}`,
];
/** An answer also asked for with its ETag, as a browser revalidates (a 304 is a success). */
const REVALIDATED = '/api/events?countries=HU&from=1956-10&to=1956-11';

/** A GET with its body as bytes, undecoded. */
const get = (url: string, headers: Record<string, string>) => rawRequest(url, { headers });

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

/**
 * Mixed load on `url`, every request for `host`: the proxy's address, which chart images name,
 * so that the bare instance draws (and caches) the same images as those behind the proxy.
 */
async function load(url: string, host: string, etag: string): Promise<Run> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: RUN_S,
    requests: [
      ...PATHS.map((path, index) => ({
        path,
        headers: { host, ...(index % 2 === 0 ? BROWSER : {}) },
      })),
      { path: REVALIDATED, headers: { host, ...BROWSER, 'if-none-match': etag } },
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
  /** The proxy's address, as clients (and so the instances behind it) name it. */
  let host: string;

  beforeAll(async () => {
    ensureNginx();
    [one, two] = await Promise.all([
      startServer({ env: { NODE_ENV: 'production' } }),
      startServer({ env: { NODE_ENV: 'production' } }),
    ]);
    const port = await freePort();
    host = `127.0.0.1:${port}`;
    // Each instance draws each chart once before the load, as a deployed instance has.
    await Promise.all(
      [one, two].map(async (server) => {
        for (const path of PATHS) {
          const response = await get(`${server.url}${path}`, { host });
          if (response.status !== 200) throw new Error(`${server.url}${path}: ${response.status}`);
        }
      }),
    );
    const address = (server: RunningServer) => server.url.replace('http://', '');
    proxy = await startNginx(port, [address(one), address(two)]);
  }, 60_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([one?.stop(), two?.stop()]);
  });

  it('answers as the instances do, one cached copy per encoding, and 304s from its cache', async () => {
    const encodings = [
      ['br', { 'accept-encoding': 'gzip, deflate, br' }],
      ['gzip', { 'accept-encoding': 'br;q=0, gzip' }],
      [undefined, { 'accept-encoding': 'identity' }],
    ] as const;
    for (const path of [PATHS[0], PATHS[4], PATHS[5], `/assets/${script}`]) {
      for (const [encoding, headers] of encodings) {
        const name = `${path} ${headers['accept-encoding']}`;
        const direct = await get(`${one.url}${path}`, { ...headers, host });
        const first = await get(`${proxy.url}${path}`, headers);
        const again = await get(`${proxy.url}${path}`, headers);
        // A PNG is compressed already: never again.
        const expected = path === PATHS[5] ? undefined : encoding;
        for (const answer of [first, again]) {
          expect(answer.status, name).toBe(200);
          expect(answer.headers['content-encoding'], name).toBe(expected);
          expect(answer.headers.etag, name).toBe(direct.headers.etag);
          expect(answer.body.equals(direct.body), name).toBe(true);
        }
        expect(again.headers['x-cache-status'], name).toBe('HIT');
        const etag = String(direct.headers.etag);
        const revalidated = await get(`${proxy.url}${path}`, { ...headers, 'if-none-match': etag });
        expect(revalidated.status, name).toBe(304);
        expect(revalidated.headers['x-cache-status'], name).toBe('HIT');
      }
    }
  });

  it('loses no request when an instance is killed under load, and answers most from its cache', async () => {
    const etag = (await get(`${one.url}${REVALIDATED}`, { ...BROWSER, host })).headers.etag;
    expect(etag).toBeTruthy();

    const bare = await load(one.url, host, String(etag));
    const proxied = await load(proxy.url, host, String(etag));
    const killAt = setTimeout(() => two.process.kill('SIGKILL'), (RUN_S * 1000) / 2);
    const killed = await load(proxy.url, host, String(etag)).finally(() => clearTimeout(killAt));
    expect(two.process.signalCode).toBe('SIGKILL');
    await proxy.stop();

    const lines = proxy.accessLog().trim().split('\n');
    const byCache = new Map<string, number>();
    for (const line of lines) {
      const status = /cache=(\S+)/.exec(line)?.[1] ?? '?';
      byCache.set(status, (byCache.get(status) ?? 0) + 1);
    }
    // The page is `no-cache` and /healthz is not cached: every one reaches an instance.
    const cacheable = lines.filter((line) => !/"GET \/(healthz)? HTTP/.test(line));
    const ratio = (part: number, whole: number) => Math.round((part / whole) * 1000) / 1000;
    const hits = (some: string[]) => some.filter((line) => line.includes('cache=HIT ')).length;
    // Requests nginx sent to the dead instance first and then to the other.
    const failedOver = lines.filter((line) => /upstream=\S+, /.test(line)).length;
    const figures = {
      bare: { requestsPerSecond: bare.requestsPerSecond, statuses: bare.statuses },
      proxied: { requestsPerSecond: proxied.requestsPerSecond, statuses: proxied.statuses },
      killed: { requestsPerSecond: killed.requestsPerSecond, statuses: killed.statuses },
      proxyOverBare: ratio(proxied.requestsPerSecond, bare.requestsPerSecond),
      cache: Object.fromEntries(byCache),
      hitRatio: ratio(hits(lines), lines.length),
      hitRatioOfCacheable: ratio(hits(cacheable), cacheable.length),
      failedOver,
    };
    console.log(`proxy under load: ${JSON.stringify(figures)}`);

    for (const run of [bare, proxied, killed]) {
      expect(run.failed, JSON.stringify(run.statuses)).toBe(0);
      expect(run.notModified).toBeGreaterThan(0);
    }
    // The proxy logged every request the client made through it.
    expect(lines.length).toBeGreaterThanOrEqual(proxied.total + killed.total);
    // The rest reach an instance only as the first of each answer and encoding (a few dozen),
    // or while those are on their way (cache lock).
    expect(figures.hitRatioOfCacheable).toBeGreaterThan(0.99);
    expect(proxy.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
  });
});
