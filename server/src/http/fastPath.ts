/**
 * Answers a repeated GET or HEAD straight from the response cache on the node:http request, with
 * no Request, Response or Hono: a small cached answer costs several times its bytes in objects
 * and middleware. The status and headers are those the app sent for the same entry, method and
 * variant (see `recordSent`), so both paths answer alike; the first request of each still goes
 * through the app, and so does any request that is not certainly a plain repeat.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { bodyOf, cacheKey, type ResponseCache, type SentHead, sentHead, variantOf } from './cache';
import { type Limits, refusal } from './limits';
import { logRepeat, pathOf, type RequestLog } from './log';

/** Request headers the app ignores, but which say the client wants more than a plain answer. */
const UNUSUAL = [
  'range',
  'if-range',
  'if-match',
  'if-modified-since',
  'if-unmodified-since',
  'expect',
  'content-length',
  'transfer-encoding',
];

/** Request targets remembered with their cache key; forgotten all at once past this many. */
const MAX_TARGETS = 10_000;

interface Target {
  key: string;
  /** As the request log gives it. */
  path: string;
  /** The log line of each answer sent for this target, but for its duration. */
  lines: WeakMap<SentHead, Logger>;
}

/** Returns an answerer that answers a request and says true, or says false and leaves it be. */
export function fastPath({
  cache,
  log,
  limits,
}: {
  cache: ResponseCache;
  log: RequestLog;
  limits: Limits;
}) {
  // A repeated request for the same target skips parsing it: what it was found to be is kept.
  const targets = new Map<string, Target>();

  /** The cache key of a target the app would take as it is, remembered; none for any other. */
  const admit = (host: string, target: string): Target | undefined => {
    const given = `http://${host}${target}`;
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      return undefined;
    }
    // node-server may refuse a host that parsing changes.
    if (url.host !== host) return undefined;
    // The app sees `given` or `url.href`, whichever node-server makes of it: both must pass.
    const longer = given.length > url.href.length ? given : url.href;
    if (refusal(longer, url.searchParams, limits)) return undefined;
    if (targets.size >= MAX_TARGETS) targets.clear();
    const known = { key: cacheKey(url), path: pathOf(url), lines: new WeakMap() };
    targets.set(`${host} ${target}`, known);
    return known;
  };

  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const started = performance.now();
    const { method, headers } = request;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const host = headers.host;
    const target = request.url ?? '';
    // Only a path and query, without the backslash node-server refuses in a path.
    if (!host || target[0] !== '/' || target.includes('\\')) return false;
    if (UNUSUAL.some((name) => headers[name] !== undefined)) return false;
    const known = targets.get(`${host} ${target}`) ?? admit(host, target);
    if (!known) return false;
    const entry = cache.lookup(known.key);
    if (!entry) return false;
    const variant = variantOf(entry, headers['if-none-match'], headers['accept-encoding']);
    const head = sentHead(entry, method, variant);
    if (!head) return false;
    response.writeHead(head.status, head.headers);
    const body = method === 'HEAD' || variant === 'not-modified' ? null : bodyOf(entry, variant);
    response.end(body);
    let line = known.lines.get(head);
    if (!line) {
      const bytes = body?.length ?? 0;
      line = log.lineFor({ method, path: known.path, status: head.status, bytes, cache: 'hit' });
      known.lines.set(head, line);
    }
    logRepeat(line, started);
    return true;
  };
}
