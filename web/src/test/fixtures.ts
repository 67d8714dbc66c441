/** A few real-looking records for component tests (not data: the datasets are in data/). */
import type { Event, GazetteerEntry, Source, Tenure } from '@thaw/data/schema';

/** A gazetteer place of an event, named as today unless `then` gives the name of its time. */
export function place(
  id: string,
  name: string,
  lat: number,
  lon: number,
  then: string = name,
): Event['place'] {
  return { id, name: then, modernName: name, localName: then, lat, lon, precision: 'city' };
}

/** Citations without locators, one per source id (unless the overrides give their own). */
const citationsOf = (sources: readonly string[]) =>
  sources.map((source) => ({ source, locator: null }));

export function event(overrides: Partial<Event> & Pick<Event, 'id'>): Event {
  const sources = overrides.sources ?? ['kramer-1996-hungarian'];
  return {
    country: 'HU',
    category: 'protest',
    type: 'demonstration',
    title: 'Student demonstration in Budapest',
    start: '1956-10-23',
    end: null,
    datePrecision: 'day',
    place: place('budapest', 'Budapest', 47.5, 19.05),
    origin: null,
    target: null,
    fatalities: null,
    fatalitiesNote: null,
    participants: null,
    actors: ['students'],
    partOf: null,
    summary: 'Students march in support of the Polish October.',
    citations: citationsOf(sources),
    ...overrides,
    sources,
  };
}

export const poznan = event({
  id: 'pl-1956-06-28-poznan-general-strike',
  country: 'PL',
  category: 'protest',
  type: 'uprising',
  title: 'General strike and revolt in Poznań',
  start: '1956-06-28',
  end: '1956-06-30',
  place: place('poznan', 'Poznań', 52.41, 16.93),
  fatalities: { low: 57, high: 100 },
  participants: { low: 100000, high: 100000 },
  actors: ['workers', 'students'],
  summary: 'Workers of the Cegielski works strike; the protest becomes a revolt.',
  sources: ['machcewicz-2009-rebellious', 'ipn-poznan'],
});

export const whirlwind = event({
  id: 'su-1956-11-04-operation-whirlwind',
  country: 'SU',
  category: 'intervention',
  type: 'invasion',
  title: 'Operation Whirlwind: second Soviet intervention in Hungary',
  start: '1956-11-04',
  place: place('budapest', 'Budapest', 47.5, 19.04),
  origin: {
    id: 'szolnok',
    name: 'Szolnok',
    modernName: 'Szolnok',
    localName: 'Szolnok',
    lat: 47.17,
    lon: 20.2,
  },
  target: 'HU',
  fatalities: { low: 2500, high: 3000 },
  actors: ['Soviet Army'],
  summary: 'Soviet forces take Budapest.',
  sources: ['kramer-1996-hungarian'],
});

export const ivanDenisovich = event({
  id: 'su-1962-11-one-day-ivan-denisovich',
  country: 'SU',
  category: 'milestone',
  type: 'culture',
  title: 'One Day in the Life of Ivan Denisovich published',
  start: '1962-11-01',
  datePrecision: 'month',
  place: place('moscow', 'Moscow', 55.75, 37.62),
  fatalities: null,
  actors: ['Novy Mir'],
  summary: 'Solzhenitsyn’s story appears in Novy Mir.',
  sources: ['kramer-1996-hungarian'],
});

export const sources: Source[] = [
  {
    id: 'machcewicz-2009-rebellious',
    kind: 'book',
    title: 'Rebellious Satellite: Poland 1956',
    author: 'Paweł Machcewicz',
    year: 2009,
    publisher: 'Woodrow Wilson Center Press',
    url: 'https://www.wilsoncenter.org/book/rebellious-satellite-poland-1956',
  },
  {
    id: 'ipn-poznan',
    kind: 'web',
    title: 'Poznański Czerwiec 1956',
    author: null,
    year: null,
    publisher: 'Instytut Pamięci Narodowej',
    url: null,
  },
];

export function tenure(
  overrides: Partial<Tenure> & Pick<Tenure, 'country' | 'role' | 'start'>,
): Tenure {
  return {
    person: 'Someone',
    vacant: false,
    office: 'First Secretary',
    end: null,
    endedBy: null,
    citations: citationsOf(overrides.sources ?? ['kramer-1996-hungarian']),
    sources: ['kramer-1996-hungarian'],
    ...overrides,
  };
}

/** A gazetteer entry as `/api/places` serves it; `names` are its names in the period. */
export function gazetteerPlace(
  at: Event['place'],
  names: { name: string; from: string | null; to: string | null }[] = [],
): GazetteerEntry {
  return {
    id: at.id,
    name: at.modernName,
    modernName: at.modernName,
    localName: at.modernName,
    lat: at.lat,
    lon: at.lon,
    precision: at.precision,
    city: null,
    country: null,
    names: names.map((name) => ({ ...name, localName: name.name, citations: citationsOf(['x']) })),
    sources: [],
  };
}

export const katowice = place('katowice', 'Katowice', 50.26, 19.02);
export const stalinogrod = [{ name: 'Stalinogród', from: '1953-03-07', to: '1956-12-10' }];
