/**
 * The two decks' plans from the store: the comparison (the compare view's query) and a story.
 * What each slide shows and cites is decided here; pptx.ts only draws it.
 */
import { CATEGORY_COLORS, THEMES, yearSpan } from '@thaw/charts';
import type { ComparisonMeasure } from '@thaw/charts/view';
import {
  type Category,
  type ChartId,
  dateBoundary,
  type Event,
  Role,
  type Source,
  type Story,
  stepMonths,
} from '@thaw/data';
import { monthLabel } from '../map/monthMap';
import type { Store } from '../store';
import {
  citedOnce,
  deathsColumn,
  eventsColumn,
  isNative,
  type NativeColumn,
  type Slide,
  sourceSlides,
  stepNotes,
  type YearSpan,
} from './plan';

export interface CompareDeckQuery {
  countries: readonly string[];
  categories: readonly Category[];
  from: number;
  to: number;
  measure: ComparisonMeasure;
}

/** What the title slide says of the data: the atlas, the release and its licence. */
function releaseLines(store: Store, viewUrl: string): string[] {
  const release = store.release;
  return [
    release
      ? `Thaw Atlas dataset v${release.version}, published ${release.published}`
      : `Thaw Atlas dataset (unreleased contents ${store.version})`,
    release ? `Licence: ${release.licence.name} (${release.licence.url})` : 'Licence: see the data',
    viewUrl,
  ];
}

/** What the deck draws on, and where every work its records cite is listed. */
function drawnOn(store: Store, origin: string, events: number, tenures: number): string[] {
  const records = [`${events} events`, ...(tenures > 0 ? [`${tenures} tenures of office`] : [])];
  const dataset = store.release
    ? `the Thaw Atlas dataset v${store.release.version}`
    : 'the Thaw Atlas dataset';
  return [
    `Drawn from ${records.join(' and ')} of ${dataset}, each citing its sources.`,
    `All ${store.sources.length} works are listed at ${origin}/api/sources, and with every record in ${origin}/api/data.zip.`,
  ];
}

const names = (store: Store, countries: readonly string[]) =>
  countries.map((id) => store.country(id)?.name ?? id);

function sourcesOf(store: Store, ids: Iterable<readonly string[]>): Source[] {
  const byId = new Map(store.sources.map((source) => [source.id, source]));
  return citedOnce(ids).flatMap((id) => byId.get(id) ?? []);
}

/** The charts of one column per country, with the countries summed in a single chart's case. */
function nativeSlide(
  store: Store,
  chart: 'events-by-year' | 'fatalities-by-year',
  columns: readonly { title: string; countries: readonly string[] }[],
  categories: readonly Category[],
  span: YearSpan,
  caption: string | null,
  notes: string,
): Slide {
  const rows = store.yearly({
    countries: columns.flatMap((column) => column.countries),
    categories,
    ...span,
  });
  const made: NativeColumn[] = columns.map((column) =>
    chart === 'events-by-year'
      ? eventsColumn(column.title, rows, column.countries, categories, span, CATEGORY_COLORS)
      : deathsColumn(column.title, rows, column.countries, span, THEMES.light.text),
  );
  const noun = chart === 'events-by-year' ? 'Events' : 'Deaths';
  return {
    kind: 'native',
    chart,
    title: `${noun} by year, ${yearSpan(span.from, span.to)}`,
    columns: made,
    note:
      chart === 'events-by-year'
        ? 'Counted in the year they began.'
        : 'Each death once: a figure counts only where no enclosing event has one.',
    caption,
    notes,
  };
}

