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
  undatedFatalitiesLow: number;
  undatedFatalitiesHigh: number;
}

const series = async (query: string) =>
  (await api<{ series: YearlyRow[] }>(`/api/stats/yearly?${query}`)).body.series;

describe('GET /api/stats/yearly', () => {
  it('has one row per country and year, zero rows included, that add up to the events, each death once in its year', async () => {
    const rows = await series('');
    expect(rows).toHaveLength(3 * 16);
    const { body } = await api<{ events: Event[] }>('/api/events');
    const byId = new Map(body.events.map((e) => [e.id, e]));
    const wholes = (e: Event): Event[] => {
      const whole = e.partOf ? byId.get(e.partOf) : undefined;
      return whole ? [whole, ...wholes(whole)] : [];
    };
    const oneYear = (e: Event) => e.start.slice(0, 4) === (e.end ?? e.start).slice(0, 4);
    // Each death once: a figure counts only when no event above it (through partOf) has one...
    const counted = body.events.filter(
      (e) => e.fatalities !== null && wholes(e).every((whole) => whole.fatalities === null),
    );
    // ...and in its own year when it lies in one year and every figure above it spans several.
    const dated = body.events.filter(
      (e) =>
        e.fatalities !== null &&
        oneYear(e) &&
        wholes(e).every((whole) => whole.fatalities === null || !oneYear(whole)),
    );
    const sum = (events: Event[], edge: 'low' | 'high') =>
      events.reduce((total, e) => total + (e.fatalities?.[edge] ?? 0), 0);
    for (const row of rows) {
      const inRow = (e: Event) => e.country === row.country && e.start.startsWith(String(row.year));
      const events = body.events.filter(inRow);
      const count = (category: string) => events.filter((e) => e.category === category).length;
      expect(row).toEqual({
        country: row.country,
        year: row.year,
        protest: count('protest'),
        intervention: count('intervention'),
        leadership: count('leadership'),
        milestone: count('milestone'),
        total: events.length,
        fatalitiesLow: sum(dated.filter(inRow), 'low') + row.undatedFatalitiesLow,
        fatalitiesHigh: sum(dated.filter(inRow), 'high') + row.undatedFatalitiesHigh,
        undatedFatalitiesLow: row.undatedFatalitiesLow,
        undatedFatalitiesHigh: row.undatedFatalitiesHigh,
      });
    }
    for (const country of ['SU', 'PL', 'HU']) {
      const ofCountry = rows.filter((row) => row.country === country);
      const total = (key: keyof YearlyRow) => ofCountry.reduce((t, row) => t + Number(row[key]), 0);
      const countedHere = counted.filter((e) => e.country === country);
      expect(total('fatalitiesLow')).toBe(sum(countedHere, 'low'));
      expect(total('fatalitiesHigh')).toBe(sum(countedHere, 'high'));
    }
    // The reprisals of 1956–61: executions dated one by one in their years, the rest in 1956.
    const reprisals = rows.find((row) => row.country === 'HU' && row.year === 1956);
    expect(reprisals?.undatedFatalitiesLow).toBeGreaterThan(0);
    expect(
      rows.find((row) => row.country === 'HU' && row.year === 1958)?.fatalitiesLow,
    ).toBeGreaterThan(0);
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
