/**
 * The chart figures shared by the web app and the server's slide images (`@thaw/charts`):
 * pure components, props in and one complete SVG out.
 */

export { yearSpan } from './axes';
export { CountryComparisonChart, type CountryComparisonProps } from './CountryComparisonChart';
export { buildChartProps, type ChartDataSource } from './chartProps';
export { chartCsv } from './csv';
export { EventsByYearChart, type YearlyChartProps } from './EventsByYearChart';
export { FatalitiesByYearChart } from './FatalitiesByYearChart';
export type { CountryRef, FigureProps, YearCursorProps } from './Figure';
export { CHART_IDS, type ChartId } from './ids';
export { LeadersChart, type LeadersProps } from './LeadersChart';
export { CategoryMarker, markerPath } from './markers';
export {
  CHARTS,
  Chart,
  type ChartData,
  type ChartProps,
  type ChartPropsById,
  type ChartSpec,
} from './registry';
export { type DatasetRelease, sourceLine } from './sourceLine';
export {
  CATEGORIES,
  CATEGORY_COLORS,
  CATEGORY_SHAPES,
  countryColor,
  FONT_FAMILY,
  MANNER_LABELS,
  MAP_GROUND,
  type MarkerShape,
  THEMES,
  typeSizes,
} from './style';
export { TimelineChart, type TimelineProps } from './TimelineChart';
export { chartToSvg } from './toSvg';
export {
  CHART_DEFAULTS,
  CHART_LIMITS,
  CHART_QUERY,
  type ChartView,
  type ComparisonMeasure,
  type FigureSize,
  type ThemeName,
} from './view';
