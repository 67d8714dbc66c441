/**
 * The server's entry (`server/dist/start.js` once built; `pnpm start` builds it when stale):
 * loads and checks the datasets, refusing to start on any error, and serves the API and the web
 * app (web/dist) on HOST:PORT.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import {
  createLocator,
  formatReport,
  loadDataset,
  loadStories,
  readBorders,
  repoPath,
  storiesBeside,
} from '@thaw/data';

const WEB_ROOT = repoPath('web/dist');

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.THAW_DATA_DIR ? resolve(process.env.THAW_DATA_DIR) : undefined;

const started = performance.now();
const result = loadDataset({ dir: dataDir });
if (!result.ok) {
  console.error(formatReport(result.problems));
  console.error('The datasets have errors (above); the server does not start on invalid data.');
  process.exit(1);
}
if (result.warnings.length > 0) console.warn(formatReport(result.warnings));
// The stories beside the datasets: a copy of the datasets elsewhere has its own, or none.
const stories = loadStories({
  dir: dataDir ? storiesBeside(dataDir) : undefined,
  events: result.dataset.events,
});
if (stories.problems.length > 0) {
  console.error(formatReport(stories.problems));
  console.error('The stories have errors (above); the server does not start on invalid data.');
  process.exit(1);
}

// The HTTP stack is loaded only for data known to be good: a refusal takes half the time.
const [{ getRequestListener }, { createApp }, { Store }] = await Promise.all([
  import('@hono/node-server'),
  import('../app'),
  import('../store'),
]);
const store = new Store(result.dataset, createLocator(readBorders()), stories.stories);
const { app, answerFromCache, logger, flushLog } = createApp({ store, webRoot: WEB_ROOT });
// The listener serve() would make: a request without a Host header is taken to be for `host`.
const answerWithApp = getRequestListener(app.fetch, { hostname: host });
// Repeated GETs are answered from the response cache without the app; the rest go through it.
const server = createServer((request, response) => {
  if (!answerFromCache(request, response)) answerWithApp(request, response);
});
/** How long an idle keep-alive connection stays open. */
const KEEP_ALIVE_MS = 65_000;
// An idle connection is closed by its client or proxy, not here: a proxy or client that reuses a
// connection the server is closing that moment sees the request fail. Past nginx's 60 s and
// undici's 4 s; the headers' limit must exceed it (Node's rule).
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = KEEP_ALIVE_MS + 1_000;
server.listen(port, host, () => {
  const loadMs = Math.round(performance.now() - started);
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  logger.info(
    { events: store.events.length, tenures: store.tenures.length, loadMs, url },
    `Thaw Atlas: ${store.events.length} events, ${store.tenures.length} tenures, loaded in ${loadMs} ms; listening on ${url}`,
  );
  // The line a person or a test waits for, written at once rather than with the next batch.
  flushLog();
});

/** How long requests in flight may take to finish at shutdown: within the 5 s a deploy allows. */
const SHUTDOWN_GRACE_MS = 4_500;

/** How often idle keep-alive connections are closed while stopping. */
const CLOSE_IDLE_EVERY_MS = 50;

// On SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish, then exit.
// While stopping, connections are closed as soon as they fall idle rather than kept alive until
// their timeout, so the process exits as soon as the last answer is out.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing requests in flight, then stopping.`);
    setInterval(() => server.closeIdleConnections(), CLOSE_IDLE_EVERY_MS).unref();
    server.close(() => {
      flushLog();
      process.exit(0);
    });
    setTimeout(() => {
      logger.error(`Requests still open after ${SHUTDOWN_GRACE_MS} ms; stopping anyway.`);
      flushLog();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  });
}
