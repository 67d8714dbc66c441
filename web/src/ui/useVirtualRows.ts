/**
 * Long lists drawn only where they are seen: a month of 100,000 synthetic events has hundreds,
 * and drawing each of them on every month step cost the slider a third of a second. Lists of up
 * to `wholeUpTo` rows (`WHOLE_UP_TO` unless the list says) are drawn whole; longer ones scroll in a box of their own
 * (`scrollRef`) that holds only the rows in view and a few beyond, with the space of the rest
 * above and below (`before`, `after`, in pixels). Their rows are all `rowPx` high (the caller
 * sets that height and keeps their text to it), so that where each row lies is known without
 * laying any out.
 */
import { useLayoutEffect, useRef, useState } from 'react';

/** Enough for the atlas's whole table and a country's events: those read whole. */
export const WHOLE_UP_TO = 400;
/** Rows drawn beyond each edge of the box, so that Tab and the arrow keys find the next one. */
const OVERSCAN = 10;

export interface VirtualRows<E extends HTMLElement> {
  /** Whether the list is long enough to be drawn in part. */
  virtual: boolean;
  scrollRef: React.RefObject<E | null>;
  /** The positions of the rows to draw, in order. */
  rows: number[];
  before: number;
  after: number;
}

const range = (first: number, end: number) =>
  Array.from({ length: Math.max(0, end - first) }, (_, index) => first + index);

export function useVirtualRows<E extends HTMLElement>(
  count: number,
  rowPx: number,
  wholeUpTo: number = WHOLE_UP_TO,
): VirtualRows<E> {
  const scrollRef = useRef<E>(null);
  const virtual = count > wholeUpTo;
  const [seen, setSeen] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!virtual || !box) return;
    const look = () =>
      setSeen((last) =>
        last.top === box.scrollTop && last.height === box.clientHeight
          ? last
          : { top: box.scrollTop, height: box.clientHeight },
      );
    look();
    box.addEventListener('scroll', look, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(look);
    resized?.observe(box);
    return () => {
      box.removeEventListener('scroll', look);
      resized?.disconnect();
    };
  }, [virtual]);
  if (!virtual) return { virtual, scrollRef, rows: range(0, count), before: 0, after: 0 };
  const first = Math.min(count, Math.max(0, Math.floor(seen.top / rowPx) - OVERSCAN));
  const end = Math.min(count, Math.ceil((seen.top + seen.height) / rowPx) + OVERSCAN);
  return {
    virtual,
    scrollRef,
    rows: range(first, end),
    before: first * rowPx,
    after: Math.max(0, count - Math.max(first, end)) * rowPx,
  };
}
