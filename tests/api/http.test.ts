import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectProblem, raw } from './http';

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
  const policyOf = async (path: string) =>
    String((await raw(path)).headers['content-security-policy']);

  it('send a CSP without remote sources or inline script on the app', async () => {
    const response = await raw('/');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('let only /embed/* be framed, by anyone', async () => {
    expect(await policyOf('/embed/events-by-year')).toContain('frame-ancestors *');
    expect(await policyOf('/compare')).toContain("frame-ancestors 'none'");
    expect((await raw('/embed/map')).headers['x-frame-options']).toBeUndefined();
  });

  it('are on API answers and errors too', async () => {
    for (const path of ['/api/events', '/api/nope', '/api/events?from=x']) {
      const response = await raw(path);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(String(response.headers['content-security-policy']), path).toContain(
        "default-src 'none'",
      );
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

  it('serves no file from outside the build folder', async () => {
    for (const path of [
      '/%2e%2e/package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2fserver%2fsrc%2fapp.ts',
    ]) {
      const response = await raw(path);
      expect(response.body.toString()).not.toMatch(/"name": "thaw-atlas"|createApp/);
    }
  });
});
