/**
 * The month the map shows while a story moves from one step to the next: the timeline runs from
 * the last step's month to the new one in about a second, a month a frame at most; under reduced
 * motion it jumps.
 */
import { useEffect, useRef, useState } from 'react';

const RUN_MS = 1000;

/** The month shown `elapsed` ms into a run from `from` to `to` (eased, whole months). */
export function runMonth(from: number, to: number, elapsed: number): number {
  const t = Math.min(1, Math.max(0, elapsed / RUN_MS));
  const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  return Math.round(from + (to - from) * eased);
}

export function useMonthRun(target: number, reducedMotion: boolean): number {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  useEffect(() => {
    const from = shownRef.current;
    const show = (month: number) => {
      shownRef.current = month;
      setShown(month);
    };
    if (reducedMotion || from === target) {
      show(target);
      return;
    }
    let start: number | null = null;
    let frame = requestAnimationFrame(function tick(time) {
      start ??= time;
      show(runMonth(from, target, time - start));
      if (time - start < RUN_MS) frame = requestAnimationFrame(tick);
    });
    // A step left mid-run starts the next run from the month on screen.
    return () => cancelAnimationFrame(frame);
  }, [target, reducedMotion]);
  return shown;
}
