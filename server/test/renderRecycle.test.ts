import type { ChartProps } from '@thaw/charts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Read when the renderer loads: set before it is imported.
process.env.THAW_RENDER_JOBS_PER_WORKER = '3';
process.env.THAW_RENDER_WORKERS = '1';
const { renderChartSvg, renderCounts, stopRenderer } = await import('../src/render/renderer');

/** A chart of its own each time: a title no other has. */
const chart = (n: number): ChartProps<'events-by-year'> => ({
  width: 400,
  height: 225,
  theme: 'light',
  title: `Chart ${n}`,
  sourceLine: 'Source: a test',
  rows: [],
  countries: [{ id: 'PL', name: 'Poland' }],
  categories: ['protest'],
  from: 1953,
  to: 1968,
});

describe('render workers retired after their share of jobs', () => {
  beforeAll(() => expect(renderCounts().workers).toBe(0));
  afterAll(stopRenderer);

  it('starts a fresh worker after three jobs, and every job is answered', async () => {
    for (let n = 1; n <= 7; n++)
      expect(await renderChartSvg('events-by-year', chart(n))).toMatch(/<svg/);
    expect(renderCounts().workers).toBe(3);
  }, 60_000);

  it('loses no job when a worker is retired with jobs still queued', async () => {
    const svgs = await Promise.all(
      Array.from({ length: 5 }, (_, n) => renderChartSvg('events-by-year', chart(100 + n))),
    );
    for (const svg of svgs) expect(svg).toMatch(/<svg/);
    // The third worker had done one job: it took two more and was retired with them queued; a
    // fourth took the other three.
    expect(renderCounts()).toMatchObject({ svg: 12, workers: 4 });
  }, 60_000);
});