export function compareDeckPlan(store: Store, query: CompareDeckQuery, viewUrl: string): Slide[] {
  const span = { from: query.from, to: query.to };
  const dates = { from: `${query.from}-01-01`, to: `${query.to}-12-31` };
  const countryNames = names(store, query.countries);
  const columns = query.countries.map((id, index) => ({
    title: countryNames[index] ?? id,
    countries: [id],
  }));
  const events = store.queryEvents({
    ...dates,
    countries: query.countries,
    categories: query.categories,
  });
  const tenures = store.queryTenures({ ...dates, countries: query.countries, roles: Role.options });
  const view = {
    countries: [...query.countries],
    categories: [...query.categories],
    ...dates,
  };
  const image = (chart: ChartId, title: string, notes: string): Slide => ({
    kind: 'image',
    chart,
    label: null,
    title,
    caption: null,
    notes,
    view,
  });
  const eventNotes = `Drawn from ${events.length} events of the atlas; their sources close the deck.`;
  return [
    {
      kind: 'title',
      title: `Comparison: ${countryNames.join(', ')}, ${yearSpan(query.from, query.to)}`,
      lines: releaseLines(store, viewUrl),
    },
    nativeSlide(store, 'events-by-year', columns, query.categories, span, null, eventNotes),
    nativeSlide(store, 'fatalities-by-year', columns, query.categories, span, null, eventNotes),
    image('leaders', 'Leaders', `The ${tenures.length} tenures of party, government and state.`),
    image('timeline', 'Timeline', eventNotes),
    image('country-comparison', `Comparison by ${query.measure}`, eventNotes),
    // Hundreds of works stand behind a span's counts: the slide says where they are listed.
    ...sourceSlides(drawnOn(store, new URL(viewUrl).origin, events.length, tenures.length), []),
  ];
}

/** A step's months as the charts' inclusive dates. */
function stepDates(step: Story['steps'][number]) {
  const { from, to } = stepMonths(step);
  return { from: dateBoundary(from, 'first') ?? from, to: dateBoundary(to, 'last') ?? to };
}

/**
 * A story's deck: a slide per step (the map at that moment, or the step's chart) with its
 * caption, and in the notes the step's notes and the sources of what it highlights (of what it
 * shows, when it highlights nothing). `shownOnMap` gives the events a map step draws.
 */
export function storyDeckPlan(
  store: Store,
  story: Story,
  shownOnMap: (step: number) => readonly Event[],
  viewUrl: string,
): Slide[] {
  const byId = new Map(store.events.map((event) => [event.id, event]));
  const shownIds = new Set<string>();
  const highlightedSources: (readonly string[])[] = [];
  const steps = story.steps.map((step, index): Slide => {
    const highlighted = step.highlight.flatMap((id) => byId.get(id) ?? []);
    const { from, to } = stepMonths(step);
    const when = from === to ? monthLabel(from) : `${monthLabel(from)} – ${monthLabel(to)}`;
    const label = `Step ${index + 1} of ${story.steps.length} · ${when}`;
    const chart: ChartId | null =
      step.show === 'map' ? null : step.show === 'compare' ? 'country-comparison' : step.show;
    const shown =
      chart === null
        ? shownOnMap(index)
        : store.queryEvents({
            ...stepDates(step),
            countries: step.countries,
            categories: step.categories,
          });
    for (const event of shown) shownIds.add(event.id);
    highlightedSources.push(...highlighted.map((event) => event.sources));
    const noted = highlighted.length > 0 ? highlighted : shown;
    const notes = stepNotes(
      step.notes,
      sourcesOf(
        store,
        noted.map((event) => event.sources),
      ),
    );
    if (chart === null) {
      return { kind: 'map', title: step.title, label, caption: step.caption, notes, step: index };
    }
    if (isNative(chart)) {
      const years = {
        from: Number(from.slice(0, 4)),
        to: Number(to.slice(0, 4)),
      };
      const title = names(store, step.countries).join(', ');
      return nativeSlide(
        store,
        chart,
        [{ title, countries: step.countries }],
        step.categories,
        years,
        step.caption,
        notes,
      );
    }
    return {
      kind: 'image',
      chart,
      label,
      title: step.title,
      caption: step.caption,
      notes,
      view: {
        countries: [...step.countries],
        categories: [...step.categories],
        ...stepDates(step),
      },
    };
  });
  return [
    { kind: 'title', title: story.title, lines: [story.summary, ...releaseLines(store, viewUrl)] },
    ...steps,
    ...sourceSlides(
      [
        ...drawnOn(store, new URL(viewUrl).origin, shownIds.size, 0),
        'The works behind the events this story highlights:',
      ],
      sourcesOf(store, highlightedSources),
    ),
  ];
}
