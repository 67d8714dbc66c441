// @vitest-environment jsdom
import type { Category, Event, Tenure, YearlyRow } from '@thaw/data/schema';
import { emptyYearlyRow } from '@thaw/data/schema';
import { loadI18n } from '@thaw/i18n';
import { describe, expect, it } from 'vitest';
import {
  CHART_IDS,
  CHARTS,
  type ChartId,
  type ChartProps,
  chartCsv,
  sourceLine as datasetSourceLine,
} from '../src';
import { chartToSvg } from '../src/toSvg';

const en = await loadI18n('en');

// A small fixture for the tests only: a few real events and tenures, not the dataset.
const COUNTRIES = [
  { id: 'SU', name: 'Soviet Union' },
  { id: 'PL', name: 'Poland' },
  { id: 'HU', name: 'Hungary' },
];
const ALL: Category[] = ['protest', 'intervention', 'leadership', 'milestone'];
const SOURCE = 'Source: Thaw Atlas dataset, http://127.0.0.1:8787/api/sources';

function event(
  country: string,
  category: Category,
  type: string,
  title: string,
  start: string,
  fatalities: [number, number] | null = null,
): Event {
  return {
    id: `${country.toLowerCase()}-${start}-${category}`,
    country,
    category,
    type,
    title,
    start,
    end: null,
    datePrecision: 'day',
    place: {
      id: 'capital',
      name: 'Capital',
      modernName: 'Capital',
      localName: 'Capital',
      lat: 50,
      lon: 20,
      precision: 'city',
    },
    origin: null,
    target: null,
    fatalities: fatalities && { low: fatalities[0], high: fatalities[1] },
    fatalitiesNote: null,
    participants: null,
    actors: [],
    partOf: null,
    summary: title,
    citations: [{ source: 'test', locator: null }],
    sources: ['test'],
  };
}

const EVENTS = [
  event('SU', 'leadership', 'death', 'Death of Stalin', '1953-03-05'),
  event('SU', 'milestone', 'speech', 'Secret Speech', '1956-02-25'),
  event('SU', 'protest', 'riot', 'Novocherkassk massacre', '1962-06-01', [26, 26]),
  event('PL', 'protest', 'uprising', 'Poznań protests', '1956-06-28', [57, 100]),
  event('PL', 'leadership', 'regular', 'Gomułka First Secretary', '1956-10-21'),
  event('HU', 'protest', 'uprising', 'Hungarian Revolution', '1956-10-23', [2500, 3000]),
  event('HU', 'intervention', 'repression', 'Execution of Imre Nagy', '1958-06-16', [3, 3]),
];

function tenure(
  country: string,
  role: 'party' | 'government',
  person: string | null,
  start: string,
  end: string | null,
  endedBy: Tenure['endedBy'],
): Tenure {
  return {
    country,
    role,
    person,
    vacant: person === null,
    office: role === 'party' ? 'First Secretary' : 'Prime Minister',
    start,
    end,
    endedBy,
    citations: [{ source: 'test', locator: null }],
    sources: ['test'],
  };
}

const TENURES = [
  tenure('SU', 'party', 'Joseph Stalin', '1953-01-01', '1953-03-05', 'death'),
  tenure('SU', 'party', 'Nikita Khrushchev', '1953-03-05', '1964-10-14', 'ouster'),
  tenure('SU', 'party', 'Leonid Brezhnev', '1964-10-14', null, null),
  tenure('PL', 'party', 'Bolesław Bierut', '1953-01-01', '1956-03-12', 'death'),
  tenure('PL', 'party', null, '1956-03-12', '1956-03-20', 'regular'),
  tenure('PL', 'party', 'Edward Ochab', '1956-03-20', '1956-10-21', 'resignation'),
  tenure('PL', 'party', 'Władysław Gomułka', '1956-10-21', '1970-12-20', 'ouster'),
  tenure('HU', 'government', 'Imre Nagy', '1953-07-04', '1955-04-18', 'ouster'),
];

function yearlyRows(events: readonly Event[]): YearlyRow[] {
  return COUNTRIES.flatMap(({ id }) =>
    Array.from({ length: 16 }, (_, index) => {
      const year = 1953 + index;
      const row = emptyYearlyRow(id, year);
      for (const e of events.filter((e) => e.country === id && e.start.startsWith(`${year}`))) {
        row[e.category]++;
        row.total++;
        row.fatalitiesLow += e.fatalities?.low ?? 0;
        row.fatalitiesHigh += e.fatalities?.high ?? 0;
      }
      return row;
    }),
  );
}

const figure = { width: 1600, height: 900, theme: 'light' as const, sourceLine: SOURCE };
const yearly = {
  ...figure,
  rows: yearlyRows(EVENTS),
  countries: COUNTRIES,
  categories: ALL,
  from: 1953,
  to: 1968,
};
const span = { countries: COUNTRIES, from: '1953-01-01', to: '1968-12-31' };

const PROPS: { [Id in ChartId]: ChartProps<Id> } = {
  'events-by-year': yearly,
  'fatalities-by-year': yearly,
  'country-comparison': { ...yearly, measure: 'fatalities' },
  timeline: { ...figure, ...span, events: EVENTS },
  leaders: { ...figure, ...span, tenures: TENURES },
};

/** The source line, joined again where the figure wrapped it (the charts of deaths add a note). */
const sourceLine = (texts: string[]) =>
  texts.slice(texts.findIndex((text) => text.startsWith('Source:'))).join(' ');

