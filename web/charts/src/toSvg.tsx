/**
 * A chart as a standalone SVG file, drawn by the same component the page shows. recharts 3 draws
 * after its effects run, so static rendering gives an empty wrapper: the chart is drawn into a
 * live DOM (the page's, or the render worker's jsdom) and serialized once its drawing has stayed
 * the same for a few turns of the event loop. Nothing here needs React's development build.
 */
import { I18nProvider } from '@lingui/react';
import { DEFAULT_LOCALE, loadI18n } from '@thaw/i18n';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Chart, type ChartId, type ChartProps } from './registry';
import { FONT_STACK } from './style';

/** Turns of the event loop the drawing must stay the same for: recharts measures, then draws. */
const SETTLED_TURNS = 3;
/** A chart still changing after this many turns is broken, not slow. */
const MAX_TURNS = 100;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function chartToSvg<Id extends ChartId>(
  chart: Id,
  props: ChartProps<Id>,
): Promise<string> {
  const i18n = await loadI18n(props.locale ?? DEFAULT_LOCALE);
  const host = document.createElement('div');
  // In a page the host is laid out but not seen; in jsdom the class is harmless.
  host.className = 'offscreen';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  let failure: unknown = null;
  const root = createRoot(host, {
    onUncaughtError: (error) => {
      failure = error;
    },
  });
  try {
    flushSync(() =>
      root.render(
        <I18nProvider i18n={i18n}>
          <Chart id={chart} props={props} />
        </I18nProvider>,
      ),
    );
    let drawn = '';
    let unchanged = 0;
    for (let turn = 0; turn < MAX_TURNS && unchanged < SETTLED_TURNS && !failure; turn++) {
      await nextTurn();
      const markup = host.querySelector('svg.recharts-surface')?.innerHTML ?? '';
      unchanged = markup !== '' && markup === drawn ? unchanged + 1 : 0;
      drawn = markup;
    }
    if (failure) throw failure;
    const svg = host.querySelector('svg.recharts-surface');
    if (!svg) throw new Error(`the ${chart} chart drew no <svg>`);
    if (unchanged < SETTLED_TURNS) throw new Error(`the ${chart} chart did not finish drawing`);
    return standalone(svg, props.width, props.height);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The surface as an SVG file: sized, its font named, and the page's focus and sizing gone. */
function standalone(svg: Element, width: number, height: number): string {
  const copy = svg.cloneNode(true) as Element;
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
