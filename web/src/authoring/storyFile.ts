/**
 * A story as a file in the format of `data/stories/*.json`: named by its id, laid out as the
 * project's formatter lays those files out (objects open, short lists on one line), so that a
 * downloaded story dropped into `data/stories` reads like the others in a diff.
 */
import type { Story } from '@thaw/data/stories';

const LINE_WIDTH = 100;

export const storyFileName = (story: Story): string => `${story.id}.json`;

export const storyFileText = (story: Story): string => `${layOut(story, '', 0)}\n`;

/** `column`: where the value starts on its line, for whether a list fits on it. */
function layOut(value: unknown, indent: string, column: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    const flat = value.every((item) => item === null || typeof item !== 'object');
    if (flat && column + inline.length <= LINE_WIDTH) return inline;
    const inner = `${indent}  `;
    const items = value.map((item) => inner + layOut(item, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const fields = Object.entries(value).map(([key, field]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return head + layOut(field, inner, head.length);
    });
    return fields.length === 0 ? '{}' : `{\n${fields.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** What a file's text holds: a value to check as a story, or why it is not JSON. */
export type FileReading = { ok: true; value: unknown } | { ok: false; message: string };

export function readStoryFile(text: string): FileReading {
  if (text.trim() === '') return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the file is not JSON (${why})` };
  }
}
