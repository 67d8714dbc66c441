import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../support/rawRequest';
import { baseUrl, expectProblem, type RawResponse, raw } from './http';

describe('caching', () => {
  it('gives every GET an ETag and Cache-Control, and a 304 when the client has it', async () => {
    for (const path of [
      '/api/events?countries=HU',
      '/api/countries',
      '/api/charts/leaders.svg',
      '/',
      '/api/docs',
    ]) {
      const first = await raw(path);
      expect(first.status, path).toBe(200);
      expect(first.headers.etag, path).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control'], path).toBeTruthy();
      const again = await raw(path, { 'if-none-match': String(first.headers.etag) });
      expect(again.status, path).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it('answers the same ETag for the same query however its parameters are ordered', async () => {
    const a = await raw('/api/events?countries=HU&categories=protest');
    const b = await raw('/api/events?categories=protest&countries=HU');
    expect(a.headers.etag).toBe(b.headers.etag);
  });
});

describe('compression', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('compresses with %s when accepted', async (encoding, decompress) => {
    const plain = await raw('/api/events');
    const packed = await raw('/api/events', { 'accept-encoding': encoding });
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers.vary).toMatch(/accept-encoding/i);
    expect(packed.body.length).toBeLessThan(plain.body.length / 3);
    expect(decompress(packed.body).equals(plain.body)).toBe(true);
  });

  it('prefers brotli and leaves PNGs as they are', async () => {
    expect(
      (await raw('/api/sources', { 'accept-encoding': 'gzip, deflate, br' })).headers[
        'content-encoding'
      ],
    ).toBe('br');
    const png = await raw('/api/charts/events-by-year.png?width=400&height=225', {
      'accept-encoding': 'gzip, br',
    });
    expect(png.headers['content-encoding']).toBeUndefined();
  });
});

describe('CORS', () => {
  it('lets any origin GET the API', async () => {
    const response = await raw('/api/events?countries=PL', { origin: 'https://slides.example' });
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers a preflight', async () => {
    const response = await raw(
      '/api/stats/yearly',
      { origin: 'https://notebook.example', 'access-control-request-method': 'GET' },
      'OPTIONS',
    );
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-methods']).toMatch(/GET/);
  });
});

describe('security headers', () => {
  /** A CSP as its directives: `script-src` → `['self']`. */
  const directivesOf = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...sources]) => [name, sources]),
    );

  /** Sources that never name another host. */
  const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

  /** One of each kind of answer: the app, its files, the API's data, images, errors and docs. */
  async function everyKindOfAnswer(): Promise<{ name: string; response: RawResponse }[]> {
    const index = (await raw('/')).body.toString();
    const assets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
    expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
    const paths = [
      '/',
      '/compare',
      '/favicon.svg',
      ...assets,
      '/embed/events-by-year?countries=HU',
      '/embed/map?date=1956-10',
      '/api/events?countries=HU',
      '/api/events?format=csv',
      '/api/events?format=geojson',
      '/api/borders',
      '/api/events?from=x',
      '/api/nothing',
      '/nothing.txt',
      '/api/charts/leaders.svg',
      '/api/charts/leaders.png?width=400&height=225',
      '/api/docs',
      '/api/docs/docs.css',
      '/api/openapi.json',
      '/healthz',
      `/api/events?countries=${'HU,'.repeat(3000)}`,
    ];
    const answers = await Promise.all(
      paths.map(async (path) => ({ name: path.slice(0, 80), response: await raw(path) })),
    );
    const cached = await raw('/api/countries');
    const notModified = await raw('/api/countries', {
      'if-none-match': String(cached.headers.etag),
    });
    const preflight = await raw(
      '/api/events',
      { origin: 'https://slides.example', 'access-control-request-method': 'GET' },
      'OPTIONS',
    );
    return [
      ...answers,
      { name: '304 /api/countries', response: notModified },
      { name: 'OPTIONS /api/events', response: preflight },
    ];
  }

  it('are on every kind of answer: a local-only CSP without inline script, nosniff, a referrer policy', async () => {
    const answers = await everyKindOfAnswer();
    // Each kind is there: HTML, script, style, JSON, problems, CSV, images, 304, 404, 414.
    const statuses = new Set(answers.map(({ response }) => response.status));
    for (const status of [200, 204, 304, 400, 404, 414]) expect(statuses).toContain(status);
    const types = answers.map(({ response }) => String(response.headers['content-type']));
    for (const type of [
      'text/html',
      'text/javascript',
      'text/css',
      'application/json',
      'application/problem+json',
      'text/csv',
      'image/svg+xml',
      'image/png',
    ]) {
      expect(
        types.filter((found) => found.startsWith(type)),
        type,
      ).not.toEqual([]);
    }

    for (const { name, response } of answers) {
      const policy = response.headers['content-security-policy'];
      expect(policy, name).toBeTypeOf('string');
      const directives = directivesOf(String(policy));
      for (const [directive, sources] of directives) {
        if (directive === 'frame-ancestors') continue;
        // SVG charts carry their styles inline; nothing carries script inline.
        const allowed = (source: string) =>
          LOCAL_SOURCES.has(source) || (directive === 'style-src' && source === "'unsafe-inline'");
        expect(
          sources.filter((source) => !allowed(source)),
          `${name}: ${directive}`,
        ).toEqual([]);
      }
      const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
      expect(scripts, `${name}: script-src`).not.toEqual([]);
      expect(scripts, name).not.toContain("'unsafe-inline'");
      expect(response.headers['x-content-type-options'], name).toBe('nosniff');
      expect(response.headers['referrer-policy'], name).toBe('strict-origin-when-cross-origin');
      // Only the embeds may be framed, by any page; everything else by none.
      const embed = name.startsWith('/embed/');
      expect(directives.get('frame-ancestors'), name).toEqual(embed ? ['*'] : ["'none'"]);
      // The older header, for browsers without frame-ancestors, must not undo the embeds.
      if (embed) expect(response.headers['x-frame-options'], name).toBeUndefined();
      else if (String(response.headers['content-type']).startsWith('text/html')) {
        expect(response.headers['x-frame-options'], name).toBe('DENY');
      }
    }
  });
});

