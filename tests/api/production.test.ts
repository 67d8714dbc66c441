/**
 * The server as it is deployed (support/server.ts starts the build under `NODE_ENV=production`,
 * like every API and browser test). Every chart, as SVG and as
 * PNG, must come out drawn: React's production build lacks what its development build offers
 * (`act`, for one), and a chart that draws only in development is a chart users never see.
 */
import { CHART_IDS } from '@thaw/charts';
import { describe, expect, it } from 'vitest';
import { colourCount, pngSize } from '../support/png';
import { api, raw } from './http';

describe.each(CHART_IDS)('the %s chart in production mode', (chart) => {
  const query = 'countries=SU,PL,HU&from=1953&to=1968&width=1280&height=720';

  it('is drawn as SVG: title, axes and marks', async () => {
    const { status, headers, body } = await api<string>(`/api/charts/${chart}.svg?${query}`);
    expect(status, body.slice(0, 300)).toBe(200);
    expect(headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(body).toMatch(/<svg[^>]*width="1280"[^>]*height="720"/);
    expect(body).toMatch(/Source: Thaw Atlas/);
    // Marks: bars, dots, event symbols and tenures are paths, circles and rects by the dozen; an
    // empty plot has its background and an axis or two.
    expect((body.match(/<(path|circle|rect)\b/g) ?? []).length).toBeGreaterThan(12);
  });

  it('is drawn as PNG of the asked size, with more than a background in it', async () => {
    const { status, headers, body } = await raw(`/api/charts/${chart}.png?${query}&scale=1`);
    expect(status, body.toString().slice(0, 300)).toBe(200);
    expect(headers['content-type']).toBe('image/png');
    expect(pngSize(body)).toEqual({ width: 1280, height: 720 });
    expect(colourCount(body)).toBeGreaterThan(50);
  });
});
