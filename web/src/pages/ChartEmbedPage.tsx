/**
 * `/embed/{chart}?…`: one chart alone, for an iframe, with the query of `/api/charts/{chart}`.
 * The server draws it with the shared chart components at the iframe's width, in the query's
 * proportions, so the embed loads neither the charting library nor the map's. The page links
 * back to the full comparison and tells the page around it how tall it is (`public/embed.js`).
 */
import { i18n } from '@lingui/core';
import { useQuery } from '@tanstack/react-query';
import { CHART_LIMITS, typeSizes } from '@thaw/charts';
import type { Country } from '@thaw/data/schema';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { chartSvgQuery, countriesQuery } from '../api/queries';
import { useLocation } from '../app/location';
import { parseChartView, type SpannedView, serializeChartView } from '../charts/chartView';
import { useElementWidth } from '../charts/useElementWidth';
import {
  defaultCompareState,
  MAX_COLUMNS,
  MIN_COLUMNS,
  serializeCompareState,
} from '../compare/compareState';
import { ErrorState, LoadingState } from '../ui/QueryStatus';
import { UrlNotes } from '../ui/UrlNotes';
import { usePostHeight } from './usePostHeight';

/** Widths are asked for in steps of this many pixels: resizing a frame asks for few drawings. */
const WIDTH_STEP = 10;

const clamp = (value: number, { min, max }: { min: number; max: number }) =>
  Math.min(max, Math.max(min, value));

export default function ChartEmbedPage({ chart }: { chart: string }) {
  const countries = useQuery(countriesQuery());
  if (countries.isError) {
    return (
      <ErrorState
        what={i18n._('thing.chart')}
        error={countries.error}
        onRetry={() => void countries.refetch()}
      />
    );
  }
  if (countries.isPending) return <LoadingState what={i18n._('thing.chart')} />;
  return <EmbeddedChart chart={chart} countries={countries.data} />;
}

function EmbeddedChart({ chart, countries }: { chart: string; countries: readonly Country[] }) {
  const { search } = useLocation();
  const context = useMemo(
    () => ({ countryIds: countries.map((country) => country.id) }),
    [countries],
  );
  const { state: view, notes } = useMemo(() => parseChartView(search, context), [search, context]);
  const [notesDismissed, setNotesDismissed] = useState(false);
  const [frame, frameWidth] = useElementWidth();
  const width = clamp(Math.floor(frameWidth / WIDTH_STEP) * WIDTH_STEP, CHART_LIMITS.width);
  const height = clamp(Math.round((width * view.height) / view.width), CHART_LIMITS.height);
  const query = useMemo(
    () =>
      Object.fromEntries(
        new URLSearchParams(serializeChartView({ ...view, width, height }, context)),
      ),
    [view, width, height, context],
  );
  const svg = useQuery({ ...chartSvgQuery(chart, query), enabled: frameWidth > 0 });
  const drawing = useMemo(() => (svg.data ? readServerSvg(svg.data) : null), [svg.data]);
  const root = useRef<HTMLDivElement>(null);
  useThemeBackground(view.theme);
  usePostHeight(root);
  // The caption in the type and margin of the chart's own source line.
  const type = typeSizes(width, height, view.size);

  return (
    <div ref={root} className={`embed-chart theme-${view.theme}`}>
      <UrlNotes notes={notesDismissed ? [] : notes} onDismiss={() => setNotesDismissed(true)} />
      <h1 className="visually-hidden">
        {drawing?.querySelector('title')?.textContent || i18n._('embed.chartTitle')}
      </h1>
      <div
        ref={frame}
        className="embed-chart-frame"
        // The chart's room is kept while it loads, so that the frame does not jump.
        style={{ aspectRatio: `${width} / ${height}` }}
      >
        {svg.error instanceof ApiError && svg.error.status === 404 ? (
          <p className="embed-message">{svg.error.message}</p>
        ) : svg.error ? (
          <ErrorState
            what={i18n._('thing.chart')}
            error={svg.error}
            onRetry={() => void svg.refetch()}
          />
        ) : drawing ? (
          <ServerSvg svg={drawing} />
        ) : svg.data ? (
          <p className="embed-message">{i18n._('embed.unreadable')}</p>
        ) : (
          <LoadingState what={i18n._('thing.chart')} />
        )}
      </div>
      <p className="embed-caption" style={{ fontSize: type.source, paddingInline: type.pad }}>
        {i18n._('nav.brand')} ·{' '}
        <a href={compareLink(view, context.countryIds)} target="_blank" rel="noopener">
          {i18n._('embed.explore')}
        </a>{' '}
        ·{' '}
        <a href="/api/sources" target="_blank" rel="noopener">
          {i18n._('event.sources')}
        </a>
      </p>
    </div>
  );
}

/**
 * The server's drawing as an element of this page, or null if it is unreadable. The page's
 * policy refuses inline style written in markup, even in a parser's document: style attributes
 * are renamed before parsing and applied through the CSSOM after.
 */
function readServerSvg(markup: string): SVGSVGElement | null {
  const inert = markup.replace(/<[^>]+>/g, (tag) => tag.replaceAll(' style="', ' data-style="'));
  const svg = new DOMParser().parseFromString(inert, 'image/svg+xml').documentElement;
  if (!(svg instanceof SVGSVGElement)) return null;
  document.adoptNode(svg);
  for (const element of svg.querySelectorAll<SVGElement>('[data-style]')) {
    element.style.cssText = element.dataset.style ?? '';
    delete element.dataset.style;
  }
  return svg;
}

function ServerSvg({ svg }: { svg: SVGSVGElement }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current?.replaceChildren(svg);
  }, [svg]);
  return <div ref={host} className="embed-chart-svg" />;
}

/** The comparison over the chart's years, countries (when two or three) and categories. */
function compareLink(view: SpannedView, countryIds: readonly string[]): string {
  const context = { countryIds };
  const columns = view.countries.length >= MIN_COLUMNS && view.countries.length <= MAX_COLUMNS;
  const state = {
    ...defaultCompareState(context),
    ...(columns ? { countries: view.countries } : {}),
    categories: view.categories,
    from: Number(view.from.slice(0, 4)),
    to: Number(view.to.slice(0, 4)),
    measure: view.measure,
  };
  return `/compare${serializeCompareState(state, context)}`;
}

/** The page behind the chart takes its theme: see-through for `transparent`. */
function useThemeBackground(theme: SpannedView['theme']) {
  useEffect(() => {
    document.documentElement.dataset.embedTheme = theme;
    return () => {
      delete document.documentElement.dataset.embedTheme;
    };
  }, [theme]);
}
