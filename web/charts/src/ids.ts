/**
 * The charts' ids, apart from their components: the API's route checks a chart's file name
 * against them without loading React and recharts, some 0.3 s of the server's start.
 */
export const CHART_IDS = [
  'events-by-year',
  'fatalities-by-year',
  'country-comparison',
  'timeline',
  'leaders',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (value: string): value is ChartId =>
  (CHART_IDS as readonly string[]).includes(value);
