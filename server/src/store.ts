/**
 * The loaded dataset with its indexes and aggregates, built once at start.
 * The data never changes while the server runs, so every query is a read.
 */
import {
  type Category,
  type Country,
  type Dataset,
  dayNumber,
  deathsByYear,
  type Event,
  emptyYearlyRow,
  type GazetteerEntry,
  type GazetteerPlace,
  type Locator,
  PERIOD,
  type PlaceName,
  placeOn,
  type Release,
  type Role,
  type Source,
  type Story,
  type Tenure,
  type YearlyRow,
} from '@thaw/data';
import { type Capital, capitalsOf } from '@thaw/data/states';

export const FIRST_YEAR = Number(PERIOD.start.slice(0, 4));
export const LAST_YEAR = Number(PERIOD.end.slice(0, 4));

export interface CountrySummary extends Country {
  eventCount: number;
}

export interface EventQuery {
  countries: readonly string[];
  categories: readonly Category[];
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface TenureQuery {
  countries: readonly string[];
  roles: readonly Role[];
  from: string;
  to: string;
}

export interface YearlyQuery {
  countries: readonly string[];
  categories: readonly Category[];
  from: number;
  to: number;
}

/** The events of one country and category, by start day, with the longest span among them. */
interface Bucket {
  /** Positions in `events`, ascending by start day. */
  ranks: number[];
  startDays: number[];
  longestSpan: number;
}

type YearTally = { count: number } & YearDeathSums;

type YearDeathSums = Pick<
  YearlyRow,
  'fatalitiesLow' | 'fatalitiesHigh' | 'undatedFatalitiesLow' | 'undatedFatalitiesHigh'
>;

export class Store {
  readonly countries: CountrySummary[];
  readonly sources: Source[];
  /** All events sorted by start, then id: the order every answer uses. */
  readonly events: Event[];
  readonly tenures: Tenure[];
  readonly countryIds: string[];
  /** The data version (a hash of the dataset files), which every answer's ETag derives from. */
  readonly version: string;
  /** The published release of these datasets (`data/release.json`), if they are one. */
  readonly release: Release | undefined;
  /** The states' chart colours (`states.csv`). */
  private readonly stateColors: Map<string, string | null>;
  /** The gazetteer, by id. */
  readonly places: GazetteerEntry[];
  /** One capital per state of the map, as the web map labels them. */
  readonly capitals: Capital[];
  /** The stories of data/stories, sorted by id. */
  readonly stories: readonly Story[];
  private readonly placeNames = new Map<string, PlaceName[]>();
  private readonly gazetteer: GazetteerPlace[];
  private readonly endDays: number[];
  private readonly buckets = new Map<string, Bucket>();
  private readonly tallies = new Map<string, YearTally>();

