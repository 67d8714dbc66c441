/**
 * A shipped story presented: stepped by keyboard (URL, date, frame, caption and events follow),
 * the timeline run or jumped, the speaker notes following in a second window, the embed in
 * someone else's page, the printed handout, and the messages for a wrong address.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '@thaw/data/stories';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import {
  ARTIFACTS,
  type Bbox,
  exposeMap,
  imageColours,
  LAPTOP,
  mapBounds,
  serveFiles,
  useBrowser,
  watchErrors,
} from '../support/browser';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** `October 1956` for `1956-10`. */
const monthLabel = (month: string) =>
  `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const stepMonth = (step: Story['steps'][number]) => step.date ?? step.to ?? '';

/** The map shows the frame: fitted exactly, so one pair of sides matches and the other holds it. */
function framed(bounds: Bbox, [west, south, east, north]: Bbox): boolean {
  const slack = 0.02;
  const holds =
    bounds[0] <= west + slack &&
    bounds[1] <= south + slack &&
    bounds[2] >= east - slack &&
    bounds[3] >= north - slack;
  const widthFits = Math.abs(bounds[2] - bounds[0] - (east - west)) < 0.1;
  const heightFits = Math.abs(bounds[3] - bounds[1] - (north - south)) < 0.1;
  return holds && (widthFits || heightFits);
}

describe('stories', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const story = async (id: string): Promise<Story> =>
    (await (await fetch(new URL(`/api/stories/${id}`, baseUrl))).json()) as Story;
  const eventTitles = async (): Promise<Map<string, string>> => {
    const { events } = (await (await fetch(new URL('/api/events', baseUrl))).json()) as {
      events: { id: string; title: string }[];
    };
    return new Map(events.map((event) => [event.id, event.title]));
  };

  const mapIdle = (page: Page) =>
    page
      .locator('.story-map [data-testid="map"][data-idle="true"]')
      .waitFor({ state: 'attached', timeout: 30_000 });

  it('steps through a story by keyboard: URL, date, frame, caption and events follow', async () => {
    const shipped = await story('1956');
    const titles = await eventTitles();
    const context = await browser().newContext(LAPTOP);
    await exposeMap(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/story/1956`);

    const expectStep = async (index: number, path = `/story/1956/${index + 1}`) => {
      const step = shipped.steps[index];
      if (!step) throw new Error(`no step ${index}`);
      await expect.poll(() => new URL(page.url()).pathname).toBe(path);
      await expect.poll(() => page.getByTestId('story-caption').textContent()).toBe(step.caption);
      expect(await page.getByTestId('story-progress').textContent()).toBe(
        `Step ${index + 1} of ${shipped.steps.length}`,
      );
      expect(await page.getByRole('heading', { level: 2, name: step.title }).count()).toBe(1);
      const shownEvents = page.getByTestId('story-events').locator('.story-event-title');
      const expected = step.highlight.map((id) => titles.get(id));
      // The events arrive after the caption: wait for their list.
      await expect
        .poll(async () => (await shownEvents.allTextContents()).map((text) => text.trim()))
        .toEqual(expected.map((title) => expect.stringContaining(title ?? '?')));
      if (step.show === 'map') {
        await mapIdle(page);
        await expect
          .poll(() => page.getByTestId('story-month').textContent())
          .toBe(monthLabel(stepMonth(step)));
        const bounds = await mapBounds(page);
        expect(framed(bounds, step.frame.bbox), `${bounds} frames ${step.frame.bbox}`).toBe(true);
      } else {
        await page.locator('figure.chart-figure svg.recharts-surface').waitFor();
      }
    };

    // The story's own address is its first step.
    await expectStep(0, '/story/1956');
    // The first step's sources: the works, with their links where they are online.
    const sources = page.getByTestId('story-events').locator('details').first();
    await sources.locator('summary').click();
    expect(await sources.locator('cite').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'story-step-1.png') });
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expectStep(1);
    await page.keyboard.press(' ');
    await expectStep(2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(1);
    await page.keyboard.press('End');
    await expectStep(shipped.steps.length - 1);
    await page.screenshot({ path: join(ARTIFACTS, 'story-last-step.png') });
    await page.keyboard.press('Home');
    await expectStep(0);
    // Each step was a history entry.
    await page.goBack();
    await expectStep(shipped.steps.length - 1);
    await page.goBack();
    await expectStep(1);
    await page.goForward();
    await expectStep(shipped.steps.length - 1);

    // The table of steps and the explorer link, made by the explorer's own serializer.
    await page.getByText('All steps').click();
    await page.getByRole('link', { name: shipped.steps[4]?.title }).click();
    await expectStep(4);
    const explorer = await page
      .getByRole('link', { name: 'Open this step in the explorer' })
      .getAttribute('href');
    const query = new URL(explorer ?? '', baseUrl).searchParams;
    const fifth = shipped.steps[4];
    expect(query.get('date')).toBe(fifth && stepMonth(fifth));
    expect(query.get('bbox')).toBe(fifth?.frame.bbox.join(','));
    expect(errors).toEqual({ uncaught: [], console: [] });
    await context.close();
  });

  it('runs the timeline and flies to the next step, and jumps under reduced motion', async () => {
    const shipped = await story('1956');
    // Two map steps some months apart: the timeline has months to run through between them.
    const first = shipped.steps.findIndex((step, index) => {
      const next = shipped.steps[index + 1];
      return (
        step.show === 'map' &&
        next?.show === 'map' &&
        Number(stepMonth(next).slice(5)) - Number(stepMonth(step).slice(5)) >= 3
      );
    });
    expect(first).toBeGreaterThanOrEqual(0);
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser().newContext({ ...LAPTOP, reducedMotion });
      await exposeMap(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/story/1956/${first + 1}`);
      await page.waitForFunction(
        () => 'map' in ((window as { __thawMap?: object }).__thawMap ?? {}),
      );
      await page.getByTestId('story-month').waitFor();
      // Wait for the first frame to settle before counting the next step's moves.
      await page.waitForTimeout(1500);
      const watched = page.evaluate(
        () =>
          new Promise<{ moves: number; took: number; months: string[] }>((resolve) => {
            const { map } = (
              window as unknown as {
                __thawMap: { map: { on(type: string, listener: () => void): void } };
              }
            ).__thawMap;
            const month = document.querySelector('[data-testid="story-month"]');
            const months: string[] = [];
            new MutationObserver(() => months.push(month?.textContent ?? '')).observe(
              month as Node,
              { childList: true, characterData: true, subtree: true },
            );
            let moves = 0;
            let start = 0;
            map.on('move', () => {
              if (moves++ === 0) start = performance.now();
            });
            map.on('moveend', () => {
              const took = performance.now() - start;
              setTimeout(() => resolve({ moves, took, months }), 1200);
            });
          }),
      );
      // The keys are the other test's: here the step is taken with the presenter's own control.
      await page.getByRole('link', { name: 'Next →' }).click();
      const { moves, took, months } = await watched;
      const [from, to] = [shipped.steps[first], shipped.steps[first + 1]].map((step) =>
        monthLabel(step ? stepMonth(step) : ''),
      );
      expect(months.at(-1), reducedMotion).toBe(to);
      if (reducedMotion === 'reduce') {
        expect(moves).toBe(1);
        expect(months).toEqual([to]);
      } else {
        // A flight of about a second (how many frames it gets depends on the machine).
        expect(moves).toBeGreaterThan(1);
        expect(took).toBeGreaterThan(600);
        // Months between the two steps' went by on the way.
        expect(months.filter((label) => label !== from && label !== to).length).toBeGreaterThan(0);
      }
      await context.close();
    }
  });

  it('goes full screen with F, in larger type, and back with F', async () => {
    const context = await browser().newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/story/1956/2`);
    const caption = page.getByTestId('story-caption');
    await caption.waitFor();
    const size = () =>
      caption.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = await size();
    const fullScreen = () => page.evaluate(() => document.fullscreenElement?.className ?? null);
    await page.keyboard.press('f');
    await expect.poll(fullScreen).toContain('story-presenter');
    expect(await size()).toBeGreaterThan(before);
    await page.keyboard.press('f');
    await expect.poll(fullScreen).toBeNull();
    await context.close();
  });

  it('has speaker notes in a second window that follow the presentation, and move it', async () => {
    const shipped = await story('1956');
    const context = await browser().newContext(LAPTOP);
    const main = await context.newPage();
    await main.goto(`${baseUrl}/story/1956/2`);
    await main.getByTestId('story-caption').waitFor();
    const notes = await context.newPage();
    await notes.goto(`${baseUrl}/story/1956/notes`);
    const noteTitle = () => notes.getByTestId('notes-step-title').textContent();
    await expect.poll(noteTitle).toContain(shipped.steps[1]?.title);
    expect(await notes.getByTestId('notes-text').textContent()).toBe(
      shipped.steps[1]?.notes ?? 'No notes for this step.',
    );
    expect(await notes.getByTestId('notes-next').textContent()).toContain(shipped.steps[2]?.title);
    expect(await notes.getByTestId('notes-timer').textContent()).toMatch(/\d+:\d\d/);

    await main.bringToFront();
    await main.keyboard.press('ArrowRight');
    await expect.poll(noteTitle).toContain(shipped.steps[2]?.title);
    await main.keyboard.press('End');
    await expect.poll(noteTitle).toContain(shipped.steps.at(-1)?.title);
    expect(await notes.getByTestId('notes-next').textContent()).toContain('the end of the story');

    // And back: the notes window moves the presentation.
    await notes.getByRole('button', { name: '← Previous' }).click();
    await expect
      .poll(() => new URL(main.url()).pathname)
      .toBe(`/story/1956/${shipped.steps.length - 1}`);
    await notes.screenshot({ path: join(ARTIFACTS, 'story-notes.png') });
    await context.close();
  });

  it('embeds in another site’s page, which the frame resizes to its content', async () => {
    const context = await browser().newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/story/1968/3`);
    await page.getByText('Embed this story').click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.getByTestId('copied-text').inputValue();
    expect(code).toContain(`src="${baseUrl}/embed/story/1968/3"`);
    const site = await serveFiles(
      new Map([
        [
          '/lesson.html',
          {
            type: 'text/html',
            body: `<!doctype html><html lang="en"><title>Lesson</title><body style="margin:0"><div style="width:800px"><h1>A lesson</h1>${code}</div><p id="after">After the story.</p></body></html>`,
          },
        ],
      ]),
    );
    try {
      const lesson = await context.newPage();
      const errors = watchErrors(lesson);
      await lesson.goto(`${site.url}/lesson.html`);
      const frame = lesson.frameLocator('iframe');
      await frame.getByTestId('story-caption').waitFor();
      expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe(
        (await story('1968')).title,
      );
      expect(await frame.getByRole('link', { name: 'Sources' }).count()).toBe(1);
      // No app header in the frame.
      expect(await frame.locator('.app-header').count()).toBe(0);
      const sized = async () => {
        const iframe = await lesson.locator('iframe').boundingBox();
        const content = await frame
          .locator('.story-embed')
          .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
        return { iframe: Math.round(iframe?.height ?? 0), content };
      };
      await expect.poll(async () => (await sized()).iframe).not.toBe(720);
      await expect
        .poll(async () => Math.abs((await sized()).iframe - (await sized()).content))
        .toBeLessThanOrEqual(1);
      // Its own step controls; the frame follows what the next step needs.
      await frame.getByRole('link', { name: 'Next →' }).click();
      await expect
        .poll(() => frame.getByTestId('story-progress').textContent())
        .toContain('Step 4');
      await expect
        .poll(async () => Math.abs((await sized()).iframe - (await sized()).content))
        .toBeLessThanOrEqual(1);
      await lesson.screenshot({ path: join(ARTIFACTS, 'story-embed.png'), fullPage: true });
      expect(errors.uncaught).toEqual([]);
    } finally {
      await site.close();
      await context.close();
    }
  });

  it('prints as a handout, a step a page, each with its map', async () => {
    const shipped = await story('1956');
    const context = await browser().newContext(LAPTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/story/1956/print`);
    await page
      .locator('[data-testid="story-handout"][data-ready="true"]')
      .waitFor({ timeout: 120_000 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('img.story-handout-picture')].every(
        (image) =>
          (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
      ),
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const out = join(ARTIFACTS, 'story-handout');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'handout.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '60', '-png', join(out, 'handout.pdf'), join(out, 'page')]);
    const pages = readdirSync(out)
      .filter((name) => name.endsWith('.png'))
      .sort();
    expect(pages.length).toBe(shipped.steps.length);
    for (const [index, name] of pages.entries()) {
      const colours = await imageColours(page, readFileSync(join(out, name)), ['#d9e4ec']);
      // A blank page has a colour or two; a page with a map has the sea and many more.
      expect(colours.distinct, name).toBeGreaterThan(40);
      if (shipped.steps[index]?.show === 'map') {
        expect(colours.near['#d9e4ec'], `${name}: the sea`).toBeGreaterThan(2000);
      }
    }
    expect(errors.uncaught).toEqual([]);
    await context.close();
  });

  it('says what is wrong with a wrong address, and links on', async () => {
    const context = await browser().newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/story/no-such-story`);
    await page.getByRole('heading', { name: 'No story “no-such-story”' }).waitFor();
    // The list of the stories arrives after the heading.
    const title = (await story('1956')).title;
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(1);
    await page.goto(`${baseUrl}/story/1956/99`);
    await page.getByRole('heading', { name: 'No such step' }).waitFor();
    await page.getByRole('link', { name: 'Start at step 1' }).click();
    await page.getByTestId('story-caption').waitFor();
    expect(new URL(page.url()).pathname).toBe('/story/1956/1');
    await page.goto(`${baseUrl}/embed/story/1956/zero`);
    await page.getByRole('heading', { name: 'No such step' }).waitFor();
    await context.close();
  });

  it('has no serious accessibility problems', async () => {
    const context = await browser().newContext({ ...LAPTOP, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/story/1953-after-stalin/2`);
    await page.getByTestId('story-events').waitFor();
    await page.locator('.story-map [data-testid="map"][data-idle="true"]').waitFor({
      state: 'attached',
    });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
