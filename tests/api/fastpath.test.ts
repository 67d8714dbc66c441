/**
 * Repeated requests are answered from the response cache without the app (the fast path in
 * server/src/http/fastPath.ts). Each such answer must be the one the app gave the first time,
 * byte for byte and header for header, and be logged like it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadDataset } from '@thaw/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { Store } from '../../server/src/store';
import { type RawResponse, rawRequest } from '../support/rawRequest';
import { REPO_ROOT, type RunningServer, startServer } from '../support/server';

interface Answer extends RawResponse {
  /** Header names and values as sent, in order, less the Date, which moves on. */
  head: string[];
}

async function send(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await rawRequest(url, { method, headers });
  const head = response.rawHeaders.flatMap((value, index, all) =>
    index % 2 === 0 && value.toLowerCase() !== 'date' ? [value, all[index + 1] ?? ''] : [],
  );
  return { ...response, head } satisfies Answer;
}

/** Asserts two answers are the same on the wire, Date aside. */
function expectSame(again: Answer, first: Answer, name: string) {
  expect(again.status, name).toBe(first.status);
  expect(again.head, name).toEqual(first.head);
  expect(again.body.equals(first.body), `${name}: body`).toBe(true);
}

describe('answers from the response cache', () => {
  // A server of its own: no other test has asked for anything yet, and its log can be read.
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  const KINDS = [
    ['JSON', '/api/events?countries=HU'],
    ['SVG', '/api/charts/events-by-year.svg?countries=PL'],
    ['PNG', '/api/charts/events-by-year.png?width=400&height=225'],
  ] as const;

  /** The encoding each Accept-Encoding gets for a compressible body. */
  const ENCODINGS = [
    ['none', {}, undefined],
    ['gzip', { 'accept-encoding': 'gzip' }, 'gzip'],
    ['br', { 'accept-encoding': 'gzip, deflate, br' }, 'br'],
    ['br refused by q=0', { 'accept-encoding': 'br;q=0, gzip;q=0.5' }, 'gzip'],
    ['everything refused', { 'accept-encoding': 'br;q=0, gzip;q=0.0, identity' }, undefined],
  ] as const;

  /** The same resource under a URL of its own (an ignored parameter), so its first answer is new. */
  const fresh = (path: string, name: string) =>
    `${server.url}${path}&case=${encodeURIComponent(name)}`;

  describe.each(KINDS)('%s', (kind, path) => {
    it.each(ENCODINGS)(
      'with Accept-Encoding %s: the same bytes and headers again',
      async (encoding, headers, expected) => {
        const url = fresh(path, `${kind} ${encoding}`);
        const first = await send(url, headers);
        expect(first.status).toBe(200);
        expect(first.headers['content-encoding']).toBe(kind === 'PNG' ? undefined : expected);
        for (let i = 0; i < 2; i++) expectSame(await send(url, headers), first, `${kind} ${i}`);
      },
    );

    it('with a matching If-None-Match: the same 304 again, without a body', async () => {
      const url = fresh(path, `${kind} 304`);
      const { etag } = (await send(url)).headers;
      const first = await send(url, { 'if-none-match': String(etag) });
      expect(first.status).toBe(304);
      expect(first.body.length).toBe(0);
      expectSame(await send(url, { 'if-none-match': String(etag) }), first, kind);
      expectSame(await send(url, { 'if-none-match': `"other", W/${etag}` }), first, kind);
      // An ETag that does not match is a full answer.
      expect((await send(url, { 'if-none-match': '"other"' })).status).toBe(200);
    });

    it('to HEAD: the same headers again, and those of a GET, without a body', async () => {
      const url = fresh(path, `${kind} HEAD`);
      const first = await send(url, {}, 'HEAD');
      expect(first.status).toBe(200);
      expect(first.body.length).toBe(0);
      expectSame(await send(url, {}, 'HEAD'), first, kind);
      expect((await send(url)).head).toEqual(first.head);
    });

    it('from another origin: the same CORS headers again', async () => {
      const url = fresh(path, `${kind} Origin`);
      const origin = { origin: 'https://slides.example' };
      const first = await send(url, origin);
      expect(first.headers['access-control-allow-origin']).toBe('*');
      expect(first.headers['access-control-expose-headers']).toBe('ETag');
      expectSame(await send(url, origin), first, kind);
      expectSame(await send(url), first, `${kind} without an Origin`);
    });
  });

  it('still refuses a URL over the length limit, however it is spelled', async () => {
    // The same query as a cached one, but percent-encoded past 4096 characters.
    const word = 'x'.repeat(1400);
    const url = `${server.url}/api/stats/yearly?case=${word}`;
    expect((await send(url)).status).toBe(200);
    expect((await send(url)).status).toBe(200);
    const long = await send(`${server.url}/api/stats/yearly?case=${'%78'.repeat(1400)}`);
    expect(long.status).toBe(414);
  });

  it('logs each answer, cached or not, as one JSON line', async () => {
    const url = fresh('/api/leaders?at=1956-11-04', 'log');
    for (let i = 0; i < 3; i++) expect((await send(url)).status).toBe(200);
    await send(url, {}, 'HEAD');
    const logged = (method: string) =>
      requestLines(server.output()).filter(
        (line) => line.method === method && line.path === '/api/leaders?at=1956-11-04&case=log',
      );
    await expect.poll(() => logged('GET').length).toBe(3);
    await expect.poll(() => logged('HEAD').length).toBe(1);
    const [first, ...repeats] = logged('GET');
    expect(first).toMatchObject({ status: 200, cache: 'miss', level: 30 });
    expect(first?.bytes).toBeGreaterThan(0);
    for (const line of [...repeats, ...logged('HEAD')]) {
      expect(line).toMatchObject({ status: 200, cache: 'hit' });
      expect(typeof line.ms).toBe('number');
      expect(typeof line.time).toBe('number');
    }
  });
});