/** What a chart says in words, and the parsed SVG. */
async function draw<Id extends ChartId>(id: Id, props: ChartProps<Id>) {
  const svg = await chartToSvg(id, props);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = [...doc.querySelectorAll('text')].map((text) => text.textContent ?? '');
  return { svg, doc, texts };
}

const EXPECTED: { [Id in ChartId]: { title: string; words: string[] } } = {
  'events-by-year': {
    title: 'Events by year, 1953–1968 · Soviet Union, Poland, Hungary',
    words: ['Protests', 'Interventions', 'Leadership changes', 'Milestones', 'Year', '1956'],
  },
  'fatalities-by-year': {
    title: 'Deaths by year, 1953–1968 · Soviet Union, Poland, Hungary',
    words: ['Lowest figure in the sources', 'Up to the highest figure', 'Year', '2,557–3,100'],
  },
  'country-comparison': {
    title: 'Deaths per year by country, 1953–1968',
    words: ['Soviet Union', 'Poland', 'Hungary', 'Shaded: range given by the sources', 'Year'],
  },
  timeline: {
    title: 'Timeline of events, 1953–1968 · Soviet Union, Poland, Hungary',
    words: ['Protests', 'Interventions', 'Leadership changes', 'Milestones', 'Date', 'Hungary'],
  },
  leaders: {
    title: 'Party and government leaders and heads of state, 1953–1968',
    words: [
      'Vacant',
      'Died in office',
      'Ousted',
      'Resigned',
      'Party',
      'Government',
      'Head of state',
      'Year',
    ],
  },
};

describe.each(CHART_IDS)('the %s chart', (id) => {
  it('draws one figure with title, axis labels, legend and source line', async () => {
    const { doc, texts } = await draw(id, PROPS[id]);
    const root = doc.documentElement;
    expect(root.nodeName).toBe('svg');
    expect(root.getAttribute('width')).toBe('1600');
    expect(root.getAttribute('height')).toBe('900');
    expect(texts).toContain(EXPECTED[id].title);
    expect(sourceLine(texts)).toContain(SOURCE);
    if (id === 'fatalities-by-year' || id === 'country-comparison') {
      expect(sourceLine(texts)).toContain(en._('chart.deathsNote'));
    }
    for (const word of EXPECTED[id].words) expect(texts).toContain(word);
    expect(doc.querySelector('title')?.textContent).toBe(EXPECTED[id].title);
  });

  it('says so when there is nothing to draw', async () => {
    const empty = { ...PROPS[id], rows: [], events: [], tenures: [] } as ChartProps<typeof id>;
    const { texts } = await draw(id, empty);
    expect(texts.some((text) => /^No (events|deaths|leaders)/.test(text))).toBe(true);
    expect(sourceLine(texts)).toContain(SOURCE);
  });

  it('has a default title from the registry and a CSV with its source line', () => {
    expect(CHARTS[id].title(PROPS[id] as never, en)).toBe(EXPECTED[id].title);
    const csv = chartCsv(id, PROPS[id]).trimEnd().split('\r\n');
    expect(csv.length).toBeGreaterThan(2);
    // Quoted: the source line has a comma.
    expect(csv.at(-1)).toBe(`"${SOURCE}"`);
  });
});

describe('the events-by-year chart', () => {
  const yTicks = (doc: Document) =>
    [...doc.querySelectorAll('.recharts-yAxis-tick-labels text')].map((text) => text.textContent);

  it('keeps a fixed yMax, so that compared columns share one scale', async () => {
    const poland = { ...yearly, countries: [{ id: 'PL', name: 'Poland' }] };
    const own = await draw('events-by-year', poland);
    const shared = await draw('events-by-year', { ...poland, yMax: 40 });
    expect(yTicks(own.doc).at(-1)).toBe('2');
    expect(yTicks(shared.doc).at(-1)).toBe('40');
  });

  it('sums the countries it is given and stacks only the selected categories', async () => {
    const { texts } = await draw('events-by-year', { ...yearly, categories: ['protest'] });
    expect(texts).toContain('Protests');
    expect(texts).not.toContain('Milestones');
    const csv = chartCsv('events-by-year', { ...yearly, categories: ['protest'] });
    expect(csv).toContain('year,protest,total\r\n');
    expect(csv).toContain('1956,2,2\r\n');
  });

  it('marks the shared cursor year', async () => {
    const plain = await draw('events-by-year', yearly);
    const marked = await draw('events-by-year', { ...yearly, cursorYear: 1956 });
    expect(marked.doc.querySelectorAll('rect').length).toBe(
      plain.doc.querySelectorAll('rect').length + 1,
    );
  });
});

describe('the leaders chart', () => {
  it('names the leaders and marks the vacancy', async () => {
    const { texts, svg } = await draw('leaders', PROPS.leaders);
    expect(texts).toContain('Nikita Khrushchev');
    expect(texts).toContain('vacant');
    expect(svg).toMatch(/<pattern id="vacant-/);
  });
});

describe('the source line', () => {
  it('names the release and its licence, and only what it knows', () => {
    const origin = 'https://atlas.example';
    expect(datasetSourceLine(origin, { version: '1.2.0', licence: 'CC-BY-4.0' }, en)).toBe(
      'Source: Thaw Atlas dataset v1.2.0, CC BY 4.0, https://atlas.example/api/sources',
    );
    expect(datasetSourceLine(origin, { version: null, licence: null }, en)).toBe(
      'Source: Thaw Atlas dataset, https://atlas.example/api/sources',
    );
  });
});
