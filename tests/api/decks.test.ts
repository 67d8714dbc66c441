/**
 * The decks over HTTP: each .pptx unzipped and its XML parsed (slides, native charts with the
 * numbers of /api/stats/yearly, notes with the sources, sizes), its errors, and one conversion
 * with LibreOffice headless to a PDF of a page per slide, turned into PNGs to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source, Story, YearlyRow } from '@thaw/data';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, expectProblem, raw } from './http';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const { DOMParser } = new JSDOM('').window;

interface Deck {
  files: Record<string, Uint8Array>;
  headers: Headers;
  /** Parsed XML of a part; fails on XML that does not parse. */
  xml(path: string): Document;
}

async function fetchDeck(path: string): Promise<Deck & { bytes: Uint8Array }> {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const files = unzipSync(bytes);
  return {
    bytes,
    files,
    headers: response.headers,
    xml(part) {
      const file = files[part];
      if (!file) throw new Error(`${path}: no part ${part}`);
      const document = new DOMParser().parseFromString(
        new TextDecoder().decode(file),
        'application/xml',
      );
      const error = document.getElementsByTagName('parsererror')[0];
      if (error) throw new Error(`${path}: ${part} is not XML: ${error.textContent}`);
      return document;
    },
  };
}

const partsLike = (deck: Deck, pattern: RegExp) =>
  Object.keys(deck.files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));

/** All text of a slide or notes part, its runs joined. */
const textOf = (document: Document) =>
  [...document.getElementsByTagName('a:t')].map((node) => node.textContent).join(' ');

/** A chart part's series: name and values, as PowerPoint reads them. */
function chartSeries(document: Document) {
  return [...document.getElementsByTagName('c:ser')].map((series) => ({
    name: series.getElementsByTagName('c:tx')[0]?.getElementsByTagName('c:v')[0]?.textContent,
    labels: [...(series.getElementsByTagName('c:cat')[0]?.getElementsByTagName('c:v') ?? [])].map(
      (node) => node.textContent,
    ),
    values: [...(series.getElementsByTagName('c:val')[0]?.getElementsByTagName('c:v') ?? [])].map(
      (node) => Number(node.textContent),
    ),
    color: series
      .getElementsByTagName('c:spPr')[0]
      ?.getElementsByTagName('a:srgbClr')[0]
      ?.getAttribute('val'),
  }));
}

/** The size of a deck's slides in EMU (914400 an inch). */
function slideSize(deck: Deck) {
  const size = deck.xml('ppt/presentation.xml').getElementsByTagName('p:sldSz')[0];
  return { cx: Number(size?.getAttribute('cx')), cy: Number(size?.getAttribute('cy')) };
}

let sources: Source[];
let meta: { version: string; licence: { id: string } };

beforeAll(async () => {
  [
    {
      body: { sources },
    },
    { body: meta },
  ] = await Promise.all([
    api<{ sources: Source[] }>('/api/sources'),
    api<typeof meta>('/api/meta'),
  ]);
});

