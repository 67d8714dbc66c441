/**
 * `pnpm data:check [datasets-dir]`: validates every dataset file and prints each problem as
 * `file:line: field: message`. Exits non-zero when there is any error (warnings alone pass).
 */
import { resolve } from 'node:path';
import { loadDataset } from '../load';
import { formatReport } from '../problems';

const dir = process.argv[2]
  ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
  : undefined;
const result = loadDataset({ dir });

if (result.ok) {
  const { events, tenures, sources, countries } = result.dataset;
  if (result.warnings.length > 0) console.log(formatReport(result.warnings));
  console.log(
    `data ok: ${countries.length} countries, ${events.length} events, ${tenures.length} tenures, ${sources.length} sources`,
  );
} else {
  console.error(formatReport(result.problems));
  process.exitCode = 1;
}
