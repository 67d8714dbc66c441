/**
 * A reader's session, scripted at random: a fixed number of actions (about two minutes) on the
 * slider, the player, filters, events, the table, the comparison and the embeds, in any order. It
 * ends without one console error or uncaught exception. THAW_SESSION_ACTIONS shortens it for a
 * quick look; a failure names its seed (THAW_SESSION_SEED replays the same actions) and the
 * actions that led there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, LAPTOP, useBrowser, watchErrors } from '../support/browser';
import { seededRandom } from '../support/seededRandom';

const ACTION_COUNT = Number(process.env.THAW_SESSION_ACTIONS ?? 80);
const SEED = Number(process.env.THAW_SESSION_SEED ?? 1956);

type Action = (atlas: Atlas) => Promise<unknown>;

describe('a session of random actions', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const random = seededRandom(SEED);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[between(0, items.length - 1)] as T;

  /** Clicks one of the enabled elements `locator` finds, if there is any. */
  async function clickAny(page: Page, selector: ReturnType<Page['getByRole']>) {
    const enabled = selector.and(page.locator(':enabled'));
    const count = await enabled.count();
    if (count > 0) await enabled.nth(between(0, count - 1)).click();
  }

  /** Leaves the explorer for another page, sees it settle, and comes back. */
  async function visit(atlas: Atlas, path: string) {
    const { page } = atlas;
    await page.goto(new URL(path, baseUrl).href);
    // Whatever these pages hold, they end up showing it: no spinner left, no error.
    await page.getByRole('main').waitFor();
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /^Loading/ })
            .count(),
        {
          timeout: 30_000,
        },
      )
      .toBe(0);
    expect(await page.getByRole('alert').count(), path).toBe(0);
    await page.goBack();
    await atlas.slider.waitFor();
  }

  const ACTIONS: [weight: number, name: string, action: Action][] = [
    [
      5,
      'move the slider',
      async (atlas) => {
        await atlas.slider.focus();
        for (let presses = between(1, 4); presses > 0; presses--) {
          await atlas.page.keyboard.press(
            pick(['ArrowLeft', 'ArrowRight', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']),
          );
        }
        const date = await atlas.date();
        await expect
          .poll(() => atlas.page.getByRole('heading', { level: 1 }).textContent())
          .toMatch(new RegExp(`^${date}`));
      },
    ],
    [
      2,
      'play, then pause',
      async (atlas) => {
        await atlas.page.getByRole('button', { name: pick(['0.5×', '1×', '2×']) }).click();
        await atlas.page.getByRole('button', { name: 'Play' }).click();
        await atlas.page.waitForTimeout(between(300, 2000));
        await atlas.page
          .getByRole('button', { name: 'Pause' })
          .or(atlas.page.getByRole('button', { name: 'Play' }))
          .click();
      },
    ],
    [
      3,
      'toggle a filter',
      (atlas) => clickAny(atlas.page, atlas.page.getByRole('group').getByRole('checkbox')),
    ],
    [
      1,
      'switch the mode',
      (atlas) =>
        atlas.page
          .getByRole('radio', { name: pick(['Up to this month', 'This month only']) })
          .check(),
    ],
    [
      2,
      'switch the view',
      (atlas) => atlas.page.getByRole('radio', { name: pick(['Map', 'Table']) }).check(),
    ],
    [
      4,
      'open an event',
      async (atlas) => {
        const list = atlas.page.getByRole('region', { name: /^Events in / }).getByRole('button');
        const rows = atlas.page.getByRole('cell').getByRole('button');
        const table = (await atlas.page.getByRole('table').count()) > 0;
        const events = table ? rows : list;
        const count = await events.count();
        if (count === 0) return;
        await events.nth(between(0, count - 1)).click();
        await atlas.details.waitFor();
        if (random() < 0.5) {
          await atlas.page.getByRole('button', { name: 'Close event details' }).click();
        }
      },
    ],
    [1, 'visit the comparison', (atlas) => visit(atlas, '/compare')],
    [1, 'visit a chart embed', (atlas) => visit(atlas, '/embed/events-by-year?countries=HU')],
    [
      1,
      'visit the map embed',
      (atlas) => visit(atlas, `/embed/map?date=${atlas.query().get('date') ?? '1956-10'}`),
    ],
  ];

  const chooseAction = () => {
    const total = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);
    let at = random() * total;
    for (const entry of ACTIONS) {
      at -= entry[0];
      if (at < 0) return entry;
    }
    return ACTIONS[0] as (typeof ACTIONS)[number];
  };

  it(
    `ends after ${ACTION_COUNT} actions without a console error or an uncaught exception`,
    async () => {
      const context = await browser().newContext(LAPTOP);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const atlas = new Atlas(page, baseUrl);
      await atlas.open('/?date=1956-10');
      const done: string[] = [];
      while (done.length < ACTION_COUNT && errors.uncaught.length + errors.console.length === 0) {
        const [, name, action] = chooseAction();
        done.push(name);
        try {
          await action(atlas);
        } catch (error) {
          throw new Error(
            `seed ${SEED}, action ${done.length} (${name}) failed; before it: ${done.slice(-8, -1).join(' → ')}`,
            { cause: error },
          );
        }
        await page.waitForTimeout(between(0, 300));
      }
      expect(errors, `seed ${SEED}, after: ${done.slice(-8).join(' → ')}`).toEqual({
        uncaught: [],
        console: [],
      });
      expect(done.length).toBe(ACTION_COUNT);
      console.log(
        done.length,
        JSON.stringify(
          Object.fromEntries(ACTIONS.map(([, n]) => [n, done.filter((d) => d === n).length])),
        ),
      );
      await context.close();
    },
    // Room for slow actions; the bound of the session is its number of actions.
    (ACTION_COUNT * 5 + 90) * 1000,
  );
});
