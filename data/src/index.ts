export { formatCsv } from './csv';
export { deathsByYear, eventsCountingDeaths, type YearDeaths } from './deaths';
export { BORDERS_PATH, type Borders, createLocator, type Locator, readBorders } from './geo';
export { DATASETS_DIR, type Dataset, type LoadOptions, type LoadResult, loadDataset } from './load';
export { REPO_ROOT, repoPath } from './paths';
export { nameAt, namesByPlace, placeOn } from './places';
export { formatProblem, formatReport, type Problem } from './problems';
export { Licence, Release, releaseBeside } from './release';
export * from './schema';
export * from './stories';
export {
  loadStories,
  STORIES_DIR,
  type StoriesResult,
  type StoryOptions,
  storiesBeside,
} from './storyFiles';
export * from './storyRules';
export { eventsTable, placesTable } from './tables';
