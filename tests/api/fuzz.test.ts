/**
 * Property-based tests: thousands of odd requests, none of which may break the server or leak
 * its insides. Every refusal is a problem document that says what was wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './http';

const PARAMS = [
  'countries',
  'categories',
  'roles',
  'from',
  'to',
  'at',
  'format',
  'width',
  'height',
  'scale',
  'theme',
];

/** Values people, scripts and attackers send: near-misses, extremes, unicode, traversal. */
const value = fc.oneof(
  fc.constantFrom(
    '',
    'SU',
    'PL,HU',
    'su',
    'XX',
    'SU,,PL',
    'protest',
    'riot',
    'party',
    'csv',
    'geojson',
    'xml',
  ),
  fc.constantFrom(
    '1956',
    '1956-10',
    '1956-10-23',
    '1956-02-30',
    '1956-13',
    '0000',
    '99999',
    '-1',
    '1e9',
    '1.5',
    'NaN',
  ),
  fc.constantFrom(
    'light',
    'dark',
    '../../etc/passwd',
    '%2e%2e%2f',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '\u0000',
  ),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 600 }),
);

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 12 })), value), {
    maxLength: 8,
  })
  .map((pairs) => new URLSearchParams(pairs).toString());

const path = fc.constantFrom(
  '/api/events',
  '/api/leaders',
  '/api/stats/yearly',
  '/api/countries',
  '/api/countries/HU',
  '/api/sources',
  '/healthz',
);

/** A stack frame (`at fn (file:1:2)`), a module path, a source file or an error class name. */
const LEAKS = /\bat \S+ \(\S+:\d+:\d+\)|node_modules|\/work\/|\.ts:\d+|ZodError|TypeError|Error:/;

/** Fetches `url` and checks that the answer is no failure and leaks nothing; its status. */
async function check(url: string): Promise<number> {
  const response = await fetch(`${baseUrl()}${url}`);
  const body = await response.text();
  expect(response.status, url).toBeLessThan(500);
  expect(body, url).not.toMatch(LEAKS);
  if (response.status >= 400) {
    expect(response.headers.get('content-type'), url).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(body);
    expect(problem.status).toBe(response.status);
    if (response.status === 400) expect(problem.invalid?.[0]?.param, url).toBeTruthy();
  }
  return response.status;
}

describe('the API under generated input', () => {
  it('never fails on any query of the data endpoints', async () => {
    await fc.assert(
      fc.asyncProperty(path, query, async (p, q) => {
        await check(`${p}?${q}`);
      }),
      { numRuns: 1500 },
    );
  });

  it('never fails on chart queries (mostly refused before any rendering)', async () => {
    const chart = fc.constantFrom('events-by-year', 'timeline', 'leaders', 'nope', '..', '%2e%2e');
    const extension = fc.constantFrom('svg', 'png', 'jpg', '');
    await fc.assert(
      fc.asyncProperty(chart, extension, query, async (name, ext, q) => {
        await check(`/api/charts/${name}.${ext}?${q}`);
      }),
      { numRuns: 150 },
    );
  });

  it('never fails on map images, whatever the frame (the rasterizer takes any box asked)', async () => {
    const degrees = (min: number, max: number) =>
      fc.double({ min, max, noNaN: true }).map((d) => d.toFixed(4));
    const span = fc.double({ min: 1e-4, max: 200, noNaN: true });
    const frame = fc
      .tuple(degrees(-180, 180), degrees(-85, 85), span, span)
      .map(([west, south, width, height]) =>
        [west, south, Number(west) + width, Number(south) + height / 2].join(','),
      );
    const month = fc
      .tuple(fc.integer({ min: 1953, max: 1968 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`);
    const mapQuery = fc.record({
      bbox: fc.oneof({ arbitrary: frame, weight: 4 }, { arbitrary: value, weight: 1 }),
      countries: fc.constantFrom('SU', 'PL,HU', 'SU,PL,HU'),
      mode: fc.constantFrom('month', 'cumulative'),
      width: fc.integer({ min: 320, max: 3840 }).map(String),
      height: fc.integer({ min: 180, max: 2160 }).map(String),
      event: fc.constantFrom('hu-1956-10-23-debrecen-volley', 'nope', ''),
    });
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(month, fc.constantFrom('png', 'svg'), mapQuery, async (m, ext, q) => {
        if ((await check(`/api/maps/${m}.${ext}?${new URLSearchParams(q)}`)) === 200) drawn++;
      }),
      { numRuns: 80 },
    );
    // Most frames are valid: the rasterizer, not only the query's checks, is what is tried.
    expect(drawn).toBeGreaterThan(40);
  });

  it('never fails on odd paths', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '%2e%2e',
        '..',
        '%00',
        '%E0%A4%A',
        '%',
        '%%',
        'api',
        'events',
        '.env',
        '~',
        '%2f',
      ),
      fc.string({ maxLength: 20 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 6 }), async (segments) => {
        const response = await fetch(`${baseUrl()}/api/${segments.join('/')}`);
        expect(response.status).toBeLessThan(500);
        expect(await response.text()).not.toMatch(LEAKS);
      }),
      { numRuns: 500 },
    );
  });
});
