/**
 * A strict RFC 4180 reader that remembers where each record stands, so that every
 * problem can be reported as `file:line`. Records never span lines in our datasets.
 */
import type { Problem } from './problems';

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** A record's fields, in the header's order, and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvReader {
  header: string[];
  /**
   * The records after the header, read one at a time as they are iterated; those whose width
   * differs from the header's are reported and skipped.
   */
  rows: Iterable<CsvRecord>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Decodes UTF-8, reporting each line that is not valid UTF-8 instead of failing the whole file. */
export function decodeUtf8(bytes: Uint8Array, file: string, problems: Problem[]): string {
  try {
    return utf8.decode(bytes);
  } catch {
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(lineStart, i));
        } catch {
          problems.push({
            file,
            line,
            field: '(file)',
            message: 'not valid UTF-8 (save the file as UTF-8)',
            severity: 'error',
          });
        }
        lineStart = i + 1;
        line++;
      }
    }
    return lenientUtf8.decode(bytes);
  }
}

/** The whole file at once, each row as a record by column name. */
export function parseCsv(text: string, file: string, problems: Problem[]): CsvTable {
  const { header, rows } = readCsv(text, file, problems);
  return {
    header,
    rows: Array.from(rows, ({ line, fields }) => {
      const values: Record<string, string> = {};
      header.forEach((name, index) => {
        values[name] = fields[index] ?? '';
      });
      return { line, values };
    }),
  };
}

/**
 * The header, then the rows as they are read: a caller that keeps only what it makes of each row
 * never holds a large file's rows all at once, which kept the garbage collector busy.
 */
export function readCsv(text: string, file: string, problems: Problem[]): CsvReader {
  const records = splitRecords(text.replace(/^\uFEFF/, ''), file, problems);
  const first = records.next();
  if (first.done) {
    problems.push({
      file,
      line: 1,
      field: '(file)',
      message: 'the file is empty',
      severity: 'error',
    });
    return { header: [], rows: [] };
  }
  const header = first.value.fields;
  return { header, rows: rowsAsWideAs(header, records, file, problems) };
}

function* rowsAsWideAs(
  header: string[],
  records: Iterable<CsvRecord>,
  file: string,
  problems: Problem[],
): Generator<CsvRecord> {
  for (const record of records) {
    if (record.fields.length === header.length) {
      yield record;
      continue;
    }
    problems.push({
      file,
      line: record.line,
      field: '(row)',
      message: `expected ${header.length} fields as in the header, found ${record.fields.length} (a missing or extra comma, or a cut-off line?)`,
      severity: 'error',
    });
  }
}

function* splitRecords(text: string, file: string, problems: Problem[]): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let wasQuoted = false;
  const fail = (message: string) =>
    problems.push({ file, line, field: '(row)', message, severity: 'error' });

  /** The record read so far, or null for a blank line; starts the next one. */
  const endRecord = (): CsvRecord | null => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !wasQuoted;
    const record = blank ? null : { line: recordLine, fields };
    fields = [];
    field = '';
    wasQuoted = false;
    return record;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else if (char === '\n') {
        fail('a quoted field runs over a line break (is a closing quote missing?)');
        line++;
        field += char;
      } else {
        // The run up to the next quote or line break in one slice: a string per character
        // made large files slow to read.
        const end = runEnd(text, i, true);
        field += text.slice(i, end);
        i = end - 1;
      }
      continue;
    }
    switch (char) {
      case '"':
        if (field !== '' || wasQuoted)
          fail('a quote inside an unquoted field (quote the whole field)');
        inQuotes = true;
        wasQuoted = true;
        break;
      case ',':
        fields.push(field);
        field = '';
        wasQuoted = false;
        break;
      case '\r':
        if (text[i + 1] !== '\n') field += char;
        break;
      case '\n': {
        const record = endRecord();
        if (record) yield record;
        line++;
        recordLine = line;
        break;
      }
      default:
        if (wasQuoted) {
          fail('text after a closing quote');
          field += char;
        } else {
          const end = runEnd(text, i, false);
          field += text.slice(i, end);
          i = end - 1;
        }
    }
  }
  if (inQuotes) {
    line = recordLine;
    fail('a quoted field is never closed (is the file cut short?)');
  }
  if (field !== '' || fields.length > 0 || wasQuoted) {
    const record = endRecord();
    if (record) yield record;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Where a run of ordinary characters starting at `from` ends: at the next character with a meaning. */
function runEnd(text: string, from: number, quoted: boolean): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE || code === LF || (!quoted && (code === COMMA || code === CR))) break;
  }
  return i;
}

/** Writes rows as RFC 4180 CSV, quoting only the fields that need it. */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
