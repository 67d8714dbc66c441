/**
 * The server's log: one JSON line per request (method, path, status, duration, bytes, cache hit)
 * and per error (with its stack), through pino, for a log collector to read. Lines are buffered
 * and written asynchronously in batches, so logging stays off the request path under load; the
 * buffer is flushed at shutdown, so that no line is lost.
 */
import type { MiddlewareHandler } from 'hono';
import { type DestinationStream, type Logger, pino } from 'pino';

/** Bytes of log gathered before a write. */
const BATCH_BYTES = 8 * 1024;
/** The longest a line waits in the buffer on a quiet server. */
const FLUSH_EVERY_MS = 500;

export interface ServerLog {
  logger: Logger;
  /** Writes what is buffered, synchronously (at shutdown). */
  flush(): void;
}

/** To `destination` (tests), else to stdout, buffered. */
export function serverLog(destination?: DestinationStream): ServerLog {
  if (destination) return { logger: pino({ base: null }, destination), flush: () => {} };
  const stdout = pino.destination({ dest: 1, sync: false, minLength: BATCH_BYTES });
  setInterval(() => stdout.flush(), FLUSH_EVERY_MS).unref();
  return { logger: pino({ base: null }, stdout), flush: () => stdout.flushSync() };
}

export interface RequestLine {
  method: string;
  /** The path and query, cut at 300 characters of query. */
  path: string;
  status: number;
  ms: number;
  /** The body's length, when the answer says it. */
  bytes: number | undefined;
  /** Whether the answer came from the response cache. */
  cache: 'hit' | 'miss';
}

export type RequestLog = ReturnType<typeof requestLog>;

export function requestLog(logger: Logger, isCacheHit: (response: Response) => boolean) {
  /** Logs a request answered, `started` being its `performance.now()` on arrival. */
  const add = (line: Omit<RequestLine, 'ms'>, started: number) => {
    logger.info({ ...line, ms: msSince(started) });
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    await next();
    const url = new URL(c.req.url);
    const length = c.res.headers.get('content-length');
    add(
      {
        method: c.req.method,
        path: pathOf(url),
        status: c.res.status,
        bytes: length === null ? undefined : Number(length),
        cache: isCacheHit(c.res) ? 'hit' : 'miss',
      },
      started,
    );
  };

  /**
   * A logger for one answer the fast path repeats: its fields serialized once, in the child's
   * bindings, so that a repeat writes only its duration (see `logRepeat`).
   */
  const lineFor = (line: Omit<RequestLine, 'ms'>) => logger.child(line);

  return { middleware, lineFor };
}

/** Logs a repeat of the answer `line` was made for, `started` being its `performance.now()`. */
export const logRepeat = (line: Logger, started: number) => line.info({ ms: msSince(started) });

const msSince = (started: number) => Math.round((performance.now() - started) * 10) / 10;

export const pathOf = (url: URL) => `${url.pathname}${url.search.slice(0, 300)}`;
