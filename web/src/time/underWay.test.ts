import { CATEGORIES } from '@thaw/charts';
import { describe, expect, it } from 'vitest';
import { type EventView, phaseAt, type Visible } from '../map/visibility';
import { FIRST_MONTH, LAST_MONTH } from './months';
import { pick, underWayIndex } from './underWay';

const COUNTRIES = ['SU', 'PL', 'HU'];

/** Events of many lengths all through the period, some outside it at either end. */
const events: Visible[] = [];
for (let start = FIRST_MONTH - 3; start <= LAST_MONTH + 2; start += 7) {
  for (const [index, length] of [0, 2, 11, 40].entries()) {
    events.push({
      startMonth: start,
      endMonth: start + length,
      country: COUNTRIES[(start + index + 3) % COUNTRIES.length] ?? 'SU',
      category: CATEGORIES[(start + 3 + index) % CATEGORIES.length] ?? 'protest',
    });
  }
}

describe('underWayIndex', () => {
  const index = underWayIndex(events, (event) => event);

  it("finds, for every month and mode, exactly the events phaseAt shows, in the list's order", () => {
    for (let month = FIRST_MONTH; month <= LAST_MONTH; month++) {
      for (const mode of ['month', 'cumulative'] as const) {
        const view: EventView = { month, mode, countries: COUNTRIES, categories: CATEGORIES };
        const current = events.filter((event) => phaseAt(event, view) === 'current');
        expect(pick(events, index.underWay(month))).toEqual(current);
        const past = events.filter((event) => phaseAt(event, view) === 'past');
        const ended = pick(events, index.byEnd.slice(0, index.endedBefore(month)));
        expect(ended.filter((event) => phaseAt(event, view) === 'past')).toEqual(
          mode === 'cumulative' ? [...past].sort((a, b) => a.endMonth - b.endMonth) : [],
        );
        expect(ended.every((event) => event.endMonth < month)).toBe(true);
      }
    }
  });

  it('counts every event as ended after the last month', () => {
    expect(index.endedBefore(LAST_MONTH + 1)).toBe(
      events.filter((event) => event.endMonth <= LAST_MONTH).length,
    );
    expect(index.byEnd).toHaveLength(events.length);
  });
});
