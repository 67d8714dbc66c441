/**
 * Chart images for the API: SVG from the render worker, PNG from resvg, both cached, so that
 * the same chart with the same data is drawn once.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartId, ChartProps } from '../charts';
import { chartKey, LruCache } from './cache';
import type { RenderJob, RenderResult } from './protocol';

const svgCache = new LruCache<string>(256);
const pngCache = new LruCache<Buffer>(256, 128 * 1024 * 1024, (png) => png.byteLength);
/** Work under way, so that simultaneous requests for one image share one render. */
const inFlight = new Map<string, Promise<string | Buffer>>();

const counts = { svg: 0, png: 0 };

/** How many SVGs the worker drew and PNGs resvg rasterized: cache hits do not count. */
export const renderCounts = (): Readonly<typeof counts> => ({ ...counts });

/** The cached value for `key`, else the running work for it, else `make`'s, then cached. */
function cached<Value extends string | Buffer>(
  cache: LruCache<Value>,
  key: string,
  make: () => Promise<Value>,
): Promise<Value> {
  const hit = cache.get(key);
  if (hit !== undefined) return Promise.resolve(hit);
  const running = inFlight.get(key) as Promise<Value> | undefined;
  if (running) return running;
  const made = make()
    .then((value) => {
      cache.set(key, value);
      return value;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, made);
  return made;
}

interface Pending {
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
}

interface RenderWorker {
  thread: Worker;
  /** Its jobs not yet answered, by id. */
  pending: Map<number, Pending>;
}

let current: RenderWorker | null = null;
let nextJobId = 1;

/**
 * The worker is TypeScript like the rest of the server. Node's `--import` flag does not reach a
 * worker's entry module on Node 20, so a small bootstrap registers tsx's hooks and then loads the
 * entry: this runs the same under `tsx`, vitest and plain node, whatever the working directory,
 * since the server's tsconfig (for JSX) is named rather than looked up.
 */
function startWorker(): RenderWorker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const tsconfig = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));
  const entry = new URL('./worker.ts', import.meta.url).href;
  // An eval'd worker is a CommonJS script: no top-level await.
  const bootstrap = [
    '(async () => {',
    `  const { register } = await import(${JSON.stringify(tsx)});`,
    `  register({ tsconfig: ${JSON.stringify(tsconfig)} });`,
    `  await import(${JSON.stringify(entry)});`,
    '})();',
  ].join('\n');
  const started: RenderWorker = {
    thread: new Worker(bootstrap, { eval: true }),
    pending: new Map(),
  };
  const { thread, pending } = started;
  thread.on('message', (result: RenderResult) => {
    const job = pending.get(result.id);
    if (!job) return;
    pending.delete(result.id);
    if ('svg' in result) job.resolve(result.svg);
    else job.reject(new Error(`chart rendering failed: ${result.error}`));
    // Keep the process alive while a job is out, not while the worker idles.
    if (pending.size === 0) thread.unref();
  });
  const fail = (error: Error) => {
    if (current === started) current = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the render worker stopped (exit code ${code})`)));
  return started;
}

function renderInWorker<Id extends ChartId>(chart: Id, props: ChartProps<Id>): Promise<string> {
  current ??= startWorker();
  const { thread, pending } = current;
  thread.ref();
  const id = nextJobId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const job: RenderJob = { id, chart, props };
    thread.postMessage(job);
  });
}

/** The chart as a standalone SVG document. */
export function renderChartSvg<Id extends ChartId>(
  chart: Id,
  props: ChartProps<Id>,
): Promise<string> {
  return cached(svgCache, `svg:${chartKey(chart, props)}`, async () => {
    const svg = await renderInWorker(chart, props);
    counts.svg++;
    return svg;
  });
}

/** The chart as a PNG of `width × scale` by `height × scale` pixels. */
export function renderChartPng<Id extends ChartId>(
  chart: Id,
  props: ChartProps<Id>,
  { scale }: { scale: number },
): Promise<Buffer> {
  return cached(pngCache, `png@${scale}:${chartKey(chart, props)}`, async () => {
    // resvg's native module loads with the first PNG, not at the server's start.
    const { renderPngAsync } = await import('./png');
    const png = await renderPngAsync(await renderChartSvg(chart, props), { scale });
    counts.png++;
    return png;
  });
}

/** Ends the worker (at shutdown, or between tests); the next render starts a new one. */
export async function stopRenderer(): Promise<void> {
  const stopping = current;
  current = null;
  await stopping?.thread.terminate();
}

/** Forgets every cached image, e.g. so that a test can watch a render happen. */
export function clearRenderCache(): void {
  svgCache.clear();
  pngCache.clear();
}