  constructor(dataset: Dataset, locator?: Locator, stories: readonly Story[] = []) {
    this.version = dataset.version;
    this.release = dataset.release;
    this.stories = stories;
    this.stateColors = new Map(dataset.states.map((state) => [state.id, state.color]));
    // Grouped by start day, and only each day's few events sorted by id: one comparison sort
    // of all the events cost a tenth of the start at 100k events.
    const byDay = new Map<number, Event[]>();
    for (const event of dataset.events) {
      const day = dayNumber(event.start);
      const sameDay = byDay.get(day);
      if (sameDay) sameDay.push(event);
      else byDay.set(day, [event]);
    }
    this.events = [];
    const startDays: number[] = [];
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      for (const event of (byDay.get(day) ?? []).sort((a, b) => a.id.localeCompare(b.id))) {
        this.events.push(event);
        startDays.push(day);
      }
    }
    this.tenures = [...dataset.tenures].sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        a.role.localeCompare(b.role) ||
        a.start.localeCompare(b.start),
    );
    this.sources = [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id));

    const eventCounts = new Map<string, number>();
    this.endDays = this.events.map((event, rank) =>
      event.end === null ? (startDays[rank] ?? 0) : dayNumber(event.end),
    );
    this.events.forEach((event, rank) => {
      const startDay = startDays[rank] ?? 0;
      eventCounts.set(event.country, (eventCounts.get(event.country) ?? 0) + 1);
      const key = `${event.country} ${event.category}`;
      const bucket = this.buckets.get(key) ?? { ranks: [], startDays: [], longestSpan: 0 };
      bucket.ranks.push(rank);
      bucket.startDays.push(startDay);
      bucket.longestSpan = Math.max(
        bucket.longestSpan,
        (this.endDays[rank] ?? startDay) - startDay,
      );
      this.buckets.set(key, bucket);

      const tally = this.tally(event.country, Number(event.start.slice(0, 4)), event.category);
      tally.count++;
    });
    const byId = new Map(this.events.map((event) => [event.id, event]));
    for (const deaths of deathsByYear(this.events)) {
      const event = byId.get(deaths.id) as Event;
      const tally = this.tally(event.country, deaths.year, event.category);
      tally.fatalitiesLow += deaths.low;
      tally.fatalitiesHigh += deaths.high;
      if (deaths.undated) {
        tally.undatedFatalitiesLow += deaths.low;
        tally.undatedFatalitiesHigh += deaths.high;
      }
    }
    this.countries = dataset.countries.map((country) => ({
      ...country,
      eventCount: eventCounts.get(country.id) ?? 0,
    }));
    this.countryIds = this.countries.map((country) => country.id);
    this.capitals = capitalsOf(dataset.countries, dataset.states);

    for (const name of dataset.placeNames) {
      const names = this.placeNames.get(name.place);
      if (names) names.push(name);
      else this.placeNames.set(name.place, [name]);
    }
    this.gazetteer = [...dataset.places].sort((a, b) => a.id.localeCompare(b.id));
    this.places = this.gazetteer.map((place) => ({
      id: place.id,
      name: place.name,
      modernName: place.name,
      localName: place.localName,
      lat: place.lat,
      lon: place.lon,
      precision: place.precision,
      city: place.city,
      country: locator?.stateAt(place.lon, place.lat) ?? null,
      names: (this.placeNames.get(place.id) ?? []).map(({ place: _, ...name }) => name),
      sources: place.sources,
    }));
  }

  /** The gazetteer with each place named as on `date`. */
  placesAt(date: string): GazetteerEntry[] {
    return this.places.map((entry, i) => {
      const place = this.gazetteer[i] as GazetteerPlace;
      const then = placeOn(place, this.placeNames.get(place.id) ?? [], date);
      return { ...entry, name: then.name, localName: then.localName };
    });
  }

  stateColor(id: string): string | null | undefined {
    return this.stateColors.get(id);
  }

  country(id: string): CountrySummary | undefined {
    return this.countries.find((country) => country.id === id);
  }

  /** Events whose span `[start, end ?? start]` overlaps `[from, to]`, in the global order. */
  queryEvents(query: EventQuery): Event[] {
    const from = dayNumber(query.from);
    const to = dayNumber(query.to);
    const ranks: number[] = [];
    for (const country of query.countries) {
      for (const category of query.categories) {
        const bucket = this.buckets.get(`${country} ${category}`);
        if (!bucket) continue;
        // Only events that start no earlier than `from - longestSpan` can still be running at `from`.
        let i = lowerBound(bucket.startDays, from - bucket.longestSpan);
        for (; i < bucket.startDays.length && (bucket.startDays[i] ?? Infinity) <= to; i++) {
          const rank = bucket.ranks[i] ?? -1;
          if ((this.endDays[rank] ?? -Infinity) >= from) ranks.push(rank);
        }
      }
    }
    return ranks.sort((a, b) => a - b).map((rank) => this.events[rank] as Event);
  }

  /** Tenures overlapping `[from, to]`, sorted by country, role and start. */
  queryTenures(query: TenureQuery): Tenure[] {
    return this.tenures.filter(
      (tenure) =>
        query.countries.includes(tenure.country) &&
        query.roles.includes(tenure.role) &&
        tenure.start <= query.to &&
        (tenure.end === null || tenure.end >= query.from),
    );
  }

  /**
   * One row per country and year, zero rows included; an event counts in the year it starts.
   * Deaths are counted once: an event's figure is added only when no event it is part of (through
   * `partOf`, at any depth) has a figure, since a whole's figure includes its parts'.
   */
  yearly(query: YearlyQuery): YearlyRow[] {
    const rows: YearlyRow[] = [];
    for (const country of query.countries) {
      for (let year = query.from; year <= query.to; year++) {
        const row = emptyYearlyRow(country, year);
        for (const category of query.categories) {
          const tally = this.tallies.get(`${country} ${year} ${category}`);
          if (!tally) continue;
          row[category] = tally.count;
          row.total += tally.count;
          row.fatalitiesLow += tally.fatalitiesLow;
          row.fatalitiesHigh += tally.fatalitiesHigh;
          row.undatedFatalitiesLow += tally.undatedFatalitiesLow;
          row.undatedFatalitiesHigh += tally.undatedFatalitiesHigh;
        }
        rows.push(row);
      }
    }
    return rows;
  }

  private tally(country: string, year: number, category: Category): YearTally {
    const key = `${country} ${year} ${category}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = {
        count: 0,
        fatalitiesLow: 0,
        fatalitiesHigh: 0,
        undatedFatalitiesLow: 0,
        undatedFatalitiesHigh: 0,
      };
      this.tallies.set(key, tally);
    }
    return tally;
  }
}

/** The first index whose value is ≥ `target` in an ascending array. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
