/**
 * One line per request: time, method, path, status, duration. Lines are written in batches so
 * logging does not slow the server under load.
 */
import type { MiddlewareHandler } from 'hono';

export type RequestLog = ReturnType<typeof requestLog>;

export function requestLog(write: (text: string) => void = (text) => process.stdout.write(text)) {
  let pending: string[] = [];

  /** Writes the lines waiting; at shutdown too, so that none is lost. */
  const flush = () => {
    if (pending.length === 0) return;
    write(pending.join(''));
    pending = [];
  };

  /** Queues the line of a request answered, written once the server has read what is waiting. */
  const add = (method: string, url: URL, status: number, started: number) => {
    const ms = (performance.now() - started).toFixed(1);
    const line = `${new Date().toISOString()} ${method} ${url.pathname}${url.search.slice(0, 300)} ${status} ${ms}ms\n`;
    if (pending.push(line) === 1) setImmediate(flush);
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    await next();
    add(c.req.method, new URL(c.req.url), c.res.status, started);
  };

  return { middleware, add, flush };
}
