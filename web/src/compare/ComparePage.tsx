/**
 * The comparison (`/compare`): two or three countries in columns drawn to the same scales, one
 * timeline and one comparison chart across them, a shared time brush and a shared cursor year.
 * Everything but the cursor lives in the URL.
 */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import { type ChartData, yearSpan } from '@thaw/charts';
import { countriesFrame, OVERVIEW } from '@thaw/data/framing';
import type { Country } from '@thaw/data/schema';
import { capitalsOf } from '@thaw/data/states';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { eventsQuery, yearlyStatsQuery } from '../api/queries';
import { AddToStory } from '../authoring/AddToStory';
import { compareStep } from '../authoring/viewSteps';
import { ChartFigure } from '../charts/ChartFigure';
import { defaultChartView, type SpannedView } from '../charts/chartView';
import { type LoadedChartData, useChartData } from '../charts/useChartData';
import { type UrlCodec, useUrlState } from '../state/useUrlState';
import { STATES } from '../style/states';
import { FIRST_YEAR, LAST_YEAR } from '../time/months';
import { ErrorState, LoadingState, WithCountries } from '../ui/QueryStatus';
import { Segmented } from '../ui/Segmented';
import { UrlNotes } from '../ui/UrlNotes';
import type { YearSpan } from './brush';
import { CompareFilters } from './CompareFilters';
import { CountryEvents } from './CountryEvents';
import {
  type CompareContext,
  type CompareState,
  compareChartFilter,
  parseCompareState,
  serializeCompareState,
} from './compareState';
import { EventDrawer } from './EventDrawer';
import { TimeBrush } from './TimeBrush';

const COMPARE_CODEC: UrlCodec<CompareState, CompareContext> = {
  parse: parseCompareState,
  serialize: serializeCompareState,
};

const BOUNDS = { min: FIRST_YEAR, max: LAST_YEAR };
const EVERY_KIND_OF_DATA: readonly ChartData[] = ['yearly', 'events', 'tenures'];
const measures = () => [
  { value: 'events' as const, label: i18n._('compare.measure.events') },
  { value: 'fatalities' as const, label: i18n._('compare.measure.fatalities') },
];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export default function ComparePage() {
  return (
    <WithCountries what={i18n._('thing.comparison')}>
      {(countries) => <Compare countries={countries} />}
    </WithCountries>
  );
}

function Compare({ countries }: { countries: readonly Country[] }) {
  const context: CompareContext = useMemo(
    () => ({ countryIds: countries.map((country) => country.id) }),
    [countries],
  );
  const { state, update, notes, dismissNotes } = useUrlState(COMPARE_CODEC, context);
  const yearTotals = useYearTotals(state);
  const [cursorYear, setCursorYear] = useState<number | null>(null);
  const [pickedByReader, setPickedByReader] = useState(false);
  // The charts follow a step behind the controls: a held arrow key draws only where it stops.
  const shown = useDeferredValue(state);
  const data = useChartData(compareChartFilter(shown, context), EVERY_KIND_OF_DATA);
  // A run of brush steps is one history entry; any other change is an entry of its own.
  const changeSpan = useCallback(
    (span: YearSpan, continuing: boolean) => update(span, { replace: continuing }),
    [update],
  );
  const selectEvent = useCallback(
    (id: string) => {
      setPickedByReader(true);
      update({ event: id });
    },
    [update],
  );

  const names = countries
    .filter((country) => state.countries.includes(country.id))
    .map((country) => country.name);
  const span = yearSpan(state.from, state.to);
  // The map of a comparison step frames the compared countries, as the explorer would.
  const allEvents = useQuery(eventsQuery());
  const storyStep = () =>
    compareStep(
      state,
      names,
      countriesFrame(state.countries, allEvents.data ?? [], capitalsOf(countries, STATES)) ??
        OVERVIEW,
    );

  return (
    <div className="compare">
      <UrlNotes notes={notes} onDismiss={dismissNotes} />
      <div className="compare-heading">
        {/* On the left, clear of the event drawer that opens on the right. */}
        <div className="compare-title">
          <h1 className="stage-title">
            {names.join(', ')}
            <span className="stage-subtitle">{i18n._('compare.subtitle', { span })}</span>
          </h1>
          <AddToStory step={storyStep} />
          <a className="button" href={compareDeckHref(state)} download>
            {i18n._('compare.pptx')}
          </a>
        </div>
        <CompareFilters countries={countries} state={state} onChange={update} />
      </div>
      <div className="compare-brush">
        <TimeBrush span={state} bounds={BOUNDS} onChange={changeSpan} yearTotals={yearTotals} />
      </div>
      {data.status === 'error' ? (
        <ErrorState what={i18n._('thing.charts')} error={data.error} onRetry={data.retry} />
      ) : data.status === 'pending' ? (
        <LoadingState what={i18n._('thing.charts')} />
      ) : (
        <CompareCharts
          state={shown}
          data={data}
          cursorYear={cursorYear}
          onCursorYear={setCursorYear}
          onUpdate={update}
          onSelectEvent={selectEvent}
        />
      )}
      {state.event !== null && (
        <EventDrawer
          eventId={state.event}
          countryNames={new Map(countries.map((country) => [country.id, country.name]))}
          pickedByReader={pickedByReader}
          onOpenEvent={selectEvent}
          onClose={() => update({ event: null })}
        />
      )}
    </div>
  );
}

