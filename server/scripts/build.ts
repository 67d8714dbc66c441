/**
 * `pnpm build`: the web app (Vite, into web/dist) and the server (esbuild, into server/dist: a
 * bundle that plain `node` runs, with source maps). `--if-stale` builds each only when its output
 * is missing or older than its inputs, which is what `pnpm start` asks for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoPath } from '@thaw/data';
import { build } from 'esbuild';

/** Each output and what it is made from: when any input is newer than the output, build again. */
const WEB = {
  output: repoPath('web/dist/index.html'),
  inputs: [
    'web/src',
    'web/public',
    'web/index.html',
    'web/vite.config.ts',
    'web/charts/src',
    'web/i18n/src',
    'web/i18n/locales',
  ],
};
const SERVER = {
  output: repoPath('server/dist/start.js'),
  inputs: [
    'server/src',
    'server/scripts/build.ts',
    'web/charts/src',
    'web/i18n/src',
    'web/i18n/locales',
    'data/src',
  ],
};
/** The folder of data/'s jsonc-parser (the server bundles data/). */
const JSONC_PARSER = dirname(
  createRequire(repoPath('data/package.json')).resolve('jsonc-parser/package.json'),
);
/** Both depend on the installed packages. */
const SHARED_INPUTS = ['pnpm-lock.yaml', 'data/src/schema.ts'];

const ifStale = process.argv.includes('--if-stale');

// Both bundle the compiled catalogs (web/i18n/locales/*.ts), made from the .po files each time.
const catalogs = spawnSync('pnpm', ['--filter', '@thaw/i18n', 'compile'], {
  cwd: repoPath(),
  stdio: 'inherit',
});
if (catalogs.status !== 0) fail('The catalogs did not compile (a message without translation?).');

if (!ifStale || isStale(WEB)) {
  if (ifStale) console.log('Building the web app (web/dist is missing or older than its sources)…');
  const vite = spawnSync('pnpm', ['--filter', '@thaw/web', 'build'], {
    cwd: repoPath(),
    stdio: 'inherit',
  });
  if (vite.status !== 0) fail('The web build failed.');
}

if (!ifStale || isStale(SERVER)) {
  if (ifStale)
    console.log('Building the server (server/dist is missing or older than its sources)…');
  await buildServer().catch(() => fail('The server build failed.'));
}

async function buildServer(): Promise<void> {
  const outdir = repoPath('server/dist');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      start: repoPath('server/src/cli/start.ts'),
      'render-worker': repoPath('server/src/render/worker.ts'),
    },
    outdir,
    bundle: true,
    // The HTTP stack, the charts and resvg are imported when first needed: chunks of their own.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // React and the rest in their production builds, whatever NODE_ENV the process gets.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Native code (resvg), and packages that read their own files at run time (jsdom, pino's
    // worker-based transports), load from node_modules as installed.
    external: ['@resvg/resvg-js', 'jsdom', 'pino'],
    // jsonc-parser's main (UMD) build requires its parts through a loader a bundle cannot
    // follow; its ES build, beside it, imports them.
    alias: { 'jsonc-parser': join(JSONC_PARSER, 'lib/esm/main.js') },
    // The CommonJS packages in the bundle call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}

function isStale({ output, inputs }: { output: string; inputs: string[] }): boolean {
  if (!existsSync(output)) return true;
  const builtAt = statSync(output).mtimeMs;
  return [...inputs, ...SHARED_INPUTS].some((input) => newestChange(repoPath(input)) > builtAt);
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

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