describe('static files', () => {
  /** Sends `path` byte for byte: `fetch` and `http.request(url)` would resolve its dots first. */
  function verbatim(path: string): Promise<RawResponse> {
    const { hostname, port } = new URL(baseUrl());
    return rawRequest({ host: hostname, port, path });
  }

  const ESCAPES = [
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/.%2e/package.json',
    '/%252e%252e%252fpackage.json',
    '/..%252fpackage.json',
    '/%c0%ae%c0%ae/package.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/server/src/app.ts',
    '/..%2fserver%2fsrc%2fapp.ts',
    '/..\\package.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/assets/..%5c..%5cpackage.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/etc/passwd',
    '/assets//etc/passwd',
    '/../../../../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/%00../package.json',
    '/package.json',
    '/web/dist/index.html',
    '/server/src/app.ts',
    'http://localhost/../package.json',
  ];

  it('never come from outside the build folder, however the path is encoded', async () => {
    // The page of a route that names no oEmbed link: what any other app path gets.
    const index = (await raw('/compare')).body;
    for (const path of ESCAPES) {
      const response = await verbatim(path);
      const body = response.body.toString();
      expect(body, path).not.toMatch(/"name": "thaw-atlas"|@thaw\/server|createApp|root:x:0:0/);
      // A refusal, or the app's own page for what looks like one of its routes.
      if (response.status < 400) expect(response.body.equals(index), path).toBe(true);
    }
  });
});

describe('errors', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const problem = await expectProblem('/api/nothing/here', 404);
    expect(problem.detail).toContain('/api/nothing/here');
  });

  it('answers other methods with a problem, never a page', async () => {
    const response = await raw('/api/events', {}, 'POST');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses an absurdly long URL', async () => {
    const response = await fetch(`${baseUrl()}/api/events?countries=${'HU,'.repeat(3000)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
