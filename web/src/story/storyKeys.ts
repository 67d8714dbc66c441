/**
 * The presenter's keys: → / Space / PageDown next (a presentation clicker sends PageDown), ← /
 * PageUp previous, Home first, End last, F full screen. Pure: the page tells what has the focus.
 */

/** Where a key press lands: typing, a control that Space presses, the map (arrows pan it), the page. */
export type KeyTarget = 'text' | 'control' | 'map' | 'page';

export type KeyAction = { step: number } | { fullscreen: true } | null;

export interface KeyPress {
  key: string;
  /** Ctrl, Alt or Meta held: the browser's shortcut, not ours. */
  modified: boolean;
}

export function keyAction(
  { key, modified }: KeyPress,
  target: KeyTarget,
  index: number,
  count: number,
): KeyAction {
  if (modified || target === 'text') return null;
  const last = count - 1;
  const to = (step: number): KeyAction =>
    step === index || step < 0 || step > last ? null : { step };
  switch (key) {
    case 'f':
    case 'F':
      return { fullscreen: true };
    case ' ':
      return target === 'control' ? null : to(index + 1);
    case 'ArrowRight':
      return target === 'map' ? null : to(index + 1);
    case 'ArrowLeft':
      return target === 'map' ? null : to(index - 1);
    case 'PageDown':
      return to(index + 1);
    case 'PageUp':
      return to(index - 1);
    case 'Home':
      return target === 'map' ? null : to(0);
    case 'End':
      return target === 'map' ? null : to(last);
    default:
      return null;
  }
}

/** What kind of element has the focus, for `keyAction`. */
export function keyTargetOf(element: Element | null): KeyTarget {
  if (!element) return 'page';
  if (element.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    return 'text';
  }
  if (element instanceof HTMLInputElement) {
    return ['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type)
      ? 'control'
      : 'text';
  }
  if (element.closest('.maplibregl-canvas')) return 'map';
  if (element.closest('button, a[href], summary, [role="button"]')) return 'control';
  return 'page';
}
