/**
 * How each dataset file's columns map onto the records of `schema.ts`. A record's nested
 * fields are flat columns in the files (`place.lat` is `placeLat`), so the mapping back from a
 * schema path to a column is mechanical.
 */
import { z } from 'zod';
import { Country, Event, Source, Tenure } from './schema';

/** A row's cell in a column, '' when empty. */
type Cell<Column extends string> = (column: Column) => string;

export interface Table<Schema extends z.ZodType, Column extends string = string> {
  columns: readonly Column[];
  schema: Schema;
  /** Builds the raw record from a row; the schema then checks it. */
  toRecord(cell: Cell<Column>, context: { country: string }): unknown;
}

/**
 * A file's columns and how a row becomes a `schema` record; a column the row builder names that
 * is not among `columns` is a type error. The schema is compiled once: zod generates a parser
 * that checks a valid row several times faster, and a row it rejects goes through zod's own
 * parser, so the issues and their messages are the same.
 */
function table<Schema extends z.ZodType, const Column extends string>(
  schema: Schema,
  columns: readonly Column[],
  toRecord: Table<Schema, Column>['toRecord'],
): Table<Schema, Column> {
  return { columns, schema: z.compile(schema), toRecord };
}

const NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** Required text: empty means missing. */
const required = (value: string) => (value ? value : undefined);
/** Optional text: empty means null. */
const optional = (value: string) => (value ? value : null);
/** Numbers stay strings when malformed, so the schema reports what was found. */
const number = (value: string) =>
  value ? (NUMBER.test(value.trim()) ? Number(value) : value) : undefined;
const optionalNumber = (value: string) => (value ? number(value) : null);
const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** An optional group of columns (an origin, a range): null when every column is empty. */
function group<Column extends string, T>(
  cell: Cell<Column>,
  columns: readonly Column[],
  build: () => T,
): T | null {
  return columns.every((column) => !cell(column)) ? null : build();
}

function range<Column extends string>(cell: Cell<Column>, low: Column, high: Column) {
  return group(cell, [low, high], () => ({ low: number(cell(low)), high: number(cell(high)) }));
}

export const countriesTable = table(
  Country,
  ['id', 'name', 'capitalName', 'capitalLat', 'capitalLon'],
  (cell) => ({
    id: required(cell('id')),
    name: required(cell('name')),
    capital: {
      name: required(cell('capitalName')),
      lat: number(cell('capitalLat')),
      lon: number(cell('capitalLon')),
    },
  }),
);

export const sourcesTable = table(
  Source,
  ['id', 'author', 'title', 'year', 'publisher', 'url'],
  (cell) => ({
    id: required(cell('id')),
    author: optional(cell('author')),
    title: required(cell('title')),
    year: optionalNumber(cell('year')),
    publisher: optional(cell('publisher')),
    url: optional(cell('url')),
  }),
);

export const eventsTable = table(
  Event,
  [
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
  (cell, { country }) => ({
    id: required(cell('id')),
    country,
    category: required(cell('category')),
    type: required(cell('type')),
    title: required(cell('title')),
    start: required(cell('start')),
    end: optional(cell('end')),
    datePrecision: required(cell('datePrecision')),
    place: {
      name: required(cell('placeName')),
      lat: number(cell('placeLat')),
      lon: number(cell('placeLon')),
      precision: required(cell('placePrecision')),
    },
    origin: group(cell, ['originName', 'originLat', 'originLon'], () => ({
      name: required(cell('originName')),
      lat: number(cell('originLat')),
      lon: number(cell('originLon')),
    })),
    target: optional(cell('target')),
    fatalities: range(cell, 'fatalitiesLow', 'fatalitiesHigh'),
    participants: range(cell, 'participantsLow', 'participantsHigh'),
    actors: list(cell('actors')),
    summary: required(cell('summary')),
    sources: list(cell('sources')),
  }),
);

export const leadersTable = table(
  Tenure,
  ['role', 'person', 'office', 'start', 'end', 'endedBy', 'sources'],
  (cell, { country }) => ({
    country,
    role: required(cell('role')),
    person: optional(cell('person')),
    vacant: !cell('person'),
    office: required(cell('office')),
    start: required(cell('start')),
    end: optional(cell('end')),
    endedBy: optional(cell('endedBy')),
    sources: list(cell('sources')),
  }),
);

/** The column that holds the value at a schema path: `['place', 'lat']` → `placeLat`. */
export function columnOf(path: readonly PropertyKey[]): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  if (names[0] === 'vacant') return 'person';
  if (names.length === 0) return '(row)';
  return names.map((name, i) => (i === 0 ? name : name[0]?.toUpperCase() + name.slice(1))).join('');
}
