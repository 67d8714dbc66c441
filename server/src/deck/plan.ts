/**
 * What a deck holds, slide by slide, before any drawing: pure, so that the slide count, the
 * native charts' numbers, the notes and the sources can be tested without PowerPoint. The
 * builder (pptx.ts) draws the plan; the route (routes/decks.ts) gathers its inputs.
 */
import type { Category, ChartId, Source, YearlyRow } from '@thaw/data';
import { CATEGORY_LABELS } from '@thaw/data/schema';

export const LAYOUTS = ['16x9', '4x3'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The slide's size in inches: PowerPoint's widescreen and standard slides. */
export const SLIDE_SIZE: Record<Layout, { width: number; height: number }> = {
  '16x9': { width: 13.333, height: 7.5 },
  '4x3': { width: 10, height: 7.5 },
};

/** The charts drawn as native, editable PowerPoint charts; the others are the server's PNG. */
export const NATIVE_CHARTS = ['events-by-year', 'fatalities-by-year'] as const;
export type NativeChartId = (typeof NATIVE_CHARTS)[number];
export const isNative = (chart: ChartId): chart is NativeChartId =>
  (NATIVE_CHARTS as readonly string[]).includes(chart);

export interface NativeSeries {
  name: string;
  /** `#RRGGBB`. */
  color: string;
  values: number[];
}

/** One chart of a native slide: a country's column, or the countries summed. */
export interface NativeColumn {
  title: string;
  /** The years, as category labels. */
  labels: string[];
  series: NativeSeries[];
}

export interface CountryName {
  id: string;
  name: string;
}

export interface YearSpan {
  from: number;
  to: number;
}

const yearsOf = ({ from, to }: YearSpan) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** The sum of `pick` over the rows of `countries` in each year: what the web charts stack. */
function byYear(
  rows: readonly YearlyRow[],
  countries: readonly string[],
  span: YearSpan,
  pick: (row: YearlyRow) => number,
): number[] {
  return yearsOf(span).map((year) =>
    rows
      .filter((row) => row.year === year && countries.includes(row.country))
      .reduce((sum, row) => sum + pick(row), 0),
  );
}

/** Events per year stacked by category, in the categories' colours, as the web chart. */
export function eventsColumn(
  title: string,
  rows: readonly YearlyRow[],
  countries: readonly string[],
  categories: readonly Category[],
  span: YearSpan,
  colors: Record<Category, string>,
): NativeColumn {
  return {
    title,
    labels: yearsOf(span).map(String),
    series: categories.map((category) => ({
      name: CATEGORY_LABELS[category],
      color: colors[category],
      values: byYear(rows, countries, span, (row) => row[category]),
    })),
  };
}

/**
 * Deaths per year as the web chart draws them: the lowest figure, and above it the rest up to
 * the highest (the sources disagree, so a range, never one number).
 */
export function deathsColumn(
  title: string,
  rows: readonly YearlyRow[],
  countries: readonly string[],
  span: YearSpan,
  ink: string,
): NativeColumn {
  const low = byYear(rows, countries, span, (row) => row.fatalitiesLow);
  const high = byYear(rows, countries, span, (row) => row.fatalitiesHigh);
  return {
    title,
    labels: yearsOf(span).map(String),
    series: [
      { name: 'Lowest figure in the sources', color: onWhite(ink, 0.85), values: low },
      {
        name: 'Up to the highest figure',
        color: onWhite(ink, 0.3),
        values: high.map((value, index) => value - (low[index] ?? 0)),
      },
    ],
  };
}

/** `#RRGGBB` at `opacity` over white, as the web chart's translucent bars look on a slide. */
export function onWhite(hex: string, opacity: number): string {
  const channel = (at: number) => {
    const value = Number.parseInt(hex.slice(at, at + 2), 16);
    return Math.round(255 - (255 - value) * opacity)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`.toUpperCase();
}

/** A top shared by side-by-side columns, so that they read on one scale as on the compare page. */
export function sharedTop(columns: readonly NativeColumn[]): number {
  let top = 0;
  for (const column of columns) {
    const years = column.labels.length;
    for (let year = 0; year < years; year++) {
      top = Math.max(
        top,
        column.series.reduce((sum, series) => sum + (series.values[year] ?? 0), 0),
      );
    }
  }
  return top;
}

export type Slide =
  | { kind: 'title'; title: string; lines: string[] }
  | {
      kind: 'native';
      chart: NativeChartId;
      title: string;
      columns: NativeColumn[];
      /** Below the charts, as under every figure of the atlas. */
      note: string | null;
      caption: string | null;
      notes: string;
    }
  | {
      kind: 'image';
      chart: ChartId;
      /** A story step's `Step 3 of 12 · October 1956`; null in a comparison. */
      label: string | null;
      /** The image's title; the PNG carries it and its source line. */
      title: string;
      caption: string | null;
      notes: string;
      /** The chart's query, for the renderer. */
      view: { countries: string[]; categories: Category[]; from: string; to: string };
    }
  | {
      kind: 'map';
      title: string;
      /** `Step 3 of 12 · October 1956`. */
      label: string;
      caption: string;
      notes: string;
      /** The step, for the map renderer. */
      step: number;
    }
  | {
      kind: 'sources';
      title: string;
      /** What the deck draws on and where all its works are listed (the first slide's only). */
      lead: string[];
      sources: Source[];
    };

/** The sources on one closing slide: two columns of twelve, readable at a projector's distance. */
export const SOURCES_PER_SLIDE = 24;

/**
 * The closing slides: the lead, then the works listed, in the bibliography's order, a slide per
 * 24 (the first holds fewer, below the lead).
 */
export function sourceSlides(lead: string[], sources: readonly Source[]): Slide[] {
  const first = sources.slice(0, SOURCES_PER_SLIDE - LEAD_ROOM);
  const rest = sources.slice(first.length);
  const pages = 1 + Math.ceil(rest.length / SOURCES_PER_SLIDE);
  return Array.from({ length: pages }, (_, page) => ({
    kind: 'sources',
    title: pages > 1 ? `Sources (${page + 1} of ${pages})` : 'Sources',
    lead: page === 0 ? lead : [],
    sources:
      page === 0 ? first : rest.slice((page - 1) * SOURCES_PER_SLIDE, page * SOURCES_PER_SLIDE),
  }));
}

/** The room the lead takes on the first sources slide, in entries of the list. */
const LEAD_ROOM = 8;

/** A source as the closing slides and the notes write it: author, year, title, publisher, URL. */
export function sourceEntry(source: Source): string {
  const head = [source.author, source.year && `(${source.year})`].filter(Boolean).join(' ');
  const parts = [head, source.title, source.publisher].filter((part): part is string => !!part);
  // A stop after each part, unless it ends in one already ("…wiedzieć...", "Inc.").
  const text = parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
  return source.url ? `${text} ${source.url}` : text;
}

/** The speaker notes of a step: its notes, then the works cited by what it shows. */
export function stepNotes(notes: string | undefined, sources: readonly Source[]): string {
  const cited = sources.map((source) => `- ${sourceEntry(source)}`);
  return [notes ?? '', sources.length > 0 ? `Sources:\n${cited.join('\n')}` : 'Sources: none']
    .filter(Boolean)
    .join('\n\n');
}

/** The ids in order of first appearance, each once. */
export function citedOnce(lists: Iterable<readonly string[]>): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const id of list) seen.add(id);
  return [...seen];
}
