/**
 * One line per request: time, method, path, status, duration. Lines are written in batches so
 * logging does not slow the server under load.
 */
import type { MiddlewareHandler } from 'hono';

export function requestLog(
  write: (text: string) => void = (text) => process.stdout.write(text),
): MiddlewareHandler {
  let pending: string[] = [];
  const flush = () => {
    write(pending.join(''));
    pending = [];
  };
  return async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    const ms = (performance.now() - started).toFixed(1);
    const line = `${new Date().toISOString()} ${c.req.method} ${url.pathname}${url.search.slice(0, 300)} ${c.res.status} ${ms}ms\n`;
    if (pending.push(line) === 1) setImmediate(flush);
  };
}
