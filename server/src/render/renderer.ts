/**
 * Chart images for the API: SVG drawn and PNG rasterized by a small pool of worker threads, both
 * cached, so that the same chart with the same data is drawn once and the server's own thread
 * keeps answering meanwhile. New drawings that no cache absorbs (a script asking for thousands of
 * unique charts) queue up to a bound; past it a request is refused with `RenderQueueFull`, which
 * the route answers with 503 and Retry-After, rather than letting memory and latency grow.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartId, ChartProps } from '@thaw/charts';
import { chartKey, LruCache } from './cache';
import type { RenderJob, RenderResult, RenderTask } from './protocol';

const MB = 1024 * 1024;
// Small bounds: every answer made from these is also kept whole by the response cache, which
// serves a repeated URL; these only spare a redraw for the same chart under another URL or
// scale. Larger ones were most of what grew under thousands of unique charts.
const svgCache = new LruCache<string>(Number.POSITIVE_INFINITY, 8 * MB, (svg) => svg.length * 2);
const pngCache = new LruCache<Buffer>(Number.POSITIVE_INFINITY, 16 * MB, (png) => png.byteLength);
/** Work under way, so that simultaneous requests for one image share one render. */
const inFlight = new Map<string, Promise<string | Buffer>>();

/** Workers: one core is left to the server's thread. `THAW_RENDER_WORKERS` overrides. */
const POOL_SIZE =
  Number(process.env.THAW_RENDER_WORKERS) || Math.max(1, availableParallelism() - 1);
/**
 * A new job is refused when the work queued ahead of it would take longer than this, judged by
 * how long jobs have lately taken: a client (a slide tool, a browser) waits about 10 s at most.
 */
const MAX_WAIT_MS = 4_000;
/** And never more than this many jobs queued per worker, however fast they have been. */
const MAX_QUEUED_PER_WORKER = 32;
/** What a refused client is told to wait, in seconds. */
export const RETRY_AFTER_S = 2;

export class RenderQueueFull extends Error {
  constructor(queued: number) {
    super(`the chart renderer is busy (${queued} drawings queued)`);
  }
}

/** A moving average of how long a job keeps its worker busy (see `startWorker`). */
let jobMs = 200;
const JOB_MS_WEIGHT = 0.1;

const counts = { svg: 0, png: 0, workers: 0 };

/**
 * How many SVGs the workers drew and PNGs they rasterized (cache hits do not count), and how
 * many workers were started.
 */
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
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
  /** When it was sent to the worker (`performance.now()`). */
  sent: number;
}

interface RenderWorker {
  thread: Worker;
  /** Its jobs not yet answered, by id. */
  pending: Map<number, Pending>;
  /** When it last answered a job. */
  lastAnswer: number;
  /** How many jobs it has been given. */
  given: number;
}

/** The workers taking jobs. */
let pool: RenderWorker[] = [];
/** Workers given no new jobs, ending when they have answered those they have. */
const retiring = new Set<RenderWorker>();
let nextJobId = 1;

/**
 * A worker's heap, bounded: V8 otherwise lets a busy worker's heap grow by hundreds of MB before
 * it collects. A chart too large for it ends its worker (the request fails, the next starts anew).
 */
const HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
/**
 * A worker is retired after this many jobs (it finishes those it has, and a fresh one takes the
 * next): what the heap limit does not bound, the rasterizer's native memory and a heap's
 * fragments, then never piles up under a flood of new charts. A start costs about one chart.
 */
const JOBS_PER_WORKER = Number(process.env.THAW_RENDER_JOBS_PER_WORKER) || 400;

/**
 * From the build (`server/dist/*.js`) a worker runs its bundled sibling. From source (tests, tsx)
 * it is TypeScript, and Node's `--import` does not reach a worker's entry on Node 20, so a small
 * bootstrap registers tsx's hooks and then loads the entry, with the chart package's tsconfig
 * (for the charts' JSX) named rather than looked up; the worker's own files have no JSX.
 */
function newThread(): Worker {
  if (import.meta.url.endsWith('.js')) {
    return new Worker(new URL('./render-worker.js', import.meta.url), { resourceLimits: HEAP });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.resolve('@thaw/charts')));
  const entry = new URL('./worker.ts', import.meta.url).href;
  // An eval'd worker is a CommonJS script: no top-level await.
  const bootstrap = [
    '(async () => {',
    `  const { register } = await import(${JSON.stringify(tsx)});`,
    `  register({ tsconfig: ${JSON.stringify(tsconfig)} });`,
    `  await import(${JSON.stringify(entry)});`,
    '})();',
  ].join('\n');
  return new Worker(bootstrap, { eval: true, resourceLimits: HEAP });
}

