import type { Event } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { api, expectProblem } from './http';

interface YearlyRow {
  country: string;
  year: number;
  protest: number;
  intervention: number;
  leadership: number;
  milestone: number;
  total: number;
  fatalitiesLow: number;
  fatalitiesHigh: number;
}

const series = async (query: string) =>
  (await api<{ series: YearlyRow[] }>(`/api/stats/yearly?${query}`)).body.series;

describe('GET /api/stats/yearly', () => {
  it('has one row per country and year, zero rows included, that add up to the events', async () => {
    const rows = await series('');
    expect(rows).toHaveLength(3 * 16);
    const { body } = await api<{ events: Event[] }>('/api/events');
    // Each death once: a figure counts only when no event above it (through partOf) has one.
    const byId = new Map(body.events.map((e) => [e.id, e]));
    const wholeWithFigure = (e: Event): boolean => {
      const whole = e.partOf ? byId.get(e.partOf) : undefined;
      return whole !== undefined && (whole.fatalities !== null || wholeWithFigure(whole));
    };
    const deaths = (e: Event, edge: 'low' | 'high') =>
      wholeWithFigure(e) ? 0 : (e.fatalities?.[edge] ?? 0);
    for (const row of rows) {
      const events = body.events.filter(
        (e) => e.country === row.country && e.start.startsWith(String(row.year)),
      );
      const count = (category: string) => events.filter((e) => e.category === category).length;
      expect(row).toEqual({
        country: row.country,
        year: row.year,
        protest: count('protest'),
        intervention: count('intervention'),
        leadership: count('leadership'),
        milestone: count('milestone'),
        total: events.length,
        fatalitiesLow: events.reduce((sum, e) => sum + deaths(e, 'low'), 0),
        fatalitiesHigh: events.reduce((sum, e) => sum + deaths(e, 'high'), 0),
      });
    }
    expect(rows.some((row) => row.total === 0)).toBe(true);
  });

  it('counts only the categories asked for, over the years asked for', async () => {
    const rows = await series('countries=HU&categories=protest&from=1956&to=1957');
    expect(rows.map((row) => [row.country, row.year])).toEqual([
      ['HU', 1956],
      ['HU', 1957],
    ]);
    for (const row of rows) {
      expect(row.total).toBe(row.protest);
      expect(row.intervention + row.leadership + row.milestone).toBe(0);
    }
    expect(rows[0]?.protest).toBeGreaterThan(0);
  });

  it.each([
    ['from=1950', 'from', /not a year of 1953–1968/],
    ['to=68', 'to', /not a year/],
    ['from=1960&to=1955', 'to', /before from/],
    ['categories=strike', 'categories', /unknown category/],
  ])('rejects %s with a 400 naming %s', async (query, param, message) => {
    const problem = await expectProblem(`/api/stats/yearly?${query}`, 400);
    expect(problem.invalid?.find((item) => item.param === param)?.message).toMatch(message);
  });
});
