import { describe, expect, it } from 'vitest';
import { api, expectProblem, raw } from './http';

const CHARTS = ['events-by-year', 'timeline', 'leaders'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('GET /api/charts/{chart}.svg', () => {
  it.each(CHARTS)('draws %s as a 1600×900 SVG with its title and source line', async (chart) => {
    const { status, headers, body } = await api<string>(`/api/charts/${chart}.svg`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(body).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(body).toMatch(/width="1600"/);
    expect(body).toMatch(/height="900"/);
    expect(body).toMatch(/Source: Thaw Atlas/);
    expect(body).toContain('/api/sources');
  });

  it('follows the filters, the size and the theme', async () => {
    const light = (
      await api<string>('/api/charts/events-by-year.svg?countries=HU&from=1955&to=1957')
    ).body;
    const dark = (
      await api<string>(
        '/api/charts/events-by-year.svg?countries=HU&from=1955&to=1957&theme=dark&width=1200&height=675',
      )
    ).body;
    expect(light).toContain('Hungary');
    expect(light).not.toContain('Poland');
    expect(light).toContain('1956');
    expect(light).not.toContain('>1960<');
    expect(dark).toMatch(/width="1200"/);
    expect(dark).not.toBe(light);
  });
});

describe('GET /api/charts/{chart}.png', () => {
  it.each(CHARTS)('rasterizes %s at 1600×900 by default', async (chart) => {
    const { status, headers, body } = await raw(`/api/charts/${chart}.png`);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('image/png');
    expect(pngSize(body)).toEqual({ width: 1600, height: 900 });
  });

  it.each([
    [800, 450, 1],
    [800, 450, 2],
    [1920, 1080, 1],
    [640, 360, 3],
  ])('is width×scale by height×scale (%i×%i at %i×)', async (width, height, scale) => {
    const { body } = await raw(
      `/api/charts/timeline.png?width=${width}&height=${height}&scale=${scale}`,
    );
    expect(pngSize(body)).toEqual({ width: width * scale, height: height * scale });
  });
});

describe('chart errors', () => {
  it.each(['nope.svg', 'events-by-year.jpg', 'timeline', '..%2fapp.ts'])(
    'answers 404 for %s',
    async (file) => {
      await expectProblem(`/api/charts/${file}`, 404);
    },
  );

  it.each([
    ['width=10', 'width'],
    ['width=100000', 'width'],
    ['height=abc', 'height'],
    ['scale=4', 'scale'],
    ['theme=neon', 'theme'],
    ['from=1956-99', 'from'],
    ['countries=DD', 'countries'],
  ])('rejects %s with a 400 naming %s', async (query, param) => {
    const problem = await expectProblem(`/api/charts/events-by-year.png?${query}`, 400);
    expect(problem.invalid?.map((item) => item.param)).toContain(param);
  });
});
