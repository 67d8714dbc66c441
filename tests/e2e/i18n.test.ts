/**
 * The atlas in its languages: a page asked for in Hungarian or Polish speaks it (and says so to
 * the document), the choice of the menu is kept, and a pseudo-locale run finds no interface word
 * left in English outside the event content (`lang="en"`). Screenshots go to tests/artifacts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { ARTIFACTS, LAPTOP, useBrowser, watchErrors } from '../support/browser';

/** Waits until the page has drawn its content: the map's slider and list, or the charts. */
async function settled(page: Page): Promise<void> {
  const { pathname } = new URL(page.url());
  if (pathname === '/') {
    await page.getByTestId('timeline-slider').waitFor();
    await page.locator('#month-events-heading').waitFor();
  } else if (pathname.startsWith('/story/')) {
    await page.getByTestId('story-events').waitFor();
  } else {
    await page.locator('svg.recharts-surface').first().waitFor();
  }
  await page.waitForFunction(() => document.querySelectorAll('.query-state').length === 0);
}

async function open(browser: Browser, url: string, options = {}) {
  const context = await browser.newContext({ ...LAPTOP, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await settled(page);
  return { page, errors, close: () => context.close() };
}

/**
 * Runs in the page: the visible text that is neither event content (inside `lang="en"`) nor
 * pseudo-localized. The pseudo-locale accents every letter of a message, so a run of two plain
 * Latin letters is English the catalogs missed; codes and names the atlas never translates
 * (formats, the licence, the font and borders' sources, the site's own address) are allowed.
 */
function untranslatedText(): string[] {
  const ALLOWED =
    /^(API|CSV|PNG|SVG|PDF|JSON|APA|Chicago|BibTeX|RIS|CSL-JSON|CC BY 4\.0|Natural Earth|Noto Sans|SU|PL|HU|[A-Z]{2}(,[A-Z]{2})*)$/;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (!parent || text === '') continue;
    // Event content is `lang="en"`; proper names and cited works `translate="no"`.
    if (
      parent.closest(
        '[lang="en"], [translate="no"], script, style, noscript, textarea, [aria-hidden="true"]',
      )
    )
      continue;
    if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
    // Links and addresses the page writes out are URLs, not words.
    const words = text
      .replace(/https?:\/\/\S+/g, '')
      .split(/[\s·,;:()“”„«»"'/–—-]+/)
      .filter((word) => /[A-Za-z]{2}/.test(word) && !ALLOWED.test(word));
    if (words.length > 0) found.push(text);
  }
  // Attributes read aloud or shown on hover count too.
  for (const element of document.querySelectorAll<HTMLElement>('[aria-label], [title]')) {
    // A timeline mark's title names its event, whose title stays English.
    if (element.closest('[lang="en"], [translate="no"], [data-event-content]')) continue;
    for (const name of ['aria-label', 'title']) {
      const value = element.getAttribute(name);
      if (value && /(^|\s)[A-Za-z]{2,}/.test(value.replace(/https?:\/\/\S+/g, ''))) {
        found.push(`${name}="${value}"`);
      }
    }
  }
  return [...new Set(found)];
}

describe('the atlas in its languages', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  mkdirSync(ARTIFACTS, { recursive: true });

  it('speaks Hungarian at /?lang=hu, and keeps it in the links it makes', async () => {
    const { page, errors, close } = await open(browser(), `${baseUrl}/?lang=hu&date=1956-10`);
    expect(await page.locator('html').getAttribute('lang')).toBe('hu');
    await expect(page.getByRole('link', { name: 'Térkép' }).count()).resolves.toBe(1);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('1956. október');
    await expect(page.getByRole('combobox').first().inputValue()).resolves.toBe('hu');
    // The URL the explorer writes as the reader moves keeps the language.
    await page.getByRole('button', { name: 'Következő hónap' }).click();
    await page.waitForURL(/date=1956-11/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('hu');
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-explorer-hu.png') });
    expect(errors).toEqual({ uncaught: [], console: [] });
    await close();
  });

  it('speaks Polish at /compare?lang=pl, its charts too', async () => {
    const { page, errors, close } = await open(browser(), `${baseUrl}/compare?lang=pl`);
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await expect(page.getByRole('link', { name: 'Porównanie' }).count()).resolves.toBe(1);
    const chartText = await page.locator('svg.recharts-surface text').allTextContents();
    expect(chartText.join(' ')).toContain('Źródło:');
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-compare-pl.png'), fullPage: true });
    expect(errors).toEqual({ uncaught: [], console: [] });
    await close();
  });

  it('remembers the language chosen in the menu, and the browser’s is the default', async () => {
    const { page, close } = await open(browser(), `${baseUrl}/`, { locale: 'ru-RU' });
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('pl');
    await page.waitForURL(/lang=pl/);
    await settled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    // A link without lang: the remembered choice, over the browser's Russian.
    await page.goto(`${baseUrl}/`);
    await settled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await close();
  });

  it.each(['/?date=1956-10&event=hu-1956-10-23-armed-uprising', '/compare', '/story/1956/2'])(
    'leaves no English interface word in the pseudo-locale at %s',
    async (path) => {
      const url = `${baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=pseudo`;
      const { page, errors, close } = await open(browser(), url);
      expect(await page.locator('html').getAttribute('lang')).toBe('en-x-pseudo');
      expect(await page.evaluate(untranslatedText)).toEqual([]);
      expect(errors).toEqual({ uncaught: [], console: [] });
      await close();
    },
  );

  it.each(['en', 'pl', 'hu', 'ru'])('has no serious axe violations in %s', async (lang) => {
    for (const path of ['/', '/compare']) {
      const { page, close } = await open(browser(), `${baseUrl}${path}?lang=${lang}`, {
        bypassCSP: true,
      });
      expect(await seriousViolations(page), `${path}?lang=${lang}`).toEqual([]);
      await close();
    }
  });
});
