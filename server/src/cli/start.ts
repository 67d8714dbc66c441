/**
 * `pnpm start`: builds the web app if it is missing or older than its sources, loads and checks
 * the datasets (refusing to start on any error), and serves everything on HOST:PORT.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { formatReport, loadDataset } from '@thaw/data';
import { createApp } from '../app';
import { Store } from '../store';

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

const store = new Store(result.dataset);
const app = createApp({ store, webRoot: WEB_ROOT });
const server = serve({ fetch: app.fetch, hostname: host, port }, (address) => {
  const loadMs = Math.round(performance.now() - started);
  console.log(
    `Thaw Atlas: ${store.events.length} events, ${store.tenures.length} tenures, loaded in ${loadMs} ms; listening on http://${host}:${address.port}`,
  );
});

// On SIGTERM/SIGINT: stop accepting, let requests in flight finish, then exit.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    server.close(() => process.exit(0));
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => {
      console.error('Requests still open after 10 s; stopping anyway.');
      process.exit(1);
    }, 10_000).unref();
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