/** The request lines among the server's JSON log lines. */
function requestLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => 'method' in line && 'status' in line);
}

describe('the fast path', () => {
  it('answers only what the app has answered, as the app did, and logs it', async () => {
    const loaded = loadDataset();
    if (!loaded.ok) throw new Error('the datasets have errors');
    const lines: string[] = [];
    const { app, answerFromCache } = createApp({
      store: new Store(loaded.dataset),
      webRoot: join(REPO_ROOT, 'web/dist'),
      log: { write: (text) => lines.push(text) },
    });
    // 599 for whatever the fast path leaves to the app.
    const server = createServer((req, res) => {
      if (!answerFromCache(req, res)) res.writeHead(599).end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/api/stats/yearly`;
      const br = { 'accept-encoding': 'br' };
      expect((await send(url, br)).status).toBe(599);

      const viaApp = await app.request(url, { headers: br });
      const fast = await send(url, br);
      expect(fast.status).toBe(viaApp.status);
      // Less what node:http adds to every answer.
      const added = new Set(['date', 'connection', 'keep-alive']);
      const headers = Object.entries(fast.headers).filter(([name]) => !added.has(name));
      expect(Object.fromEntries(headers)).toEqual(Object.fromEntries(viaApp.headers));
      expect(fast.body.equals(Buffer.from(await viaApp.arrayBuffer()))).toBe(true);

      // Another variant, and anything unusual, are left to the app.
      expect((await send(url, { 'accept-encoding': 'gzip' })).status).toBe(599);
      expect((await send(url, { ...br, range: 'bytes=0-99' })).status).toBe(599);
      expect((await send(url, br, 'OPTIONS')).status).toBe(599);

      await new Promise(setImmediate);
      const logged = requestLines(lines.join(''));
      expect(
        logged.map(({ method, path, status, cache }) => ({ method, path, status, cache })),
      ).toEqual([
        { method: 'GET', path: '/api/stats/yearly', status: 200, cache: 'miss' },
        { method: 'GET', path: '/api/stats/yearly', status: 200, cache: 'hit' },
      ]);
    } finally {
      server.close();
    }
  });
});
