import type { Event } from '@thaw/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, expectProblem } from './http';

let all: Event[] = [];

beforeAll(async () => {
  all = (await api<{ events: Event[] }>('/api/events')).body.events;
});

const ids = (events: Event[]) => events.map((event) => event.id);
const overlaps = (event: Event, from: string, to: string) =>
  event.start <= to && (event.end ?? event.start) >= from;

describe('GET /api/events', () => {
  it('answers every event, sorted by start then id', async () => {
    expect(all.length).toBeGreaterThanOrEqual(75);
    const sorted = [...all].sort(
      (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
    );
    expect(ids(all)).toEqual(ids(sorted));
    expect(new Set(ids(all)).size).toBe(all.length);
  });

  it('filters by countries and categories', async () => {
    const { body } = await api<{ events: Event[] }>(
      '/api/events?countries=PL,HU&categories=protest,intervention',
    );
    const expected = all.filter(
      (e) => ['PL', 'HU'].includes(e.country) && ['protest', 'intervention'].includes(e.category),
    );
    expect(ids(body.events)).toEqual(ids(expected));
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each([
    ['from=1956&to=1956', '1956-01-01', '1956-12-31'],
    ['from=1956-10&to=1956-11', '1956-10-01', '1956-11-30'],
    ['from=1956-10-23&to=1956-10-23', '1956-10-23', '1956-10-23'],
    ['from=1968-08', '1968-08-01', '9999-12-31'],
    ['to=1953-06', '0000-01-01', '1953-06-30'],
  ])(
    'includes an event when its span overlaps the span asked for (%s)',
    async (query, from, to) => {
      const { body } = await api<{ events: Event[] }>(`/api/events?${query}`);
      expect(ids(body.events)).toEqual(ids(all.filter((event) => overlaps(event, from, to))));
    },
  );

  it('finds October 1956 in Hungary', async () => {
    const { body } = await api<{ events: Event[] }>(
      '/api/events?countries=HU&from=1956-10&to=1956-10',
    );
    expect(body.events.some((event) => event.start === '1956-10-23')).toBe(true);
  });

  it('answers GeoJSON: points at each place, the event without its place as properties', async () => {
    const { headers, body } = await api<{
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }[];
    }>('/api/events?format=geojson&countries=SU');
    expect(headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const expected = all.filter((event) => event.country === 'SU');
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(expected.length);
    body.features.forEach((feature, i) => {
      const { place, ...rest } = expected[i] as Event;
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
      expect(feature.properties).toEqual(rest);
    });
  });

  it('answers CSV: a header and one row per event, sources joined by ;', async () => {
    const { headers, body } = await api<string>('/api/events?format=csv&countries=HU');
    expect(headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = body.trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header).toEqual(
      expect.arrayContaining([
        'id',
        'country',
        'start',
        'end',
        'placeLat',
        'fatalitiesLow',
        'sources',
        'summary',
      ]),
    );
    const expected = all.filter((event) => event.country === 'HU');
    expect(lines).toHaveLength(expected.length + 1);
    const multiSource = expected.find((event) => event.sources.length > 1);
    if (multiSource) expect(body).toContain(multiSource.sources.join(';'));
  });

  it('treats empty parameters as absent and ignores unknown ones', async () => {
    const { body } = await api<{ events: Event[] }>(
      '/api/events?countries=&categories=&from=&utm_source=slides',
    );
    expect(ids(body.events)).toEqual(ids(all));
  });

  it.each([
    ['from=1956-13', 'from', /not a date/],
    ['from=1956-02-30', 'from', /not a date/],
    ['to=banana', 'to', /not a date/],
    ['from=1957&to=1956', 'to', /before from/],
    ['categories=protest,riot', 'categories', /unknown category "riot"/],
    ['countries=HU,XX', 'countries', /unknown country "XX"/],
    ['format=xml', 'format', /unknown format "xml"/],
    ['countries=HU&countries=PL', 'countries', /given 2 times/],
  ])('rejects %s with a 400 naming %s', async (query, param, message) => {
    const problem = await expectProblem(`/api/events?${query}`, 400);
    const entry = problem.invalid?.find((item) => item.param === param);
    expect(entry?.message, JSON.stringify(problem)).toMatch(message);
  });
});