function startWorker(): RenderWorker {
  const started: RenderWorker = {
    thread: newThread(),
    pending: new Map(),
    lastAnswer: 0,
    given: 0,
  };
  counts.workers++;
  const { thread, pending } = started;
  thread.on('message', (result: RenderResult) => {
    const job = pending.get(result.id);
    if (!job) return;
    pending.delete(result.id);
    // A worker runs its jobs one after another: a job's time is since the previous answer.
    const now = performance.now();
    jobMs += JOB_MS_WEIGHT * (now - Math.max(job.sent, started.lastAnswer) - jobMs);
    started.lastAnswer = now;
    job.resolve(result);
    if (pending.size > 0) return;
    if (retiring.delete(started)) void thread.terminate();
    // Keep the process alive while a job is out, not while the worker idles.
    else thread.unref();
  });
  const fail = (error: Error) => {
    pool = pool.filter((worker) => worker !== started);
    retiring.delete(started);
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`a render worker stopped (exit code ${code})`)));
  return started;
}

function retire(worker: RenderWorker): void {
  pool = pool.filter((candidate) => candidate !== worker);
  retiring.add(worker);
}

const queued = () => [...pool, ...retiring].reduce((sum, worker) => sum + worker.pending.size, 0);

/** Sends the job to the least busy worker, starting workers up to the pool's size. */
function dispatch(task: RenderTask): Promise<RenderResult> {
  const ahead = queued();
  if (ahead >= MAX_QUEUED_PER_WORKER * POOL_SIZE || (ahead * jobMs) / POOL_SIZE > MAX_WAIT_MS) {
    return Promise.reject(new RenderQueueFull(ahead));
  }
  let worker = pool.find((candidate) => candidate.pending.size === 0);
  if (!worker && pool.length < POOL_SIZE) {
    worker = startWorker();
    pool.push(worker);
  }
  worker ??= pool.reduce((least, next) => (next.pending.size < least.pending.size ? next : least));
  const { thread, pending } = worker;
  thread.ref();
  if (++worker.given >= JOBS_PER_WORKER) retire(worker);
  const id = nextJobId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, sent: performance.now() });
    thread.postMessage({ ...task, id } satisfies RenderJob);
  });
}

function failed(result: RenderResult): never {
  throw new Error(`chart rendering failed: ${'error' in result ? result.error : 'no image'}`);
}

/** The chart as a standalone SVG document. */
export function renderChartSvg<Id extends ChartId>(
  chart: Id,
  props: ChartProps<Id>,
): Promise<string> {
  return cached(svgCache, `svg:${chartKey(chart, props)}`, async () => {
    const result = await dispatch({ kind: 'svg', chart, props: props as ChartProps<ChartId> });
    if (!('svg' in result)) failed(result);
    counts.svg++;
    return result.svg;
  });
}

/** The chart as a PNG of `width × scale` by `height × scale` pixels. */
export function renderChartPng<Id extends ChartId>(
  chart: Id,
  props: ChartProps<Id>,
  { scale }: { scale: number },
): Promise<Buffer> {
  return cached(pngCache, `png@${scale}:${chartKey(chart, props)}`, async () => {
    const svg = await renderChartSvg(chart, props);
    const result = await dispatch({ kind: 'png', svg, scale });
    if (!('png' in result)) failed(result);
    counts.png++;
    return Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength);
  });
}

/**
 * An SVG drawn on this thread (the map images) as a PNG at `scale`, rasterized by the pool like
 * the charts; `key` names the picture for the cache.
 */
export function renderSvgPng(key: string, svg: string, { scale }: { scale: number }) {
  return cached(pngCache, `png@${scale}:${key}`, async () => {
    const result = await dispatch({ kind: 'png', svg, scale });
    if (!('png' in result)) failed(result);
    counts.png++;
    return Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength);
  });
}

/**
 * Ends the workers, for tests; the next render starts new ones. At shutdown nothing is needed: an
 * idle worker does not keep the process alive.
 */
export async function stopRenderer(): Promise<void> {
  const stopping = [...pool, ...retiring];
  pool = [];
  retiring.clear();
  await Promise.all(stopping.map((worker) => worker.thread.terminate()));
}

/** Forgets every cached image, e.g. so that a test can watch a render happen. */
export function clearRenderCache(): void {
  svgCache.clear();
  pngCache.clear();
}
