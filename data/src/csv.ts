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

export function parseCsv(text: string, file: string, problems: Problem[]): CsvTable {
  const records = splitRecords(text.replace(/^\uFEFF/, ''), file, problems);
  const headerRecord = records.shift();
  if (!headerRecord) {
    problems.push({
      file,
      line: 1,
      field: '(file)',
      message: 'the file is empty',
      severity: 'error',
    });
    return { header: [], rows: [] };
  }
  const header = headerRecord.fields;
  const rows: CsvRow[] = [];
  for (const { line, fields } of records) {
    if (fields.length !== header.length) {
      problems.push({
        file,
        line,
        field: '(row)',
        message: `expected ${header.length} fields as in the header, found ${fields.length} (a missing or extra comma, or a cut-off line?)`,
        severity: 'error',
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => {
      values[name] = fields[index] ?? '';
    });
    rows.push({ line, values });
  }
  return { header, rows };
}

interface RawRecord {
  line: number;
  fields: string[];
}

function splitRecords(text: string, file: string, problems: Problem[]): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let wasQuoted = false;
  const fail = (message: string) =>
    problems.push({ file, line, field: '(row)', message, severity: 'error' });

  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !wasQuoted;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
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
      case '\n':
        endRecord();
        line++;
        recordLine = line;
        break;
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
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
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
