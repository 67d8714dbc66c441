export * from './schema';
export { type Dataset, DATASETS_DIR, type LoadOptions, type LoadResult, loadDataset } from './load';
export { formatCsv } from './csv';
export { type Problem, formatProblem, formatReport } from './problems';
export { BORDERS_PATH, type Borders, createLocator, type Locator, readBorders } from './geo';
