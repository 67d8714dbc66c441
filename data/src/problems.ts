/** A problem found in a dataset file, located so that a person can open the file at that line. */
export interface Problem {
  /** The file's path relative to the repository root, e.g. `data/datasets/HU/events.csv`. */
  file: string;
  line: number;
  /** The column (or columns, comma-joined) at fault; `(file)` or `(row)` when it is not one column. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problem.message}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = sorted.map(formatProblem);
  lines.push(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return lines.join('\n');
}
