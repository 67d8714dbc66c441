/**
 * A page's state, read from the URL on every navigation and written back to it: the one place
 * its views get their state from, so that links, back and forward restore it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type NavigateOptions, navigate, useLocation } from '../app/location';
import type { Parsed } from './queryParams';

/** How a page's state is read from a query string and written to one. */
export interface UrlCodec<State, Context> {
  parse(search: string, context: Context): Parsed<State>;
  serialize(state: State, context: Context): string;
}

export interface UrlStateHandle<State> {
  state: State;
  /** Writes the state with `patch` applied to the URL: a new history entry unless `replace`. */
  update(patch: Partial<State>, options?: NavigateOptions): void;
  /** What was wrong with the URL the reader arrived with. */
  notes: readonly string[];
  dismissNotes(): void;
}

export function useUrlState<State, Context>(
  codec: UrlCodec<State, Context>,
  context: Context,
): UrlStateHandle<State> {
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => codec.parse(search, context), [codec, search, context]);
  const [notes, setNotes] = useState<readonly string[]>([]);

  // A faulty link is shown with its notes, then replaced by the link of what is shown.
  useEffect(() => {
    if (parsed.notes.length === 0) return;
    setNotes(parsed.notes);
    navigate(pathname + codec.serialize(parsed.state, context), { replace: true });
  }, [codec, parsed, pathname, context]);

  const update = useCallback(
    (patch: Partial<State>, options?: NavigateOptions) => {
      // From the URL as it is now: several updates may come before the next render.
      const current = codec.parse(window.location.search, context).state;
      navigate(
        window.location.pathname + codec.serialize({ ...current, ...patch }, context),
        options,
      );
    },
    [codec, context],
  );

  const dismissNotes = useCallback(() => setNotes([]), []);
  return { state: parsed.state, update, notes, dismissNotes };
}
