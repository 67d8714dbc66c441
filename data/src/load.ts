/**
 * Reads every dataset file and returns typed, validated data, or every problem found.
 * Nothing is served from a dataset that has an error: one bad row fails the whole load.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { decodeUtf8 } from './csv';
import { type Borders, createLocator, readBorders } from './geo';
import type { Located, LocatedDataset } from './located';
import { displayPath, repoPath } from './paths';
import { namesByPlace, resolveEvent } from './places';
import type { Problem } from './problems';
import { readRecords, type Table } from './records';
import { type Release, readRelease } from './release';
import { checkDataset } from './rules';
import type { Country, Event, GazetteerPlace, PlaceName, Source, State, Tenure } from './schema';
import { statesTable } from './states';
import {
  countriesTable,
  eventsTable,
  leadersTable,
  placeNamesTable,
  placesTable,
  sourcesTable,
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
  /** The published release these files are (`release.json` beside the folder), if any. */
  release?: Release;
  places: GazetteerPlace[];
  placeNames: PlaceName[];
  /** How the map and the charts show each state (`states.csv`). */
  states: State[];
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
    states: read('states.csv', statesTable),
    events: countries.flatMap(({ value }) => read(`${value.id}/events.csv`, eventsTable, value.id)),
    tenures: countries.flatMap(({ value }) =>
      read(`${value.id}/leaders.csv`, leadersTable, value.id),
    ),
  };
  problems.push(...checkDataset(located, createLocator(options.borders ?? readBorders())));
  const version = contents.digest('hex').slice(0, 16);
  const release = readRelease(dir, version, problems);

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
      version,
      release,
      places,
      placeNames,
      states: values(located.states),
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
  return readRecords(decodeUtf8(bytes, file, problems), file, table, country, problems);
}
