/**
 * The real datasets, broken one fault at a time. For each fault `data:check` names the file, line
 * and field, and the server refuses to start: it exits non-zero before it ever listens, so no
 * `/healthz` can answer. (data/test/check.test.ts covers every rule on a small fixture; this
 * proves the same on the data the atlas ships, end to end.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type CsvRow, formatCsv, parseCsv } from '@thaw/data/csv';
import { afterAll, describe, it } from 'vitest';
import { REPO_ROOT, startServer } from '../support/server';

const DATASETS = join(REPO_ROOT, 'data/datasets');
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the real datasets. */
function copyDatasets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thaw-mutated-'));
  cpSync(DATASETS, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** The file's lines (records never span lines) and its parsed rows. */
function readRows(path: string) {
  const text = readFileSync(path, 'utf8');
  const { header, rows } = parseCsv(text, path, []);
  return { lines: text.split('\n'), header, rows };
}

/** A row of a file, and the row before it. */
type RowFunction<T> = (row: CsvRow, previous?: CsvRow) => T;

/** Sets `column` to `value` on the first row `pick` chooses, and returns that row's line. */
function setCell(
  path: string,
  column: string,
  value: RowFunction<string>,
  pick: RowFunction<boolean> = () => true,
): number {
  const { lines, header, rows } = readRows(path);
  const index = rows.findIndex((row, at) => pick(row, rows[at - 1]));
  const row = rows[index];
  if (!row) throw new Error(`no row to change in ${path}`);
  const values = { ...row.values, [column]: value(row, rows[index - 1]) };
  lines[row.line - 1] =
    formatCsv(header, [header.map((name) => values[name])]).split('\r\n')[1] ?? '';
  writeFileSync(path, lines.join('\n'));
  return row.line;
}

interface Fault {
  name: string;
  /** The broken file, relative to the datasets folder. */
  file: string;
  /** Breaks the file at `path`; returns the line it broke. */
  apply(path: string): number;
  field: string;
  message: RegExp;
}

const FAULTS: Fault[] = [
  {
    name: 'a missing field',
    file: 'HU/events.csv',
    apply: (path) => setCell(path, 'title', () => ''),
    field: 'title',
    message: /required/,
  },
  {
    name: 'a malformed date',
    file: 'PL/events.csv',
    apply: (path) => setCell(path, 'start', (row) => (row.values.start ?? '').replaceAll('-', '/')),
    field: 'start',
    message: /expected a date as YYYY-MM-DD/,
  },
  {
    name: 'an end before the start',
    file: 'SU/events.csv',
    // The same day a year earlier.
    apply: (path) =>
      setCell(path, 'end', (row) => {
        const start = row.values.start ?? '';
        return `${Number(start.slice(0, 4)) - 1}${start.slice(4)}`;
      }),
    field: 'end',
    message: /end is before start/,
  },
  {
    name: 'an unknown source',
    file: 'HU/events.csv',
    apply: (path) =>
      setCell(path, 'citations', (row) => `${row.values.citations};no-such-source@p. 1`),
    field: 'citations',
    message: /unknown source "no-such-source"/,
  },
  {
    name: 'a duplicate id',
    file: 'PL/events.csv',
    apply: (path) =>
      setCell(
        path,
        'id',
        (_row, previous) => previous?.values.id ?? '',
        (_row, previous) => previous !== undefined,
      ),
    field: 'id',
    message: /duplicate events id/,
  },
  {
    name: 'coordinates out of range',
    file: 'places.csv',
    apply: (path) => setCell(path, 'lat', () => '95.5'),
    field: 'lat',
    message: /<=\s*90/,
  },
  {
    name: 'a tenure overlap',
    file: 'PL/leaders.csv',
    // A tenure that starts when its predecessor did.
    apply: (path) =>
      setCell(
        path,
        'start',
        (_row, previous) => previous?.values.start ?? '',
        (row, previous) => previous?.values.role === row.values.role,
      ),
    field: 'start',
    message: /overlap/,
  },
  {
    name: 'a broken encoding (a line saved as Latin-1)',
    file: 'HU/leaders.csv',
    apply(path) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const at = lines.findIndex((line) => /\P{ASCII}/u.test(line));
      const encoded = lines.map((line, index) =>
        Buffer.from(line, index === at ? 'latin1' : 'utf8'),
      );
      // Each line and a line break, less the one after the last.
      const newline = Buffer.from('\n');
      writeFileSync(
        path,
        Buffer.concat(encoded.flatMap((line) => [line, newline])).subarray(0, -1),
      );
      return at + 1;
    },
    field: '(file)',
    message: /not valid UTF-8/,
  },
  {
    name: 'a truncated file',
    file: 'SU/events.csv',
    apply(path) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const at = Math.floor(lines.length / 2);
      const cut = lines.slice(0, at + 1);
      cut[at] = cut[at]?.slice(0, Math.floor((cut[at]?.length ?? 0) / 2)) ?? '';
      writeFileSync(path, cut.join('\n'));
      return at + 1;
    },
    field: '(row)',
    // Cut inside a quoted field or between fields.
    message: /never closed|expected \d+ fields/,
  },
];

const run = promisify(execFile);

/** `data:check` on `dir`, as `pnpm data:check <dir>` runs it. */
async function dataCheck(dir: string): Promise<{ code: number; output: string }> {
  const command = ['--import', 'tsx', join(REPO_ROOT, 'data/src/cli/check.ts'), dir];
  try {
    const { stdout } = await run(process.execPath, command, { cwd: REPO_ROOT });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe.concurrent('the real datasets with one fault', () => {
  it.for(FAULTS)(
    '$name: data:check locates it, the server refuses to start',
    async (fault, { expect }) => {
      const dir = copyDatasets();
      const path = join(dir, fault.file);
      const line = fault.apply(path);
      const located = `${path}:${line}: ${fault.field}: `;

      const [check, refusal] = await Promise.all([
        dataCheck(dir),
        startServer({ dataDir: dir }).then(
          (server) => server.stop().then(() => 'listening'),
          (error: Error) => error.message,
        ),
      ]);

      expect(check.code).toBe(1);
      const reported = check.output.split('\n').filter((entry) => entry.startsWith(located));
      expect(reported, check.output).not.toEqual([]);
      expect(reported.join('\n')).toMatch(fault.message);
      // The server prints the same report, and stops before it listens.
      expect(refusal).toMatch(/exited with 1 before listening/);
      expect(refusal).toContain(reported[0]);
    },
  );
});
