import { CATEGORIES } from '@thaw/charts';
import { describe, expect, it } from 'vitest';
import { FIRST_MONTH, LAST_MONTH } from '../time/months';
import { layOutByTime, rangeOf } from './layOutByTime';
import {
  type EventView,
  PHASE,
  type PhaseNumber,
  phaseAt,
  type VisibilityUniforms,
  type Visible,
  visibilityUniforms,
  visibilityValues,
} from './visibility';

const COUNTRIES = ['SU', 'PL', 'HU'];

/**
 * Events of every length from a day to years, starting all through the period, in every country
 * and category, some at its very first and last month: enumerated, so every run checks the same.
 */
const events: Visible[] = [];
for (let start = FIRST_MONTH; start <= LAST_MONTH; start += 5) {
  for (const [index, length] of [0, 1, 3, 14, 60].entries()) {
    events.push({
      startMonth: start,
      endMonth: Math.min(start + length, LAST_MONTH),
      country: COUNTRIES[(start + index) % COUNTRIES.length] ?? 'SU',
      category: CATEGORIES[(start + 2 * index) % CATEGORIES.length] ?? 'protest',
    });
  }
}
events.push({ startMonth: LAST_MONTH, endMonth: LAST_MONTH, country: 'PL', category: 'milestone' });

/** `VISIBILITY_GLSL`'s `shown()`, step by step in JS, over what the layer uploads and sets. */
function shownOnGpu(values: number[], rule: VisibilityUniforms, phase: PhaseNumber): boolean {
  const [start = 0, end = 0, country = 0, category = 0] = values;
  const chosen =
    ((rule.u_countries >>> country) & 1) === 1 && ((rule.u_categories >>> category) & 1) === 1;
  const current = start <= rule.u_month && end >= rule.u_month;
  const past = rule.u_cumulative && end < rule.u_month;
  return (
    chosen && (phase === PHASE.past ? past : phase === PHASE.current ? current : current || past)
  );
}

const FILTERS: Pick<EventView, 'countries' | 'categories'>[] = [
  { countries: COUNTRIES, categories: CATEGORIES },
  { countries: [], categories: CATEGORIES },
  { countries: COUNTRIES, categories: [] },
  ...COUNTRIES.map((country) => ({ countries: [country], categories: CATEGORIES })),
  ...CATEGORIES.map((category) => ({ countries: COUNTRIES, categories: [category] })),
  { countries: ['HU', 'SU'], categories: ['protest', 'intervention'] },
  { countries: ['PL'], categories: ['leadership', 'milestone'] },
];

describe('layOutByTime', () => {
  const layout = layOutByTime(events, (event) => event);

  it('holds every event once by end, then once in each month it is under way', () => {
    const monthsUnderWay = events.reduce((sum, e) => sum + e.endMonth - e.startMonth + 1, 0);
    expect(layout.order).toHaveLength(events.length + monthsUnderWay);
    expect(new Set(layout.order.slice(0, events.length))).toEqual(new Set(events));
    events.forEach((event, index) => {
      expect(layout.order[layout.endRank[index] ?? -1]).toBe(event);
    });
  });

  it('draws, for every month, mode and filter, exactly the events phaseAt shows', () => {
    const disagreements: string[] = [];
    for (let month = FIRST_MONTH; month <= LAST_MONTH; month++) {
      for (const mode of ['cumulative', 'month'] as const) {
        for (const filters of FILTERS) {
          const view: EventView = { month, mode, ...filters };
          const rule = visibilityUniforms(view, COUNTRIES);
          for (const [phase, name] of [
            [PHASE.past, 'past'],
            [PHASE.current, 'current'],
          ] as const) {
            const { first, count } = rangeOf(layout, phase, month);
            const drawn = layout.order
              .slice(first, first + count)
              .filter((event) => shownOnGpu(visibilityValues(event, COUNTRIES), rule, phase));
            const expected = events.filter((event) => phaseAt(event, view) === name);
            // Each event at most once, and the same events.
            const drawnSet = new Set(drawn);
            if (drawn.length !== expected.length || expected.some((e) => !drawnSet.has(e))) {
              disagreements.push(`${name} in month ${month}, ${mode}, ${JSON.stringify(filters)}`);
            }
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
