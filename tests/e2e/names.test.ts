/**
 * Places in the names of their time: Sztálinváros became Dunaújváros on 25 November 1961, and the
 * map's labels, the month's list, the table and its CSV name it as at the slider's date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, useBrowser } from '../support/browser';

const THEN = { name: 'Sztálinváros', modern: 'Dunaújváros' };
const NOW = { name: 'Dunaújváros' };

describe('names of their time', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('labels a renamed place on the map, and lists it, by its name of the month', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-11&countries=HU&mode=month');
    await atlas.mapIdle();
    const before = await atlas.placeLabels();
    expect(before).toContainEqual(THEN);
    expect(before.map((label) => label.name)).not.toContain(NOW.name);
    const meta = atlas.page
      .getByRole('region', { name: /^Events in / })
      .locator('.event-list-meta');
    expect(await meta.allTextContents()).toContainEqual(
      expect.stringContaining('Sztálinváros (today Dunaújváros)'),
    );
    await atlas.screenshot('names-1956-11-sztalinvaros');

    // The slider moves on past the renaming: the label and the list change with it.
    await atlas.setDate('1961-11');
    await atlas.mapIdle();
    const after = await atlas.placeLabels();
    expect(after).toContainEqual(NOW);
    expect(after.map((label) => label.name)).not.toContain(THEN.name);
    const listed = await meta.allTextContents();
    expect(listed).toContainEqual(expect.stringContaining('Dunaújváros'));
    expect(listed.join(' ')).not.toContain('Sztálinváros');
    await atlas.screenshot('names-1961-11-dunaujvaros');
    await atlas.close();
  });

  it('names an earlier event’s place as at the slider in the table and its CSV, on each side of the date', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1961-10&countries=HU&view=table');
    const row = atlas.page.getByRole('row').filter({ hasText: 'Defenders of Sztálinváros' });
    const csvPlaces = async () => {
      const [download] = await Promise.all([
        atlas.page.waitForEvent('download'),
        atlas.page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const [header = '', ...lines] = readFileSync(await download.path(), 'utf8').split('\r\n');
      const column = header.split(',').indexOf('placeName');
      const line = lines.find((text) => text.startsWith('hu-1956-11-07-sztalinvaros-resistance,'));
      // No commas before the place's name in this row's title or type.
      return line?.split(',')[column];
    };
    await expect
      .poll(() => row.getByRole('cell').nth(4).textContent())
      .toBe('Sztálinváros (today Dunaújváros)');
    expect(await csvPlaces()).toBe('Sztálinváros');

    await atlas.setDate('1961-12');
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('Dunaújváros');
    expect(await csvPlaces()).toBe('Dunaújváros');
    await atlas.close();
  });
});
