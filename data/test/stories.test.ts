import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countSentences,
  type Event,
  formatProblem,
  loadDataset,
  loadStories,
  STORIES_DIR,
  StoryStep,
  visibleInStep,
} from '../src';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const FIXTURES_FROM_ROOT = 'data/test/fixtures';

function eventsOf(dir?: string): Event[] {
  const result = loadDataset({ dir });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.dataset.events;
}

const minimalEvents = eventsOf(join(FIXTURES, 'minimal'));

/** The problems of one broken fixture, as `data:check` prints them. */
const problemsOf = (rule: string) =>
  loadStories({ dir: join(FIXTURES, 'broken-stories', rule), events: minimalEvents }).problems.map(
    formatProblem,
  );

const at = (rule: string, line: number, field: string) =>
  `${FIXTURES_FROM_ROOT}/broken-stories/${rule}/${rule}.json:${line}: ${field}: `;

describe('the story rules, each located at its file and line', () => {
  it('accept the valid fixture story, defaults filled in', () => {
    const { stories, problems } = loadStories({
      dir: join(FIXTURES, 'stories'),
      events: minimalEvents,
    });
    expect(problems).toEqual([]);
    expect(stories.map((story) => story.id)).toEqual(['minimal']);
    expect(stories[0]?.steps[0]?.categories).toEqual([
      'protest',
      'intervention',
      'leadership',
      'milestone',
    ]);
  });

  it('a highlighted event exists', () => {
    expect(problemsOf('unknown-event')).toEqual([
      `${at('unknown-event', 12, 'steps[0].highlight[1]')}no event "su-1956-02-no-such-event"`,
    ]);
  });

  it("a step's dates lie within 1953-01..1968-12", () => {
    expect(problemsOf('out-of-period')).toEqual([
      `${at('out-of-period', 18, 'steps[1].to')}1969-01 lies outside the atlas's period, 1953-01 to 1968-12`,
    ]);
  });

  it("a highlighted event is on the map at the step's date, in its mode and filters", () => {
    const problems = problemsOf('not-visible');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(at('not-visible', 12, 'steps[0].highlight[0]'));
    expect(problems[0]).toMatch(/it starts in 1956-11, after the step's 1956-10/);
    expect(problems[1]).toMatch(at('not-visible', 12, 'steps[0].highlight[1]'));
    expect(problems[1]).toMatch(/its country, HU, is not among the step's countries/);
  });

  it('a highlighted event lies within the frame', () => {
    expect(problemsOf('outside-frame')).toEqual([
      `${at('outside-frame', 12, 'steps[0].highlight[0]')}"su-1956-02-milestone" (37.62, 55.75) lies outside the frame`,
    ]);
  });

  it('the schema: each field at its own line, an unknown key at the key', () => {
    const problems = problemsOf('schema');
    const located = problems.map((problem) => problem.slice(0, problem.indexOf(': ', 60) + 2));
    expect(located).toEqual([
      at('schema', 8, 'steps[0].date'),
      at('schema', 10, 'steps[0].mode'),
      at('schema', 12, 'steps[0].caption'),
      at('schema', 13, 'steps[0].show'),
      at('schema', 14, 'steps[0].colour'),
    ]);
    expect(problems[2]).toMatch(/one to three sentences/);
  });

  // pnpm and tsx start in seconds on a busy machine.
  it('data:check prints them and fails', { timeout: 30_000 }, () => {
    const stories = join(FIXTURES, 'broken-stories/unknown-event');
    const run = () =>
      execFileSync('pnpm', ['--silent', 'data:check', join(FIXTURES, 'minimal'), stories], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    const failed = (() => {
      try {
        run();
        return { status: 0, stderr: '' };
      } catch (error) {
        return error as { status: number; stderr: string };
      }
    })();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${at('unknown-event', 12, 'steps[0].highlight[1]')}no event`);
  });
});

describe('the step rules', () => {
  const step = (fields: Record<string, unknown>) =>
    StoryStep.parse({
      title: 'A step',
      date: '1956-10',
      countries: ['HU'],
      mode: 'month',
      frame: { bbox: [16, 45, 23, 49] },
      caption: 'A caption.',
      show: 'map',
      ...fields,
    });
  const event = { country: 'HU', category: 'protest', start: '1956-10-23', end: null } as const;

  it('count sentences, not the stops of abbreviations before figures', () => {
    expect(countSentences('Troops fired at mine No. 29. Many died.')).toBe(2);
    expect(countSentences("He said 'no.' Then he left.")).toBe(2);
  });

  it('show an event in month mode only while it is under way, in cumulative mode after too', () => {
    expect(visibleInStep(event, step({}))).toBe(true);
    expect(visibleInStep(event, step({ date: '1956-11' }))).toBe(false);
    expect(visibleInStep(event, step({ date: '1956-11', mode: 'cumulative' }))).toBe(true);
    expect(visibleInStep(event, step({ date: undefined, from: '1956-09', to: '1956-10' }))).toBe(
      true,
    );
    expect(visibleInStep(event, step({ categories: ['leadership'] }))).toBe(false);
  });

  it('take a date or a range, not both', () => {
    expect(() => step({ from: '1956-10', to: '1956-11' })).toThrow(/not both/);
    expect(() => step({ date: undefined, from: '1956-11', to: '1956-10' })).toThrow(/before from/);
  });
});

describe('the shipped stories', () => {
  const { stories, problems } = loadStories({ events: eventsOf() });

  it('pass every rule', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    const files = readdirSync(STORIES_DIR).filter((name) => name.endsWith('.json'));
    expect(stories.map((story) => `${story.id}.json`)).toEqual(files.sort());
    expect(stories.map((story) => story.id)).toEqual(['1953-after-stalin', '1956', '1968']);
  });

  it('have 8 to 15 steps each, every step highlighting an event', () => {
    for (const story of stories) {
      expect(story.steps.length, story.id).toBeGreaterThanOrEqual(8);
      expect(story.steps.length, story.id).toBeLessThanOrEqual(15);
      for (const step of story.steps) expect(step.highlight, step.title).not.toEqual([]);
    }
  });
});
