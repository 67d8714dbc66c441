/**
 * Reads the story files (`stories/*.json`, beside `datasets/`) and checks them against the
 * schema and the events, locating each problem at the line of the JSON value at fault.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { displayPath, repoPath } from './paths';
import type { Problem } from './problems';
import type { Event } from './schema';
import { Story } from './stories';
import { stepProblems } from './storyRules';

export const STORIES_DIR = repoPath('data', 'stories');

/** The stories folder that belongs to a datasets folder: `stories/` beside it. */
export const storiesBeside = (datasetsDir: string): string => join(dirname(datasetsDir), 'stories');

export interface StoryOptions {
  /** The stories folder (default: `data/stories`). A folder that does not exist holds none. */
  dir?: string;
  /** The loaded events the stories point at. */
  events: readonly Event[];
}

export interface StoriesResult {
  /** The valid stories, sorted by id. */
  stories: Story[];
  problems: Problem[];
}

type JsonPath = (string | number)[];

export function loadStories({ dir = STORIES_DIR, events }: StoryOptions): StoriesResult {
  const stories: Story[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { stories, problems };
  const byId = new Map(events.map((event) => [event.id, event]));
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const file = displayPath(path);
    const text = readFileSync(path, 'utf8');
    const report = (line: number, field: string, message: string) =>
      problems.push({ file, line, field, message, severity: 'error' });

    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0 || !root) {
      for (const error of errors) {
        report(
          lineAt(text, error.offset),
          '(file)',
          `invalid JSON: ${printParseErrorCode(error.error)}`,
        );
      }
      if (errors.length === 0) report(1, '(file)', 'empty file');
      continue;
    }
    const at = (path: JsonPath) => lineAt(text, nodeAt(root, path).offset);

    const parsed = Story.safeParse(JSON.parse(text));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((key) => typeof key !== 'symbol');
        // An unknown key is reported at the key itself, not at the object holding it.
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        for (const key of keys) {
          const full = key === undefined ? path : [...path, key];
          report(at(full), fieldOf(full), issue.message);
        }
      }
      continue;
    }
    const story = parsed.data;
    const id = basename(name, '.json');
    if (story.id !== id) report(at(['id']), 'id', `the id must be the file's name, "${id}"`);
    story.steps.forEach((step, index) => {
      for (const problem of stepProblems(step, byId)) {
        const path = ['steps', index, ...problem.path];
        report(at(path), fieldOf(path), problem.message);
      }
    });
    if (!problems.some((problem) => problem.file === file)) stories.push(story);
  }
  return { stories, problems };
}

/** The node at a path, or its nearest ancestor that exists (for a key that is missing). */
function nodeAt(root: Node, path: JsonPath): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    // A property's key, rather than its value, for a key (an unknown one) on a line of its own.
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return root;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `steps[2].highlight[0]`: the path as a person reads it. */
const fieldOf = (path: JsonPath): string =>
  path.length === 0
    ? '(story)'
    : path
        .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
        .join('');
