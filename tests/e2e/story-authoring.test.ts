/**
 * Making one's own story: three views (two of the explorer, one of the comparison) added to a
 * draft, captioned and reordered in the editor, then shared by link into a fresh browser (no
 * draft of its own), downloaded as a file that `data:check` accepts, and opened from that file.
 * A damaged link and bad files get messages that name what is wrong.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, loadStories, Story } from '@thaw/data';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { ARTIFACTS, Atlas, LAPTOP, useBrowser } from '../support/browser';

const POZNAN = 'pl-1956-06-28-poznan-general-strike';
const BUDAPEST = 'hu-1956-10-23-budapest-demonstration';
const UPRISING = 'hu-1956-10-23-armed-uprising';

const VIEWS = [
  `/?date=1956-06&countries=PL&mode=month&event=${POZNAN}&bbox=15.5,51.8,18.3,53`,
  `/?date=1956-10&countries=HU&mode=month&event=${BUDAPEST}&bbox=18.8,47.35,19.35,47.65`,
];
const COMPARISON = `/compare?countries=PL,HU&from=1956&to=1956&event=${UPRISING}`;

const CAPTIONS = [
  'Workers of the Stalin works in Poznań struck and marched on 28 June. The army put the revolt down.',
  'Students marched through Budapest on 23 October. By night the crowd had pulled down Stalin’s statue.',
  'Poland and Hungary side by side through 1956. One country bent, the other broke.',
];

/** Clicks "Add this view to a story" and returns what it said. */
async function addView(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Add this view to a story' }).click();
  const status = page.locator('.add-to-story-status');
  await status.filter({ hasText: /Added as step|cannot/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** The editor's step headings, once it shows them. */
async function stepLegends(page: Page): Promise<string[]> {
  await page.getByRole('heading', { name: 'Your story draft' }).waitFor();
  return page.locator('.draft-step legend').allTextContents();
}

describe('making one’s own story', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const work = mkdtempSync(join(tmpdir(), 'thaw-story-'));

  it('makes a story of three views, shares it by link and by file, and says what is wrong with bad ones', async () => {
    // The explorer's two views, each once the map has framed it.
    const atlas = await Atlas.open(browser(), baseUrl, VIEWS[0]);
    await atlas.mapIdle();
    expect(await addView(atlas.page)).toBe('Added as step 1 of your draft — Edit draft');
    await atlas.open(VIEWS[1] ?? '');
    await atlas.mapIdle();
    expect(await addView(atlas.page)).toBe('Added as step 2 of your draft — Edit draft');
    await atlas.screenshot('story-added-view');
    const { page } = atlas;
    await page.goto(new URL(COMPARISON, baseUrl).href);
    await page.getByTestId('event-details').waitFor();
    expect(await addView(page)).toBe('Added as step 3 of your draft — Edit draft');
    await page.getByRole('link', { name: 'Edit draft' }).click();
    await page.getByRole('heading', { name: 'Your story draft' }).waitFor();

    // The draft survives a reload; what it lacks is said beside each field.
    await page.reload();
    expect(await stepLegends(page)).toEqual([
      'Step 1: June 1956',
      'Step 2: October 1956',
      'Step 3: Poland, Hungary, 1956',
    ]);
    const title = page.getByLabel('Story title');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.locator('#draft-title-problems').textContent())
      .toBe('give the story a title');
    expect(await page.locator('#step-0-caption-problems').textContent()).toBe(
      'write the caption: one to three sentences in your own words',
    );
    expect(await page.getByRole('button', { name: 'Copy share link' }).isDisabled()).toBe(true);
    await atlas.screenshot('story-draft-unfinished');

    await title.fill('Poland and Hungary, 1956');
    await page
      .getByLabel('Summary')
      .fill('Two risings against the Soviet order, and how each ended.');
    const steps = page.getByTestId('draft-step');
    // A caption with no full stop is refused, and the text stays as typed.
    const firstCaption = steps.nth(0).getByLabel('Caption');
    await firstCaption.fill('Poznań rose');
    expect(await page.locator('#step-0-caption-problems').textContent()).toContain(
      'end the caption with a full stop',
    );
    await page.reload();
    expect(await stepLegends(page)).toHaveLength(3);
    expect(await steps.nth(0).getByLabel('Caption').inputValue()).toBe('Poznań rose');
    for (const [index, caption] of CAPTIONS.entries()) {
      await steps.nth(index).getByLabel('Caption').fill(caption);
    }
    await steps.nth(2).getByLabel('Speaker notes (optional)').fill('Ask which outcome surprised.');
    await steps.nth(2).getByLabel('Step title').fill('Two countries, one year');

    // Reordered by keyboard: the comparison becomes the first step; the focus follows it.
    await page.getByRole('button', { name: 'Move up step 3' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-1-up');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-0-down');
    expect(await stepLegends(page)).toEqual([
      'Step 1: Two countries, one year',
      'Step 2: June 1956',
      'Step 3: October 1956',
    ]);
    // Deleted, then put back.
    await page.getByRole('button', { name: 'Delete step 2' }).click();
    expect(await stepLegends(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await stepLegends(page)).toEqual([
      'Step 1: Two countries, one year',
      'Step 2: June 1956',
      'Step 3: October 1956',
    ]);
    await expect.poll(() => page.locator('.draft-problems').count()).toBe(0);
    await atlas.screenshot('story-draft-editor');

    // Shared by link into a browser that has never seen the draft.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByTestId('copied-text').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl.replace(/\/$/, '')}/story/shared#.+`));
    const fresh = await browser().newContext(LAPTOP);
    const reader = await fresh.newPage();
    await reader.goto(link);
    expect(await reader.evaluate(() => localStorage.length)).toBe(0);
    await reader.getByTestId('story-caption').waitFor();
    expect(await reader.locator('.story-origin').textContent()).toContain(
      'Shared story — not reviewed by the atlas',
    );
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Poland and Hungary, 1956',
    );
    expect(await reader.getByTestId('story-caption').textContent()).toBe(CAPTIONS[2]);
    expect(await reader.locator('.story-contents li a').allTextContents()).toEqual([
      'Two countries, one year',
      'June 1956',
      'October 1956',
    ]);
    await reader.keyboard.press('ArrowRight');
    await expect.poll(() => reader.getByTestId('story-caption').textContent()).toBe(CAPTIONS[0]);
    expect(new URL(reader.url()).search).toBe('?step=2');
    await reader
      .locator('[data-testid="map"][data-idle="true"]')
      .waitFor({ state: 'attached', timeout: 30_000 });
    await reader.screenshot({ path: join(ARTIFACTS, 'story-shared-step-2.png') });
    await reader.keyboard.press('ArrowRight');
    await expect.poll(() => reader.getByTestId('story-caption').textContent()).toBe(CAPTIONS[1]);

    // Downloaded as a file that data:check accepts in data/stories.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('poland-and-hungary-1956.json');
    const storiesDir = mkdtempSync(join(work, 'stories-'));
    const file = join(storiesDir, download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    const story = Story.parse(JSON.parse(text));
    expect(story.steps.map((step) => [step.show, step.highlight])).toEqual([
      ['compare', [UPRISING]],
      ['map', [POZNAN]],
      ['map', [BUDAPEST]],
    ]);
    expect(story.steps[0]).toMatchObject({
      from: '1956-01',
      to: '1956-12',
      notes: 'Ask which outcome surprised.',
    });
    const loaded = loadDataset();
    if (!loaded.ok) throw new Error('the datasets do not load');
    const checked = loadStories({ dir: storiesDir, events: loaded.dataset.events });
    expect(checked.problems).toEqual([]);
    expect(checked.stories).toEqual([story]);

    // Opened again from the file, in the fresh browser.
    await reader.goto(new URL('/story/open', baseUrl).href);
    await reader.getByLabel(/Choose a story file/).setInputFiles(file);
    await reader.getByTestId('story-caption').waitFor();
    expect(await reader.getByTestId('story-caption').textContent()).toBe(CAPTIONS[2]);
    expect(await reader.locator('.story-origin').textContent()).toContain(
      'From the file “poland-and-hungary-1956.json”',
    );

    // A cut-short link.
    await reader.goto('about:blank');
    await reader.goto(
      link.slice(0, link.length - Math.floor((link.length - link.indexOf('#')) / 2)),
    );
    const trouble = reader.getByTestId('story-trouble');
    await trouble.waitFor();
    expect(await trouble.getByRole('heading').textContent()).toMatch(/^This link is damaged: /);
    expect(await trouble.getByRole('link', { name: 'Open your draft' }).count()).toBe(1);
    await reader.screenshot({ path: join(ARTIFACTS, 'story-damaged-link.png') });

    // A file that is not JSON, and one naming an event the atlas does not have.
    await reader.goto(new URL('/story/open', baseUrl).href);
    const picker = reader.getByLabel(/Choose a story file/);
    await picker.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"id": "notes", "title": '),
    });
    await trouble.waitFor();
    expect(await trouble.getByRole('heading').textContent()).toMatch(
      /^“notes\.json” cannot be opened: the file is not JSON \(.+\)$/,
    );
    // Dropped on the page rather than chosen.
    const invented = await reader.evaluateHandle(
      (content) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], 'invented.json', { type: 'application/json' }));
        return transfer;
      },
      text.replace(POZNAN, 'pl-1956-06-99-invented'),
    );
    await trouble.locator('.story-drop').dispatchEvent('drop', { dataTransfer: invented });
    await expect
      .poll(() => trouble.getByRole('heading').textContent())
      .toBe(
        '“invented.json”: This file names events the atlas does not have: “pl-1956-06-99-invented”',
      );
    expect(await trouble.getByRole('listitem').first().textContent()).toBe(
      'step 2, highlight[0]: no event "pl-1956-06-99-invented"',
    );
    await fresh.close();

    // The editor, with the shared story saved as the draft of a third browser, passes axe.
    const checking = await browser().newContext({ ...LAPTOP, bypassCSP: true });
    const editor = await checking.newPage();
    await editor.goto(link);
    await editor.getByRole('button', { name: 'Save as my draft' }).click();
    await editor.getByRole('link', { name: 'Edit draft' }).click();
    await editor.getByRole('heading', { name: 'Your story draft' }).waitFor();
    expect(await stepLegends(editor)).toHaveLength(3);
    expect(await seriousViolations(editor)).toEqual([]);
    await checking.close();
    await atlas.close();
  });
});
