import type { Tenure } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { api, expectProblem } from './http';

const tenures = async (query: string) =>
  (await api<{ tenures: Tenure[] }>(`/api/leaders?${query}`)).body.tenures;
const inForce = (tenure: Tenure, day: string) =>
  tenure.start <= day && (tenure.end === null || tenure.end >= day);

describe('GET /api/leaders', () => {
  it('answers one party and one government leader per country on any day', async () => {
    for (const day of ['1953-01-01', '1956-11-04', '1964-10-20', '1968-12-31']) {
      const answer = await tenures(`at=${day}`);
      expect(
        answer.every((tenure) => inForce(tenure, day)),
        day,
      ).toBe(true);
      // Adjacent tenures may share their changeover day, so a day has one or two per lane.
      for (const country of ['SU', 'PL', 'HU']) {
        for (const role of ['party', 'government']) {
          const lane = answer.filter(
            (tenure) => tenure.country === country && tenure.role === role,
          );
          expect(lane.length, `${country} ${role} ${day}`).toBeGreaterThanOrEqual(1);
          expect(lane.length, `${country} ${role} ${day}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('answers the heads of state with roles=state, one lane per country on any day', async () => {
    for (const day of ['1953-01-01', '1960-06-01', '1968-12-31']) {
      const answer = await tenures(`at=${day}&roles=state`);
      expect(answer.every((tenure) => tenure.role === 'state')).toBe(true);
      for (const country of ['SU', 'PL', 'HU']) {
        expect(
          answer.some((tenure) => tenure.country === country),
          `${country} ${day}`,
        ).toBe(true);
      }
    }
    const [soviet] = await tenures('at=1961-01-01&countries=SU&roles=state');
    expect(soviet?.person).toBe('Leonid Brezhnev');
    expect(soviet?.citations.length).toBeGreaterThan(0);
  });

  it('knows who led Poland’s party after October 1956', async () => {
    const [party] = await tenures('at=1957-06-01&countries=PL&roles=party');
    expect(party?.person).toBe('Władysław Gomułka');
  });

  it('answers the tenures overlapping a span, sorted by country, role and start', async () => {
    const answer = await tenures('from=1956&to=1956&countries=HU');
    expect(
      answer.every(
        (tenure) =>
          tenure.country === 'HU' &&
          tenure.start <= '1956-12-31' &&
          (tenure.end ?? '9999') >= '1956-01-01',
      ),
    ).toBe(true);
    const sorted = [...answer].sort(
      (a, b) => a.role.localeCompare(b.role) || a.start.localeCompare(b.start),
    );
    expect(answer).toEqual(sorted);
    expect(answer.filter((tenure) => tenure.role === 'party').length).toBeGreaterThanOrEqual(3);
  });

  it('covers 1953–1968 for every country and role, vacancies included', async () => {
    const all = await tenures('');
    for (const tenure of all) {
      expect(tenure.vacant).toBe(tenure.person === null);
      expect(tenure.sources.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['at=1956-11-31', 'at', /YYYY-MM-DD/],
    ['at=1956-11-04&from=1956', 'at', /either at or from\/to/],
    ['roles=king', 'roles', /unknown role "king"/],
    ['from=1960&to=1959', 'to', /before from/],
  ])('rejects %s with a 400 naming %s', async (query, param, message) => {
    const problem = await expectProblem(`/api/leaders?${query}`, 400);
    expect(problem.invalid?.find((item) => item.param === param)?.message).toMatch(message);
  });
});
