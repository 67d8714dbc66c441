/**
 * Synthetic datasets of any size for the scale benchmarks, written to a folder of their own (never
 * next to the real data) in the datasets' own layout, so that they go through the same loader and
 * checks: valid ids, dates in the period, real sources cited, and every place inside its country
 * (points jittered around the real datasets' places and kept only where the borders say so),
 * each a gazetteer entry of its own beside the real ones.
 */
import { appendFileSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Category,
  createLocator,
  DATASETS_DIR,
  EVENT_TYPES,
  eventsTable,
  formatCsv,
  loadDataset,
  PERIOD,
  placesTable,
  readBorders,
} from '@thaw/data';
import type { EventFileColumn } from '@thaw/data/event-columns';
import { seededRandom } from '../support/seededRandom';

const COUNTRIES = ['SU', 'PL', 'HU'] as const;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.parse(`${PERIOD.start}T00:00:00Z`);
const PERIOD_DAYS = (Date.parse(`${PERIOD.end}T00:00:00Z`) - FIRST_DAY) / DAY_MS + 1;
/** Roughly the real data's mix. */
const CATEGORY_WEIGHTS: [Category, number][] = [
  ['protest', 0.22],
  ['intervention', 0.2],
  ['leadership', 0.16],
  ['milestone', 0.42],
];
const JITTER_DEGREES = 0.3;

interface Anchor {
  /** The real place's gazetteer id. */
  id: string;
  name: string;
  lat: number;
  lon: number;
}

/**
 * Writes a dataset of `eventCount` synthetic events (the real countries, leaders and sources
 * alongside) into `root/events-<count>` and returns that folder.
 */
export function writeSyntheticDataset(root: string, eventCount: number): string {
  const real = loadDataset();
  if (!real.ok) throw new Error('the real datasets do not load; run pnpm data:check');
  const locator = createLocator(readBorders());
  // The same numbers on every run, so that runs measure the same data.
  const random = seededRandom(eventCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sourceIds = real.dataset.sources.map((source) => source.id);

  // Places of real events that lie inside their own country: the centres of the jitter.
  const anchors = new Map<string, Anchor[]>(
    COUNTRIES.map((country) => {
      const places = new Map<string, Anchor>();
      for (const event of real.dataset.events) {
        const { id, name, lat, lon } = event.place;
        if (event.country === country && locator.stateAt(lon, lat) === country) {
          places.set(id, { id, name, lat, lon });
        }
      }
      return [country, [...places.values()]];
    }),
  );

  const jitteredPlace = (country: string, anchor: Anchor): Anchor => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const lat = round4(anchor.lat + (random() * 2 - 1) * JITTER_DEGREES);
      const lon = round4(anchor.lon + (random() * 2 - 1) * JITTER_DEGREES);
      if (locator.stateAt(lon, lat) === country) return { ...anchor, lat, lon };
    }
    return anchor;
  };

  const dir = join(root, `events-${eventCount}`);
  for (const file of [
    'countries.csv',
    'states.csv',
    'sources.csv',
    'places.csv',
    'place-names.csv',
  ]) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(DATASETS_DIR, file), join(dir, file));
  }
  COUNTRIES.forEach((country, countryIndex) => {
    mkdirSync(join(dir, country), { recursive: true });
    copyFileSync(join(DATASETS_DIR, country, 'leaders.csv'), join(dir, country, 'leaders.csv'));
    const places = anchors.get(country) ?? [];
    const rows: unknown[][] = [];
    const placeRows: unknown[][] = [];
    // The events are shared out among the countries; every source gets cited in turn.
    for (let index = countryIndex; index < eventCount; index += COUNTRIES.length) {
      const id = `syn-${country.toLowerCase()}-${String(index).padStart(6, '0')}`;
      const category = weightedCategory(random());
      const startDay = Math.floor(random() * PERIOD_DAYS);
      const lastsDays = random() < 0.28 ? 1 + Math.floor(random() * 30) : 0;
      const endDay = Math.min(PERIOD_DAYS - 1, startDay + lastsDays);
      const place = jitteredPlace(country, pick(places));
      const origin = category === 'intervention' && random() < 0.25 ? pick(places) : null;
      const fatalities = random() < 0.13 ? Math.floor(random() ** 3 * 500) : null;
      placeRows.push([id, place.name, place.name, place.lat, place.lon, 'city', '', '']);
      const row: Record<EventFileColumn, unknown> = {
        id,
        start: dateOf(startDay),
        end: endDay > startDay ? dateOf(endDay) : '',
        datePrecision: 'day',
        category,
        type: pick(EVENT_TYPES[category]),
        title: `Synthetic ${category} ${index}`,
        place: id,
        target: '',
        origin: origin?.id,
        fatalitiesLow: fatalities,
        fatalitiesHigh: fatalities === null ? null : fatalities * 2,
        fatalitiesNote: null,
        participantsLow: null,
        participantsHigh: null,
        actors: 'students;workers',
        partOf: null,
        // With a locator: data:check asks one of every citation of a book, report or chapter.
        citations: `${sourceIds[index % sourceIds.length]}@p. 1`,
        summary: 'A synthetic event generated for the benchmarks.',
      };
      rows.push(eventsTable.columns.map((column) => row[column]));
    }
    writeFileSync(join(dir, country, 'events.csv'), formatCsv(eventsTable.columns, rows));
    // The real gazetteer was copied with its header: the synthetic places follow its rows.
    const placeLines = formatCsv(placesTable.columns, placeRows);
    appendFileSync(join(dir, 'places.csv'), placeLines.slice(placeLines.indexOf('\n') + 1));
  });
  return dir;
}

function weightedCategory(draw: number): Category {
  let sum = 0;
  for (const [category, weight] of CATEGORY_WEIGHTS) {
    sum += weight;
    if (draw < sum) return category;
  }
  return 'milestone';
}

const dateOf = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
