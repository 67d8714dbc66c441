/**
 * The explorer's timeline: a TimelineController whose steps become URL changes. A run of play or
 * scrub steps is one history entry (replaced as it goes); any other step is an entry of its own.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NavigateOptions } from '../app/location';
import type { ExplorerState } from '../state/urlState';
import { FIRST_MONTH, LAST_MONTH } from '../time/months';
import { type ChangeCause, TimelineController } from '../timeline/TimelineController';

export function useTimeline(
  month: number,
  update: (patch: Partial<ExplorerState>, options?: NavigateOptions) => void,
) {
  const lastCause = useRef<ChangeCause | null>(null);
  const [controller] = useState(
    () =>
      new TimelineController({
        min: FIRST_MONTH,
        max: LAST_MONTH,
        value: month,
        onChange(next, cause) {
          const continuing = (cause === 'play' || cause === 'scrub') && lastCause.current === cause;
          lastCause.current = cause;
          update({ month: next }, { replace: continuing });
        },
      }),
  );
  useEffect(() => () => controller.destroy(), [controller]);
  // The URL changed by other means (history, a link): the timeline follows.
  useEffect(() => controller.sync(month), [controller, month]);
  /** Ends a run: the next play or scrub step starts a new history entry. */
  const endRun = useCallback(() => {
    lastCause.current = null;
  }, []);
  return { controller, endRun };
}
