/**
 * Lighthouse (its CLI, as a child process) with Debian's Chromium against the built app:
 * accessibility and best-practices scores, and the audits that cost points.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS } from '../support/browser';

export const LIGHTHOUSE_GOAL = 95;
const CATEGORIES = ['accessibility', 'best-practices'] as const;

export interface LighthouseFigures {
  page: string;
  accessibility: number;
  bestPractices: number;
  /** Audits scored below 1, by title: what to fix for a better score. */
  failing: string[];
}

interface Report {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; details?: { items?: { issueType?: string }[] } }
  >;
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

export async function runLighthouse(baseUrl: string, page: string): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'thaw-lighthouse-'));
  const output = join(dir, 'report.json');
  // Lighthouse wants the new headless mode spelled out.
  const flags = CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag));
  try {
    await promisify(execFile)(
      process.execPath,
      [
        cli,
        new URL(page, baseUrl).href,
        `--chrome-path=${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`,
        `--chrome-flags=${flags.join(' ')}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        // The desktop preset: steadier on two cores than the default mobile emulation.
        '--preset=desktop',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
      ],
      { timeout: 120_000 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
    const failing = CATEGORIES.flatMap((category) =>
      (report.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => describeAudit(report, ref.id)),
    );
    return {
      page,
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An audit's title and, for Chromium's issues panel, which kinds of issue it logged. */
function describeAudit(report: Report, id: string): string {
  const audit = report.audits[id];
  if (!audit) return id;
  const kinds = [...new Set(audit.details?.items?.map((item) => item.issueType) ?? [])];
  const named = kinds.filter((kind): kind is string => typeof kind === 'string');
  return named.length > 0 ? `${audit.title} (${named.join(', ')})` : audit.title;
}
