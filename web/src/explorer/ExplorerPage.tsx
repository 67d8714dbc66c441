/**
 * The map explorer (`/`): the map, the timeline under it and the panels beside it, all reading
 * one state that lives in the URL.
 */

import { i18n } from '@lingui/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CATEGORIES, sourceLine } from '@thaw/charts';
import { askedFrame, type Bbox, countriesFrame, OVERVIEW } from '@thaw/data/framing';
import type { Country } from '@thaw/data/schema';
import { capitalsOf } from '@thaw/data/states';
import { categoryLabel } from '@thaw/i18n/vocabulary';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  bordersQuery,
  eventsQuery,
  metaQuery,
  periodLeadersQuery,
  placesQuery,
  sourcesQuery,
  yearlyStatsQuery,
} from '../api/queries';
import { download } from '../app/download';
import { useReducedMotion } from '../app/useReducedMotion';
import { AddToStory } from '../authoring/AddToStory';
import { explorerStep } from '../authoring/viewSteps';
import { embedCode, initialEmbedHeight } from '../charts/embedCode';
import { AtlasMap, type AtlasMapHandle } from '../map/AtlasMap';
import { composeMapImage } from '../map/mapImage';
import { visibleOf } from '../map/visibility';
import { EventsTable } from '../panels/EventsTable';
import { eventNamer, gazetteerOf, namingDay } from '../places/gazetteer';
import {
  type ExplorerState,
  type StateContext,
  serializeExplorerState,
  type View,
} from '../state/urlState';
import { useExplorerState } from '../state/useExplorerState';
import { STATES } from '../style/states';
import { monthKey, monthLabel } from '../time/months';
import { underWayIndex } from '../time/underWay';
import { Timeline } from '../timeline/Timeline';
import { ErrorState, LoadingState, WithCountries } from '../ui/QueryStatus';
import { Segmented } from '../ui/Segmented';
import { UrlNotes } from '../ui/UrlNotes';
import { ExportVideo } from '../video/ExportVideo';
import { monthEvents, shownEvents, timelineMarks } from './eventSelection';
import { Filters } from './Filters';
import { MapArea } from './MapArea';
import { MapShare } from './MapShare';
import { SidePanel } from './SidePanel';
import { useTimeline } from './useTimeline';

const views = (): { value: View; label: string }[] => [
  { value: 'map', label: i18n._('explorer.view.map') },
  { value: 'table', label: i18n._('explorer.view.table') },
];

export default function ExplorerPage() {
  return (
    <WithCountries what={i18n._('thing.atlas')}>
      {(countries) => <Explorer countries={countries} />}
    </WithCountries>
  );
}