/** Events per year over the whole period, summed over the countries: the brush's histogram. */
function useYearTotals(state: CompareState) {
  const stats = useQuery(
    yearlyStatsQuery({ countries: state.countries, categories: state.categories }),
  );
  return useMemo(() => {
    if (!stats.data) return undefined;
    const totals = new Map<number, number>();
    for (const row of stats.data) totals.set(row.year, (totals.get(row.year) ?? 0) + row.total);
    return totals;
  }, [stats.data]);
}

interface CompareChartsProps {
  state: CompareState;
  data: LoadedChartData;
  cursorYear: number | null;
  onCursorYear(year: number | null): void;
  onUpdate(patch: Partial<CompareState>): void;
  onSelectEvent(id: string): void;
}

/** Memoized: the controls' renders pass it by until the deferred state or the data change. */
const CompareCharts = memo(function CompareCharts({
  state,
  data,
  cursorYear,
  onCursorYear,
  onUpdate,
  onSelectEvent,
}: CompareChartsProps) {
  const viewContext = useMemo(
    () => ({ countryIds: data.countries.map((country) => country.id) }),
    [data.countries],
  );
  const countryNames = useMemo(
    () => new Map(data.countries.map((country) => [country.id, country.name])),
    [data.countries],
  );
  const base: SpannedView = {
    ...defaultChartView(viewContext),
    categories: state.categories,
    from: `${state.from}-01-01`,
    to: `${state.to}-12-31`,
  };
  const pageUrl = `/compare${serializeCompareState({ ...state, event: null }, viewContext)}`;
  const cursor = { cursorYear, onCursorYear };

  // One scale for every column: the highest year of any compared country in the span.
  const shown = data.yearly.filter(
    (row) =>
      state.countries.includes(row.country) && row.year >= state.from && row.year <= state.to,
  );
  const eventsMax = Math.max(0, ...shown.map((row) => row.total));
  const deathsMax = Math.max(0, ...shown.map((row) => row.fatalitiesHigh));

  // The charts came after the page: a link to one of them (`#hu-events-by-year`) scrolls now.
  useEffect(() => {
    const anchor = window.location.hash.slice(1);
    if (anchor) document.getElementById(anchor)?.scrollIntoView();
  }, []);

  return (
    <>
      <section className="compare-together" aria-labelledby="together-heading">
        <h2 id="together-heading" className="visually-hidden">
          {i18n._('compare.together')}
        </h2>
        <div className="compare-timeline">
          {/* Each of the timeline's marks is a button: the keyboard may pass them all at once. */}
          <button
            type="button"
            className="skip-marks"
            onClick={() => document.getElementById('country-comparison')?.focus()}
          >
            {i18n._('compare.skipMarks')}
          </button>
          <ChartFigure
            anchor="timeline"
            chart="timeline"
            view={{ ...base, countries: state.countries }}
            viewContext={viewContext}
            data={data.source}
            heightFor={(width) => clamp(Math.round(width * 0.42), 280, 420)}
            interactive={{
              cursorYear,
              onEventClick: onSelectEvent,
              highlightedEventId: state.event,
            }}
            pageUrl={pageUrl}
          />
        </div>
        <div className="compare-comparison">
          <ChartFigure
            anchor="country-comparison"
            chart="country-comparison"
            view={{ ...base, countries: state.countries, measure: state.measure }}
            viewContext={viewContext}
            data={data.source}
            heightFor={(width) => clamp(Math.round(width * 0.63), 280, 420)}
            interactive={cursor}
            pageUrl={pageUrl}
            controls={
              <Segmented
                name="measure"
                legend={i18n._('nav.compare')}
                quietLegend
                options={measures()}
                value={state.measure}
                onChange={(measure) => onUpdate({ measure })}
              />
            }
          />
        </div>
      </section>
      <div className="compare-columns" data-columns={state.countries.length}>
        {state.countries.map((id) => {
          const name = countryNames.get(id) ?? id;
          const view = { ...base, countries: [id] };
          const anchor = id.toLowerCase();
          const common = { view, viewContext, data: data.source, pageUrl, interactive: cursor };
          return (
            <section
              key={id}
              className="compare-column"
              aria-labelledby={`${anchor}-heading`}
              data-testid={`column-${id}`}
            >
              <h2 id={`${anchor}-heading`} className="compare-column-title">
                {name}
              </h2>
              <ChartFigure
                {...common}
                anchor={`${anchor}-leaders`}
                chart="leaders"
                heightFor={(width) => clamp(Math.round(width * 0.5), 200, 300)}
              />
              <ChartFigure
                {...common}
                anchor={`${anchor}-events-by-year`}
                chart="events-by-year"
                heightFor={(width) => clamp(Math.round(width * 0.66), 240, 360)}
                shared={{ yMax: eventsMax }}
              />
              <ChartFigure
                {...common}
                anchor={`${anchor}-fatalities-by-year`}
                chart="fatalities-by-year"
                heightFor={(width) => clamp(Math.round(width * 0.66), 240, 360)}
                shared={{ yMax: deathsMax }}
              />
              <CountryEvents
                countryId={id}
                heading={i18n._('compare.countryEvents', {
                  country: name,
                  years: yearSpan(state.from, state.to),
                })}
                events={data.events}
                countryNames={countryNames}
                selectedId={state.event}
                onSelect={onSelectEvent}
                onCursorYear={onCursorYear}
              />
            </section>
          );
        })}
      </div>
    </>
  );
});

/** The comparison as a deck (`/api/decks/compare.pptx`), in the compare view's own query words. */
function compareDeckHref(state: CompareState): string {
  const query = new URLSearchParams({
    countries: state.countries.join(','),
    categories: state.categories.join(','),
    from: String(state.from),
    to: String(state.to),
    measure: state.measure,
  });
  return `/api/decks/compare.pptx?${query}`;
}
