import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, isMapLibre, measurePageBytes, type PageBytes } from '../bench/pageBytes';
import { useBrowser } from '../support/browser';

/** The assets and their gzip sizes, for a failure message that says what grew. */
const listing = (bytes: PageBytes) =>
  bytes.assets.map((asset) => `${asset.path}: ${asset.gzip} B gzip`).join('\n');

describe('byte budgets', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('keeps the map explorer within 473 kB gzip on its main thread, and its map worker within 160 kB', async () => {
    const bytes = await measurePageBytes(browser(), baseUrl, '/');
    expect(bytes.main.gzip, listing(bytes)).toBeLessThanOrEqual(BUDGETS.explorerMainGzip);
    expect(bytes.workers.gzip, listing(bytes)).toBeGreaterThan(0);
    expect(bytes.workers.gzip, listing(bytes)).toBeLessThanOrEqual(BUDGETS.explorerWorkerGzip);
  });

  it('keeps a chart embed within 200 kB gzip, without the map library', async () => {
    const bytes = await measurePageBytes(browser(), baseUrl, '/embed/events-by-year');
    expect(bytes.assets.filter(isMapLibre), listing(bytes)).toEqual([]);
    expect(bytes.workers.gzip, listing(bytes)).toBe(0);
    expect(bytes.total.gzip, listing(bytes)).toBeLessThanOrEqual(BUDGETS.chartEmbedGzip);
  });
});
