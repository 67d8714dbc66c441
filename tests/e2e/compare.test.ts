import { describe, expect, inject, it } from 'vitest';
import { Comparison, imageColours, pngSize, useBrowser } from '../support/browser';

interface YearlyRow {
  country: string;
  year: number;
  total: number;
  protest: number;
  intervention: number;
  leadership: number;
  milestone: number;
  fatalitiesLow: number;
  fatalitiesHigh: number;
}

interface ApiEvent {
  id: string;
  country: string;
  target: string | null;
  title: string;
  start: string;
}

const CATEGORY_COLORS = ['#D55E00', '#0072B2', '#E69F00', '#009E73'];

/** The rows of a downloaded CSV down to its blank line; the source line after it. */
function readCsv(text: string): { header: string[]; rows: string[][]; source: string } {
  const lines = text.trim().split(/\r?\n/);
  const blank = lines.indexOf('');
  const table = lines.slice(0, blank).map((line) => line.split(','));
  return {
    header: table[0] ?? [],
    rows: table.slice(1),
    source: lines.slice(blank + 1).join('\n'),
  };
}

describe('the comparison', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');
  const api = async <T>(path: string): Promise<T> =>
    (await fetch(new URL(path, baseUrl))).json() as Promise<T>;

  it('shows a column per country on shared scales, and the timeline and comparison across them', async () => {
    const compare = await Comparison.open(
      browser(),
      baseUrl,
      '/compare?countries=SU,PL,HU&from=1953&to=1968',
    );
    for (const id of ['SU', 'PL', 'HU']) {
      const figures = compare.column(id).getByRole('figure');
      expect(await figures.count(), id).toBe(3);
    }
    const titles = await compare.figureTitles();
    expect(titles).toContain('Timeline of events, 1953–1968 · Soviet Union, Poland, Hungary');
    expect(titles).toContain('Events per year by country, 1953–1968');
    for (const name of ['Soviet Union', 'Poland', 'Hungary']) {
      expect(titles).toContain(`Events by year, 1953–1968 · ${name}`);
      expect(titles).toContain(`Deaths by year, 1953–1968 · ${name}`);
    }
    // The same top of the value axis in every column, so that the bars compare.
    const axisTops = await compare.page
      .getByRole('figure', { name: /^Events by year/ })
      .evaluateAll((figures) =>
        figures.map((figure) =>
          [...figure.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick-value')]
            .map((tick) => tick.textContent)
            .at(-1),
        ),
      );
    expect(axisTops).toHaveLength(3);
    expect(new Set(axisTops).size).toBe(1);
    await compare.screenshot('compare-1953-1968');
    await compare.close();
  });

  it('follows the brush moved with the keyboard, in every chart, list and the URL; back and forward restore it', async () => {
    const compare = await Comparison.open(browser(), baseUrl, '/compare');
    await compare.setYear('From', 1956);
    await compare.thumb('To').focus();
    await compare.page.keyboard.press('Home');
    expect(Object.fromEntries(await compare.query())).toMatchObject({ from: '1956', to: '1956' });
    // The charts follow the controls a moment later.
    const of1956 = async () =>
      (await compare.figureTitles()).filter((title) =>
        title.match(/\b19\d\d\b/g)?.every((year) => year === '1956'),
      );
    await expect.poll(of1956).toHaveLength(11);

    // Each column lists the country's own events of 1956 and those on its soil.
    const events = (await api<{ events: ApiEvent[] }>('/api/events?from=1956&to=1956')).events;
    for (const id of ['SU', 'PL', 'HU']) {
      const expected = events.filter((event) => event.country === id || event.target === id);
      const list = compare.column(id).getByRole('region', { name: /^Events in / });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(expected.length);
    }
    await compare.screenshot('compare-1956');

    // The arrow keys were one history entry, Home another.
    await compare.page.goBack();
    await expect.poll(async () => (await compare.query()).get('to')).toBe(null);
    expect((await compare.query()).get('from')).toBe('1956');
    await compare.page.goBack();
    await expect.poll(async () => (await compare.query()).get('from')).toBe(null);
    await expect
      .poll(() => compare.figureTitles())
      .toContain('Events by year, 1953–1968 · Hungary');
    await compare.page.goForward();
    await compare.page.goForward();
    await expect.poll(async () => (await compare.query()).get('to')).toBe('1956');
    await expect.poll(() => compare.figureTitles()).toContain('Events by year, 1956 · Hungary');
    await compare.close();
  });

  it('marks the year under the pointer in every chart at once', async () => {
    const compare = await Comparison.open(browser(), baseUrl, '/compare?from=1955&to=1957');
    const cursorBands = () => compare.page.locator('rect[fill="rgba(27, 29, 34, 0.08)"]').count();
    expect(await cursorBands()).toBe(0);
    const chart = compare.figure('Events by year, 1955–1957 · Hungary').locator('.chart-frame');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    // The middle of the plot is the middle year, 1956.
    await compare.page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.6);
    // Every chart marks 1956: the one pointed at and the ten others.
    await expect.poll(cursorBands).toBe(11);
    await compare.page.mouse.move(box.x + box.width * 0.55, box.y - 40);
    await expect.poll(cursorBands).toBe(0);
    await compare.close();
  });

  it('drags the brush with the pointer, one history entry a drag, and a press takes the nearer thumb', async () => {
    const compare = await Comparison.open(browser(), baseUrl, '/compare');
    const { page } = compare;
    const track = await page.getByTestId('time-brush').boundingBox();
    const thumb = await compare.thumb('To').boundingBox();
    if (!track || !thumb) throw new Error('no brush');
    // The middle of a year's cell on the track, 1953 to 1968.
    const yearX = (year: number) => track.x + ((year - 1953 + 0.5) / 16) * track.width;
    const y = thumb.y + thumb.height / 2;

    await page.mouse.move(thumb.x + thumb.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(yearX(1960), y, { steps: 8 });
    await page.mouse.up();
    expect((await compare.query()).get('to')).toBe('1960');
    expect(
      await compare.thumb('To').evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.mouse.click(yearX(1955), y);
    expect(Object.fromEntries(await compare.query())).toEqual({ from: '1955', to: '1960' });
    await expect.poll(() => compare.figureTitles()).toContain('Events by year, 1955–1960 · Poland');

    await page.goBack();
    await expect.poll(async () => (await compare.query()).get('from')).toBe(null);
    expect((await compare.query()).get('to')).toBe('1960');
    await page.goBack();
    await expect.poll(async () => (await compare.query()).get('to')).toBe(null);
    await compare.close();
  });

  it('opens an event from a column or the timeline with its sources and a link to the map', async () => {
    const events = (await api<{ events: ApiEvent[] }>('/api/events?countries=SU&from=1956&to=1956'))
      .events;
    const onHungarianSoil = events.find((event) => event.target === 'HU');
    if (!onHungarianSoil) throw new Error('no Soviet event in Hungary in 1956');
    const compare = await Comparison.open(browser(), baseUrl, '/compare?from=1956&to=1956');
    // A Soviet intervention in Hungary is listed in the Hungarian column too.
    await compare
      .column('HU')
      .getByRole('button', { name: new RegExp(onHungarianSoil.title.slice(0, 30)) })
      .click();
    const details = compare.page.getByTestId('event-details');
    await details.waitFor();
    expect((await compare.query()).get('event')).toBe(onHungarianSoil.id);
    await expect
      .poll(() => details.getByRole('heading', { name: 'Sources', exact: true }).count())
      .toBe(1);
    expect(await details.locator('.event-sources li').count()).toBeGreaterThan(0);
    const mapLink = compare.page.getByRole('link', { name: /^Show on the map in / });
    expect(await mapLink.getAttribute('href')).toBe(
      `/?date=${onHungarianSoil.start.slice(0, 7)}&event=${onHungarianSoil.id}`,
    );
    await compare.screenshot('compare-event-details');
    await compare.page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect((await compare.query()).get('event')).toBe(null);

    // The same from the combined timeline's marks, which are buttons too.
    await compare
      .figure(/^Timeline of events/)
      .getByRole('button', { name: new RegExp(`^${onHungarianSoil.title.slice(0, 30)}`) })
      .first()
      .click();
    await details.waitFor();
    expect((await compare.query()).get('event')).toBe(onHungarianSoil.id);

    // The link leads to the map at the event's month, with the event open.
    await mapLink.click();
    await compare.page.getByRole('slider', { name: 'Date' }).waitFor();
    expect(new URL(compare.page.url()).searchParams.get('event')).toBe(onHungarianSoil.id);
    await compare.page.getByTestId('event-details').waitFor();
    await compare.close();
  });

  it('downloads a chart as PNG (as shown, 2×, slide), SVG and CSV whose figures are the API’s', async () => {
    const compare = await Comparison.open(
      browser(),
      baseUrl,
      '/compare?countries=SU,PL,HU&from=1955&to=1957',
    );
    const title = 'Events by year, 1955–1957 · Hungary';
    const frame = await compare.figure(title).locator('.chart-frame').boundingBox();
    if (!frame) throw new Error('no chart');

    const shown = await compare.download(title, 'Download PNG');
    expect(shown.name).toBe('thaw-atlas-events-by-year-HU-1955-1957.png');
    expect(pngSize(shown.bytes)).toEqual({
      width: Math.round(frame.width),
      height: Math.round(frame.height),
    });
    const colours = await imageColours(compare.page, shown.bytes, CATEGORY_COLORS);
    expect(Object.values(colours.near).filter((count) => count > 0).length).toBeGreaterThan(2);
    const double = await compare.download(title, 'Download PNG at 2×');
    expect(pngSize(double.bytes)).toEqual({
      width: Math.round(frame.width) * 2,
      height: Math.round(frame.height) * 2,
    });
    const slide = await compare.download(title, 'Download slide PNG (1920×1080)');
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });

    const svg = (await compare.download(title, 'Download SVG')).bytes.toString();
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(title);
    expect(svg).toContain('Source: Thaw Atlas dataset');

    const yearly = (
      await api<{ series: YearlyRow[] }>('/api/stats/yearly?countries=HU&from=1955&to=1957')
    ).series;
    const csv = readCsv((await compare.download(title, 'Download CSV')).bytes.toString());
    expect(csv.header).toEqual([
      'year',
      'protest',
      'intervention',
      'leadership',
      'milestone',
      'total',
    ]);
    expect(csv.rows).toEqual(
      yearly.map((row) =>
        [row.year, row.protest, row.intervention, row.leadership, row.milestone, row.total].map(
          String,
        ),
      ),
    );
    // Quoted, as CSV quotes a field with a comma.
    expect(csv.source).toMatch(
      /^"Source: Thaw Atlas dataset v\d+\.\d+\.\d+, CC BY 4\.0, http.*\/api\/sources"$/,
    );

    // The comparison's CSV: a row per year and country, as /api/stats/yearly counts them.
    const all = (
      await api<{ series: YearlyRow[] }>('/api/stats/yearly?countries=SU,PL,HU&from=1955&to=1957')
    ).series;
    const comparison = readCsv(
      (await compare.download(/^Events per year by country/, 'Download CSV')).bytes.toString(),
    );
    expect(comparison.header).toEqual(['year', 'country', 'events']);
    expect(new Set(comparison.rows.map((row) => row.join(',')))).toEqual(
      new Set(all.map((row) => `${row.year},${row.country},${row.total}`)),
    );
    await compare.close();
  });

  it('copies an image URL the server draws, a link back to the chart, and embed code', async () => {
    const compare = await Comparison.open(
      browser(),
      baseUrl,
      '/compare?countries=PL,HU&from=1956&to=1956',
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
    const title = /^Deaths by year, 1956 · Poland/;
    const imageUrl = await compare.copied(title, 'Copy image URL');
    expect(await compare.page.evaluate(() => navigator.clipboard.readText())).toBe(imageUrl);
    const url = new URL(imageUrl);
    expect(url.pathname).toBe('/api/charts/fatalities-by-year.png');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      countries: 'PL',
      from: '1956',
      to: '1956',
    });
    const image = Buffer.from(await (await fetch(imageUrl)).arrayBuffer());
    expect(pngSize(image)).toEqual({ width: 1600, height: 900 });

    const link = await compare.copied(title, 'Copy link');
    expect(link).toBe(`${baseUrl}/compare?countries=PL,HU&from=1956&to=1956#pl-fatalities-by-year`);

    const embed = await compare.copied(title, 'Copy embed code');
    expect(embed).toContain(
      `<iframe src="${baseUrl}/embed/fatalities-by-year?countries=PL&amp;from=1956&amp;to=1956"`,
    );
    expect(embed).toContain('title="Deaths by year, 1956 · Poland"');
    expect(embed).toContain('thaw-atlas:height');
    await compare.close();
  });
});
