/** The messages between the server and its render worker. */
import type { ChartId, ChartProps } from '../charts';

export interface RenderJob {
  id: number;
  chart: ChartId;
  /** Plain data: callbacks do not cross threads, and images need none. */
  props: ChartProps<ChartId>;
}

export type RenderResult = { id: number; svg: string } | { id: number; error: string };
