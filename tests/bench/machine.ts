/** What the figures were measured on, so that a reader can tell which machine they describe. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  /** The 1-minute load average at the start: other work on the machine distorts figures. */
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
