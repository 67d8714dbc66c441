import { describe, expect, inject, it } from 'vitest';
import { Atlas, useBrowser } from '../support/browser';

describe('the timeline', () => {
  const browser = useBrowser();
  let atlas: Atlas;
  const baseUrl = inject('baseUrl');

  it('moves by keyboard, writes the date to the URL and changes the events shown', async () => {
    atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-09');
    expect(await atlas.date()).toBe('September 1956');
    const september = await atlas.monthEvents();
    await atlas.slider.focus();
    await atlas.page.keyboard.press('ArrowRight');
    expect(await atlas.date()).toBe('October 1956');
    await expect.poll(() => atlas.query().get('date')).toBe('1956-10');
    await expect
      .poll(() => atlas.page.getByRole('heading', { name: /^Events in October 1956/ }).count())
      .toBe(1);
    const october = await atlas.monthEvents();
    expect(october.length).toBeGreaterThan(0);
    expect(october).not.toEqual(september);
    await atlas.mapIdle();
    await atlas.screenshot('timeline-1956-10');

    await atlas.page.keyboard.press('PageUp');
    expect(await atlas.date()).toBe('October 1957');
    await atlas.page.keyboard.press('End');
    expect(await atlas.date()).toBe('December 1968');
    await atlas.page.keyboard.press('Home');
    expect(await atlas.date()).toBe('January 1953');
    // January 1953 is not the default (March 1953), so it stays in the URL.
    await expect.poll(() => atlas.query().get('date')).toBe('1953-01');
    await atlas.close();
  });

  it('plays forward on its own and pauses with Space', async () => {
    atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-01');
    const historyLength = () => atlas.page.evaluate(() => window.history.length);
    const entriesBefore = await historyLength();
    await atlas.page.getByRole('button', { name: '2×' }).click();
    await atlas.page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => Number(await atlas.slider.getAttribute('aria-valuenow')), {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(36 + 3);
    await atlas.slider.focus();
    await atlas.page.keyboard.press('Space');
    await expect(atlas.page.getByRole('button', { name: 'Play' }).count()).resolves.toBe(1);
    const paused = await atlas.date();
    await atlas.page.waitForTimeout(1000);
    expect(await atlas.date()).toBe(paused);
    // The URL followed the player without a history entry for each month: the run is one entry.
    const date = atlas.query().get('date') ?? '';
    expect(date > '1956-03').toBe(true);
    expect(await historyLength()).toBe(entriesBefore + 1);
    await atlas.close();
  });

  it('goes back and forward through the reader’s choices', async () => {
    atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    await atlas.setChecked('Poland', false);
    await expect.poll(() => atlas.query().get('countries')).toBe('SU,HU');
    await atlas.page.getByRole('radio', { name: 'Table' }).check();
    await expect.poll(() => atlas.query().get('view')).toBe('table');
    await atlas.page.goBack();
    await expect.poll(() => atlas.query().get('view')).toBeNull();
    await expect(
      atlas.page.getByRole('checkbox', { name: 'Poland', exact: true }).isChecked(),
    ).resolves.toBe(false);
    await atlas.page.goBack();
    await expect.poll(() => atlas.query().get('countries')).toBeNull();
    await expect(
      atlas.page.getByRole('checkbox', { name: 'Poland', exact: true }).isChecked(),
    ).resolves.toBe(true);
    await atlas.page.goForward();
    await expect(
      atlas.page.getByRole('checkbox', { name: 'Poland', exact: true }).isChecked(),
    ).resolves.toBe(false);
    expect(await atlas.date()).toBe('October 1956');
    await atlas.close();
  });
});