function Explorer({ countries }: { countries: readonly Country[] }) {
  const context: StateContext = useMemo(
    () => ({ countryIds: countries.map((country) => country.id) }),
    [countries],
  );
  const { state, update, notes, dismissNotes } = useExplorerState(context);
  const { controller, endRun } = useTimeline(state.month, update);
  const queryClient = useQueryClient();
  const events = useQuery(eventsQuery());
  const borders = useQuery(bordersQuery());
  const sources = useQuery(sourcesQuery());
  const places = useQuery(placesQuery());
  const meta = useQuery(metaQuery());
  // The whole period's tenures, once: a month step asks the network for nothing, even offline.
  const leaders = useQuery(periodLeadersQuery());
  const stats = useQuery(
    yearlyStatsQuery({ countries: state.countries, categories: state.categories }),
  );
  const reducedMotion = useReducedMotion();
  const mapHandle = useRef<AtlasMapHandle>(null);

  const choose = useCallback(
    (patch: Partial<ExplorerState>) => {
      endRun();
      // Other countries are framed afresh, whatever box the map was left at.
      update(patch.countries ? { bbox: null, ...patch } : patch);
    },
    [update, endRun],
  );
  // Panning and zooming replace the URL's frame rather than add a history entry per move.
  const frameChanged = useCallback((bbox: Bbox) => update({ bbox }, { replace: true }), [update]);
  // The details take the focus when the reader picks an event, not when a shared link opens.
  const [pickedByReader, setPickedByReader] = useState(false);
  const selectEvent = useCallback(
    (id: string) => {
      setPickedByReader(true);
      choose({ event: id });
    },
    [choose],
  );
  const retryFailed = useCallback(() => {
    void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
  }, [queryClient]);

  const countryNames = useMemo(
    () => new Map(countries.map((country) => [country.id, country.name])),
    [countries],
  );
  const capitals = useMemo(() => capitalsOf(countries, STATES), [countries]);
  const sourceMap = useMemo(
    () => sources.data && new Map(sources.data.map((source) => [source.id, source])),
    [sources.data],
  );
  const selectedCountries = countries.filter((country) => state.countries.includes(country.id));
  const gazetteer = useMemo(() => gazetteerOf(places.data ?? []), [places.data]);
  const nameEvents = useMemo(
    () => eventNamer(events.data ?? [], gazetteer),
    [events.data, gazetteer],
  );
  // The panels, the table and its CSV name places as at the slider's date; the map, its labels.
  const allEvents = nameEvents(namingDay(state.month));
  // By position, so that it serves the events in any month's names (they keep their order).
  const underWay = useMemo(() => underWayIndex(events.data ?? [], visibleOf), [events.data]);
  const selectedEvent = allEvents.find((event) => event.id === state.event) ?? null;
  const marks = useMemo(
    () =>
      timelineMarks(events.data ?? [], {
        countries: state.countries,
        categories: state.categories,
      }),
    [events.data, state.countries, state.categories],
  );
  const yearTotals = useMemo(() => {
    if (!stats.data) return undefined;
    const totals = new Map<number, number>();
    for (const row of stats.data) totals.set(row.year, (totals.get(row.year) ?? 0) + row.total);
    return totals;
  }, [stats.data]);

  const filterWords = [
    selectedCountries.map((country) => country.name).join(', '),
    state.categories.length === CATEGORIES.length
      ? i18n._('explorer.allEvents')
      : state.categories
          .map((category) => categoryLabel(i18n, category).toLocaleLowerCase(i18n.locale))
          .join(', '),
    state.mode === 'month' ? i18n._('explorer.thisMonthOnly') : i18n._('explorer.upToThisMonth'),
  ].join(' · ');

  // The frame on screen, made explicit: the same box on any screen, in any iframe.
  const shareMap = () => {
    const framed = {
      ...state,
      view: 'map' as const,
      bbox: mapHandle.current?.bbox() ?? state.bbox,
    };
    const query = serializeExplorerState(framed, context);
    const canvas = mapHandle.current?.canvas();
    const height = initialEmbedHeight(canvas?.clientWidth || 16, canvas?.clientHeight || 9);
    const { origin } = window.location;
    return {
      link: `${origin}/${query}`,
      embed: embedCode(
        `${origin}/embed/map${query}`,
        i18n._('explorer.embedTitle', { month: monthLabel(state.month) }),
        height,
      ),
    };
  };

  // The frame on screen; with no map drawn yet, the one it would fly to.
  const storyStep = () =>
    explorerStep(
      state,
      mapHandle.current?.bbox() ??
        askedFrame(state.bbox, state.countries, context.countryIds) ??
        countriesFrame(state.countries, events.data ?? [], capitals) ??
        OVERVIEW,
    );

  const downloadPng = async () => {
    const canvas = mapHandle.current?.canvas();
    if (!canvas) return;
    const blob = await composeMapImage(canvas, {
      title: i18n._('explorer.imageTitle', { month: monthLabel(state.month) }),
      subtitle: filterWords,
      categories: state.categories,
      sourceLine: `${sourceLine(
        window.location.origin,
        {
          version: meta.data?.version ?? null,
          licence: meta.data?.licence?.id ?? null,
        },
        i18n,
      )} · ${i18n._('explorer.borders')} · ${window.location.href}`,
    });
    download(blob, `thaw-atlas-${monthKey(state.month)}.png`);
  };

  return (
    <div className="explorer">
      <UrlNotes notes={notes} onDismiss={dismissNotes} />
      <Filters countries={countries} state={state} onChange={choose} />
      <div className="explorer-main">
        <div className="explorer-stage">
          <div className="stage-heading">
            <h1 className="stage-title">
              {monthLabel(state.month)}
              <span className="stage-subtitle">{filterWords}</span>
            </h1>
            <div className="stage-actions">
              {state.view === 'map' && (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void downloadPng()}
                    disabled={!borders.data}
                  >
                    {i18n._('explorer.downloadPng')}
                  </button>
                  <ExportVideo
                    countries={countries}
                    disabled={!borders.data}
                    subject={() => ({
                      kind: 'explorer',
                      month: state.month,
                      mode: state.mode,
                      countries: state.countries,
                      categories: state.categories,
                      frame: mapHandle.current?.bbox() ?? null,
                      filterWords,
                      link: shareMap().link,
                    })}
                  />
                  <MapShare
                    share={shareMap}
                    title={i18n._('explorer.citeTitle', {
                      month: monthLabel(state.month),
                      filters: filterWords,
                    })}
                  />
                </>
              )}
              <AddToStory step={storyStep} />
              <Segmented
                name="view"
                legend={i18n._('explorer.view')}
                quietLegend
                options={views()}
                value={state.view}
                onChange={(view) => choose({ view })}
              />
            </div>
          </div>
          {places.error && (
            <p className="names-notice" role="status">
              {i18n._('explorer.namesFailed')}{' '}
              <button type="button" className="link-button" onClick={retryFailed}>
                {i18n._('state.retry')}
              </button>
            </p>
          )}
          {/* Hidden, not unmounted, behind the table: the map keeps its camera and need not reload. */}
          <section
            className="map-frame"
            aria-label={i18n._('nav.map')}
            hidden={state.view !== 'map'}
          >
            <MapArea
              borders={borders}
              events={events}
              places={places}
              onRetry={retryFailed}
              onShowTable={() => choose({ view: 'table' })}
              render={(bordersData, eventsData) => (
                <AtlasMap
                  ref={mapHandle}
                  borders={bordersData}
                  capitals={capitals}
                  events={eventsData}
                  gazetteer={gazetteer}
                  state={state}
                  frame={askedFrame(state.bbox, state.countries, context.countryIds)}
                  onFrameChange={frameChanged}
                  selectedEvent={selectedEvent}
                  onSelectEvent={selectEvent}
                  reducedMotion={reducedMotion}
                />
              )}
            />
          </section>
          {state.view === 'table' && (
            <section className="table-frame" aria-label={i18n._('explorer.eventsTable')}>
              {events.error ? (
                <ErrorState
                  what={i18n._('thing.events')}
                  error={events.error}
                  onRetry={retryFailed}
                />
              ) : events.data ? (
                <EventsTable
                  events={shownEvents(allEvents, underWay, state)}
                  countryNames={countryNames}
                  caption={i18n._(
                    state.mode === 'month'
                      ? 'explorer.tableCaption.in'
                      : 'explorer.tableCaption.upTo',
                    { month: monthLabel(state.month), filters: filterWords },
                  )}
                  csvFilename={`thaw-atlas-events-${monthKey(state.month)}.csv`}
                  selectedId={state.event}
                  onSelect={selectEvent}
                />
              ) : (
                <LoadingState what={i18n._('thing.events')} />
              )}
            </section>
          )}
          <Timeline controller={controller} marks={marks} yearTotals={yearTotals} />
        </div>
        <SidePanel
          month={state.month}
          selectedId={state.event}
          countries={selectedCountries}
          countryNames={countryNames}
          events={{ data: events.data && allEvents, error: events.error }}
          monthEvents={monthEvents(allEvents, underWay, state)}
          leaders={leaders}
          sources={{ data: sourceMap, error: sources.error }}
          pickedByReader={pickedByReader}
          onSelect={selectEvent}
          onClose={() => choose({ event: null })}
          onRetry={retryFailed}
        />
      </div>
    </div>
  );
}
