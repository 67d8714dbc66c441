/**
 * How each dataset file's columns map onto the records of `schema.ts`. A record's nested
 * fields are flat columns in the files (`fatalities.low` is `fatalitiesLow`), so the mapping back from a
 * schema path to a column is mechanical.
 */
import { z } from 'zod';
import { readCsv } from './csv';
import type { Problem } from './problems';
import { Country, EventRecord, GazetteerPlace, PlaceName, Source, State, Tenure } from './schema';

/** A record and the place in its file where it was read. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

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

/** `source-id` or `source-id@locator`, `;`-separated. */
const citations = (value: string) =>
  list(value).map((item) => {
    const at = item.indexOf('@');
    return at < 0
      ? { source: item, locator: null }
      : { source: item.slice(0, at).trim(), locator: item.slice(at + 1).trim() || null };
  });

/** The cited works, each once, in the order of their first citation. */
export const sourcesOf = (cited: { source: string }[]) => [...new Set(cited.map((c) => c.source))];

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

export const statesTable = table(
  State,
  [
    'id',
    'color',
    'capitalName',
    'capitalLocalName',
    'capitalLat',
    'capitalLon',
    'labelLon',
    'labelLat',
  ],
  (cell) => ({
    id: required(cell('id')),
    color: optional(cell('color')),
    capital: group(cell, ['capitalName', 'capitalLat', 'capitalLon'], () => ({
      name: required(cell('capitalName')),
      lat: number(cell('capitalLat')),
      lon: number(cell('capitalLon')),
    })),
    capitalLocalName: optional(cell('capitalLocalName')),
    label: group(cell, ['labelLon', 'labelLat'], () => ({
      lon: number(cell('labelLon')),
      lat: number(cell('labelLat')),
    })),
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

export const eventsTable = table(
  EventRecord,
  [
    'id',
    'start',
    'end',
    'datePrecision',
    'category',
    'type',
    'title',
    'place',
    'target',
    'origin',
    'fatalitiesLow',
    'fatalitiesHigh',
    'fatalitiesNote',
    'participantsLow',
    'participantsHigh',
    'actors',
    'partOf',
    'citations',
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
  }),
);

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

/** The column that holds the value at a schema path: `['fatalities', 'low']` → `fatalitiesLow`. */
export function columnOf(path: readonly PropertyKey[]): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  if (names[0] === 'vacant') return 'person';
  if (names[0] === 'sources' || names[0] === 'citations') return 'citations';
  if (names.length === 0) return '(row)';
  return names.map((name, i) => (i === 0 ? name : name[0]?.toUpperCase() + name.slice(1))).join('');
}

/**
 * A CSV file's text as schema-checked records; each problem (a missing or unknown column, a row
 * the schema refuses) is reported as file:line: field and its row left out. No file system: the
 * browser reads its tables with it too.
 */
export function readRecords<S extends z.ZodType, C extends string>(
  text: string,
  file: string,
  table: Table<S, C>,
  country: string,
  problems: Problem[],
): Located<z.infer<S>>[] {
  const { header, rows } = readCsv(text, file, problems);
  const missing = table.columns.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !(table.columns as readonly string[]).includes(column));
  for (const column of missing) {
    problems.push({ file, line: 1, field: column, message: 'missing column', severity: 'error' });
  }
  for (const column of unknown) {
    problems.push({ file, line: 1, field: column, message: 'unknown column', severity: 'error' });
  }

  const position = new Map(header.map((column, index) => [column, index]));
  const context = { country };
  const records: Located<z.infer<S>>[] = [];
  // Row by row: each row's cells and raw record are garbage as soon as it is checked.
  for (const { line, fields } of rows) {
    // A file without a column its records need yields none, but its rows are still read, so
    // that their own problems are reported too.
    if (missing.length > 0) continue;
    const record = table.toRecord((column) => fields[position.get(column) ?? -1] ?? '', context);
    const result = table.schema.safeParse(record, { error: describeIssue });
    if (result.success) {
      records.push({ value: result.data, file, line });
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line,
        field: columnOf(issue.path),
        message: issue.message,
        severity: 'error',
      });
    }
  }
  return records;
}

/** Messages that speak of the file's cells rather than of JavaScript values. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'required';
  if (issue.expected === 'number') return `expected a number, found "${String(issue.input)}"`;
  return undefined;
}
