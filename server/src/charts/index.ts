/**
 * The chart figures shared by the web app (`@thaw/server/charts`) and the server's slide images:
 * pure components, props in and one complete SVG out.
 */

export { yearSpan } from './axes';
export {
  type ComparisonMeasure,
  CountryComparisonChart,
  type CountryComparisonProps,
} from './CountryComparisonChart';
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
export {
  CATEGORIES,
  CATEGORY_COLORS,
  CATEGORY_LABELS,
  CATEGORY_SHAPES,
  countryColor,
  type FigureSize,
  FONT_FAMILY,
  MANNER_LABELS,
  type MarkerShape,
  THEMES,
  type ThemeName,
  typeSizes,
} from './style';
export { TimelineChart, type TimelineProps } from './TimelineChart';
export { chartToSvg } from './toSvg';
export { CHART_DEFAULTS, CHART_LIMITS, type ChartView } from './view';
