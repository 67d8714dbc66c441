/**
 * Long lists drawn only where they are seen: a month of 100,000 synthetic events has thousands,
 * and drawing each of them on every month step cost the slider a third of a second. Lists of up
 * to `WHOLE_UP_TO` rows are drawn whole, as before; longer ones scroll in a box of their own
 * (`scrollRef`) that holds only the rows in view and a few beyond, with the space of the rest
 * above and below (`before`, `after`, in pixels). Their rows are all `rowPx` high (the caller
 * sets that height and keeps their text to it), so that where each row lies is known without
 * laying any out.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export const WHOLE_UP_TO = 100;
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

export function useVirtualRows<E extends HTMLElement>(
  count: number,
  rowPx: number,
): VirtualRows<E> {
  const scrollRef = useRef<E>(null);
  const virtual = count > WHOLE_UP_TO;
  const virtualizer = useVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    overscan: OVERSCAN,
  });
  if (!virtual) {
    return {
      virtual,
      scrollRef,
      rows: Array.from({ length: count }, (_, index) => index),
      before: 0,
      after: 0,
    };
  }
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return {
    virtual,
    scrollRef,
    rows: items.map((item) => item.index),
    before,
    after: Math.max(0, after),
  };
}
