import { Story } from '@thaw/data/stories';
import { describe, expect, it } from 'vitest';
import { parseExplorerState } from '../state/urlState';
import { monthOf } from '../time/months';
import { stepDateLabel, stepExplorerHref, stepMonth } from './stepView';
import { runMonth } from './useMonthRun';

const context = { countryIds: ['SU', 'PL', 'HU'] };
const [month, span] = Story.parse({
  id: 'test',
  title: 'Test',
  summary: 'A test.',
  steps: [
    {
      title: 'Budapest',
      date: '1956-10',
      countries: ['HU', 'SU'],
      categories: ['protest', 'intervention'],
      mode: 'month',
      frame: { bbox: [16.1, 45.7, 22.9, 48.6] },
      highlight: ['hu-1956-10-23-armed-uprising'],
      caption: 'The uprising began on 23 October.',
      show: 'map',
    },
    {
      title: 'Berlin and Vorkuta',
      from: '1953-06',
      to: '1953-08',
      countries: ['SU'],
      mode: 'cumulative',
      frame: { bbox: [10, 45, 70, 70] },
      caption: 'Strikes followed.',
      show: 'map',
    },
  ],
}).steps;

describe("a step's view", () => {
  it('shows its month, or the last of its span', () => {
    if (!month || !span) throw new Error('two steps');
    expect(stepMonth(month)).toBe(monthOf('1956-10'));
    expect(stepMonth(span)).toBe(monthOf('1953-08'));
    expect(stepDateLabel(month)).toBe('October 1956');
    expect(stepDateLabel(span)).toBe('June–August 1953');
  });

  it("links to the explorer with the explorer's own URL, read back as the step's state", () => {
    if (!month) throw new Error('a step');
    const href = stepExplorerHref(month, context);
    expect(href).toBe(
      '/?date=1956-10&countries=SU,HU&categories=protest,intervention&mode=month&bbox=16.1,45.7,22.9,48.6',
    );
    const { state, notes } = parseExplorerState(href.slice(1), context);
    expect(notes).toEqual([]);
    expect(state).toMatchObject({
      month: monthOf('1956-10'),
      countries: ['SU', 'HU'],
      mode: 'month',
      bbox: [16.1, 45.7, 22.9, 48.6],
    });
  });

  it('runs the timeline to the new month in a second, eased, in whole months', () => {
    expect(runMonth(0, 40, 0)).toBe(0);
    expect(runMonth(0, 40, 500)).toBe(20);
    expect(runMonth(0, 40, 1000)).toBe(40);
    expect(runMonth(0, 40, 5000)).toBe(40);
    expect(runMonth(40, 0, 250)).toBeGreaterThan(30);
    const months = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map((t) =>
      runMonth(10, 30, t),
    );
    expect(months).toEqual([...months].sort((a, b) => a - b));
  });
});
