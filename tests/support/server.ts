/**
 * Starts the real server as it is deployed: the build (`server/dist/start.js`, which the test
 * command's `pnpm build` makes) under plain node with `NODE_ENV=production`, as a child process
 * on a free port; and stops it with SIGTERM as a process manager would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** What the server printed lately (its last million characters). */
  output(): string;
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** A datasets folder other than data/datasets. */
  dataDir?: string;
  env?: Record<string, string>;
  /**
   * `build` (the default) is the server as deployed. `source` runs the TypeScript through tsx,
   * as `pnpm start` did before the server was compiled: only the benchmarks compare the two.
   */
  from?: 'build' | 'source';
}

/** Characters of the server's output kept for `output()`. */
const KEPT_OUTPUT = 1_000_000;

const SERVER_BUILD = join(REPO_ROOT, 'server/dist/start.js');

const SERVER_SOURCE = join(REPO_ROOT, 'server/src/cli/start.ts');

export function startServer({
  dataDir,
  env = {},
  from = 'build',
}: StartOptions = {}): Promise<RunningServer> {
  if (from === 'build' && !existsSync(SERVER_BUILD)) {
    return Promise.reject(new Error(`${SERVER_BUILD} is missing: run \`pnpm build\` first.`));
  }
  const args =
    from === 'build' ? ['--enable-source-maps', SERVER_BUILD] : ['--import', 'tsx', SERVER_SOURCE];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      ...(dataDir ? { THAW_DATA_DIR: dataDir } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The latest chunks, kept apart: joining them on every chunk would copy a million characters
  // each time, work for the load generator that only the app's log (not a baseline's) causes.
  const chunks: string[] = [];
  let kept = 0;
  const output = () => {
    const joined = chunks.join('').slice(-KEPT_OUTPUT);
    chunks.splice(0, chunks.length, joined);
    kept = joined.length;
    return joined;
  };
  let listening = false;
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((ready, fail) => {
    const onData = (chunk: Buffer) => {
      // Under load the server logs hundreds of MB: keep the latest, and look for the address
      // only until it is found, or this process would starve the load it generates.
      const text = chunk.toString();
      chunks.push(text);
      kept += text.length;
      while (chunks.length > 1 && kept - (chunks[0]?.length ?? 0) >= KEPT_OUTPUT) {
        kept -= chunks.shift()?.length ?? 0;
      }
      if (listening) return;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output());
      if (match?.[1]) {
        listening = true;
        ready({
          url: match[1],
          process: child,
          output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    exited.then((code) =>
      fail(new Error(`the server exited with ${code} before listening:\n${output()}`)),
    );
  });
}
