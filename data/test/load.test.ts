import { describe, expect, it } from 'vitest';
import { type Dataset, EVENT_TYPES, formatReport, loadDataset } from '../src';

function loadReal(): Dataset {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the datasets have errors:\n${formatReport(result.problems)}`);
  return result.dataset;
}

describe('the real datasets', () => {
  const dataset = loadReal();

  it('load with neither errors nor warnings', () => {
    const result = loadDataset();
    expect(result.ok && formatReport(result.warnings)).toBe('0 errors, 0 warnings');
  });

  it.each(['SU', 'PL', 'HU'])('hold at least 25 events for %s, in every category', (country) => {
    const events = dataset.events.filter((event) => event.country === country);
    expect(events.length).toBeGreaterThanOrEqual(25);
    for (const category of Object.keys(EVENT_TYPES)) {
      expect(
        events.some((event) => event.category === category),
        category,
      ).toBe(true);
    }
  });

  it.each(['SU', 'PL', 'HU'])('give %s a party, a government and a state timeline', (country) => {
    for (const role of ['party', 'government', 'state']) {
      expect(
        dataset.tenures.some((t) => t.country === country && t.role === role),
        role,
      ).toBe(true);
    }
  });

  it('name each event’s place as on its date, with the modern name beside it', () => {
    const katowice = dataset.events.filter((event) => event.place.id === 'katowice');
    expect(katowice.length).toBeGreaterThan(0);
    for (const event of katowice) {
      const stalinogrod = event.start >= '1953-03-07' && event.start <= '1956-12-10';
      expect(event.place.name, event.id).toBe(stalinogrod ? 'Stalinogród' : 'Katowice');
      expect(event.place.modernName).toBe('Katowice');
    }
  });

  it('cite a source that has a title for every event and tenure', () => {
    const titles = new Map(dataset.sources.map((source) => [source.id, source.title]));
    for (const record of [...dataset.events, ...dataset.tenures]) {
      expect(record.sources.map((id) => titles.get(id))).not.toContain(undefined);
    }
  });
});
