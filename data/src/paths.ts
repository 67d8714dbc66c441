/**
 * The repository's files, found from its root (the folder that holds `pnpm-workspace.yaml`)
 * rather than from the reading module's own place: the server's bundle in `server/dist/` holds
 * this module too, so paths relative to a module would differ between the source and the build.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository: `repoPath('data', 'datasets')`. */
export const repoPath = (...segments: string[]): string => join(REPO_ROOT, ...segments);

/** A file's path as problems name it: from the repository's root when it lies inside it. */
export function displayPath(path: string): string {
  const fromRoot = relative(REPO_ROOT, path);
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot;
}
