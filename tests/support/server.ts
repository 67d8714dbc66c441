/**
 * Starts the real server as it is deployed: the build (`server/dist/start.js`, which the test
 * command's `pnpm build` makes) under plain node with `NODE_ENV=production`, as a child process
 * on a free port; and stops it with SIGTERM as a process manager would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** What the server printed lately (its last million characters), from its log file. */
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

/** Characters of the server's output that `output()` gives. */
const KEPT_OUTPUT = 1_000_000;

/** How often to look for the "listening on" line while the server starts. */
const POLL_MS = 20;

/** The servers' log folders, removed when this process ends. */
const logDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of logDirs) rmSync(dir, { recursive: true, force: true });
});

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
  // The server writes its log to a file, as under a process manager, not into a pipe that this
  // process must read: under load the log runs to hundreds of MB, and reading it here would take
  // CPU from the load generator that shares this process (the benchmarks' baseline logs nothing).
  const logDir = mkdtempSync(join(tmpdir(), 'thaw-server-'));
  logDirs.add(logDir);
  const logPath = join(logDir, 'server.log');
  const logFd = openSync(logPath, 'w');
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
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const output = () => {
    const { size } = statSync(logPath);
    const start = Math.max(0, size - KEPT_OUTPUT);
    const fd = openSync(logPath, 'r');
    try {
      const bytes = Buffer.alloc(size - start);
      readSync(fd, bytes, 0, bytes.length, start);
      return bytes.toString();
    } finally {
      closeSync(fd);
    }
  };
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      exitCode = code;
      done(code);
    }),
  );
  return new Promise((ready, fail) => {
    const poll = setInterval(() => {
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output());
      if (match?.[1]) {
        clearInterval(poll);
        ready({
          url: match[1],
          process: child,
          output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      } else if (exitCode !== undefined) {
        clearInterval(poll);
        fail(new Error(`the server exited with ${exitCode} before listening:\n${output()}`));
      }
    }, POLL_MS);
  });
}
