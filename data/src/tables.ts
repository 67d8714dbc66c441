/**
 * How each dataset file's columns map onto the records of `schema.ts`. A record's nested
 * fields are flat columns in the files (`place.lat` is `placeLat`), so the mapping back from a
 * schema path to a column is mechanical.
 */
import type { z } from 'zod';
import { Country, Event, Source, Tenure } from './schema';

type Values = Record<string, string>;

export interface Table<Schema extends z.ZodType> {
  columns: readonly string[];
  schema: Schema;
  /** Builds the raw record from a row; the schema then checks it. */
  toRecord(values: Values, context: { country: string }): unknown;
}

/** Required text: empty means missing. */
const required = (value: string | undefined) => (value ? value : undefined);
/** Optional text: empty means null. */
const optional = (value: string | undefined) => (value ? value : null);
/** Numbers stay strings when malformed, so the schema reports what was found. */
const number = (value: string | undefined) =>
  value ? (/^[-+]?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value) : undefined;
const optionalNumber = (value: string | undefined) => (value ? number(value) : null);
const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** An optional group of columns (an origin, a range): null when every column is empty. */
function group<T>(values: Values, columns: readonly string[], build: () => T): T | null {
  return columns.every((column) => !values[column]) ? null : build();
}

function range(values: Values, low: string, high: string) {
  return group(values, [low, high], () => ({
    low: number(values[low]),
    high: number(values[high]),
  }));
}

export const countriesTable: Table<typeof Country> = {
  columns: ['id', 'name', 'capitalName', 'capitalLat', 'capitalLon'],
  schema: Country,
  toRecord: (v) => ({
    id: required(v.id),
    name: required(v.name),
    capital: {
      name: required(v.capitalName),
      lat: number(v.capitalLat),
      lon: number(v.capitalLon),
    },
  }),
};

export const sourcesTable: Table<typeof Source> = {
  columns: ['id', 'author', 'title', 'year', 'publisher', 'url'],
  schema: Source,
  toRecord: (v) => ({
    id: required(v.id),
    author: optional(v.author),
    title: required(v.title),
    year: optionalNumber(v.year),
    publisher: optional(v.publisher),
    url: optional(v.url),
  }),
};

export const eventsTable: Table<typeof Event> = {
  columns: [
    'id',
    'start',
    'end',
    'datePrecision',
    'category',
    'type',
    'title',
    'placeName',
    'placeLat',
    'placeLon',
    'placePrecision',
    'target',
    'originName',
    'originLat',
    'originLon',
    'fatalitiesLow',
    'fatalitiesHigh',
    'participantsLow',
    'participantsHigh',
    'actors',
    'sources',
    'summary',
  ],
  schema: Event,
  toRecord: (v, { country }) => ({
    id: required(v.id),
    country,
    category: required(v.category),
    type: required(v.type),
    title: required(v.title),
    start: required(v.start),
    end: optional(v.end),
    datePrecision: required(v.datePrecision),
    place: {
      name: required(v.placeName),
      lat: number(v.placeLat),
      lon: number(v.placeLon),
      precision: required(v.placePrecision),
    },
    origin: group(v, ['originName', 'originLat', 'originLon'], () => ({
      name: required(v.originName),
      lat: number(v.originLat),
      lon: number(v.originLon),
    })),
    target: optional(v.target),
    fatalities: range(v, 'fatalitiesLow', 'fatalitiesHigh'),
    participants: range(v, 'participantsLow', 'participantsHigh'),
    actors: list(v.actors),
    summary: required(v.summary),
    sources: list(v.sources),
  }),
};

export const leadersTable: Table<typeof Tenure> = {
  columns: ['role', 'person', 'office', 'start', 'end', 'endedBy', 'sources'],
  schema: Tenure,
  toRecord: (v, { country }) => ({
    country,
    role: required(v.role),
    person: optional(v.person),
    vacant: !v.person,
    office: required(v.office),
    start: required(v.start),
    end: optional(v.end),
    endedBy: optional(v.endedBy),
    sources: list(v.sources),
  }),
};

/** The column that holds the value at a schema path: `['place', 'lat']` → `placeLat`. */
export function columnOf(path: readonly PropertyKey[]): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  if (names[0] === 'vacant') return 'person';
  if (names.length === 0) return '(row)';
  return names.map((name, i) => (i === 0 ? name : name[0]?.toUpperCase() + name.slice(1))).join('');
}
