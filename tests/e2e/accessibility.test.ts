/**
 * The atlas as read by assistive technology (the map, the comparison, the chart embeds): no
 * serious axe-core violations, keyboard all the way.
 */
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { Atlas, Comparison, useBrowser } from '../support/browser';

interface Control {
  /** `role:name`, e.g. `checkbox:Poland`. */
  key: string;
  /** Whether a focus ring shows (for the focused control). */
  ring: boolean;
}

/**
 * Runs in the page: the focused control, or every control Tab should stop at (a radio group
 * stops once, at its checked radio), in document order.
 */
function describeControls(focusedOnly: boolean): Control[] {
  const describe = (element: HTMLElement): Control => {
    const role =
      element.getAttribute('role') ??
      element.getAttribute('type') ??
      (element.tagName === 'A' ? 'link' : element.tagName.toLowerCase());
    const name =
      element.getAttribute('aria-label') ??
      element.closest('label')?.textContent?.trim() ??
      element.textContent?.trim() ??
      '';
    // The focus ring is an outline, or, for the segmented radios, on the label's span.
    const ring = [element, element.nextElementSibling ?? element].some(
      (target) => getComputedStyle(target).outlineStyle !== 'none',
    );
    return { key: `${role}:${name}`, ring };
  };
  if (focusedOnly) {
    const focused = document.activeElement;
    return focused instanceof HTMLElement && focused !== document.body ? [describe(focused)] : [];
  }
  const candidates = document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, summary, [tabindex]',
  );
  return [...candidates]
    .filter(
      (element) =>
        element.tabIndex >= 0 &&
        !element.matches(':disabled') &&
        element.getClientRects().length > 0 &&
        !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
    )
    .map(describe);
}

/** The slider's month number as words: 45 → `October 1956`. */
const monthName = (index: number) =>
  new Date(Date.UTC(1953, index)).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

