/** A few real-looking records for component tests (not data: the datasets are in data/). */
import type { Event, Source, Tenure } from '@thaw/data';

export function event(overrides: Partial<Event> & Pick<Event, 'id'>): Event {
  return {
    country: 'HU',
    category: 'protest',
    type: 'demonstration',
    title: 'Student demonstration in Budapest',
    start: '1956-10-23',
    end: null,
    datePrecision: 'day',
    place: { name: 'Budapest', lat: 47.5, lon: 19.05, precision: 'city' },
    origin: null,
    target: null,
    fatalities: null,
    participants: null,
    actors: ['students'],
    summary: 'Students march in support of the Polish October.',
    sources: ['kramer-1996-hungarian'],
    ...overrides,
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
  place: { name: 'Poznań', lat: 52.41, lon: 16.93, precision: 'city' },
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
  place: { name: 'Budapest', lat: 47.5, lon: 19.04, precision: 'city' },
  origin: { name: 'Szolnok', lat: 47.17, lon: 20.2 },
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
  place: { name: 'Moscow', lat: 55.75, lon: 37.62, precision: 'city' },
  fatalities: null,
  actors: ['Novy Mir'],
  summary: 'Solzhenitsyn’s story appears in Novy Mir.',
  sources: ['kramer-1996-hungarian'],
});

export const sources: Source[] = [
  {
    id: 'machcewicz-2009-rebellious',
    title: 'Rebellious Satellite: Poland 1956',
    author: 'Paweł Machcewicz',
    year: 2009,
    publisher: 'Woodrow Wilson Center Press',
    url: 'https://www.wilsoncenter.org/book/rebellious-satellite-poland-1956',
  },
  {
    id: 'ipn-poznan',
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
    sources: ['kramer-1996-hungarian'],
    ...overrides,
  };
}
