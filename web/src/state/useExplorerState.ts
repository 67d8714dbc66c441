/**
 * The explorer's state, read from the URL on every navigation and written back to it: the one
 * place the map, the timeline and the panels get their state from.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type NavigateOptions, navigate, useLocation } from '../app/location';
import {
  type ExplorerState,
  parseExplorerState,
  type StateContext,
  serializeExplorerState,
} from './urlState';

export interface ExplorerStateHandle {
  state: ExplorerState;
  /** Writes the state with `patch` applied to the URL: a new history entry unless `replace`. */
  update(patch: Partial<ExplorerState>, options?: NavigateOptions): void;
  /** What was wrong with the URL the reader arrived with. */
  notes: readonly string[];
  dismissNotes(): void;
}

export function useExplorerState(context: StateContext): ExplorerStateHandle {
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => parseExplorerState(search, context), [search, context]);
  const [notes, setNotes] = useState<readonly string[]>([]);

  // A faulty link is shown with its notes, then replaced by the link of what is shown.
  useEffect(() => {
    if (parsed.notes.length === 0) return;
    setNotes(parsed.notes);
    navigate(pathname + serializeExplorerState(parsed.state, context), { replace: true });
  }, [parsed, pathname, context]);

  const update = useCallback(
    (patch: Partial<ExplorerState>, options?: NavigateOptions) => {
      // From the URL as it is now: several updates may come before the next render.
      const current = parseExplorerState(window.location.search, context).state;
      navigate(
        window.location.pathname + serializeExplorerState({ ...current, ...patch }, context),
        options,
      );
    },
    [context],
  );

  const dismissNotes = useCallback(() => setNotes([]), []);
  return { state: parsed.state, update, notes, dismissNotes };
}
