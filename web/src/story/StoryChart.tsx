/**
 * A step that shows a chart, or the comparison (its chart of the countries side by side): the
 * shared chart figure over the step's countries, categories and months.
 */
import { i18n } from '@lingui/core';
import type { ChartData, ChartId } from '@thaw/charts';
import { CHARTS } from '@thaw/charts';
import { dateBoundary } from '@thaw/data/schema';
import { type StoryStep, stepMonths } from '@thaw/data/stories';
import { ChartFigure } from '../charts/ChartFigure';
import { defaultChartView, type SpannedView } from '../charts/chartView';
import { useChartData } from '../charts/useChartData';
import { ErrorState, LoadingState } from '../ui/QueryStatus';

const NEEDS: { [Data in ChartData]: readonly ChartData[] } = {
  yearly: ['yearly'],
  events: ['events'],
  tenures: ['tenures'],
};

/** The chart a step's `show` names; the comparison is shown by its comparison chart. */
export const stepChart = (show: Exclude<StoryStep['show'], 'map'>): ChartId =>
  show === 'compare' ? 'country-comparison' : show;

/** The chart's view for a step: its countries, categories and months. */
export function stepChartView(step: StoryStep, countryIds: readonly string[]): SpannedView {
  const months = stepMonths(step);
  return {
    ...defaultChartView({ countryIds }),
    countries: countryIds.filter((id) => step.countries.includes(id)),
    categories: step.categories,
    from: dateBoundary(months.from, 'first') ?? months.from,
    to: dateBoundary(months.to, 'last') ?? months.to,
  };
}

export function StoryChart({
  step,
  chart,
  countryIds,
  pageUrl,
}: {
  step: StoryStep;
  chart: ChartId;
  countryIds: readonly string[];
  /** The page's path, for the figure's links. */
  pageUrl: string;
}) {
  const view = stepChartView(step, countryIds);
  const data = useChartData(
    { countries: view.countries, categories: view.categories, from: view.from, to: view.to },
    NEEDS[CHARTS[chart].data],
  );
  if (data.status === 'error') {
    return <ErrorState what={i18n._('thing.chart')} error={data.error} onRetry={data.retry} />;
  }
  if (data.status === 'pending') return <LoadingState what={i18n._('thing.chart')} />;
  return (
    <ChartFigure
      anchor="story-chart"
      chart={chart}
      view={view}
      viewContext={{ countryIds }}
      data={data.source}
      heightFor={(width) => Math.min(440, Math.max(260, Math.round(width * 0.5)))}
      pageUrl={pageUrl}
    />
  );
}
