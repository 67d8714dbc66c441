/**
 * How each dataset file's columns map onto the records of `schema.ts`. A record's nested
 * fields are flat columns in the files (`fatalities.low` is `fatalitiesLow`), so the mapping back from a
 * schema path to a column is mechanical.
 */
import { z } from 'zod';
import { EVENT_FILE_COLUMNS } from './eventColumns';
import type { Cell, Table } from './records';
import { Country, EventRecord, GazetteerPlace, PlaceName, Source, Tenure } from './schema';

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

/** `source-id` or `source-id@locator`, `;`-separated. */
const citations = (value: string) =>
  list(value).map((item) => {
    const at = item.indexOf('@');
    return at < 0
      ? { source: item, locator: null }
      : { source: item.slice(0, at).trim(), locator: item.slice(at + 1).trim() || null };
  });

/** The cited works, each once, in the order of their first citation. */
const sourcesOf = (cited: { source: string }[]) => [...new Set(cited.map((c) => c.source))];

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
  ['id', 'kind', 'author', 'title', 'year', 'publisher', 'url'],
  (cell) => ({
    id: required(cell('id')),
    kind: required(cell('kind')),
    author: optional(cell('author')),
    title: required(cell('title')),
    year: optionalNumber(cell('year')),
    publisher: optional(cell('publisher')),
    url: optional(cell('url')),
  }),
);

export const placesTable = table(
  GazetteerPlace,
  ['id', 'name', 'localName', 'lat', 'lon', 'precision', 'city', 'sources'],
  (cell) => ({
    id: required(cell('id')),
    name: required(cell('name')),
    localName: required(cell('localName')),
    lat: number(cell('lat')),
    lon: number(cell('lon')),
    precision: required(cell('precision')),
    city: optional(cell('city')),
    sources: list(cell('sources')),
  }),
);

export const placeNamesTable = table(
  PlaceName,
  ['place', 'name', 'localName', 'from', 'to', 'citations'],
  (cell) => ({
    place: required(cell('place')),
    name: required(cell('name')),
    localName: required(cell('localName')),
    from: optional(cell('from')),
    to: optional(cell('to')),
    citations: citations(cell('citations')),
  }),
);

export const eventsTable = table(EventRecord, EVENT_FILE_COLUMNS, (cell, { country }) => ({
  id: required(cell('id')),
  country,
  category: required(cell('category')),
  type: required(cell('type')),
  title: required(cell('title')),
  start: required(cell('start')),
  end: optional(cell('end')),
  datePrecision: required(cell('datePrecision')),
  place: required(cell('place')),
  origin: optional(cell('origin')),
  target: optional(cell('target')),
  fatalities: range(cell, 'fatalitiesLow', 'fatalitiesHigh'),
  fatalitiesNote: optional(cell('fatalitiesNote')),
  participants: range(cell, 'participantsLow', 'participantsHigh'),
  actors: list(cell('actors')),
  partOf: optional(cell('partOf')),
  summary: required(cell('summary')),
  citations: citations(cell('citations')),
}));

export const leadersTable = table(
  Tenure,
  ['role', 'person', 'office', 'start', 'end', 'endedBy', 'citations'],
  (cell, { country }) => {
    const cited = citations(cell('citations'));
    return {
      country,
      role: required(cell('role')),
      person: optional(cell('person')),
      vacant: !cell('person'),
      office: required(cell('office')),
      start: required(cell('start')),
      end: optional(cell('end')),
      endedBy: optional(cell('endedBy')),
      citations: cited,
      sources: sourcesOf(cited),
    };
  },
);
