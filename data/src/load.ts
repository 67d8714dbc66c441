/**
 * Reads every dataset file and returns typed, validated data, or every problem found.
 * Nothing is served from a dataset that has an error: one bad row fails the whole load.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { z } from 'zod';
import { decodeUtf8, readCsv } from './csv';
import { type Borders, createLocator, readBorders } from './geo';
import type { Located, LocatedDataset } from './located';
import { REPO_ROOT, repoPath } from './paths';
import { namesByPlace, resolveEvent } from './places';
import type { Problem } from './problems';
import { checkDataset } from './rules';
import type { Country, Event, GazetteerPlace, PlaceName, Source, Tenure } from './schema';
import {
  columnOf,
  countriesTable,
  eventsTable,
  leadersTable,
  placeNamesTable,
  placesTable,
  sourcesTable,
  type Table,
} from './tables';

export const DATASETS_DIR = repoPath('data', 'datasets');

export interface Dataset {
  countries: Country[];
  /** Events with their places looked up in the gazetteer and named as on their dates. */
  events: Event[];
  tenures: Tenure[];
  sources: Source[];
  /**
   * The data version: a hash of the contents of every dataset file read, so that every server
   * loading the same files names the same version (the ETags of its answers derive from it).
   */
  version: string;
  places: GazetteerPlace[];
  placeNames: PlaceName[];
}

export type LoadResult =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /** The datasets folder (default: `data/datasets`). */
  dir?: string;
  /** The borders to check coordinates against (default: the committed 1953–1968 borders). */
  borders?: Borders;
}

export function loadDataset(options: LoadOptions = {}): LoadResult {
  const dir = options.dir ?? DATASETS_DIR;
  const problems: Problem[] = [];
  const contents = createHash('sha256');
  const read = <S extends z.ZodType, C extends string>(
    path: string,
    table: Table<S, C>,
    country = '',
  ) => {
    // Named as within the folder: the same files elsewhere are the same version.
    contents.update(`${path}\0`);
    return readTable(join(dir, path), table, country, problems, contents);
  };

  const countries = read('countries.csv', countriesTable);
  const located: LocatedDataset = {
    countries,
    sources: read('sources.csv', sourcesTable),
    places: read('places.csv', placesTable),
    placeNames: read('place-names.csv', placeNamesTable),
    events: countries.flatMap(({ value }) => read(`${value.id}/events.csv`, eventsTable, value.id)),
    tenures: countries.flatMap(({ value }) =>
      read(`${value.id}/leaders.csv`, leadersTable, value.id),
    ),
  };
  problems.push(...checkDataset(located, createLocator(options.borders ?? readBorders())));

  if (problems.some((problem) => problem.severity === 'error')) return { ok: false, problems };
  const values = <T>(records: Located<T>[]) => records.map((record) => record.value);
  const places = values(located.places);
  const placeNames = values(located.placeNames);
  const byId = new Map(places.map((place) => [place.id, place]));
  const names = namesByPlace(placeNames);
  return {
    ok: true,
    dataset: {
      countries: values(located.countries),
      events: located.events.map(({ value }) => resolveEvent(value, byId, names)),
      tenures: values(located.tenures),
      sources: values(located.sources),
      version: contents.digest('hex').slice(0, 16),
      places,
      placeNames,
    },
    warnings: problems,
  };
}

/** Reads one CSV file into schema-checked records; rows that fail are reported and left out. */
function readTable<S extends z.ZodType, C extends string>(
  path: string,
  table: Table<S, C>,
  country: string,
  problems: Problem[],
  contents: Hash,
): Located<z.infer<S>>[] {
  const file = displayPath(path);
  if (!existsSync(path)) {
    problems.push({ file, line: 1, field: '(file)', message: 'file not found', severity: 'error' });
    return [];
  }
  const bytes = readFileSync(path);
  // Its length, then its bytes, after its name: no two different sets of files hash alike.
  contents.update(`${bytes.length}\0`).update(bytes);
  const { header, rows } = readCsv(decodeUtf8(bytes, file, problems), file, problems);
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

function displayPath(path: string): string {
  const fromRoot = relative(REPO_ROOT, path);
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot;
}
