/**
 * The states' look (`data/datasets/states.csv`) for the browser, which reads no files: the web app
 * bundles the file's text (Vite's `?raw`) and reads it here with the same table and schema as
 * `pnpm data:check`, which has already refused the build's data if any row was wrong.
 */
import type { Problem } from './problems';
import { type Cell, readRecords, type Table } from './records';
import { type Country, State } from './schema';

/** As tables.ts reads cells: empty is missing (required) or null (optional); a malformed number
 * stays a string, so that the schema reports what was found. */
const required = (value: string) => value || undefined;
const optional = (value: string) => value || null;
const number = (value: string) =>
  value ? (/^[-+]?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value) : undefined;
/** A group of columns, null when all are empty. */
const group = <T>(cell: Cell<string>, columns: readonly string[], build: () => T) =>
  columns.every((column) => !cell(column)) ? null : build();

/** `states.csv`: one small file, parsed as it is (the large tables are compiled, tables.ts). */
export const statesTable: Table<typeof State> = {
  schema: State,
  columns: [
    'id',
    'color',
    'capitalName',
    'capitalLocalName',
    'capitalLat',
    'capitalLon',
    'labelLon',
    'labelLat',
  ],
  toRecord: (cell) => ({
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
};

export function parseStates(text: string): State[] {
  const problems: Problem[] = [];
  const states = readRecords(text, 'data/datasets/states.csv', statesTable, '', problems);
  const first = problems[0];
  if (first) throw new Error(`${first.file}:${first.line}: ${first.field}: ${first.message}`);
  return states.map((state) => state.value);
}

export interface Capital {
  country: string;
  name: string;
  /** In its own language and script, where it differs. */
  localName: string | null;
  lat: number;
  lon: number;
}

/** One capital per state: a dataset country's from `countries.csv`, any other's from `states.csv`. */
export function capitalsOf(
  countries: readonly Pick<Country, 'id' | 'capital'>[],
  states: readonly State[],
): Capital[] {
  const localName = new Map(states.map((state) => [state.id, state.capitalLocalName]));
  const known = new Set(countries.map((country) => country.id));
  return [
    ...countries.map((country) => ({ country: country.id, ...country.capital })),
    ...states.flatMap((state) =>
      state.capital && !known.has(state.id) ? [{ country: state.id, ...state.capital }] : [],
    ),
  ].map((capital) => ({ ...capital, localName: localName.get(capital.country) ?? null }));
}
