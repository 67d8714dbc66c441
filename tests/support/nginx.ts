/**
 * Runs nginx with deploy/nginx.conf, the file a user copies, rewritten only for a free port, the
 * instances' addresses and a temporary folder for every file nginx writes. It runs in the
 * foreground as a child process and stops with SIGQUIT (finish the requests in flight).
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './server';

const NGINX = '/usr/sbin/nginx';
const NGINX_CONF = join(REPO_ROOT, 'deploy/nginx.conf');

/** Installs Debian's nginx with apt-get when it is missing, as the browser tests do Chromium. */
export function ensureNginx() {
  if (existsSync(NGINX)) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`${NGINX} is missing: installing Debian's nginx with apt-get…`);
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx`,
    { stdio: 'inherit' },
  );
}

export interface RunningNginx {
  url: string;
  /** The access log, complete once `stop()` has returned. */
  accessLog(): string;
  errorLog(): string;
  /** Stops nginx, keeps its logs and removes its folder. */
  stop(): Promise<void>;
}

/** `deploy/nginx.conf` for a port, two instances (`host:port`) and a folder. */
function nginxConfig(port: number, instances: [string, string], dir: string): string {
  const rewrites: [string, string][] = [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['127.0.0.1:8787', instances[0]],
    ['127.0.0.1:8788', instances[1]],
    ['/var/log/nginx/', `${dir}/log/`],
    ['/var/cache/', `${dir}/cache/`],
    ['/var/lib/nginx/', `${dir}/lib/`],
    ['/run/', `${dir}/`],
  ];
  let config = readFileSync(NGINX_CONF, 'utf8');
  for (const [from, to] of rewrites) {
    // Every rewrite must apply: the test runs the file a user gets, or fails saying why.
    if (!config.includes(from)) throw new Error(`${NGINX_CONF} no longer holds "${from}"`);
    config = config.replaceAll(from, to);
  }
  return config;
}

export async function startNginx(port: number, instances: [string, string]): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'thaw-nginx-'));
  // nginx's workers run as www-data when started by root: they must reach the cache below.
  chmodSync(dir, 0o755);
  for (const sub of ['log', 'cache', 'lib']) mkdirSync(join(dir, sub));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(port, instances, dir));
  const errorLog = join(dir, 'log/thaw-atlas.error.log');
  const accessLog = join(dir, 'log/thaw-atlas.access.log');
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', dir, '-c', conf, '-e', errorLog, '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const url = `http://127.0.0.1:${port}`;

  // Ready when it answers; bounded: 100 tries 50 ms apart.
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${output}\n${read(errorLog)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt === 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer within 5 s:\n${output}\n${read(errorLog)}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }

  let kept: { access: string; error: string } | undefined;
  return {
    url,
    accessLog: () => kept?.access ?? read(accessLog),
    errorLog: () => kept?.error ?? `${output}${read(errorLog)}`,
    stop: async () => {
      if (kept) return;
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      kept = { access: read(accessLog), error: `${output}${read(errorLog)}` };
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
