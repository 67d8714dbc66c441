/**
 * `pnpm data:check [datasets-dir] [stories-dir]`: validates every dataset file and every story
 * (by default `stories/` beside the datasets) and prints each problem as
 * `file:line: field: message`. Exits non-zero when there is any error (warnings alone pass).
 */
import { resolve } from 'node:path';
import { loadDataset } from '../load';
import { formatReport } from '../problems';
import { loadStories, STORIES_DIR, storiesBeside } from '../storyFiles';

const fromCwd = (arg: string | undefined) =>
  arg ? resolve(process.env.INIT_CWD ?? process.cwd(), arg) : undefined;
const dir = fromCwd(process.argv[2]);
const storiesDir = fromCwd(process.argv[3]) ?? (dir ? storiesBeside(dir) : STORIES_DIR);
const result = loadDataset({ dir });

if (result.ok) {
  const { events, tenures, sources, countries } = result.dataset;
  const { stories, problems } = loadStories({ dir: storiesDir, events });
  if (problems.length > 0) {
    console.error(formatReport([...result.warnings, ...problems]));
    process.exitCode = 1;
  } else {
    if (result.warnings.length > 0) console.log(formatReport(result.warnings));
    console.log(
      `data ok: ${countries.length} countries, ${events.length} events, ${tenures.length} tenures, ${sources.length} sources, ${stories.length} stories`,
    );
  }
} else {
  console.error(formatReport(result.problems));
  process.exitCode = 1;
}
