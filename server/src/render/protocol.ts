/** The messages between the server and its render workers. */
import type { ChartId, ChartProps } from '@thaw/charts';

/** What to make: a chart's SVG from its props, or a PNG from an SVG. */
export type RenderTask =
  | {
      kind: 'svg';
      chart: ChartId;
      /** Plain data: callbacks do not cross threads, and images need none. */
      props: ChartProps<ChartId>;
    }
  | { kind: 'png'; svg: string; scale: number };

export type RenderJob = RenderTask & { id: number };

export type RenderResult =
  | { id: number; svg: string }
  | { id: number; png: Uint8Array }
  | { id: number; error: string };
