/**
 * A chart's query: what `/api/charts/{chart}` and `/embed/{chart}` take, one schema per
 * parameter. The route applies them strictly (a bad value is a 400 naming it); the embed page
 * leniently (a bad value falls back to its default, with a note). Apart from the chart
 * components, so that the route and the pages read queries without loading React or recharts.
 */
import type { Category } from '@thaw/data/schema';
import { PERIOD } from '@thaw/data/schema';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@thaw/i18n';
import { z } from 'zod';

export const THEME_NAMES = ['light', 'dark', 'transparent'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const FIGURE_SIZES = ['normal', 'slide'] as const;
export type FigureSize = (typeof FIGURE_SIZES)[number];

export const COMPARISON_MEASURES = ['events', 'fatalities'] as const;
export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];

/** What `/api/charts/{chart}` and `/embed/{chart}` take when the query leaves a value out. */
export const CHART_DEFAULTS = {
  width: 1600,
  height: 900,
  theme: 'light',
  size: 'normal',
  measure: 'events',
} as const satisfies Partial<ChartView>;

/** The figure sizes a query may ask for, in CSS pixels, and the longest texts. */
export const CHART_LIMITS = {
  width: { min: 320, max: 3840 },
  height: { min: 180, max: 2160 },
  scale: { min: 1, max: 3 },
  title: 200,
  subtitle: 300,
} as const;

/** A whole or decimal number within bounds; absent or empty, the fallback. */
function numberParam(fallback: number, min: number, max: number, description: string) {
  return z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '') return fallback;
      const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
      if (!(value >= min && value <= max)) {
        context.addIssue({
          code: 'custom',
          message: `"${text.slice(0, 40)}" is not a number from ${min} to ${max}`,
        });
        return z.NEVER;
      }
      return value;
    })
    .meta({ description, example: String(fallback) });
}

function choiceParam<const Choice extends string>(
  choices: readonly [Choice, ...Choice[]],
  noun: string,
  fallback: Choice,
  description: string,
) {
  const listed = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
  return z
    .enum(choices, {
      error: (issue) => `unknown ${noun} "${String(issue.input)}" (expected ${listed})`,
    })
    .default(fallback)
    .meta({ description });
}

const { width, height, scale } = CHART_LIMITS;

/** The chart's own parameters; the data's (countries, categories, from, to) are the events'. */
export const CHART_QUERY = {
  width: numberParam(
    CHART_DEFAULTS.width,
    width.min,
    width.max,
    `Width in CSS pixels (${width.min}–${width.max}).`,
  ),
  height: numberParam(
    CHART_DEFAULTS.height,
    height.min,
    height.max,
    `Height in CSS pixels (${height.min}–${height.max}).`,
  ),
  scale: numberParam(
    1,
    scale.min,
    scale.max,
    `PNG only: pixels per CSS pixel (${scale.min}–${scale.max}); 2 for a sharp slide.`,
  ),
  theme: choiceParam(
    THEME_NAMES,
    'theme',
    CHART_DEFAULTS.theme,
    'Colours: light, dark, or dark-on-transparent for coloured slide backgrounds.',
  ),
  size: choiceParam(
    FIGURE_SIZES,
    'size',
    CHART_DEFAULTS.size,
    '`slide` uses larger type, readable at a projector’s distance.',
  ),
  measure: choiceParam(
    COMPARISON_MEASURES,
    'measure',
    CHART_DEFAULTS.measure,
    'country-comparison only: what each series counts.',
  ),
  lang: choiceParam(
    LOCALE_CODES as [Locale, ...Locale[]],
    'language',
    DEFAULT_LOCALE,
    'The language of the words: en, pl, hu or ru (the page’s `lang`). Event titles stay English.',
  ),
  title: z
    .string()
    .max(CHART_LIMITS.title)
    .optional()
    .meta({ description: 'Replaces the default title.' }),
  subtitle: z
    .string()
    .max(CHART_LIMITS.subtitle)
    .optional()
    .meta({ description: 'A line under the title.' }),
};

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
