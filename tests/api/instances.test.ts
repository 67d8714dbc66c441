/**
 * Several instances behind one cache: each must give the same answer, ETag and all, for the same
 * request, so that the cache can revalidate a copy from one with any other; and each answer must
 * say how long it may be kept (README, "Deploying").
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '@thaw/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawRequest';
import { REPO_ROOT, type RunningServer, startServer } from '../support/server';

const HOST = 'atlas.example';

const get = (base: string, path: string, headers: Record<string, string> = {}) =>
  rawRequest(`${base}${path}`, { headers: { host: HOST, ...headers } });

const asset = readdirSync(join(REPO_ROOT, 'web/dist/assets')).find((name) => name.endsWith('.js'));

const API = [
  '/api/countries',
  '/api/countries/HU',
  '/api/events?countries=HU&from=1956-10&to=1956-11',
  '/api/events?format=csv',
  '/api/events?format=geojson&categories=protest',
  '/api/leaders?at=1956-11-04',
  '/api/stats/yearly?countries=PL',
  '/api/sources',
  '/api/borders',
  '/api/openapi.json',
  '/api/charts/events-by-year.svg?countries=HU,PL&theme=dark',
  '/api/charts/timeline.svg?from=1956&to=1957',
  '/api/charts/events-by-year.png?width=400&height=225',
  '/api/maps/1956-10.png?countries=HU&width=640&height=360',
  '/api/decks/compare.pptx?countries=HU,PL&from=1956&to=1957',
  '/api/data.zip',
];
const APP = ['/', '/compare?countries=SU,PL', '/favicon.svg', `/assets/${asset}`];

describe('two instances', () => {
  let one: RunningServer;
  let two: RunningServer;
  beforeAll(async () => {
    [one, two] = await Promise.all([
      startServer({ env: { NODE_ENV: 'production' } }),
      startServer({ env: { NODE_ENV: 'production' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
  });

  it.each([...API, ...APP])('answer %s with the same bytes and ETag', async (path) => {
    const encodings: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'br' },
      { 'accept-encoding': 'gzip' },
    ];
    for (const headers of encodings) {
      const [a, b] = await Promise.all([get(one.url, path, headers), get(two.url, path, headers)]);
      expect(a.status, path).toBe(200);
      expect(b.status, path).toBe(200);
      expect(a.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(b.headers.etag).toBe(a.headers.etag);
      expect(b.headers['content-encoding']).toBe(a.headers['content-encoding']);
      expect(b.body.equals(a.body), `${path} ${JSON.stringify(headers)}: body`).toBe(true);
    }
  });

  it('revalidate each other’s answers: an ETag from one is a 304 at the other', async () => {
    for (const path of [API[2] ?? '', API[10] ?? '', API[12] ?? '', '/']) {
      const { etag } = (await get(one.url, path)).headers;
      const again = await get(two.url, path, { 'if-none-match': String(etag) });
      expect(again.status, path).toBe(304);
      expect(again.headers.etag, path).toBe(etag);
    }
  });

  it('derive every ETag from the data version, a hash of the dataset files', async () => {
    const loaded = loadDataset();
    if (!loaded.ok) throw new Error('the datasets have errors');
    for (const path of [...API, ...APP]) {
      expect((await get(one.url, path)).headers.etag, path).toMatch(
        new RegExp(`^"${loaded.dataset.version}-[\\w-]+"$`),
      );
    }
  });

  it('keep hashed assets for a year, and have index.html and the API revalidated', async () => {
    const cacheControl = async (path: string) =>
      (await get(one.url, path)).headers['cache-control'];
    expect(await cacheControl(`/assets/${asset}`)).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/compare?countries=SU,PL', '/favicon.svg']) {
      expect(await cacheControl(path), path).toBe('no-cache');
    }
    for (const path of API) {
      expect(await cacheControl(path), path).toBe('public, max-age=60, must-revalidate');
    }
  });
});
