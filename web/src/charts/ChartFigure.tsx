/**
 * One chart on a page: the shared component drawn at the width it is given, with its title as
 * the figure's name and "Download and share" under it. The chart's query (`view`) makes its
 * image URL and embed code; its size is the figure's own.
 */
import { i18n } from '@lingui/core';
import {
  buildChartProps,
  CHARTS,
  Chart,
  type ChartDataSource,
  type ChartId,
  type ChartProps,
} from '@thaw/charts';
import type { ReactNode } from 'react';
import { ChartActions, SLIDE } from './ChartActions';
import {
  type ChartViewContext,
  chartEmbedUrl,
  chartImageUrl,
  type SpannedView,
  serializeChartView,
} from './chartView';
import { embedCode, initialEmbedHeight } from './embedCode';
import { useElementWidth } from './useElementWidth';

export interface ChartFigureProps<Id extends ChartId> {
  /** The figure's id in the page: links point at it. */
  anchor: string;
  chart: Id;
  view: SpannedView;
  viewContext: ChartViewContext;
  data: ChartDataSource;
  /** The figure's height for the width it is given. */
  heightFor(width: number): number;
  /** What the page adds that a download keeps too, such as a scale shared with other columns. */
  shared?: Partial<ChartProps<Id>>;
  /** What lives on the page only: the shared cursor, clicks, the selected event. */
  interactive?: Partial<ChartProps<Id>>;
  /** The page's URL (path and query), for links to this figure. */
  pageUrl: string;
  /** Choices that change this chart, beside its actions. */
  controls?: ReactNode;
}

export function ChartFigure<Id extends ChartId>(figure: ChartFigureProps<Id>) {
  const { anchor, chart, view, viewContext } = figure;
  const [frame, width] = useElementWidth();
  const height = width > 0 ? figure.heightFor(width) : 0;
  const origin = window.location.origin;
  const props = {
    ...buildChartProps(
      chart,
      { ...view, width: Math.max(1, width), height },
      figure.data,
      origin,
      i18n,
    ),
    ...figure.shared,
  };
  const title = props.title ?? CHARTS[chart].title(props, i18n);
  const [fromYear, toYear] = [view.from.slice(0, 4), view.to.slice(0, 4)];
  const years = fromYear === toYear ? fromYear : `${fromYear}-${toYear}`;

  return (
    // Focusable by script, so that links and skips can land on a figure.
    <figure className="chart-figure" id={anchor} aria-label={title} tabIndex={-1}>
      <div ref={frame} className="chart-frame" style={{ height }}>
        {width > 0 && (
          <Chart
            // Drawn afresh when the span or the width changes: recharts keeps stale axes when a
            // time axis gains or loses a row of labels (months appear for short spans).
            key={`${view.from}/${view.to}/${width}`}
            id={chart}
            props={{ ...props, ...figure.interactive }}
          />
        )}
      </div>
      {width > 0 && (
        <div className="chart-footer">
          {figure.controls}
          <ChartActions
            chart={chart}
            props={props}
            filename={`thaw-atlas-${chart}-${view.countries.join('-')}-${years}`}
            link={`${origin}${figure.pageUrl}#${anchor}`}
            share={(forSlides) => {
              const shared = forSlides ? { ...view, ...SLIDE, size: 'slide' as const } : view;
              const query = serializeChartView(shared, viewContext);
              return {
                imageUrl: chartImageUrl(origin, chart, query),
                embed: embedCode(
                  chartEmbedUrl(origin, chart, query),
                  title,
                  initialEmbedHeight(shared.width, shared.height),
                ),
              };
            }}
          />
        </div>
      )}
    </figure>
  );
}
