import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadDataset } from '../src';

const root = mkdtempSync(join(tmpdir(), 'thaw-release-'));
const datasets = join(root, 'datasets');
cpSync(join(import.meta.dirname, 'fixtures/minimal'), datasets, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const versionOf = () => {
  const result = loadDataset({ dir: datasets });
  if (!result.ok) throw new Error('the fixture should load');
  return result.dataset.version;
};

const release = (contents: string, version = '1.0.0') =>
  JSON.stringify(
    {
      version,
      published: '2026-12-06',
      licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://example.org/' },
      contents,
    },
    null,
    2,
  );

describe('the release', () => {
  it('is the one the committed datasets were published with', () => {
    const result = loadDataset();
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.dataset.release?.contents).toBe(result.dataset.version);
    expect(result.warnings.filter((problem) => problem.file === 'data/release.json')).toEqual([]);
  });

  it('is absent beside a folder that has none', () => {
    const result = loadDataset({ dir: datasets });
    expect(result.ok && result.dataset.release).toBeUndefined();
  });

  it('warns, at the line of its contents, when the datasets changed since it was published', () => {
    writeFileSync(join(root, 'release.json'), release('0123456789abcdef'));
    const result = loadDataset({ dir: datasets });
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings.map((problem) => problem.line) : [];
    expect(warnings).toEqual([9]);
    writeFileSync(join(root, 'release.json'), release(versionOf()));
    const republished = loadDataset({ dir: datasets });
    expect(republished.ok && republished.warnings).toEqual([]);
  });

  it('names the field and line of a malformed release', () => {
    writeFileSync(join(root, 'release.json'), release(versionOf(), 'one'));
    const result = loadDataset({ dir: datasets });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toContainEqual(
      expect.stringMatching(/release\.json:2: version: expected a version/),
    );
    writeFileSync(join(root, 'release.json'), `${readFileSync(join(root, 'release.json'))},`);
    const broken = loadDataset({ dir: datasets });
    expect(broken.ok ? [] : broken.problems.map((problem) => problem.field)).toEqual(['(file)']);
  });
});
