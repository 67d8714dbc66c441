/**
 * Nothing hidden under anything else: where many events share a place (Budapest in October and
 * November 1956, Warsaw in March 1968) every event of the month has a symbol of its own, none
 * covering another (measured from the event layer's own layout), and each can be opened with a
 * pointer at the spot where it is drawn and from the keyboard. Wholes stand for their parts at a
 * low zoom; uncertain dates and disputed tolls have looks the legend explains.
 */
import type { Event } from '@thaw/data/schema';
import { describe, expect, inject, it } from 'vitest';
import { Atlas, type Bbox, type DrawnSymbol, inBox, useBrowser } from '../support/browser';

/** How much two drawn symbols may overlap, in pixels (their anti-aliased edges). */
const OVERLAP_TOLERANCE = 2;

const CATEGORY_COLOURS: Record<Event['category'], string> = {
  protest: '#D55E00',
  intervention: '#0072B2',
  leadership: '#E69F00',
  milestone: '#009E73',
};

const CASES: { name: string; date: string; country: string; bbox: Bbox }[] = [
  {
    name: 'Budapest, October 1956',
    date: '1956-10',
    country: 'HU',
    bbox: [18.9, 47.42, 19.2, 47.58],
  },
  {
    name: 'Budapest, November 1956',
    date: '1956-11',
    country: 'HU',
    bbox: [18.9, 47.42, 19.2, 47.58],
  },
  { name: 'Warsaw, March 1968', date: '1968-03', country: 'PL', bbox: [20.85, 52.15, 21.15, 52.3] },
];

function worstOverlap(symbols: readonly DrawnSymbol[]): { overlap: number; pair: string } {
  let worst = { overlap: Number.NEGATIVE_INFINITY, pair: '' };
  for (const [at, a] of symbols.entries()) {
    for (const b of symbols.slice(at + 1)) {
      const overlap = a.radius + b.radius - Math.hypot(a.x - b.x, a.y - b.y);
      if (overlap > worst.overlap) worst = { overlap, pair: `${a.id} / ${b.id}` };
    }
  }
  return worst;
}

