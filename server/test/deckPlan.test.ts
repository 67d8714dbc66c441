import { createLocator, loadDataset, loadStories, readBorders, type Source } from '@thaw/data';
import { describe, expect, it } from 'vitest';
import { compareDeckPlan, storyDeckPlan } from '../src/deck/deckPlans';
import {
  deathsColumn,
  eventsColumn,
  onWhite,
  SOURCES_PER_SLIDE,
  sharedTop,
  sourceEntry,
  sourceSlides,
} from '../src/deck/plan';
import { Store } from '../src/store';

const loaded = loadDataset({});
if (!loaded.ok) throw new Error('the datasets do not load');
const { stories } = loadStories({ events: loaded.dataset.events });
const store = new Store(loaded.dataset, createLocator(readBorders()), stories);

const row = (country: string, year: number, protest: number, low: number, high: number) => ({
  country,
  year,
  protest,
  intervention: 1,
  leadership: 0,
  milestone: 0,
  total: protest + 1,
  fatalitiesLow: low,
  fatalitiesHigh: high,
  undatedFatalitiesLow: 0,
  undatedFatalitiesHigh: 0,
});

describe('the native charts’ columns', () => {
  const rows = [
    row('PL', 1956, 3, 57, 100),
    row('HU', 1956, 5, 2500, 3000),
    row('HU', 1957, 1, 0, 0),
  ];
  const colors = {
    protest: '#D55E00',
    intervention: '#0072B2',
    leadership: '#E69F00',
    milestone: '#009E73',
  };

  it('stack a country’s events by category, every year of the span, zero where none', () => {
    const column = eventsColumn(
      'Hungary',
      rows,
      ['HU'],
      ['protest', 'intervention'],
      { from: 1955, to: 1957 },
      colors,
    );
    expect(column.labels).toEqual(['1955', '1956', '1957']);
    expect(column.series).toEqual([
      { name: 'Protests', color: '#D55E00', values: [0, 5, 1] },
      { name: 'Interventions', color: '#0072B2', values: [0, 1, 1] },
    ]);
  });

  it('sum the countries of one chart, and give deaths as the lowest figure and the rest', () => {
    const column = deathsColumn('Both', rows, ['PL', 'HU'], { from: 1956, to: 1957 }, '#1b1d22');
    expect(column.series.map((series) => series.values)).toEqual([
      [2557, 0],
      [543, 0],
    ]);
    expect(sharedTop([column])).toBe(3100);
  });

  it('blend a translucent ink over white as the web chart shows it', () => {
    expect(onWhite('#000000', 0.5)).toBe('#808080');
    expect(onWhite('#1B1D22', 1)).toBe('#1B1D22');
  });
});

describe('the closing sources', () => {
  const source = (id: number): Source => ({
    id: `s${id}`,
    kind: 'web',
    title: `Work ${id}...`,
    author: null,
    year: 1990,
    publisher: 'Press',
    url: `https://example.org/${id}`,
  });

  it('take a slide per 24, the first fewer below its lead, numbered when there are several', () => {
    const slides = sourceSlides(
      ['What the deck draws on.'],
      Array.from({ length: SOURCES_PER_SLIDE + 1 }, (_, id) => source(id)),
    );
    expect(
      slides.map(
        (slide) =>
          slide.kind === 'sources' && [slide.title, slide.lead.length, slide.sources.length],
      ),
    ).toEqual([
      ['Sources (1 of 2)', 1, 16],
      ['Sources (2 of 2)', 0, 9],
    ]);
    expect(sourceSlides(['Only a lead.'], [])).toEqual([
      { kind: 'sources', title: 'Sources', lead: ['Only a lead.'], sources: [] },
    ]);
  });

  it('write a work with its year, publisher and URL, its own punctuation kept', () => {
    expect(sourceEntry(source(7))).toBe('(1990). Work 7... Press. https://example.org/7');
  });
});

describe('the decks’ plans', () => {
  it('a comparison: title, two native charts, three images, then its sources', () => {
    const slides = compareDeckPlan(
      store,
      { countries: ['PL', 'HU'], categories: ['protest'], from: 1956, to: 1956, measure: 'events' },
      'http://x/compare',
    );
    expect(slides.slice(0, 6).map((slide) => slide.kind)).toEqual([
      'title',
      'native',
      'native',
      'image',
      'image',
      'image',
    ]);
    const events = store.queryEvents({
      countries: ['PL', 'HU'],
      categories: ['protest'],
      from: '1956-01-01',
      to: '1956-12-31',
    });
    // One closing slide: what the counts draw on, and where all its works are listed.
    expect(slides.slice(6)).toHaveLength(1);
    const closing = slides[6];
    expect(closing?.kind === 'sources' && closing.lead.join(' ')).toContain(
      `Drawn from ${events.length} events`,
    );
    expect(closing?.kind === 'sources' && closing.lead.join(' ')).toContain(
      `All ${store.sources.length} works are listed at http://x/api/sources`,
    );
    const native = slides[1];
    expect(native?.kind === 'native' && native.columns.map((column) => column.title)).toEqual([
      'Poland',
      'Hungary',
    ]);
  });

  it('a story: a slide per step, maps and charts as the steps show, notes citing the highlights', () => {
    const story = store.stories.find((candidate) => candidate.id === '1956');
    if (!story) throw new Error('no story 1956');
    const slides = storyDeckPlan(store, story, () => [], 'http://x/story/1956');
    const steps = slides.slice(1, 1 + story.steps.length);
    expect(steps.map((slide) => slide.kind)).toEqual(
      story.steps.map((step) => (step.show === 'map' ? 'map' : 'image')),
    );
    const first = steps[0];
    const highlighted = store.events.find((event) => event.id === story.steps[0]?.highlight[0]);
    const cited = store.sources.find((s) => s.id === highlighted?.sources[0]);
    expect(first?.kind === 'map' && first.notes).toContain(story.steps[0]?.notes ?? '');
    expect(first?.kind === 'map' && first.notes).toContain(cited?.title ?? 'no source');
    expect(first?.kind === 'map' && first.label).toBe('Step 1 of 13 · February 1956');
    // The closing slides list exactly the works behind the highlighted events.
    const byId = new Map(store.events.map((event) => [event.id, event]));
    const behind = new Set(
      story.steps.flatMap((step) => step.highlight.flatMap((id) => byId.get(id)?.sources ?? [])),
    );
    const listed = slides.flatMap((slide) =>
      slide.kind === 'sources' ? slide.sources.map((s) => s.id) : [],
    );
    expect(new Set(listed)).toEqual(behind);
    expect(listed).toHaveLength(behind.size);
  });
});
