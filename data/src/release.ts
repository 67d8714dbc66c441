/**
 * The dataset's release: the version a citation names, when it was published, under which
 * licence, and the contents it was published with. `release.json` sits beside `datasets/`; a
 * folder of other datasets (a test's, a benchmark's) has none and is cited by its contents alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { displayPath } from './paths';
import type { Problem } from './problems';

export const Licence = z
  .object({
    /** An SPDX identifier, e.g. `CC-BY-4.0`. */
    id: z.string().min(1),
    name: z.string().min(1),
    url: z.url(),
  })
  .strict();
export type Licence = z.infer<typeof Licence>;

export const Release = z
  .object({
    /** Raised with every change to the datasets: `major.minor.patch`. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version as major.minor.patch'),
    /** The day this version was published, YYYY-MM-DD. */
    published: z.iso.date(),
    licence: Licence,
    /** The data version (the hash of the dataset files) this release was published with. */
    contents: z.string().regex(/^[0-9a-f]{16}$/, 'expected the 16 hex digits of the data version'),
  })
  .strict();
export type Release = z.infer<typeof Release>;

/** The release file that belongs to a datasets folder. */
export const releaseBeside = (datasetsDir: string): string =>
  join(dirname(datasetsDir), 'release.json');

/**
 * Reads the release beside a datasets folder, if there is one, and says when the datasets have
 * changed since it was published: a citation of that version would then name other data.
 */
export function readRelease(
  datasetsDir: string,
  version: string,
  problems: Problem[],
): Release | undefined {
  const path = releaseBeside(datasetsDir);
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const text = readFileSync(path, 'utf8');
  const lineOf = (key: string) => {
    const index = text.indexOf(`"${key}"`);
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = `invalid JSON: ${(error as Error).message}`;
    problems.push({ file, line: 1, field: '(file)', message, severity: 'error' });
    return undefined;
  }
  const parsed = Release.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || '(file)';
      const key = String(issue.path[0] ?? '');
      problems.push({ file, line: lineOf(key), field, message: issue.message, severity: 'error' });
    }
    return undefined;
  }
  if (parsed.data.contents !== version) {
    problems.push({
      file,
      line: lineOf('contents'),
      field: 'contents',
      message: `the datasets have changed since release ${parsed.data.version}: raise "version", set "published" to the day and "contents" to ${version}`,
      severity: 'warning',
    });
  }
  return parsed.data;
}
