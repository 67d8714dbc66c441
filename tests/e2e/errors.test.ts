import { describe, expect, inject, it } from 'vitest';
import { Atlas, LAPTOP, useBrowser, watchErrors } from '../support/browser';

describe('failures', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('says when the API fails, and recovers on Retry', async () => {
    // No service worker: it would fetch past the page's routes once it took the page over.
    const context = await browser().newContext({ ...LAPTOP, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unavailable',
          status: 503,
          detail: 'The server is down for maintenance.',
        }),
      }),
    );
    await page.goto(new URL('/?date=1956-10', baseUrl).href);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(
      /Could not load the atlas.*down for maintenance/,
    );
    await new Atlas(page, baseUrl).screenshot('error-api-down');
    await page.unroute('**/api/**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    const atlas = new Atlas(page, baseUrl);
    await atlas.slider.waitFor();
    expect(await atlas.date()).toBe('October 1956');
    await atlas.mapIdle();
    await context.close();
  });

  it('falls back to the defaults on a bad link, says why, and lets the notes be dismissed', async () => {
    const atlas = new Atlas(await (await browser().newContext(LAPTOP)).newPage(), baseUrl);
    const errors = watchErrors(atlas.page);
    await atlas.open('/?date=banana&countries=XX&categories=zzz&event=nope');
    const notes = atlas.page.getByTestId('url-notes');
    await notes.waitFor();
    await expect(notes.textContent()).resolves.toMatch(/banana.*XX.*zzz/s);
    expect(await atlas.date()).toBe('March 1953');
    for (const label of ['Soviet Union', 'Poland', 'Hungary', 'Protests', 'Milestones']) {
      await expect(
        atlas.page.getByRole('checkbox', { name: label, exact: true }).isChecked(),
      ).resolves.toBe(true);
    }
    // An id that could be one is for the events to judge: the panel says there is no such event.
    const noEvent = atlas.page.getByRole('status').filter({ hasText: 'There is no event “nope”' });
    await noEvent.waitFor();
    await expect.poll(() => atlas.page.url()).toBe(new URL('/?event=nope', baseUrl).href);
    await atlas.screenshot('error-bad-link');
    await notes.getByRole('button', { name: 'Dismiss this note' }).click();
    await expect(notes.count()).resolves.toBe(0);
    await noEvent.getByRole('button', { name: 'Dismiss' }).click();
    // The address now names what is shown.
    await expect.poll(() => atlas.page.url()).toBe(new URL('/', baseUrl).href);
    expect(errors).toEqual({ uncaught: [], console: [] });
    await atlas.close();
  });

  it('keeps the panels and the table working when the map cannot be drawn', async () => {
    const context = await browser().newContext(LAPTOP);
    // A browser() without WebGL.
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/.test(type)) return null;
        return (getContext as (...args: unknown[]) => RenderingContext | null).call(
          this,
          type,
          ...rest,
        );
      } as typeof getContext;
    });
    const atlas = new Atlas(await context.newPage(), baseUrl);
    await atlas.open('/?date=1956-10');
    const failure = atlas.page.getByRole('alert').filter({ hasText: 'The map cannot be drawn' });
    await failure.waitFor();
    expect((await atlas.monthEvents()).length).toBeGreaterThan(0);
    await atlas.screenshot('error-no-webgl');
    await failure.getByRole('button', { name: 'Show the events as a table' }).click();
    await atlas.page.getByRole('table').waitFor();
    await atlas.openEvent(/./);
    await expect(atlas.details.count()).resolves.toBe(1);
    await context.close();
  });
});
