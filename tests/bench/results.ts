/** Everything one `pnpm bench` run measured: what BENCHMARKS.json holds. */
import type { ChartCaching, EndpointFigures, LoadOptions } from './api';
import type { FirstIdleFigures } from './firstIdle';
import type { LighthouseFigures } from './lighthouse';
import type { Machine } from './machine';
import type { MapFigures } from './map';
import type { PageBytes } from './pageBytes';
import type { RenderLoadFigures } from './renderLoad';
import type { ScaleFigures } from './scale';
import type { SoakFigures } from './soak';
import type { StartupFigures } from './startup';
import type { VideoFigures } from './video';

export interface Results {
  date: string;
  /** `quick` runs are for development: shortened, not worth quoting. */
  mode: 'full' | 'quick';
  machine: Machine;
  /** The 1-minute load average when the run ended. */
  loadAtEnd: number;
  durationS: number;
  api?: { settings: LoadOptions; endpoints: EndpointFigures[]; chartCaching: ChartCaching };
  bytes?: PageBytes[];
  firstIdle?: FirstIdleFigures;
  lighthouse?: LighthouseFigures[];
  soak?: SoakFigures;
  renderLoad?: RenderLoadFigures;
  startup?: StartupFigures;
  scale?: ScaleFigures[];
  map?: MapFigures[];
  video?: VideoFigures;
}