describe('symbols at dense places', () => {
  const browser = useBrowser();
  const baseUrl = inject('baseUrl');

  async function monthEvents(country: string, date: string): Promise<Event[]> {
    const url = new URL(`/api/events?countries=${country}&from=${date}&to=${date}`, baseUrl);
    return ((await (await fetch(url)).json()) as { events: Event[] }).events;
  }

  for (const { name, date, country, bbox } of CASES) {
    it(`${name}: every event has its own symbol, none covering another, each opened by pointer and by keyboard`, async () => {
      const events = await monthEvents(country, date);
      const here = events.filter((event) => inBox(bbox, event.place.lon, event.place.lat));
      expect(here.length).toBeGreaterThan(8);
      const atlas = await Atlas.open(
        browser(),
        baseUrl,
        `/?date=${date}&countries=${country}&mode=month&bbox=${bbox.join(',')}`,
      );
      await atlas.mapIdle();
      const symbols = await atlas.symbols();
      // Zoomed in on the city, every part has its symbol beside its whole.
      expect(symbols.map((symbol) => symbol.id).sort()).toEqual(
        events.map((event) => event.id).sort(),
      );
      const worst = worstOverlap(symbols);
      expect(worst.overlap, worst.pair).toBeLessThanOrEqual(OVERLAP_TOLERANCE);
      // Some had to be set aside: the layout did something here.
      expect(symbols.some((s) => Math.hypot(s.x - s.anchorX, s.y - s.anchorY) > s.radius)).toBe(
        true,
      );
      await atlas.screenshot(`symbols-${country}-${date}`);

      // Drawn where the layout says: a plain symbol set aside has its colour at its centre.
      const moved = symbols.find((symbol) => {
        const event = events.find((e) => e.id === symbol.id);
        return (
          event &&
          event.datePrecision === 'day' &&
          (event.fatalities === null || event.fatalities.low === event.fatalities.high) &&
          Math.hypot(symbol.x - symbol.anchorX, symbol.y - symbol.anchorY) > 2 * symbol.radius
        );
      });
      if (!moved) throw new Error('no plain symbol set aside');
      const category = events.find((event) => event.id === moved.id)?.category ?? 'protest';
      expect(await colourNear(atlas, moved, CATEGORY_COLOURS[category])).toBe(true);

      // By pointer: each of the city's events at the spot where it is drawn.
      const map = await atlas.map.boundingBox();
      if (!map) throw new Error('the map has no box');
      for (const event of here) {
        const { x, y } = await atlas.symbolPoint(event.id);
        expect(x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height).toBe(
          true,
        );
        await atlas.page.mouse.click(x, y);
        await expect.poll(() => atlas.query().get('event'), { timeout: 5000 }).toBe(event.id);
        await atlas.mapIdle();
      }

      // By keyboard: the map's list of symbols, from the first to the last, each opened.
      const list = atlas.page.getByRole('listbox', { name: /events on the map/ });
      await list.focus();
      await atlas.page.keyboard.press('Home');
      const opened = new Set<string>();
      for (let step = 0; step < events.length; step++) {
        if (step > 0) {
          await list.focus();
          await atlas.page.keyboard.press('ArrowDown');
        }
        const option = list.getByRole('option');
        await expect.poll(() => option.getAttribute('aria-posinset')).toBe(String(step + 1));
        expect(await option.getAttribute('aria-setsize')).toBe(String(events.length));
        if (step === 0) {
          // The ring stands on the symbol the option names.
          const ring = await list.locator('.map-symbol-ring').boundingBox();
          if (!ring) throw new Error('no ring on the active symbol');
          const [cx, cy] = [ring.x + ring.width / 2, ring.y + ring.height / 2];
          const shown = (await atlas.symbols()).map((symbol) => ({
            symbol,
            distance: Math.hypot(symbol.x - cx, symbol.y - cy),
          }));
          shown.sort((a, b) => a.distance - b.distance);
          expect(shown[0]?.distance).toBeLessThan(2);
          const title = events.find((event) => event.id === shown[0]?.symbol.id)?.title ?? '';
          expect(await option.textContent()).toContain(title);
        }
        await atlas.page.keyboard.press('Enter');
        await atlas.details.waitFor();
        const id = atlas.query().get('event');
        expect(id).not.toBeNull();
        await expect
          .poll(() => atlas.details.getByRole('heading', { level: 2 }).textContent())
          .toBe(events.find((event) => event.id === id)?.title);
        opened.add(id ?? '');
      }
      expect([...opened].sort()).toEqual(events.map((event) => event.id).sort());
      await atlas.close();
    });
  }

  it('lays out a whole country’s month without overlaps, and a whole stands for its parts when zoomed out', async () => {
    const atlas = await Atlas.open(browser(), baseUrl, '/?date=1956-11&countries=HU&mode=month');
    await atlas.mapIdle();
    const country = await atlas.symbols();
    const worst = worstOverlap(country);
    expect(worst.overlap, worst.pair).toBeLessThanOrEqual(OVERLAP_TOLERANCE);
    await atlas.screenshot('symbols-HU-1956-11-country');

    // All of Central Europe: the revolution's symbol stands for its volleys, sieges and speeches.
    await atlas.open('/?date=1956-10&mode=month&bbox=5,40,45,60');
    await atlas.mapIdle();
    const ids = (await atlas.symbols()).map((symbol) => symbol.id);
    expect(ids).toContain('hu-1956-10-23-armed-uprising');
    expect(ids).not.toContain('hu-1956-10-25-kossuth-square-massacre');
    expect(ids).not.toContain('hu-1956-10-23-radio-building-shooting');
    // Nor are their places named: the labels agree with the symbols.
    const names = (await atlas.placeLabels()).map((label) => label.name).join(' | ');
    expect(names).not.toMatch(/Kossuth|Radio building|Szeged|Kalocsa/);
    // An event chosen from the list keeps its own symbol even so.
    await atlas.openEvent(/Kossuth Square/);
    await expect
      .poll(async () => (await atlas.symbols()).map((symbol) => symbol.id))
      .toContain('hu-1956-10-25-kossuth-square-massacre');
    await atlas.close();
  });

  it('draws uncertainty: the legend explains the looks, and a disputed toll’s card says what the sources leave open', async () => {
    const atlas = await Atlas.open(
      browser(),
      baseUrl,
      '/?date=1956-10&countries=HU&mode=month&event=hu-1956-10-25-kossuth-square-massacre',
    );
    const legend = atlas.page.getByTestId('map-legend');
    await expect(legend.textContent()).resolves.toMatch(
      /dashed outline: date known only to the month or year/,
    );
    await expect(legend.textContent()).resolves.toMatch(
      /hollow: the sources give different death tolls/,
    );
    await expect(legend.locator('canvas[data-look="dashed"]').count()).resolves.toBe(1);
    await expect(legend.locator('canvas[data-look="hollow"]').count()).resolves.toBe(1);
    await atlas.details.waitFor();
    const open = atlas.details.getByRole('region', { name: 'What the sources leave open' });
    await expect(open.textContent()).resolves.toMatch(/from 80 to 350 dead/);
    await expect(open.textContent()).resolves.toMatch(/identified 88 by name/);
    await atlas.screenshot('symbols-uncertainty-kossuth');

    // A date known only to the month says so; a dated event at its site, with no figures, leaves nothing open.
    await atlas.open(
      '/?date=1956-11&countries=HU&mode=month&event=hu-1956-11-deportations-to-soviet-union',
    );
    await atlas.details.waitFor();
    await expect(
      atlas.details.getByRole('region', { name: 'What the sources leave open' }).textContent(),
    ).resolves.toMatch(/known only to the month \(November 1956\)/);
    await atlas.open(
      '/?date=1956-10&countries=HU&mode=month&event=hu-1956-10-23-stalin-statue-toppled',
    );
    await atlas.details.waitFor();
    await expect(
      atlas.details.getByRole('region', { name: 'What the sources leave open' }).count(),
    ).resolves.toBe(0);
    await atlas.close();
  });
});

/**
 * Whether the map's pixels within 4 px of a symbol's centre include its category's colour (a
 * place label may be written across part of it).
 */
function colourNear(atlas: Atlas, symbol: DrawnSymbol, hex: string): Promise<boolean> {
  return atlas.page.evaluate(
    ({ x, y, hex }) => {
      const source = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      if (!source) throw new Error('no map canvas');
      const box = source.getBoundingClientRect();
      const ratio = source.width / box.width;
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(source, 0, 0);
      const at = (value: number, origin: number) => Math.round((value - origin) * ratio);
      const reach = Math.round(4 * ratio);
      const { data } = context.getImageData(
        at(x, box.left) - reach,
        at(y, box.top) - reach,
        2 * reach + 1,
        2 * reach + 1,
      );
      const [r, g, b] = [1, 3, 5].map((offset) =>
        Number.parseInt(hex.slice(offset, offset + 2), 16),
      );
      for (let offset = 0; offset < data.length; offset += 4) {
        const distance =
          Math.abs((data[offset] ?? 0) - (r ?? 0)) +
          Math.abs((data[offset + 1] ?? 0) - (g ?? 0)) +
          Math.abs((data[offset + 2] ?? 0) - (b ?? 0));
        if (distance < 40) return true;
      }
      return false;
    },
    { x: symbol.x, y: symbol.y, hex },
  );
}
