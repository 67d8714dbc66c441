/** The explorer as read by assistive technology: no serious axe-core violations, keyboard all the way. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Atlas, launchBrowser } from '../support/browser';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(atlas: Atlas): Promise<string[]> {
  await atlas.page.addScriptTag({ content: axeSource });
  const violations = await atlas.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

describe('accessibility', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no serious axe-core violations on the map, with an event open, and in the table', async () => {
    for (const path of [
      '/?date=1956-10',
      '/?date=1956-06&event=pl-1956-06-28-poznan-general-strike',
      '/?date=1956-10&view=table',
    ]) {
      // axe is injected as an inline script, which the app's Content-Security-Policy forbids.
      const atlas = await Atlas.open(browser, baseUrl, path, { bypassCSP: true });
      await atlas.mapIdle();
      expect(await seriousViolations(atlas), path).toEqual([]);
      await atlas.close();
    }
  });

  it('reaches the filters, the view switch, the player and the slider with Tab, with a visible focus', async () => {
    const atlas = await Atlas.open(browser, baseUrl, '/?date=1956-10');
    const reached = new Set<string>();
    for (let press = 0; press < 40 && !reached.has('slider:Date'); press++) {
      await atlas.page.keyboard.press('Tab');
      const focused = await atlas.page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return null;
        const style = getComputedStyle(element);
        const role =
          element.getAttribute('role') ??
          element.getAttribute('type') ??
          element.tagName.toLowerCase();
        const name =
          element.getAttribute('aria-label') ??
          element.closest('label')?.textContent?.trim() ??
          element.textContent?.trim() ??
          '';
        // The focus ring is an outline, or, for the segmented radios, on the label's span.
        const ring =
          style.outlineStyle !== 'none' ||
          getComputedStyle(element.nextElementSibling ?? element).outlineStyle !== 'none';
        return { key: `${role}:${name}`, ring };
      });
      if (focused) {
        reached.add(focused.key);
        expect(focused.ring, focused.key).toBe(true);
      }
    }
    // Tab reaches a radio group at its checked radio; the arrow keys move within it.
    for (const key of [
      'checkbox:Poland',
      'checkbox:Protests',
      'radio:Up to this month',
      'radio:Map',
      'button:Play',
      'slider:Date',
    ]) {
      expect([...reached], key).toContain(key);
    }
    await atlas.close();
  });
});
