/**
 * "Cite this" and the data package, as a reader uses them: the citation of the map view and of a
 * chart names what is shown, the release and the view's address; a reference manager's file
 * downloads; the whole dataset downloads as one zip.
 */

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, useBrowser } from '../support/browser';

const citation = (page: Page) => page.getByTestId('citation').first().inputValue();

describe('citing what is shown', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const release = async () =>
    ((await (await fetch(new URL('/api/meta', baseUrl))).json()) as { version: string }).version;

  it('cites the map view with its month, filters, release and address, in every format', async () => {
    const version = await release();
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU');
    const { page } = atlas;
    await atlas.mapIdle();
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText('Cite this').click();
    const apa = await citation(page);
    expect(apa).toMatch(/^Thaw Atlas\. \(\d{4}\)\. Thaw Atlas map, October 1956/);
    expect(apa).toContain(`(Version ${version}) [Data set]`);
    expect(apa).toMatch(/from http:\/\/[^ ]+\/\?date=1956-10&countries=HU/);

    const format = page.getByLabel('Format');
    await format.selectOption('bibtex');
    expect(await citation(page)).toMatch(/^@misc\{thawatlas-/);
    const [bib] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .bib' }).click(),
    ]);
    expect(bib.suggestedFilename()).toBe('thaw-atlas-citation.bib');
    expect(readFileSync(String(await bib.path()), 'utf8')).toContain(`version = {${version}}`);
    await format.selectOption('ris');
    // (A text field shows the RIS record's CRLF line ends as LF.)
    expect(await citation(page)).toMatch(/^TY {2}- DATA\nAU {2}- Thaw Atlas\n/);
    await format.selectOption('csl-json');
    expect(JSON.parse(await citation(page))[0]).toMatchObject({ type: 'dataset', version });
    await atlas.close();
  });

  it("cites a chart by its figure's title", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL('/compare?countries=HU&from=1955&to=1957', baseUrl).href);
    const actions = page.getByRole('button', { name: 'Download and share' }).first();
    await actions.click();
    await page.getByText('Cite this').first().click();
    expect(await citation(page)).toMatch(/^Thaw Atlas\. \(\d{4}\)\. [A-Z][^(]*1955–1957/);
    await context.close();
  });

  it('downloads the whole dataset as a zip with its README', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU');
    const { page } = atlas;
    await page.getByRole('button', { name: 'Share' }).click();
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download all the data' }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^thaw-atlas-data-.*\.zip$/);
    const files = unzipSync(readFileSync(String(await zip.path())));
    expect(strFromU8(files['thaw-atlas/README.md'] as Uint8Array)).toContain('## events.csv');
    await atlas.close();
  });
});
