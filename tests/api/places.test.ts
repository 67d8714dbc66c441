import type { Event, GazetteerEntry } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { api, expectProblem } from './http';

const places = async (query = '') =>
  (await api<{ places: GazetteerEntry[] }>(`/api/places${query}`)).body.places;

describe('GET /api/places', () => {
  it('lists the gazetteer once per place, sorted by id, with modern names by default', async () => {
    const all = await places();
    const ids = all.map((place) => place.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const katowice = all.find((place) => place.id === 'katowice');
    expect(katowice).toMatchObject({ name: 'Katowice', modernName: 'Katowice', country: 'PL' });
    expect(katowice?.names.map((name) => name.name)).toContain('Stalinogród');
  });

  it('names each place as on the day given by at', async () => {
    const in1955 = await places('?at=1955-01-01');
    expect(in1955.find((place) => place.id === 'katowice')?.name).toBe('Stalinogród');
    expect(in1955.find((place) => place.id === 'volgograd')?.name).toBe('Stalingrad');
    const in1962 = await places('?at=1962-01-01');
    expect(in1962.find((place) => place.id === 'katowice')?.name).toBe('Katowice');
    expect(in1962.find((place) => place.id === 'volgograd')?.name).toBe('Volgograd');
  });

  it('rejects a day that is not one', async () => {
    const problem = await expectProblem('/api/places?at=1956-02-30', 400);
    expect(problem.invalid?.map((entry) => entry.param)).toContain('at');
  });

  it('holds every place and origin the events name, each named as on its event’s date', async () => {
    const byId = new Map((await places()).map((place) => [place.id, place]));
    const { body } = await api<{ events: Event[] }>('/api/events');
    for (const event of body.events) {
      for (const place of [event.place, event.origin]) {
        if (!place) continue;
        const entry = byId.get(place.id);
        expect(entry, `${event.id}: ${place.id}`).toBeDefined();
        expect(place.modernName).toBe(entry?.modernName);
        expect([place.lat, place.lon]).toEqual([entry?.lat, entry?.lon]);
      }
    }
  });
});

describe('events in the new model', () => {
  it('carry citations with their locators beside the source ids', async () => {
    const { body } = await api<{ events: Event[] }>('/api/events');
    for (const event of body.events) {
      expect(event.sources).toEqual([...new Set(event.citations.map((c) => c.source))]);
    }
    expect(body.events.some((event) => event.citations.some((c) => c.locator !== null))).toBe(true);
  });

  it('link a part to its whole, and export the new columns as CSV', async () => {
    const { body } = await api<{ events: Event[] }>('/api/events?countries=HU');
    const volley = body.events.find(
      (event) => event.id === 'hu-1956-10-25-kossuth-square-massacre',
    );
    expect(volley?.partOf).toBe('hu-1956-10-23-armed-uprising');
    const { body: csv } = await api<string>('/api/events?format=csv&countries=HU');
    const header = csv.split('\r\n')[0]?.split(',') ?? [];
    for (const column of ['placeId', 'placeModernName', 'fatalitiesNote', 'partOf', 'citations']) {
      expect(header).toContain(column);
    }
    // The first columns keep their places, for files read by position.
    expect(header.slice(0, 3)).toEqual(['id', 'country', 'category']);
  });
});
