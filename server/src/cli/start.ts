/**
 * `pnpm start`: builds the web app if it is missing or older than its sources, loads and checks
 * the datasets (refusing to start on any error), and serves everything on HOST:PORT.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, loadDataset } from '@thaw/data';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const WEB_ROOT = join(REPO_ROOT, 'web/dist');
/** What the web build is made from: when any of it is newer than the build, build again. */
const WEB_INPUTS = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'server/src/charts',
  'data/src/schema.ts',
];

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
const dataDir = process.env.THAW_DATA_DIR ? resolve(process.env.THAW_DATA_DIR) : undefined;

if (process.env.THAW_SKIP_WEB_BUILD !== '1' && webBuildIsStale()) {
  console.log('Building the web app (web/dist is missing or older than its sources)…');
  const build = spawnSync('pnpm', ['--filter', '@thaw/web', 'build'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('The web build failed; not starting.');
    process.exit(1);
  }
}

const started = performance.now();
const result = loadDataset({ dir: dataDir });
if (!result.ok) {
  console.error(formatReport(result.problems));
  console.error('The datasets have errors (above); the server does not start on invalid data.');
  process.exit(1);
}
if (result.warnings.length > 0) console.warn(formatReport(result.warnings));

// The HTTP stack is loaded only for data known to be good: a refusal takes half the time.
const [{ getRequestListener }, { createApp }, { Store }] = await Promise.all([
  import('@hono/node-server'),
  import('../app'),
  import('../store'),
]);
const store = new Store(result.dataset);
const { app, answerFromCache, flushLog } = createApp({ store, webRoot: WEB_ROOT });
// The listener serve() would make: a request without a Host header is taken to be for `host`.
const answerWithApp = getRequestListener(app.fetch, { hostname: host });
// Repeated GETs are answered from the response cache without the app; the rest go through it.
const server = createServer((request, response) => {
  if (!answerFromCache(request, response)) answerWithApp(request, response);
});
server.listen(port, host, () => {
  const loadMs = Math.round(performance.now() - started);
  const address = server.address() as AddressInfo;
  console.log(
    `Thaw Atlas: ${store.events.length} events, ${store.tenures.length} tenures, loaded in ${loadMs} ms; listening on http://${host}:${address.port}`,
  );
});

/** How long requests in flight may take to finish at shutdown: within the 5 s a deploy allows. */
const SHUTDOWN_GRACE_MS = 4_500;

// On SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish, then exit.
let stopping = false;
// Once stopping, a connection closes as soon as its response is sent rather than idling in
// keep-alive until its timeout, so the process exits as soon as the last answer is out.
server.on('request', (_request, response) => {
  response.on('finish', () => {
    if (stopping) server.closeIdleConnections();
  });
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    server.close(() => {
      flushLog();
      process.exit(0);
    });
    setTimeout(() => {
      flushLog();
      console.error(`Requests still open after ${SHUTDOWN_GRACE_MS} ms; stopping anyway.`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  });
}

function webBuildIsStale(): boolean {
  const built = join(WEB_ROOT, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return WEB_INPUTS.some((input) => newestChange(join(REPO_ROOT, input)) > builtAt);
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}
