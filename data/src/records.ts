/**
 * A dataset file's rows as schema-checked records, with no file system: `data:check` and the
 * server read the files with it (load.ts), the browser its bundled `states.csv` (states.ts).
 */
import type { z } from 'zod';
import { readCsv } from './csv';
import type { Problem } from './problems';

/** A record and the place in its file where it was read. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

/** A row's cell in a column, '' when empty. */
export type Cell<Column extends string> = (column: Column) => string;

export interface Table<Schema extends z.ZodType, Column extends string = string> {
  columns: readonly Column[];
  schema: Schema;
  /** Builds the raw record from a row; the schema then checks it. */
  toRecord(cell: Cell<Column>, context: { country: string }): unknown;
}

/**
 * A CSV file's text as schema-checked records; each problem (a missing or unknown column, a row
 * the schema refuses) is reported as file:line: field and its row left out.
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

/** The column that holds the value at a schema path: `['fatalities', 'low']` → `fatalitiesLow`. */
export function columnOf(path: readonly PropertyKey[]): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  if (names[0] === 'vacant') return 'person';
  if (names[0] === 'sources' || names[0] === 'citations') return 'citations';
  if (names.length === 0) return '(row)';
  return names.map((name, i) => (i === 0 ? name : name[0]?.toUpperCase() + name.slice(1))).join('');
}
