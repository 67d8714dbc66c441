/**
 * A view of the atlas as a story step: what the explorer or the comparison shows now, with a
 * heading to start from and the placeholder caption the teacher replaces with their own.
 */
import { yearSpan } from '@thaw/charts';
import { type Bbox, roundBbox } from '@thaw/data/framing';
import type { CompareState } from '../compare/compareState';
import type { ExplorerState } from '../state/urlState';
import { monthKey, monthLabel } from '../time/months';
import type { DraftStep } from './draft';

/** What a new step says until the teacher writes the caption: no story may keep it. */
export const PLACEHOLDER_CAPTION = 'Write one to three sentences about this moment here';

export function explorerStep(state: ExplorerState, frame: Bbox): DraftStep {
  return {
    title: monthLabel(state.month),
    date: monthKey(state.month),
    countries: [...state.countries],
    categories: [...state.categories],
    mode: state.mode,
    frame: { bbox: roundBbox(frame) },
    highlight: state.event ? [state.event] : [],
    caption: PLACEHOLDER_CAPTION,
    show: 'map',
  };
}

/** The comparison's span of whole years, from the first month of one to the last of the other. */
export function compareStep(
  state: CompareState,
  countryNames: readonly string[],
  frame: Bbox,
): DraftStep {
  return {
    title: `${countryNames.join(', ')}, ${yearSpan(state.from, state.to)}`.slice(0, 80),
    from: `${state.from}-01`,
    to: `${state.to}-12`,
    countries: [...state.countries],
    categories: [...state.categories],
    mode: 'cumulative',
    frame: { bbox: roundBbox(frame) },
    highlight: state.event ? [state.event] : [],
    caption: PLACEHOLDER_CAPTION,
    show: 'compare',
  };
}
