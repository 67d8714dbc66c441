/**
 * A chart's query, read: what `/api/charts/{chart}` and `/embed/{chart}` take. Apart from the
 * chart components, so that a page can read and write queries without loading them.
 */
import type { Category } from '@thaw/data';
import { PERIOD } from '@thaw/data/schema';
import type { ComparisonMeasure } from './CountryComparisonChart';
import type { FigureSize, ThemeName } from './style';

/** What `/api/charts/{chart}` and `/embed/{chart}` take when the query leaves a value out. */
export const CHART_DEFAULTS = {
  width: 1600,
  height: 900,
  theme: 'light',
  size: 'normal',
  measure: 'events',
} as const satisfies Partial<ChartView>;

/** The figure sizes a query may ask for, in CSS pixels. */
export const CHART_LIMITS = {
  width: { min: 320, max: 3840 },
  height: { min: 180, max: 2160 },
} as const;

/** A chart's query, read: which data, and how the figure looks. */
export interface ChartView {
  countries: readonly string[];
  categories: readonly Category[];
  /** Inclusive ISO dates; absent, the atlas's whole period. */
  from?: string;
  to?: string;
  width: number;
  height: number;
  theme: ThemeName;
  size: FigureSize;
  /** country-comparison only. */
  measure: ComparisonMeasure;
  title?: string;
  subtitle?: string;
}

/** The view's span as inclusive ISO dates, and the years it touches. */
export function viewSpan(view: Pick<ChartView, 'from' | 'to'>) {
  const from = view.from ?? PERIOD.start;
  const to = view.to ?? PERIOD.end;
  return { from, to, years: { from: Number(from.slice(0, 4)), to: Number(to.slice(0, 4)) } };
}
