/**
 * A render worker: one jsdom for the life of the thread, charts drawn into it and rasterized by
 * resvg one job at a time, so that neither holds the server's thread. The DOM globals React and
 * recharts need exist only in this thread, never in the server's.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import type { RenderJob, RenderResult } from './protocol';

// Drawing yields the processor to the server's own thread. On Linux a nice value belongs to a
// thread, and 0 names the calling one; elsewhere it would be the whole process's.
if (process.platform === 'linux') setPriority(0, 10);

const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
  pretendToBeVisual: true,
});

// What react-dom and recharts look up as globals, installed before either is loaded.
Object.assign(globalThis, {
  window,
  document: window.document,
  navigator: window.navigator,
  Node: window.Node,
  Element: window.Element,
  HTMLElement: window.HTMLElement,
  SVGElement: window.SVGElement,
  XMLSerializer: window.XMLSerializer,
  getComputedStyle: window.getComputedStyle.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
});

const [{ chartToSvg }, { renderPng }] = await Promise.all([
  import('@thaw/charts/toSvg'),
  import('./png'),
]);

const port = parentPort;
if (!port) throw new Error('render/worker.ts runs as a worker thread only');

async function run(job: RenderJob): Promise<RenderResult> {
  if (job.kind === 'svg') return { id: job.id, svg: await chartToSvg(job.chart, job.props) };
  // A copy with an ArrayBuffer of its own, which can then be transferred whole.
  return { id: job.id, png: new Uint8Array(renderPng(job.svg, { scale: job.scale })) };
}

// One job at a time: each chart waits for its own drawing to settle in the one document.
let queue = Promise.resolve();
port.on('message', (job: RenderJob) => {
  queue = queue.then(async () => {
    let result: RenderResult;
    try {
      result = await run(job);
    } catch (error) {
      result = {
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    // A PNG's bytes move to the server's thread rather than being copied.
    port.postMessage(result, 'png' in result ? [result.png.buffer as ArrayBuffer] : []);
  });
});
