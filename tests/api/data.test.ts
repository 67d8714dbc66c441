import type { Country, Event, Source, Tenure } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { api, expectProblem } from './http';

type CountrySummary = Country & { eventCount: number };

describe('GET /healthz', () => {
  it('is ok once the datasets are loaded', async () => {
    const { status, body } = await api('/healthz');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });
});

describe('GET /api/countries', () => {
  it('lists SU, PL and HU with their capitals and event counts', async () => {
    const { body } = await api<{ countries: CountrySummary[] }>('/api/countries');
    expect(body.countries.map((country) => country.id)).toEqual(['SU', 'PL', 'HU']);
    const hungary = body.countries.find((country) => country.id === 'HU');
    expect(hungary).toMatchObject({ name: 'Hungary', capital: { name: 'Budapest' } });
    const { body: all } = await api<{ events: Event[] }>('/api/events');
    for (const country of body.countries) {
      expect(country.eventCount).toBe(
        all.events.filter((event) => event.country === country.id).length,
      );
    }
  });
});

describe('GET /api/countries/{id}', () => {
  it('answers the whole dataset of one country, with the sources it cites', async () => {
    const { status, body } = await api<{
      country: CountrySummary;
      events: Event[];
      leaders: Tenure[];
      sources: Source[];
    }>('/api/countries/PL');
    expect(status).toBe(200);
    expect(body.country.id).toBe('PL');
    expect(body.events.length).toBe(body.country.eventCount);
    expect(body.events.every((event) => event.country === 'PL')).toBe(true);
    expect(new Set(body.leaders.map((tenure) => tenure.role))).toEqual(
      new Set(['party', 'government', 'state']),
    );
    const sourceIds = new Set(body.sources.map((source) => source.id));
    for (const record of [...body.events, ...body.leaders]) {
      for (const id of record.sources) expect(sourceIds).toContain(id);
    }
  });

  it('is a 404 problem for an unknown country', async () => {
    const problem = await expectProblem('/api/countries/XX', 404);
    expect(problem.detail).toContain('XX');
  });
});

describe('GET /api/sources', () => {
  it('resolves every source an event or tenure cites', async () => {
    const { body } = await api<{ sources: Source[] }>('/api/sources');
    const ids = new Set(body.sources.map((source) => source.id));
    const { body: events } = await api<{ events: Event[] }>('/api/events');
    const { body: leaders } = await api<{ tenures: Tenure[] }>('/api/leaders');
    for (const record of [...events.events, ...leaders.tenures]) {
      for (const id of record.sources) expect(ids, `${id}`).toContain(id);
    }
    for (const source of body.sources) {
      expect(Object.keys(source).sort()).toEqual([
        'author',
        'id',
        'kind',
        'publisher',
        'title',
        'url',
        'year',
      ]);
    }
  });
});

describe('GET /api/borders', () => {
  it('is GeoJSON of the period’s states', async () => {
    const { status, headers, body } = await api<{
      type: string;
      features: { properties: { id: string; name: string }; geometry: { type: string } }[];
    }>('/api/borders');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    const ids = body.features.map((feature) => feature.properties.id);
    for (const id of ['SU', 'PL', 'HU', 'DD', 'DE', 'CS', 'RO', 'BG', 'YU', 'AL', 'AT']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const feature of body.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      expect(feature.properties.name).toBeTruthy();
    }
  });
});