describe('accessibility', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  it('has no serious axe-core violations on the map, with an event open, and in the table', async () => {
    for (const path of [
      '/?date=1956-10',
      '/?date=1956-06&event=pl-1956-06-28-poznan-general-strike',
      '/?date=1956-10&view=table',
    ]) {
      // axe is injected as an inline script, which the app's Content-Security-Policy forbids.
      const atlas = await Atlas.open(browser(), baseUrl, path, { bypassCSP: true });
      await atlas.mapIdle();
      expect(await seriousViolations(atlas.page), path).toEqual([]);
      await atlas.close();
    }
  });

  it('reaches every control on the map page with Tab, each with a visible focus', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    await atlas.mapIdle();
    const controls = await atlas.page.evaluate(describeControls, false);
    const reached: string[] = [];
    // One full round: Tab leaves the page after its last control.
    for (let press = 0; press < 120; press++) {
      await atlas.page.keyboard.press('Tab');
      const [focused] = await atlas.page.evaluate(describeControls, true);
      if (!focused) break;
      expect(focused.ring, focused.key).toBe(true);
      reached.push(focused.key);
    }
    const keys = controls.map((control) => control.key);
    expect(keys).toEqual(expect.arrayContaining(['slider:Date', 'button:Play', 'radio:Map']));
    expect(reached).toEqual(keys);
    await atlas.close();
  });

  it('operates every control on the map page with the keyboard alone', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-10');
    const { page } = atlas;
    const press = (key: string) => page.keyboard.press(key);
    /** Tabs (or, `backwards`, Shift+Tabs) to the control `key`. */
    const tabTo = async (key: string | RegExp, backwards = false) => {
      for (let presses = 0; presses < 60; presses++) {
        await press(backwards ? 'Shift+Tab' : 'Tab');
        const [focused] = await page.evaluate(describeControls, true);
        if (focused && (typeof key === 'string' ? focused.key === key : key.test(focused.key))) {
          return;
        }
      }
      throw new Error(`Tab never reached ${key}`);
    };
    const checked = (name: string) => page.getByRole('checkbox', { name, exact: true }).isChecked();

    await tabTo('link:Skip to the content');
    await press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#main');

    await tabTo('checkbox:Poland');
    await press('Space');
    await expect.poll(() => atlas.query().get('countries')).toBe('SU,HU');
    await press('Space');
    await tabTo('checkbox:Protests');
    await press('Space');
    await expect.poll(() => checked('Protests')).toBe(false);
    await press('Space');
    await expect.poll(() => atlas.query().get('categories')).toBeNull();
    expect(atlas.query().get('countries')).toBeNull();

    // Tab stops once at a radio group; the arrow keys choose within it.
    await tabTo('radio:Up to this month');
    await press('ArrowRight');
    await expect.poll(() => atlas.query().get('mode')).toBe('month');
    await press('ArrowLeft');
    await expect.poll(() => atlas.query().get('mode')).toBeNull();

    await atlas.mapIdle();
    await tabTo('button:Download PNG');
    const png = page.waitForEvent('download');
    await press('Enter');
    expect((await png).suggestedFilename()).toBe('thaw-atlas-1956-10.png');

    await tabTo('radio:Map');
    await press('ArrowRight');
    await page.getByRole('table').waitFor();
    await tabTo('button:Download CSV');
    const csv = page.waitForEvent('download');
    await press('Enter');
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    await tabTo(/^button:Country/);
    await press('Enter');
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Country/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    await tabTo('radio:Table', true);
    await press('ArrowLeft');
    await expect.poll(() => atlas.query().get('view')).toBeNull();

    await tabTo('button:Previous month');
    await press('Enter');
    expect(await atlas.date()).toBe('September 1956');
    await tabTo('button:Next month');
    await press('Enter');
    expect(await atlas.date()).toBe('October 1956');
    await tabTo('button:2×');
    await press('Enter');
    await expect(
      page.getByRole('button', { name: '2×' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await tabTo('button:Play', true);
    await press('Enter');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await press('Enter');
    await page.getByRole('button', { name: 'Play' }).waitFor();

    // The slider speaks its value as words (aria-valuetext), the month the heading shows.
    await tabTo('slider:Date');
    const heading = page.getByRole('heading', { level: 1 });
    for (const [key, step] of [
      ['ArrowRight', 1],
      ['PageUp', 12],
      ['PageDown', -12],
    ] as const) {
      const before = Number(await atlas.slider.getAttribute('aria-valuenow'));
      await press(key);
      const now = Number(await atlas.slider.getAttribute('aria-valuenow'));
      expect(now - before, key).toBe(step);
      const spoken = await atlas.slider.getAttribute('aria-valuetext');
      expect(spoken, key).toBe(monthName(now));
      await expect.poll(() => heading.textContent()).toMatch(new RegExp(`^${spoken}`));
    }

    await tabTo(/^button:(Protest|Intervention|Leadership change|Milestone): /);
    await press('Enter');
    await atlas.details.waitFor();
    // The details take the focus, so a screen reader reads them next.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('event-details-heading');
    await tabTo('button:Close event details', true);
    await press('Enter');
    await expect.poll(() => atlas.details.count()).toBe(0);
    expect(atlas.query().get('event')).toBeNull();
    await atlas.close();
  });

  it('has no serious axe-core violations on the comparison, with an event open, and on chart embeds', async () => {
    for (const path of [
      '/compare',
      '/compare?countries=PL,HU&from=1956&to=1956&event=pl-1956-06-28-poznan-general-strike',
    ]) {
      const compare = await Comparison.open(browser(), baseUrl, path, { bypassCSP: true });
      if (path.includes('event=')) await compare.page.getByTestId('event-details').waitFor();
      expect(await seriousViolations(compare.page), path).toEqual([]);
      await compare.close();
    }
    const context = await browser().newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of [
      '/embed/timeline?from=1956&to=1956',
      '/embed/leaders?theme=dark',
      '/embed/country-comparison?measure=fatalities&size=slide',
      '/embed/fatalities-by-year?countries=HU&theme=transparent',
    ]) {
      await page.goto(new URL(path, baseUrl).href);
      await page
        .locator('svg.recharts-surface .recharts-layer')
        .first()
        .waitFor({ state: 'attached' });
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('works the comparison with the keyboard: brush, filters, chart actions, events, with a visible focus', async () => {
    const compare = await Comparison.open(browser(), baseUrl, '/compare');
    const page = compare.page;
    const reached = new Set<string>();
    for (let press = 0; press < 80 && !reached.has('button:Download and share'); press++) {
      await page.keyboard.press('Tab');
      const [focused] = await page.evaluate(describeControls, true);
      if (focused) {
        reached.add(focused.key);
        expect(focused.ring, focused.key).toBe(true);
        // Past the timeline's many marks in one step.
        if (focused.key.startsWith('button:Skip the timeline')) await page.keyboard.press('Enter');
      }
    }
    for (const key of [
      'checkbox:Poland',
      'checkbox:Milestones',
      'slider:From year',
      'slider:To year',
      'button:Download and share',
    ]) {
      expect([...reached], key).toContain(key);
    }
    // The focused chart's actions open with Enter; Escape closes them and keeps the focus.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Download SVG' }).first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Download and share',
    );
    // An event opens from its list with Enter and its details take the focus.
    const event = compare.column('HU').getByRole('button').filter({ hasText: /\d{4}/ }).first();
    await event.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('event-details-heading');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('event-details').count()).toBe(0);
    await compare.close();
  });
});
