import { type RefObject, useEffect } from 'react';

/**
 * As a menu would: while `open`, a press outside the panel and its toggle closes it, and so does
 * Escape, which gives the focus back to the toggle when it was inside the panel.
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  toggle: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !toggle.current?.contains(target)) close();
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      if (panel.current?.contains(document.activeElement)) toggle.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open, close, toggle, panel]);
}
