/**
 * The map frames what is asked: the chosen countries and the places of their events, a box from
 * the URL (a shared link, an embed, a story's slide), a selected event that is out of view.
 */
import type { Event } from '@thaw/data/schema';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, type Bbox, exposeMap, inBox, mapBounds, useBrowser } from '../support/browser';

/** Two boxes alike to within `degrees` on every side. */
const near = (a: Bbox, b: Bbox, degrees: number) =>
  a.every((value, side) => Math.abs(value - (b[side] ?? Number.NaN)) <= degrees);

describe('framing', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const events = async (): Promise<Event[]> =>
    ((await (await fetch(new URL('/api/events', baseUrl))).json()) as { events: Event[] }).events;

  it('frames the chosen countries: the places of their events, interventions abroad included', async () => {
    const all = await events();
    for (const [country, abroad] of [
      ['HU', 'CS'],
      ['PL', 'CS'],
      ['SU', 'HU'],
    ] as const) {
      const atlas = await Atlas.open(browser(), baseUrl, `/?date=1968-08&countries=${country}`);
      await atlas.mapIdle();
      const bounds = await atlas.bounds();
      const framed = all.filter(
        (event) =>
          event.country === country && (event.target === null || event.category === 'intervention'),
      );
      expect(
        framed.some((event) => event.target === abroad),
        country,
      ).toBe(true);
      for (const event of framed) {
        expect(inBox(bounds, event.place.lon, event.place.lat), `${country}: ${event.id}`).toBe(
          true,
        );
        if (event.origin) {
          expect(inBox(bounds, event.origin.lon, event.origin.lat), `${event.id}'s origin`).toBe(
            true,
          );
        }
      }
      if (country === 'HU') {
        // Hungary alone is Hungary, not Europe.
        expect(bounds[2] - bounds[0]).toBeLessThan(10);
        await atlas.screenshot('framing-hungary');
      }
      if (country === 'PL') {
        // Its leader's death in Moscow is an event abroad, but no intervention: not framed.
        expect(bounds[2]).toBeLessThan(37.6);
      }
      await atlas.close();
    }
  });

  it('opens on Central and Eastern Europe with every country, as the atlas opens', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    await atlas.mapIdle();
    const [west, south, east, north] = await atlas.bounds();
    // The overview, [11, 42.5, 44, 58.5], fitted: the Elbe to Moscow.
    expect(west).toBeLessThanOrEqual(11.001);
    expect(east).toBeGreaterThanOrEqual(43.999);
    expect(south).toBeLessThanOrEqual(42.501);
    expect(north).toBeGreaterThanOrEqual(58.499);
    expect(east - west).toBeLessThan(60);
    await atlas.close();
  });

  it('flies to other countries, and jumps for readers who asked for less motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU', {
        reducedMotion,
      });
      const { page } = atlas;
      await page.waitForFunction(
        () => 'map' in ((window as { __thawMap?: object }).__thawMap ?? {}),
      );
      const before = await atlas.bounds();
      const moves = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const { map } = (
              window as unknown as {
                __thawMap: { map: { on(type: string, listener: () => void): void } };
              }
            ).__thawMap;
            let count = 0;
            map.on('move', () => count++);
            map.on('moveend', () => resolve(count));
          }),
      );
      await atlas.setChecked('Poland', true);
      const frames = await moves;
      if (reducedMotion === 'reduce') expect(frames).toBe(1);
      else expect(frames).toBeGreaterThan(5);
      const after = await atlas.bounds();
      expect(after[2] - after[0], reducedMotion).toBeGreaterThan(before[2] - before[0]);
      await atlas.close();
    }
  });

  it('frames countries chosen behind the table when the map shows again', async () => {
    const plain = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU');
    await plain.mapIdle();
    const hungary = await plain.bounds();
    await plain.close();
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    await atlas.mapIdle();
    await atlas.page.getByRole('radio', { name: 'Table' }).check();
    await atlas.page.getByRole('table').waitFor();
    await atlas.setChecked('Soviet Union', false);
    await atlas.setChecked('Poland', false);
    await expect.poll(() => atlas.query().get('countries')).toBe('HU');
    await atlas.page.getByRole('radio', { name: 'Map' }).check();
    await atlas.mapIdle();
    expect(near(await atlas.bounds(), hungary, 0.001)).toBe(true);
    await atlas.close();
  });

  it('brings a selected event into view, and keeps still for one already in view', async () => {
    // A frame of Debrecen, 200 km east of Budapest.
    const atlas = await Atlas.open(
      browser(),
      baseUrl,
      '/?date=1956-10&countries=HU&mode=month&bbox=21.3,47.35,21.95,47.7',
    );
    await atlas.mapIdle();
    const before = await atlas.bounds();
    await atlas.openEvent(/Debrecen police/);
    await atlas.mapIdle();
    expect(await atlas.bounds()).toEqual(before);
    await atlas.openEvent(/Student march in Budapest/);
    await atlas.mapIdle();
    const after = await atlas.bounds();
    expect(inBox(after, 19.05, 47.5)).toBe(true);
    // Sideways, at the same zoom.
    expect(after[2] - after[0]).toBeCloseTo(before[2] - before[0], 3);
    await atlas.close();
  });

  it('keeps the reader’s frame in the URL, without a history entry per move, and opens it again', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU');
    const { page } = atlas;
    await atlas.mapIdle();
    const entries = await page.evaluate(() => window.history.length);
    const box = await atlas.map.boundingBox();
    if (!box) throw new Error('the map has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => atlas.query().get('bbox')).not.toBeNull();
    const dragged = atlas.query().get('bbox');
    await page.mouse.wheel(0, -400);
    await expect.poll(() => atlas.query().get('bbox')).not.toBe(dragged);
    await atlas.mapIdle();
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    const shown = await atlas.bounds();
    const written = (atlas.query().get('bbox') ?? '').split(',').map(Number) as Bbox;
    expect(near(written, shown, 0.001), `${written} against ${shown}`).toBe(true);

    const link = new URL(page.url());
    const reader = await Atlas.open(browser(), baseUrl, link.pathname + link.search);
    await reader.mapIdle();
    expect(near(await reader.bounds(), shown, 0.01)).toBe(true);
    // Other countries are framed afresh; back brings the reader's frame again.
    await reader.setChecked('Poland', true);
    await expect.poll(() => reader.query().get('bbox')).toBeNull();
    await reader.mapIdle();
    expect(near(await reader.bounds(), shown, 0.5)).toBe(false);
    await reader.page.goBack();
    await expect.poll(() => reader.query().get('countries')).toBe('HU');
    await reader.mapIdle();
    expect(near(await reader.bounds(), shown, 0.01)).toBe(true);
    await reader.close();
    await atlas.close();
  });

  it('notes a frame it cannot read, and frames the chosen countries instead', async () => {
    const plain = await Atlas.open(browser(), baseUrl, '/?date=1956-10&countries=HU');
    await plain.mapIdle();
    const hungary = await plain.bounds();
    await plain.close();
    const atlas = await Atlas.open(
      browser(),
      baseUrl,
      '/?date=1956-10&countries=HU&bbox=23,45,16,48',
    );
    const notes = atlas.page.getByTestId('url-notes');
    await expect.poll(() => notes.textContent()).toContain('west must be less than east');
    await expect.poll(() => atlas.query().get('bbox')).toBeNull();
    expect(atlas.query().get('countries')).toBe('HU');
    await atlas.mapIdle();
    expect(near(await atlas.bounds(), hungary, 0.001)).toBe(true);
    await atlas.close();
  });

  it('shares a link and embed code at the frame on screen, and the embed opens at that frame', async () => {
    // A story step's frame: central Budapest.
    const atlas = await Atlas.open(
      browser(),
      baseUrl,
      '/?date=1956-11&countries=HU&bbox=18.8,47.35,19.35,47.65',
    );
    const { page } = atlas;
    await atlas.mapIdle();
    const shown = await atlas.bounds();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = new URL(await page.getByTestId('copied-text').inputValue());
    expect(link.searchParams.get('date')).toBe('1956-11');
    const linked = (link.searchParams.get('bbox') ?? '').split(',').map(Number) as Bbox;
    expect(near(linked, shown, 0.001), `${linked}`).toBe(true);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.getByTestId('copied-text').inputValue();
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    if (!src) throw new Error(`no iframe in ${code}`);
    const embedded = new URL(src);
    expect(embedded.pathname).toBe('/embed/map');
    expect(embedded.searchParams.get('bbox')).toBe(link.searchParams.get('bbox'));
    await atlas.close();

    // A slide: another shape than the page's map, the same box in view.
    const context = await browser().newContext({
      viewport: { width: 960, height: 540 },
      reducedMotion: 'reduce',
    });
    await exposeMap(context);
    const slide = await context.newPage();
    await slide.goto(embedded.href);
    await slide.locator('[data-testid="map"][data-idle="true"]').waitFor({ timeout: 30_000 });
    const framed = await mapBounds(slide);
    const tolerance = 0.002;
    expect(framed[0]).toBeLessThanOrEqual(linked[0] + tolerance);
    expect(framed[1]).toBeLessThanOrEqual(linked[1] + tolerance);
    expect(framed[2]).toBeGreaterThanOrEqual(linked[2] - tolerance);
    expect(framed[3]).toBeGreaterThanOrEqual(linked[3] - tolerance);
    // Fitted, not merely around it: one pair of edges is the box's own.
    const fitted = Math.abs(framed[1] - linked[1]) < 0.01 || Math.abs(framed[0] - linked[0]) < 0.01;
    expect(fitted).toBe(true);
    const explore = await slide
      .getByRole('link', { name: 'Explore this map' })
      .getAttribute('href');
    expect(new URL(explore ?? '', baseUrl).searchParams.get('bbox')).toBe(
      link.searchParams.get('bbox'),
    );
    await context.close();
  });
});
