/**
 * A story: a guided sequence of moments on the map and the charts, to teach and present from.
 * The files are `data/stories/*.json`; this schema is the one definition of their shape, free of
 * Node so that the web app can validate a draft with it too.
 */
import { z } from 'zod';
import { BorderId, Category, ChartId, Id, PERIOD } from './schema';

/** The explorer's modes: every event up to the date (earlier ones faded), or that month's only. */
export const StoryMode = z.enum(['cumulative', 'month']);

/** What a step shows: the map explorer, the comparison, or one chart. */
export const StoryView = z.enum(['map', 'compare', ...ChartId.options]);

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM (e.g. 1956-10)');

/** The atlas's span in months: a step's dates lie within it. */
export const PERIOD_MONTHS = { from: PERIOD.start.slice(0, 7), to: PERIOD.end.slice(0, 7) };

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);

/** The map's view: `[west, south, east, north]` in degrees. */
export const Frame = z
  .object({ bbox: z.tuple([Lon, Lat, Lon, Lat]) })
  .strict()
  .refine(({ bbox: [west, , east] }) => west < east, {
    message: 'west must be less than east',
    path: ['bbox', 0],
  })
  .refine(({ bbox: [, south, , north] }) => south < north, {
    message: 'south must be less than north',
    path: ['bbox', 1],
  });

/**
 * Sentence ends: a stop, question or exclamation mark (and any closing quote or bracket) before
 * a capital, a quote or the end. "mine No. 29" is one sentence, as a figure follows the stop.
 */
const SENTENCE_END = /[.!?]['"’”)]*(?=\s+['"‘“(]?[A-ZÀ-ÞŁŚŻŹ]|\s*$)/g;

export const countSentences = (text: string): number => text.match(SENTENCE_END)?.length ?? 0;

export const StoryStep = z
  .object({
    /** A short heading. */
    title: z
      .string()
      .min(1, 'give the step a heading')
      .max(80, 'a step title is a short heading (80 characters at most)'),
    /** The month shown, or a span of months given as `from` and `to`. */
    date: Month.optional(),
    from: Month.optional(),
    to: Month.optional(),
    countries: z.array(BorderId).min(1, 'name at least one country'),
    categories: z
      .array(Category)
      .min(1)
      .default([...Category.options]),
    mode: StoryMode,
    frame: Frame,
    /** The events the step points at, by id. */
    highlight: z.array(Id).default([]),
    caption: z
      .string()
      .trim()
      .min(1)
      .refine((text) => /[.!?]['"’”)]*$/.test(text), 'end the caption with a full stop')
      .refine((text) => {
        const sentences = countSentences(text);
        return sentences >= 1 && sentences <= 3;
      }, 'a caption is one to three sentences'),
    /** Speaker notes, for the presenter only. */
    notes: z.string().min(1).optional(),
    show: StoryView,
  })
  .strict()
  .superRefine((step, ctx) => {
    const range = step.from !== undefined || step.to !== undefined;
    if (step.date !== undefined && range) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'give date, or from and to, not both',
      });
    } else if (step.date === undefined && !range) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give date, or from and to' });
    } else if (range && (step.from === undefined || step.to === undefined)) {
      const missing = step.from === undefined ? 'from' : 'to';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'a range needs from and to' });
    } else if (step.from !== undefined && step.to !== undefined && step.to < step.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
    }
  });

export const Story = z
  .object({
    /** The file's name without `.json`. */
    id: Id,
    title: z.string().min(1, 'give the story a title'),
    summary: z.string().min(1, 'say in a sentence or two what the story tells'),
    steps: z.array(StoryStep).min(1, 'a story has at least one step').max(40, 'at most 40 steps'),
  })
  .strict();

/** The months a step spans: `[date, date]` or `[from, to]`. */
export function stepMonths(step: StoryStep): { from: string; to: string } {
  const from = step.date ?? step.from ?? '';
  return { from, to: step.date ?? step.to ?? from };
}

/**
 * A month of the atlas as a number: months since January of the period's first year, the count
 * the map compares, the timeline steps through and the URL writes as `YYYY-MM`. May lie outside
 * the period.
 */
export function monthOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return (year - Number(PERIOD.start.slice(0, 4))) * 12 + (month - 1);
}

/** What the map's rule reads of an event. */
export interface Visible {
  /** First and last month of the event (`monthOf`). */
  startMonth: number;
  endMonth: number;
  country: string;
  category: Category;
}

/** The selection a month is seen through: the same for the map, its labels, picking and panels. */
export interface EventView {
  month: number;
  mode: StoryMode;
  countries: readonly string[];
  categories: readonly string[];
}

export type Phase = 'current' | 'past';

/**
 * What an event is in the view: under way (`current`), over and still shown faded (`past`, in
 * cumulative mode only), or not shown at all. The web map (and its shaders, generated from the
 * same rule) and the server's map images both apply it.
 */
export function phaseAt(event: Visible, view: EventView): Phase | null {
  if (!view.countries.includes(event.country) || !view.categories.includes(event.category)) {
    return null;
  }
  if (event.startMonth <= view.month && event.endMonth >= view.month) return 'current';
  if (view.mode === 'cumulative' && event.endMonth < view.month) return 'past';
  return null;
}

export type StepEvent = { country: string; category: Category; start: string; end: string | null };

/**
 * Why the map does not show an event during a step, by the explorer's rule (web's `phaseAt`),
 * or null when it does: in month mode an event under way within the step's months, in
 * cumulative mode also any earlier one; and only in the step's countries and categories.
 */
export function hiddenInStep(event: StepEvent, step: StoryStep): string | null {
  if (!step.countries.includes(event.country)) {
    return `its country, ${event.country}, is not among the step's countries`;
  }
  if (!step.categories.includes(event.category)) {
    return `its category, ${event.category}, is not among the step's categories`;
  }
  const { from, to } = stepMonths(step);
  const starts = event.start.slice(0, 7);
  const ends = (event.end ?? event.start).slice(0, 7);
  if (starts > to) return `it starts in ${starts}, after the step's ${to}`;
  if (step.mode === 'month' && ends < from) {
    return `it is over by ${from}, and month mode shows only what is under way`;
  }
  return null;
}

export const visibleInStep = (event: StepEvent, step: StoryStep): boolean =>
  hiddenInStep(event, step) === null;

export type StoryMode = z.infer<typeof StoryMode>;
export type StoryView = z.infer<typeof StoryView>;
export type Frame = z.infer<typeof Frame>;
export type StoryStep = z.infer<typeof StoryStep>;
export type Story = z.infer<typeof Story>;
/** A story as a file holds it, before defaults are filled in. */
export type StoryInput = z.input<typeof Story>;
