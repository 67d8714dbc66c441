import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer } from '../support/server';

const broken = mkdtempSync(join(tmpdir(), 'thaw-broken-'));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe('the server on a broken dataset', () => {
  it('prints the data:check report and exits non-zero, never listening', async () => {
    cpSync(join(REPO_ROOT, 'data/datasets'), broken, { recursive: true });
    const file = join(broken, 'HU/events.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2]?.replace(/^([^,]*),(\d{4})-\d{2}-\d{2},/, '$1,$2-02-30,') ?? '';
    writeFileSync(file, lines.join('\n'));
    await expect(startServer({ dataDir: broken })).rejects.toThrow(
      /exited with 1 before listening[\s\S]*HU\/events\.csv:3: start: no such day in the calendar/,
    );
  });
});
