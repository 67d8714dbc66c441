/** What a story's step shows, in the explorer's terms: its month, its state, its link. */
import { CATEGORY_LABELS } from '@thaw/data/schema';
import { type StoryStep, stepMonths } from '@thaw/data/stories';
import type { EventView } from '../map/visibility';
import {
  defaultState,
  type ExplorerState,
  type StateContext,
  serializeExplorerState,
} from '../state/urlState';
import { monthLabel, monthOf } from '../time/months';

/** The month the map shows: the step's, or the last of its span (cumulative shows all before). */
export const stepMonth = (step: StoryStep): number => monthOf(stepMonths(step).to);

/** `October 1956`, or `June–July 1953` for a span. */
export function stepDateLabel(step: StoryStep): string {
  const { from, to } = stepMonths(step);
  if (from === to) return monthLabel(monthOf(from));
  const [start, end] = [monthLabel(monthOf(from)), monthLabel(monthOf(to))];
  return from.slice(0, 4) === to.slice(0, 4) ? `${start.split(' ')[0]}–${end}` : `${start}–${end}`;
}

/** The map's view during the step, at `month` (the timeline may be running towards the step's). */
export function stepMapView(step: StoryStep, month: number): EventView {
  return { month, mode: step.mode, countries: step.countries, categories: step.categories };
}

/** The explorer's state for the step: its month, filters and frame. */
export function stepExplorerState(step: StoryStep, context: StateContext): ExplorerState {
  return {
    ...defaultState(context),
    month: stepMonth(step),
    countries: context.countryIds.filter((id) => step.countries.includes(id)),
    categories: step.categories,
    mode: step.mode,
    bbox: step.frame.bbox,
  };
}

/** "Open this step in the explorer": the explorer's own URL for the step's state. */
export const stepExplorerHref = (step: StoryStep, context: StateContext): string =>
  `/${serializeExplorerState(stepExplorerState(step, context), context)}`;

/** `Soviet Union, Poland · protests, interventions · up to this month`, for images and handouts. */
export function stepFilterWords(step: StoryStep, countryNames: ReadonlyMap<string, string>) {
  return [
    step.countries.map((id) => countryNames.get(id) ?? id).join(', '),
    step.categories.map((category) => CATEGORY_LABELS[category].toLowerCase()).join(', '),
    step.mode === 'month' ? 'this month only' : 'up to this month',
  ].join(' · ');
}
