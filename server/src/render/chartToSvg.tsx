/**
 * Draws a chart into the DOM and serializes its `<svg>` as a standalone document. recharts 3
 * draws after its effects run, so static rendering gives an empty wrapper: this needs a DOM (the
 * render worker's jsdom, or a test's) and a few turns of the event loop.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { Chart, type ChartId, type ChartProps } from '../charts';
import { FONT_STACK } from '../charts/style';

/** Turns of the event loop after the first commit: recharts measures, then draws. */
const SETTLE_TURNS = 3;

export async function chartToSvg<Id extends ChartId>(
  id: Id,
  props: ChartProps<Id>,
): Promise<string> {
  const container = document.createElement('div');
  document.body.append(container);
  let failure: unknown = null;
  const root = createRoot(container, {
    onUncaughtError: (error) => {
      failure = error;
    },
  });
  try {
    await act(async () => root.render(<Chart id={id} props={props} />));
    for (let turn = 0; turn < SETTLE_TURNS; turn++) {
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    }
    if (failure) throw failure;
    const svg = container.querySelector('svg.recharts-surface');
    if (!svg) throw new Error(`chart ${id} drew no <svg>`);
    return standalone(svg, props.width, props.height);
  } finally {
    act(() => root.unmount());
    container.remove();
  }
}

/** The surface as an SVG file: sized, with its font named and recharts' page-only hints gone. */
function standalone(svg: Element, width: number, height: number): string {
  const copy = svg.cloneNode(true) as Element;
  // Keyboard focus and CSS sizing belong to the page, not to an image.
  for (const attribute of ['role', 'tabindex', 'style']) copy.removeAttribute(attribute);
  for (const element of copy.querySelectorAll('[tabindex]')) {
    element.removeAttribute('tabindex');
    if (element.getAttribute('style') === 'outline: none;') element.removeAttribute('style');
  }
  // An empty <desc> says nothing.
  for (const element of copy.querySelectorAll('desc')) {
    if (!element.textContent) element.remove();
  }
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('font-family', FONT_STACK);
  return new XMLSerializer().serializeToString(copy);
}
