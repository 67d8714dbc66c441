/** Events: from the list or the map into their details and sources; filters; shared links; the table. */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, useBrowser } from '../support/browser';

describe('events', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('opens an event from the month’s list, with its sources as links, and puts it in the URL', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-06');
    // The uprising itself: June 1956 now also lists its parts and the arrests that ran to August.
    await atlas.openEvent(/Poznań uprising: general strike/);
    const details = atlas.details;
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /Poznań/,
    );
    await expect(details.getByText(/June 1956/).count()).resolves.toBeGreaterThan(0);
    await expect(details.getByText(/killed|unknown/).count()).resolves.toBeGreaterThan(0);
    const sources = details.getByRole('list').last().getByRole('listitem');
    expect(await sources.count()).toBeGreaterThan(0);
    const links = details.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(/^https?:\/\//);
    expect(atlas.query().get('event')).toMatch(/^pl-1956-06-/);
    await atlas.mapIdle();
    await atlas.screenshot('event-poznan');
    await atlas.page.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => atlas.query().get('event')).toBeNull();
    await atlas.close();
  });

  it('opens an event by clicking its symbol on the map', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-06&countries=PL&mode=month');
    await atlas.openEvent(/Poznań/);
    const id = atlas.query().get('event');
    if (!id) throw new Error('no event opened');
    await atlas.page.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => atlas.query().get('event')).toBeNull();
    await atlas.mapIdle();
    // Poznań's events share the city: each is drawn apart from the others (symbols.test.ts), and
    // a click where this one is drawn opens this one.
    const { x, y } = await atlas.symbolPoint(id);
    await atlas.page.mouse.click(x, y);
    await atlas.details.waitFor();
    expect(atlas.query().get('event')).toBe(id);
    await atlas.close();
  });

  it('filters by country and category', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10&mode=month');
    const all = await atlas.monthEvents();
    await atlas.setChecked('Poland', false);
    await atlas.setChecked('Soviet Union', false);
    await expect.poll(() => atlas.query().get('countries')).toBe('HU');
    const hungary = await atlas.monthEvents();
    expect(hungary.length).toBeGreaterThan(0);
    expect(hungary.length).toBeLessThan(all.length);
    // The last country cannot be unticked: an empty map explains nothing.
    await expect(
      atlas.page.getByRole('checkbox', { name: 'Hungary', exact: true }).isDisabled(),
    ).resolves.toBe(true);
    await expect(atlas.page.getByTestId('leaders-PL').count()).resolves.toBe(0);
    await atlas.setChecked('Protests', false);
    await expect
      .poll(() => atlas.query().get('categories'))
      .toBe('intervention,leadership,milestone');
    expect((await atlas.monthEvents()).length).toBeLessThan(hungary.length);
    await atlas.mapIdle();
    await atlas.screenshot('filters-hungary-no-protests');
    await atlas.close();
  });

  it('restores a shared view from its link', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-06');
    await atlas.openEvent(/Poznań/);
    await atlas.setChecked('Hungary', false);
    const link = atlas.page.url();
    await atlas.close();

    const reader = await Atlas.open(
      browser(),
      baseUrl,
      new URL(link).pathname + new URL(link).search,
    );
    expect(await reader.date()).toBe('June 1956');
    await expect(
      reader.page.getByRole('checkbox', { name: 'Hungary', exact: true }).isChecked(),
    ).resolves.toBe(false);
    await reader.details.waitFor();
    await expect(reader.details.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /Poznań/,
    );
    await reader.close();
  });

  it('shows the same events as a sortable table and downloads them as CSV', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-12&view=table');
    const table = atlas.page.getByRole('table');
    await table.waitFor();
    const rows = table.getByRole('row');
    const count = (await rows.count()) - 1;
    expect(count).toBeGreaterThan(10);
    const deaths = atlas.page.getByRole('columnheader', { name: /Deaths/ });
    await deaths.getByRole('button').click();
    await deaths.getByRole('button').click();
    expect(await deaths.getAttribute('aria-sort')).toBe('descending');
    const firstDeaths = await rows.nth(1).getByRole('cell').last().textContent();
    expect(firstDeaths).toMatch(/killed/);
    await atlas.screenshot('table-1956-12');
    const [download] = await Promise.all([
      atlas.page.waitForEvent('download'),
      atlas.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thaw-atlas-events-1956-12.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    // The API's CSV columns.
    expect(lines[0]).toMatch(/^id,country,category,type,title,start,end,/);
    expect(lines).toHaveLength(count + 1);
    await atlas.close();
  });
});
