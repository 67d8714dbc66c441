/** The real server as the benchmarks start it, timed from spawn to its "listening on" line. */
import { readFileSync } from 'node:fs';
import { type RunningServer, startServer } from '../support/server';

export interface TimedServer {
  server: RunningServer;
  startMs: number;
}

export async function startTimedServer(dataDir?: string): Promise<TimedServer> {
  const spawned = performance.now();
  const server = await startServer({ dataDir });
  return { server, startMs: performance.now() - spawned };
}

/** A process's resident memory in MB, from /proc (Linux). */
export function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
  return Math.round(kb / 1024);
}
