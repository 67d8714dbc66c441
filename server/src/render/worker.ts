/**
 * The render worker: one jsdom for the life of the thread, charts drawn into it one at a time.
 * The DOM globals React and recharts need exist only in this thread, never in the server's.
 */
import { parentPort } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import type { RenderJob, RenderResult } from './protocol';

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
  IS_REACT_ACT_ENVIRONMENT: true,
});

const { chartToSvg } = await import('./chartToSvg');

const port = parentPort;
if (!port) throw new Error('render/worker.ts runs as a worker thread only');

// One chart at a time: act() scopes are not meant to interleave.
let queue = Promise.resolve();
port.on('message', (job: RenderJob) => {
  queue = queue.then(async () => {
    let result: RenderResult;
    try {
      result = { id: job.id, svg: await chartToSvg(job.chart, job.props) };
    } catch (error) {
      result = {
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(result);
  });
});