describe('GET /api/decks/compare.pptx', () => {
  const path = '/api/decks/compare.pptx?countries=PL,HU&from=1955&to=1958';
  let deck: Deck;
  beforeAll(async () => {
    deck = await fetchDeck(path);
  });

  it('is a PowerPoint file with a filename, an ETag from the data and a 304 after', async () => {
    expect(deck.headers.get('content-type')).toBe(PPTX);
    expect(deck.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="thaw-atlas-compare-PL-HU-1955-1958-${meta.version}\\.pptx"$`,
      ),
    );
    const etag = deck.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await raw(path, { 'if-none-match': String(etag) });
    expect(again.status).toBe(304);
  });

  it('holds a title slide, a slide per chart and the sources, 16:9, every part XML', () => {
    const slides = partsLike(deck, /^ppt\/slides\/slide\d+\.xml$/);
    const sourceSlides = slides.filter((slide) => /^Sources/.test(textOf(deck.xml(slide))));
    expect(sourceSlides.length).toBeGreaterThan(0);
    // Title + events, deaths (native) + leaders, timeline, comparison (images) + sources.
    expect(slides.length).toBe(1 + 5 + sourceSlides.length);
    expect(slides.slice(-sourceSlides.length)).toEqual(sourceSlides);
    for (const part of Object.keys(deck.files).filter((name) => name.endsWith('.xml'))) {
      deck.xml(part);
    }
    expect(slideSize(deck)).toEqual({ cx: 12192000, cy: 6858000 });
    const title = textOf(deck.xml(slides[0] as string));
    expect(title).toContain('Thaw Atlas');
    expect(title).toContain('Poland, Hungary, 1955–1958');
    expect(title).toContain(`v${meta.version}`);
    expect(title).toContain('Creative Commons Attribution 4.0');
    expect(title).toContain(`Source: Thaw Atlas dataset v${meta.version}, CC BY 4.0`);
  });

  it('draws events and deaths by year as native charts with the numbers of /api/stats/yearly', async () => {
    const { body } = await api<{ series: YearlyRow[] }>(
      '/api/stats/yearly?countries=PL,HU&from=1955&to=1958',
    );
    const charts = partsLike(deck, /^ppt\/charts\/chart\d+\.xml$/).map((part) =>
      chartSeries(deck.xml(part)),
    );
    // A column per country, for each of the two charts.
    expect(charts).toHaveLength(4);
    const years = ['1955', '1956', '1957', '1958'];
    const column = (country: string, pick: (row: YearlyRow) => number) =>
      years.map((year) => {
        const row = body.series.find((r) => r.country === country && String(r.year) === year);
        return row ? pick(row) : 0;
      });
    const [plEvents, huEvents, plDeaths, huDeaths] = charts;
    for (const [series, country] of [
      [plEvents, 'PL'],
      [huEvents, 'HU'],
    ] as const) {
      expect(series?.map((s) => s.name)).toEqual([
        'Protests',
        'Interventions',
        'Leadership changes',
        'Milestones',
      ]);
      expect(series?.map((s) => s.color)).toEqual(['D55E00', '0072B2', 'E69F00', '009E73']);
      expect(series?.[0]?.labels).toEqual(years);
      expect(series?.map((s) => s.values)).toEqual([
        column(country, (row) => row.protest),
        column(country, (row) => row.intervention),
        column(country, (row) => row.leadership),
        column(country, (row) => row.milestone),
      ]);
    }
    for (const [series, country] of [
      [plDeaths, 'PL'],
      [huDeaths, 'HU'],
    ] as const) {
      expect(series?.[0]?.values).toEqual(column(country, (row) => row.fatalitiesLow));
      expect(series?.[1]?.values).toEqual(
        column(country, (row) => row.fatalitiesHigh - row.fatalitiesLow),
      );
    }
    expect(huDeaths?.[0]?.values.some((value) => value > 1000)).toBe(true);
  });

  it('carries the other charts as PNGs at 2× and closes saying what it draws on and where its works are', async () => {
    const images = partsLike(deck, /^ppt\/media\/.+\.png$/);
    expect(images.length).toBe(3);
    for (const image of images) {
      const png = deck.files[image] as Uint8Array;
      const view = new DataView(png.buffer, png.byteOffset);
      // 12.53 in at 128 CSS px an inch, twice: 3208 px wide.
      expect(view.getUint32(16)).toBe(3208);
    }
    const { body } = await api<{ events: unknown[] }>(
      '/api/events?countries=PL,HU&from=1955&to=1958',
    );
    const closing = partsLike(deck, /^ppt\/slides\/slide\d+\.xml$/)
      .map((slide) => textOf(deck.xml(slide)))
      .filter((text) => text.startsWith('Sources'));
    expect(closing).toHaveLength(1);
    expect(closing[0]).toContain(`Drawn from ${body.events.length} events`);
    expect(closing[0]).toContain(`of the Thaw Atlas dataset v${meta.version}`);
    expect(closing[0]).toContain(
      `All ${sources.length} works are listed at ${baseUrl()}/api/sources`,
    );
    expect(closing[0]).toContain(`${baseUrl()}/api/data.zip`);
  });

  it('answers 400 naming each bad parameter', async () => {
    const bad = await expectProblem(
      '/api/decks/compare.pptx?countries=PL,XX&from=1990&layout=wide&measure=x',
      400,
    );
    expect(bad.invalid?.map((entry) => entry.param).sort()).toEqual([
      'countries',
      'from',
      'layout',
      'measure',
    ]);
    const backwards = await expectProblem('/api/decks/compare.pptx?from=1960&to=1955', 400);
    expect(backwards.invalid?.map((entry) => entry.param)).toEqual(['to']);
  });
});

describe('GET /api/decks/story/{id}.pptx', () => {
  const path = '/api/decks/story/1956.pptx?layout=4x3';
  let deck: Deck & { bytes: Uint8Array };
  let story: Story;
  beforeAll(async () => {
    [deck, { body: story }] = await Promise.all([fetchDeck(path), api<Story>('/api/stories/1956')]);
  });

  it('has a slide per step between the title and the sources, at 4:3', () => {
    expect(deck.headers.get('content-type')).toBe(PPTX);
    expect(deck.headers.get('content-disposition')).toBe(
      `attachment; filename="thaw-atlas-story-1956-${meta.version}.pptx"`,
    );
    const slides = partsLike(deck, /^ppt\/slides\/slide\d+\.xml$/);
    const texts = slides.map((slide) => textOf(deck.xml(slide)));
    const sourceSlides = texts.filter((text) => text.startsWith('Sources')).length;
    expect(slides.length).toBe(1 + story.steps.length + sourceSlides);
    expect(texts[0]).toContain(story.title);
    story.steps.forEach((step, index) => {
      const text = texts[index + 1] ?? '';
      expect(text).toContain(`Step ${index + 1} of ${story.steps.length}`);
      expect(text).toContain(step.caption.slice(0, 60));
    });
    expect(slideSize(deck)).toEqual({ cx: 9144000, cy: 6858000 });
  });

  it('puts each step’s notes and the sources of its highlighted events in the speaker notes', async () => {
    const { body } = await api<{ events: { id: string; sources: string[] }[] }>(
      '/api/events?from=1956-01&to=1956-12',
    );
    const events = new Map(body.events.map((event) => [event.id, event]));
    const byId = new Map(sources.map((source) => [source.id, source]));
    const notes = partsLike(deck, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    // A notes page for every slide; the steps' follow the title's.
    story.steps.forEach((step, index) => {
      const text = textOf(deck.xml(notes[index + 1] as string));
      if (step.notes) expect(text).toContain(step.notes.slice(0, 40));
      expect(text).toContain('Sources:');
      const cited = step.highlight.flatMap((id) => events.get(id)?.sources ?? []);
      expect(cited.length, step.title).toBeGreaterThan(0);
      for (const id of cited) expect(text, `${step.title}: ${id}`).toContain(byId.get(id)?.title);
    });
  });

  it('closes with the works behind the events the story highlights', async () => {
    const { body } = await api<{ events: { id: string; sources: string[] }[] }>('/api/events');
    const events = new Map(body.events.map((event) => [event.id, event]));
    const byId = new Map(sources.map((source) => [source.id, source]));
    const closing = partsLike(deck, /^ppt\/slides\/slide\d+\.xml$/)
      .map((slide) => textOf(deck.xml(slide)))
      .filter((text) => text.startsWith('Sources'))
      .join(' ');
    expect(closing).toContain('The works behind the events this story highlights');
    const behind = story.steps.flatMap((step) =>
      step.highlight.flatMap((id) => events.get(id)?.sources ?? []),
    );
    for (const id of behind) expect(closing, id).toContain(byId.get(id)?.title);
  });

  it('draws each map step’s map as a PNG at 2×', () => {
    const images = partsLike(deck, /^ppt\/media\/.+\.png$/);
    // Twelve map steps and the closing timeline.
    expect(images.length).toBe(story.steps.length);
  });

  it('converts with LibreOffice to a PDF of one page per slide', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thaw-deck-'));
    writeFileSync(join(dir, 'story.pptx'), deck.bytes);
    // Its own profile, so that it runs beside any other LibreOffice; a bounded wait.
    execFileSync(
      '/usr/bin/soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'story.pptx'),
      ],
      { timeout: 120_000, env: { ...process.env, HOME: dir }, stdio: 'ignore' },
    );
    const info = execFileSync('/usr/bin/pdfinfo', [join(dir, 'story.pdf')], { encoding: 'utf8' });
    const slides = partsLike(deck, /^ppt\/slides\/slide\d+\.xml$/).length;
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slides);
    // 10 × 7.5 in.
    expect(info).toMatch(/Page size:\s+720 x 540 pts/);
    execFileSync('/usr/bin/pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      join(dir, 'story.pdf'),
      join(dir, 'page'),
    ]);
    const pages = readdirSync(dir).filter((name) => /^page-\d+\.png$/.test(name));
    expect(pages).toHaveLength(3);
    // Left for a look by eye (the path in the log).
    console.log(`deck pages as PNG in ${dir}`);
  }, 180_000);

  it('answers 404 for an unknown story and 400 for a bad layout', async () => {
    const missing = await expectProblem('/api/decks/story/1957.pptx', 404);
    expect(missing.detail).toContain('1956');
    const bad = await expectProblem('/api/decks/story/1956.pptx?layout=1x1', 400);
    expect(bad.invalid?.map((entry) => entry.param)).toEqual(['layout']);
    const file = await expectProblem('/api/decks/story/1956.ppt', 400);
    expect(file.invalid?.map((entry) => entry.param)).toEqual(['file']);
  });
});

describe('GET /api/maps/{month}', () => {
  it('draws the map at a month as SVG with the month, the legend and the source line', async () => {
    const { status, body, headers } = await api<string>(
      '/api/maps/1956-10.svg?countries=HU&mode=month&bbox=16,45.7,22.9,48.6',
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(body).toContain('October 1956 · Hungary');
    expect(body).toContain('Budapest');
    expect(body).toContain('Protests');
    expect(body).toContain(`Source: Thaw Atlas dataset v${meta.version}, CC BY 4.0`);
  });

  it('rasterizes at the scale asked for, and refuses bad words with a 400 naming them', async () => {
    const response = await fetch(`${baseUrl()}/api/maps/1956-10.png?width=800&height=450&scale=2`);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = new DataView(await response.arrayBuffer());
    expect([png.getUint32(16), png.getUint32(20)]).toEqual([1600, 900]);
    const bad = await expectProblem('/api/maps/1956-10.png?bbox=30,50,20,40&mode=x', 400);
    expect(bad.invalid?.map((entry) => entry.param).sort()).toEqual(['bbox', 'mode']);
    const outside = await expectProblem('/api/maps/1970-01.png', 400);
    expect(outside.invalid?.map((entry) => entry.param)).toEqual(['file']);
  });
});

describe('the OpenAPI document', () => {
  it('lists the decks and the maps', async () => {
    const { body } = await api<{ paths: Record<string, unknown> }>('/api/openapi.json');
    for (const path of ['/api/decks/compare.pptx', '/api/decks/story/{file}', '/api/maps/{file}']) {
      expect(Object.keys(body.paths)).toContain(path);
    }
  });
});
