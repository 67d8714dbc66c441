/**
 * The app when its API misbehaves: down, slow, or answering garbage. The reader always sees
 * what is happening and can retry; nothing is left to throw uncaught.
 */
import type { Page, Route } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { Atlas, LAPTOP, useBrowser, watchErrors } from '../support/browser';

const API = '**/api/**';

/** Right enough to be read, wrong in every detail: each endpoint's key with the wrong contents. */
const WRONG_SHAPE = {
  countries: [{ id: 'SU' }],
  events: [{ id: 42, start: 'soon' }],
  tenures: 'none',
  series: {},
  sources: [null],
  type: 'FeatureCollection',
  features: [{}],
};

const answer = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body });

describe.concurrent('the app when the API fails', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  /** A page of its own whose API requests go to `handle` until the test lets them through. */
  async function openFaulty(path: string, pattern: string, handle: (route: Route) => unknown) {
    // No service worker: it would fetch past the page's routes once it took the page over.
    const context = await browser().newContext({ ...LAPTOP, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.route(pattern, handle);
    await page.goto(new URL(path, baseUrl).href);
    return { page, errors, atlas: new Atlas(page, baseUrl) };
  }

  /** Waits for the error state naming `what`, heals the API, retries, and sees the map. */
  async function expectRecovery(page: Page, pattern: string, what: RegExp) {
    const alert = page.getByRole('alert').filter({ hasText: what }).first();
    await alert.waitFor({ timeout: 30_000 });
    await page.unroute(pattern);
    await alert.getByRole('button', { name: 'Retry' }).click();
    const atlas = new Atlas(page, baseUrl);
    await atlas.slider.waitFor();
    await atlas.mapIdle();
    await page.getByRole('alert').waitFor({ state: 'detached' });
  }

  it('down: says so, and recovers on Retry', async ({ expect }) => {
    const { page, errors } = await openFaulty('/?date=1956-10', API, (route) =>
      route.abort('connectionrefused'),
    );
    await expectRecovery(page, API, /Could not load the atlas.*could not be reached/);
    expect(errors.uncaught).toEqual([]);
    await page.context().close();
  });

  it('slow (5 s an answer): shows that it is loading, then the atlas', async ({ expect }) => {
    const { page, errors, atlas } = await openFaulty('/?date=1956-10', API, async (route) => {
      await new Promise((done) => setTimeout(done, 5_000));
      await route.fallback();
    });
    await page
      .getByRole('status')
      .filter({ hasText: /Loading/ })
      .first()
      .waitFor();
    await atlas.slider.waitFor({ timeout: 30_000 });
    await atlas.mapIdle();
    expect(await atlas.date()).toBe('October 1956');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual({ uncaught: [], console: [] });
    await page.context().close();
  });

  it('answering invalid JSON: says so, and recovers on Retry', async ({ expect }) => {
    const { page, errors } = await openFaulty('/', API, answer('{"countries": [{"id": "SU", '));
    await expectRecovery(page, API, /Could not load the atlas.*unreadable \(not JSON\)/);
    expect(errors.uncaught).toEqual([]);
    await page.context().close();
  });

  it('answering JSON of the wrong shape: says so, and recovers on Retry', async ({ expect }) => {
    const { page, errors } = await openFaulty('/', API, answer(JSON.stringify(WRONG_SHAPE)));
    await expectRecovery(page, API, /Could not load the atlas.*no valid countries/);
    expect(errors.uncaught).toEqual([]);
    await page.context().close();
  });

  it('answering garbage for the events alone: the rest still works', async ({ expect }) => {
    const events = '**/api/events?*';
    const { page, errors, atlas } = await openFaulty(
      '/?date=1956-10',
      events,
      answer(JSON.stringify(WRONG_SHAPE)),
    );
    await atlas.slider.waitFor();
    const mapError = page
      .getByRole('alert')
      .filter({ hasText: /Could not load the map.*no valid events/ });
    await mapError.waitFor({ timeout: 30_000 });
    // The timeline and the leaders do not need the events.
    await atlas.setDate('1956-11');
    await page.getByRole('region', { name: 'Who led, November 1956' }).waitFor();
    await expectRecovery(page, events, /Could not load the map/);
    expect(await atlas.date()).toBe('November 1956');
    expect(errors.uncaught).toEqual([]);
    await page.context().close();
  });

  it('answering garbage for the gazetteer: places keep their events’ names, and Retry brings those of the date', async ({
    expect,
  }) => {
    const places = '**/api/places*';
    const { page, errors, atlas } = await openFaulty(
      '/?date=1961-12&countries=HU&view=table',
      places,
      answer(JSON.stringify(WRONG_SHAPE)),
    );
    const notice = page.getByRole('status').filter({ hasText: /names over time did not load/ });
    await notice.waitFor({ timeout: 30_000 });
    // The map and the table work on; the defence of 1956 keeps its name of 1956.
    const row = page.getByRole('row').filter({ hasText: 'Defenders of Sztálinváros' });
    expect(await row.getByRole('cell').nth(4).textContent()).toBe(
      'Sztálinváros (today Dunaújváros)',
    );
    await atlas.mapIdle();
    await page.unroute(places);
    await notice.getByRole('button', { name: 'Retry' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('Dunaújváros');
    await atlas.mapIdle();
    expect(errors.uncaught).toEqual([]);
    await page.context().close();
  });
});
