import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadDataset } from '../src';

const FIXTURE = join(import.meta.dirname, 'fixtures/minimal');
const copies: string[] = [];

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the valid fixture, to break one thing in. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thaw-fixture-'));
  cpSync(FIXTURE, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Sets one cell: `file` relative to the dataset, `line` as in an editor (1 = header). */
function setCell(dir: string, file: string, line: number, column: string, value: string) {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]?.split(',') ?? [];
  const index = header.indexOf(column);
  const row = lines[line - 1];
  if (index < 0 || row === undefined) throw new Error(`no ${column} at ${file}:${line}`);
  // The fixture rows quote no field before the columns the tests edit, so a split is enough.
  const cells = row.split(',');
  cells[index] = value;
  lines[line - 1] = cells.join(',');
  writeFileSync(path, lines.join('\n'));
}

function appendLine(dir: string, file: string, line: string) {
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}${line}\n`);
}

/** The problems of a load, formatted as `data:check` prints them. */
function problemsOf(dir: string): string[] {
  const result = loadDataset({ dir });
  return result.ok ? result.warnings.map(formatProblem) : result.problems.map(formatProblem);
}

function expectProblem(dir: string, file: string, line: number, field: string, message: RegExp) {
  const problems = problemsOf(dir);
  const located = problems.filter((p) => p.startsWith(`${dir}/${file}:${line}: ${field}: `));
  expect(located, problems.join('\n')).not.toHaveLength(0);
  expect(located.join('\n')).toMatch(message);
}

describe('the valid fixture', () => {
  it('loads without problems', () => {
    const result = loadDataset({ dir: FIXTURE });
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('the data version', () => {
  const versionOf = (dir: string) => {
    const result = loadDataset({ dir });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.dataset.version;
  };

  it('is the same for the same files in another folder, and changes with any byte', () => {
    const version = versionOf(FIXTURE);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const copy = copyFixture();
    expect(versionOf(copy)).toBe(version);
    // A change no record shows (a trailing newline) is still another version of the files.
    appendLine(copy, 'sources.csv', '');
    expect(versionOf(copy)).not.toBe(version);
  });
});

describe('data:check catches, at the right file, line and field,', () => {
  it('a schema violation (an unknown category)', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 2, 'category', 'riot');
    expectProblem(dir, 'HU/events.csv', 2, 'category', /expected one of/);
  });

  it('a type outside its category’s vocabulary', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 2, 'type', 'invasion');
    expectProblem(dir, 'HU/events.csv', 2, 'type', /not a protest type/);
  });

  it('a missing required field', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 3, 'title', '');
    expectProblem(dir, 'HU/events.csv', 3, 'title', /required/);
  });

  it('a malformed date', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 2, 'start', '23/10/1956');
    expectProblem(dir, 'HU/events.csv', 2, 'start', /YYYY-MM-DD/);
  });

  it('an impossible date', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 3, 'end', '1956-02-30');
    expectProblem(dir, 'HU/leaders.csv', 3, 'end', /no such day/);
  });

  it('a number that is not one', () => {
    const dir = copyFixture();
    setCell(dir, 'places.csv', 2, 'lat', '47,5N');
    expectProblem(dir, 'places.csv', 2, '(row)', /expected 8 fields/);
    setCell(dir, 'places.csv', 3, 'lat', 'north');
    expectProblem(dir, 'places.csv', 3, 'lat', /expected a number, found "north"/);
  });

  it('an event that ends before it starts', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/events.csv', 2, 'end', '1956-11-01');
    expectProblem(dir, 'SU/events.csv', 2, 'end', /end is before start/);
  });

  it('a tenure that ends before it starts', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 2, 'end', '1947-01-01');
    expectProblem(dir, 'HU/leaders.csv', 2, 'end', /end is before start/);
  });

  it('an event outside 1953–1968', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 2, 'start', '1969-01-02');
    setCell(dir, 'HU/events.csv', 2, 'id', 'hu-1969-01-02-demonstration');
    expectProblem(dir, 'HU/events.csv', 2, 'start', /outside the atlas's period/);
  });

  it('a duplicate id, across countries', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/events.csv', 3, 'id', 'hu-1956-10-23-demonstration');
    expectProblem(dir, 'SU/events.csv', 3, 'id', /duplicate events id .*HU\/events.csv:2/);
  });

  it('a cited source that does not exist', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 3, 'citations', 'fixture-history;no-such-book@p. 3');
    expectProblem(dir, 'HU/events.csv', 3, 'citations', /unknown source "no-such-book"/);
  });

  it('a cited source that does not exist, in a tenure and in a place name', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/leaders.csv', 4, 'citations', 'no-such-book@p. 1');
    expectProblem(dir, 'SU/leaders.csv', 4, 'citations', /unknown source "no-such-book"/);
    setCell(dir, 'place-names.csv', 2, 'citations', 'no-such-book');
    expectProblem(dir, 'place-names.csv', 2, 'citations', /unknown source "no-such-book"/);
  });

  it('an unused source, as a warning that does not fail the load', () => {
    const dir = copyFixture();
    appendLine(dir, 'sources.csv', 'unused-book,book,Someone,Never Cited,1999,Press,');
    const result = loadDataset({ dir });
    expect(result.ok).toBe(true);
    expectProblem(dir, 'sources.csv', 4, 'id', /warning: source "unused-book" is never cited/);
  });

  it('a source of no known kind', () => {
    const dir = copyFixture();
    setCell(dir, 'sources.csv', 2, 'kind', 'pamphlet');
    expectProblem(dir, 'sources.csv', 2, 'kind', /expected one of/);
  });

  it('a citation of a book without a locator, in an event, a tenure and a place name', () => {
    const dir = copyFixture();
    setCell(dir, 'sources.csv', 2, 'kind', 'book');
    const message = /"fixture-history" is a book: cite it with a locator/;
    expectProblem(dir, 'HU/events.csv', 2, 'citations', message);
    expectProblem(dir, 'place-names.csv', 2, 'citations', message);
    setCell(dir, 'sources.csv', 3, 'kind', 'report');
    expectProblem(dir, 'SU/leaders.csv', 2, 'citations', /"fixture-leaders" is a report/);
    // The citations that carry a locator pass: fixture-history@ch. 3, fixture-leaders@p. 1.
    const located = problemsOf(dir).filter(
      (p) => p.includes('HU/events.csv:3:') || p.includes('HU/leaders.csv:5:'),
    );
    expect(located).toEqual([]);
  });

  it('a gap between tenures', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 3, 'start', '1956-11-01');
    expectProblem(
      dir,
      'HU/leaders.csv',
      3,
      'start',
      /gap: the previous party tenure ends on 1956-10-25/,
    );
  });

  it('an overlap between tenures', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 3, 'start', '1956-10-01');
    expectProblem(dir, 'HU/leaders.csv', 3, 'start', /overlap/);
  });

  it('a timeline that does not reach the end of the period', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 3, 'end', '1960-01-01');
    expectProblem(dir, 'HU/leaders.csv', 3, 'end', /ends on 1960-01-01, before 1968-12-31/);
  });

  it('a change of leader with no leadership event (a warning)', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 3, 'category', 'milestone');
    setCell(dir, 'HU/events.csv', 3, 'type', 'party-meeting');
    expectProblem(dir, 'HU/leaders.csv', 3, 'start', /warning: no leadership event in HU/);
  });

  it('coordinates outside the country the place names', () => {
    const dir = copyFixture();
    // Kraków, in Poland, given as the coordinates of a Hungarian event's place.
    setCell(dir, 'places.csv', 3, 'lat', '50.06');
    setCell(dir, 'places.csv', 3, 'lon', '19.94');
    expectProblem(
      dir,
      'HU/events.csv',
      2,
      'place',
      /A Square \(50.06, 19.94\) lies in PL, not in HU/,
    );
  });

  it('an event abroad whose place is not in its target', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/events.csv', 2, 'target', 'CS');
    expectProblem(dir, 'SU/events.csv', 2, 'place', /lies in HU, not in CS/);
  });

  it('an invasion without an origin', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/events.csv', 2, 'origin', '');
    expectProblem(dir, 'SU/events.csv', 2, 'origin', /needs its origin/);
  });

  it('a place or an origin that is not in the gazetteer', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 3, 'place', 'atlantis');
    expectProblem(dir, 'HU/events.csv', 3, 'place', /no place "atlantis" in the gazetteer/);
    setCell(dir, 'SU/events.csv', 2, 'origin', 'lemuria');
    expectProblem(dir, 'SU/events.csv', 2, 'origin', /no place "lemuria" in the gazetteer/);
  });

  it('a site whose city is not in the gazetteer', () => {
    const dir = copyFixture();
    setCell(dir, 'places.csv', 3, 'city', 'atlantis');
    expectProblem(dir, 'places.csv', 3, 'city', /no city "atlantis"/);
  });

  it('a duplicate place id', () => {
    const dir = copyFixture();
    setCell(dir, 'places.csv', 5, 'id', 'moscow');
    expectProblem(dir, 'places.csv', 5, 'id', /duplicate places id "moscow" .*places.csv:4/);
  });

  it('two names of one place valid at once', () => {
    const dir = copyFixture();
    setCell(dir, 'place-names.csv', 3, 'from', '1956-06-01');
    expectProblem(dir, 'place-names.csv', 3, 'from', /overlap: the name "Old Square" \(line 2\)/);
  });

  it('a name for a place the gazetteer lacks', () => {
    const dir = copyFixture();
    appendLine(dir, 'place-names.csv', 'atlantis,Atlantis,Atlantis,,,fixture-history');
    expectProblem(dir, 'place-names.csv', 4, 'place', /no place "atlantis"/);
  });

  it('a part of an event that does not exist', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 4, 'partOf', 'su-1956-11-04-no-such-event');
    expectProblem(dir, 'HU/events.csv', 4, 'partOf', /no event "su-1956-11-04-no-such-event"/);
  });

  it('wholes and parts in a cycle', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/events.csv', 2, 'partOf', 'hu-1956-11-04-volley');
    setCell(dir, 'HU/events.csv', 4, 'start', '1956-11-04');
    expectProblem(
      dir,
      'HU/events.csv',
      4,
      'partOf',
      /a cycle: hu-1956-11-04-volley → su-1956-11-04-intervention → hu-1956-11-04-volley/,
    );
  });

  it('a part outside its whole’s span', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 4, 'end', '1956-11-12');
    expectProblem(
      dir,
      'HU/events.csv',
      4,
      'partOf',
      /1956-11-04..1956-11-12 is not within its whole's span 1956-11-04..1956-11-11 \(line 2\)/,
    );
  });

  it('parts whose lowest figures exceed the whole’s highest', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 4, 'fatalitiesLow', '700');
    setCell(dir, 'HU/events.csv', 4, 'fatalitiesHigh', '800');
    setCell(dir, 'HU/events.csv', 3, 'partOf', 'su-1956-11-04-intervention');
    setCell(dir, 'HU/events.csv', 3, 'start', '1956-11-05');
    setCell(dir, 'HU/events.csv', 3, 'id', 'hu-1956-11-05-leader-change');
    setCell(dir, 'HU/events.csv', 3, 'fatalitiesLow', '30');
    setCell(dir, 'HU/events.csv', 3, 'fatalitiesHigh', '30');
    expectProblem(
      dir,
      'SU/events.csv',
      2,
      'fatalitiesHigh',
      /parts' lowest figures add up to 730, more than its highest \(722\)/,
    );
  });

  it('a country without a head-of-state timeline', () => {
    const dir = copyFixture();
    const path = join(dir, 'SU/leaders.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^state,.*\n/m, ''));
    expectProblem(dir, 'SU/leaders.csv', 2, 'role', /no state tenure for SU/);
  });

  it('a gap in the head-of-state timeline', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 5, 'end', '1956-10-24');
    setCell(dir, 'HU/leaders.csv', 5, 'endedBy', 'regular');
    appendLine(dir, 'HU/leaders.csv', 'state,Next Head,Chairman,1956-11-01,,,fixture-leaders');
    expectProblem(
      dir,
      'HU/leaders.csv',
      6,
      'start',
      /gap: the previous state tenure ends on 1956-10-24/,
    );
  });

  it('a change of head of state with no leadership event (a warning)', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/leaders.csv', 5, 'end', '1960-03-01');
    setCell(dir, 'HU/leaders.csv', 5, 'endedBy', 'regular');
    appendLine(dir, 'HU/leaders.csv', 'state,Next Head,Chairman,1960-03-01,,,fixture-leaders');
    expectProblem(
      dir,
      'HU/leaders.csv',
      6,
      'start',
      /warning: no leadership event in HU on 1960-03-01/,
    );
  });

  it('a fatality range upside down', () => {
    const dir = copyFixture();
    setCell(dir, 'SU/events.csv', 2, 'fatalitiesLow', '800');
    expectProblem(dir, 'SU/events.csv', 2, 'fatalitiesLow', /low is greater than high/);
  });

  it('a file cut short inside a quoted field', () => {
    const dir = copyFixture();
    const path = join(dir, 'HU/events.csv');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.indexOf('A fixture row, with')));
    expectProblem(dir, 'HU/events.csv', 2, '(row)', /never closed/);
  });

  it('a broken encoding', () => {
    const dir = copyFixture();
    const path = join(dir, 'HU/leaders.csv');
    const bytes = readFileSync(path);
    const latin1 = Buffer.from(
      'party,Gomu\xb3ka,First Secretary,1956-10-25,1988-05-22,regular,x',
      'latin1',
    );
    writeFileSync(path, Buffer.concat([bytes, latin1]));
    expectProblem(dir, 'HU/leaders.csv', 6, '(file)', /not valid UTF-8/);
  });

  it('a missing column', () => {
    const dir = copyFixture();
    const path = join(dir, 'SU/leaders.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('endedBy', 'ended'));
    expectProblem(dir, 'SU/leaders.csv', 1, 'endedBy', /missing column/);
  });
});

// Each run starts pnpm and tsx: seconds on a busy machine.
describe('the data:check command', { timeout: 30_000 }, () => {
  const run = (dir: string) => {
    try {
      return {
        code: 0,
        output: execFileSync('pnpm', ['--silent', 'data:check', dir], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, output: failed.stderr };
    }
  };

  it('prints file:line: field: message and exits non-zero', () => {
    const dir = copyFixture();
    setCell(dir, 'HU/events.csv', 3, 'start', '1956-13-01');
    const { code, output } = run(dir);
    expect(code).not.toBe(0);
    expect(output).toContain(`${dir}/HU/events.csv:3: start: `);
    expect(output).toMatch(/1 error/);
  });

  it('passes a valid dataset', () => {
    expect(run(FIXTURE)).toMatchObject({ code: 0 });
  });
});
